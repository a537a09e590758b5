package dev.candidates.bench;

import java.util.List;

/**
 * Latency of one engine on one query type, in ms: each figure the mean of the per-fork values, with the spread
 * (lowest and highest fork) so run-to-run noise is visible next to the difference being measured.
 */
public record Latency(double mean, double p50, double p99, double p50Low, double p50High, double p99Low,
    double p99High, long samples, int forks) {

  /** One fork (or one run of the Solr peer): p50, p99 and mean of its samples. */
  public record Fork(double mean, double p50, double p99, long samples) {}

  public static Latency of(List<Fork> forks) {
    if (forks.isEmpty()) {
      throw new IllegalArgumentException("no forks");
    }
    return new Latency(
        forks.stream().mapToDouble(Fork::mean).average().orElseThrow(),
        forks.stream().mapToDouble(Fork::p50).average().orElseThrow(),
        forks.stream().mapToDouble(Fork::p99).average().orElseThrow(),
        forks.stream().mapToDouble(Fork::p50).min().orElseThrow(),
        forks.stream().mapToDouble(Fork::p50).max().orElseThrow(),
        forks.stream().mapToDouble(Fork::p99).min().orElseThrow(),
        forks.stream().mapToDouble(Fork::p99).max().orElseThrow(),
        forks.stream().mapToLong(Fork::samples).sum(),
        forks.size());
  }
}
