package dev.candidates.extract;

import java.time.Duration;

/**
 * What one file may cost. Every limit is checked before the expensive step it guards: the byte size before parsing,
 * the page count before reading text, the expanded size of zipped XML while inflating it.
 *
 * @param maxBytes       the largest file accepted
 * @param maxPages       the most pages a PDF may have (checked before its text is read)
 * @param maxChars       the most characters of text kept from one file
 * @param maxExpandedBytes the most bytes one zipped part (word/document.xml, content.xml) may inflate to
 * @param timeout        wall-clock time for one extraction, queueing included
 * @param maxConcurrent  extractions running at once; more wait in a short queue, then are refused as busy
 * @param maxMemoryBytes main memory PDFBox may use for scratch buffers before it spills to a temporary file
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxChars, long maxExpandedBytes, Duration timeout,
    int maxConcurrent, long maxMemoryBytes) {

  public static final ExtractionLimits DEFAULT = new ExtractionLimits(20L << 20, 200, 2_000_000, 100L << 20,
      Duration.ofSeconds(10), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 32L << 20);

  public ExtractionLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxExpandedBytes <= 0 || maxConcurrent <= 0
        || maxMemoryBytes <= 0) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction timeout must be positive");
    }
  }

  public ExtractionLimits withTimeout(Duration t) {
    return new ExtractionLimits(maxBytes, maxPages, maxChars, maxExpandedBytes, t, maxConcurrent, maxMemoryBytes);
  }
}
