package dev.candidates.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, filled in step by step; a step that did not run leaves its part null. */
final class BenchResults {
  MachineInfo machine;
  String command;
  CorpusGenerator.Corpus corpus;
  long seed;
  IndexingResult ours;
  IndexingResult floor;
  IndexingResult solr;
  /** type → variant (ours, floor) → latency. */
  Map<String, Map<String, Latency>> jmh;
  JmhSuite.Settings jmhSettings;
  List<String> jmhJvmArgs;
  /** type → Solr's latency over its forks. */
  Map<String, Latency> solrLatency;
  String solrSettings;
  final Map<String, Long> oursHits = new LinkedHashMap<>();
  final Map<String, Long> floorHits = new LinkedHashMap<>();
  final Map<String, Long> solrHits = new LinkedHashMap<>();
  /** type → documents collected (scored, not skipped) by the timed search: ours, floor. */
  final Map<String, Long> oursScored = new LinkedHashMap<>();
  final Map<String, Long> floorScored = new LinkedHashMap<>();
  HttpBench.Outcome http;
  KneeFinder.Ramp solrRamp;
  Double cliAddRate;
  JsonNode solrStats;
  final Map<String, Double> stepSeconds = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();

  BenchReport report() {
    List<BenchReport.QueryRow> rows = new ArrayList<>();
    for (String type : QueryMix.types()) {
      Map<String, Latency> j = jmh == null ? Map.of() : jmh.getOrDefault(type, Map.of());
      rows.add(new BenchReport.QueryRow(type, BenchReport.Percentiles.of(j.get("ours")),
          BenchReport.Percentiles.of(j.get("floor")),
          BenchReport.Percentiles.of(solrLatency == null ? null : solrLatency.get(type))));
    }
    BenchReport.Indexing indexing = new BenchReport.Indexing(rate(ours), rate(floor), rate(solr));
    BenchReport.Http h = http == null ? new BenchReport.Http(null, null, null, null, null, null, null)
        : new BenchReport.Http(http.healthP50(), http.ramp().knee(), rates(http.ramp()), http.inProcess().p50(),
            http.sequential().p50(), p50(http.serverSearch()), p50(http.serverJson()));
    BenchReport.IndexSize size = new BenchReport.IndexSize(bytesPerProfile(ours), bytesPerProfile(solr));
    BenchReport.SolrHttp solrHttp = solrRamp == null ? new BenchReport.SolrHttp(null, null)
        : new BenchReport.SolrHttp(rates(solrRamp), solrRamp.knee());
    return new BenchReport(corpus == null ? 0 : corpus.profiles(), rows, indexing, h,
        http == null ? null : http.writeVisibleMs(), size, solrHttp);
  }

  private static List<BenchReport.Rate> rates(KneeFinder.Ramp ramp) {
    return ramp.steps().stream().map(BenchReport.Rate::of).toList();
  }

  private static Double rate(IndexingResult r) {
    return r == null ? null : r.rate();
  }

  private static Double bytesPerProfile(IndexingResult r) {
    return r == null || r.profiles() == 0 ? null : r.bytesPerProfile();
  }

  private static Double p50(LatencySummary s) {
    return s == null ? null : s.p50();
  }
}
