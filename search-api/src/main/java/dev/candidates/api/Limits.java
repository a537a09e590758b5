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
 */
public record Limits(long maxBodyBytes, int maxHeaderBytes, ExtractionLimits extraction) {
  public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 256 * 1024, ExtractionLimits.DEFAULT);

  public Limits {
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8 || maxHeaderBytes <= 0) {
      throw new IllegalArgumentException("request limits must be positive (and a body under 2 GB)");
    }
    if (extraction == null) {
      throw new IllegalArgumentException("extraction limits are required");
    }
  }

  /** How much of an oversized body is read (and discarded) so that the 413 reaches the client. */
  long drainBytes() {
    return 4 * maxBodyBytes;
  }
}
