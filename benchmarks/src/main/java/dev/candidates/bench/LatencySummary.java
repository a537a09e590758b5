package dev.candidates.bench;

import org.HdrHistogram.Histogram;

/** Latency percentiles in ms of a one-request-at-a-time run (in process or over HTTP), and how many samples. */
record LatencySummary(double p50, double p99, double p999, long samples) {

  /** From a histogram of microseconds. */
  static LatencySummary of(Histogram micros) {
    return new LatencySummary(micros.getValueAtPercentile(50) / 1e3, micros.getValueAtPercentile(99) / 1e3,
        micros.getValueAtPercentile(99.9) / 1e3, micros.getTotalCount());
  }
}
