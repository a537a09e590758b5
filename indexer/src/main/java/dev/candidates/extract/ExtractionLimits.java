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
 * @param maxInflatedBytes the most bytes all parts of a zipped document (DOCX, ODT) may inflate to together, measured
 *                       by streaming before the parts are held anywhere ({@link ZipInflation})
 * @param timeout        wall-clock time for one extraction, queueing included
 * @param maxConcurrent  extractions running at once (by default half the cores, the rest stay for searches); more
 *                       wait in a short queue, then are refused as busy
 * @param maxMemoryBytes main memory PDFBox may use for scratch buffers before it spills to a temporary file
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxChars, long maxExpandedBytes,
    long maxInflatedBytes, Duration timeout, int maxConcurrent, long maxMemoryBytes) {

  /**
   * A real résumé's DOCX inflates to a few MB (its photos stay the size they are zipped); 64 MB in all leaves room
   * for a long CV with images while capping what one upload may cost in heap.
   */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(20L << 20, 200, 2_000_000, 32L << 20,
      64L << 20, Duration.ofSeconds(10), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2)),
      32L << 20);

  public ExtractionLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxExpandedBytes <= 0 || maxInflatedBytes <= 0
        || maxConcurrent <= 0 || maxMemoryBytes <= 0) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction timeout must be positive");
    }
  }

  public ExtractionLimits withTimeout(Duration t) {
    return new ExtractionLimits(maxBytes, maxPages, maxChars, maxExpandedBytes, maxInflatedBytes, t, maxConcurrent,
        maxMemoryBytes);
  }
}
