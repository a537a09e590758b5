package dev.candidates.bench;

import java.util.List;

/**
 * The machine-readable result ({@code --json FILE}), in exactly this shape; times in ms, rates per second. A part
 * that did not run is null, so the shape never changes.
 */
public record BenchReport(long profiles, List<QueryRow> queries, Indexing indexing, Http http, Double writeVisibleMs,
    IndexSize indexSize, SolrHttp solrHttp) {

  public record Percentiles(double p50, double p99) {
    static Percentiles of(Latency l) {
      return l == null ? null : new Percentiles(l.p50(), l.p99());
    }
  }

  public record QueryRow(String type, Percentiles ours, Percentiles floor, Percentiles solr) {}

  /** Profiles per second of a full build. */
  public record Indexing(Double ours, Double floor, Double solr) {}

  /**
   * {@code knee}: the highest rate (requests/s) whose p99 stayed under 25 ms. One request at a time, interleaved:
   * {@code inProcessP50} the mix through {@code SearchService} in the bench's JVM, {@code overHttpP50} the same
   * over HTTP, {@code serverSearchP50} and {@code serverJsonP50} those requests' search and JSON as the server timed
   * them.
   */
  public record Http(Double healthP50, Double knee, List<Rate> rates, Double inProcessP50, Double overHttpP50,
      Double serverSearchP50, Double serverJsonP50) {}

  /** Bytes on disk per profile after the final merge. */
  public record IndexSize(Double ours, Double solr) {}

  /** The same open-loop client and mix against Solr's HTTP front: its steps and its knee, as {@link Http}'s. */
  public record SolrHttp(List<Rate> rates, Double knee) {}

  public record Rate(double rate, double qps, double p50, double p99, double p999) {
    static Rate of(OpenLoopClient.Result r) {
      return new Rate(r.rate(), r.qps(), r.p50(), r.p99(), r.p999());
    }
  }
}
