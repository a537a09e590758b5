package dev.candidates.api;

import dev.candidates.extract.ExtractionLimits;

/**
 * What one request may cost, decided once in the composition root and passed to the server and the body readers.
 *
 * @param maxBodyBytes   larger request bodies (and multipart forms) are refused with 413
 * @param maxHeaderBytes Jetty's limit for the request line and headers: generous, so that an overlong query string
 *                       reaches our handler and gets a JSON 400 that explains the query length limit, instead of a
 *                       bare 414 from Jetty
 * @param extraction     what one résumé file may cost to read (size, pages, inflated bytes, time, concurrency)
 * @param maxSearches    searches (and similar-candidate lists) run at once; one more is refused at once with 503
 *                       and {@code Retry-After} ({@link SearchSlots}) instead of waiting behind the others
 */
public record Limits(long maxBodyBytes, int maxHeaderBytes, ExtractionLimits extraction, int maxSearches) {
  /** Overrides the default of {@link #maxSearches} for {@code ./candidates serve} (its flag wins). */
  public static final String MAX_SEARCHES_ENV = "CANDIDATES_MAX_SEARCHES";

  public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 256 * 1024, ExtractionLimits.DEFAULT,
      defaultMaxSearches(Runtime.getRuntime().availableProcessors()));

  public Limits {
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8 || maxHeaderBytes <= 0) {
      throw new IllegalArgumentException("request limits must be positive (and a body under 2 GB)");
    }
    if (extraction == null) {
      throw new IllegalArgumentException("extraction limits are required");
    }
    if (maxSearches < 1) {
      throw new IllegalArgumentException("at least one search must be allowed at a time");
    }
  }

  /**
   * Eight searches per core, at least sixteen: a search is CPU work, so more at once only share the cores and each
   * takes longer; eight per core absorb bursts of arrivals and a machine busy with other work (a search then takes
   * longer and more overlap) while an admitted search waits at most a few dozen searches' time, not seconds.
   */
  public static int defaultMaxSearches(int cores) {
    return Math.max(16, 8 * cores);
  }

  public Limits withMaxSearches(int n) {
    return new Limits(maxBodyBytes, maxHeaderBytes, extraction, n);
  }

  /** How much of an oversized body is read (and discarded) so that the 413 reaches the client. */
  long drainBytes() {
    return 4 * maxBodyBytes;
  }
}
