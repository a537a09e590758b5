package dev.candidates.api;

import java.util.Arrays;

/**
 * Search counts and latencies for {@code /api/stats}. Latency percentiles come from a bounded reservoir: the last
 * {@value #RESERVOIR} searches, so memory stays fixed and the numbers follow recent load; the maximum is all-time.
 * Not final: a test holds a search in flight by overriding {@link #recordSearch} (called while the search's slot is
 * held, see {@link SearchSlots}).
 */
public class RequestStats {
  static final int RESERVOIR = 4096;

  /** Milliseconds. */
  public record Latency(double p50, double p90, double p99, double max) {}

  private final long startedNanos = System.nanoTime();
  private final long[] samples = new long[RESERVOIR];
  private long queries;
  private long maxNanos;

  public void recordSearch(long nanos) {
    record(nanos);
  }

  private synchronized void record(long nanos) {
    samples[(int) (queries % RESERVOIR)] = nanos;
    queries++;
    maxNanos = Math.max(maxNanos, nanos);
  }

  public synchronized long queries() {
    return queries;
  }

  public Latency latency() {
    long[] copy;
    long max;
    synchronized (this) {
      copy = Arrays.copyOf(samples, (int) Math.min(queries, RESERVOIR));
      max = maxNanos;
    }
    Arrays.sort(copy);
    return new Latency(millis(percentile(copy, 0.50)), millis(percentile(copy, 0.90)),
        millis(percentile(copy, 0.99)), millis(max));
  }

  public long uptimeSeconds() {
    return (System.nanoTime() - startedNanos) / 1_000_000_000L;
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length) - 1; // nearest-rank
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static double millis(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
