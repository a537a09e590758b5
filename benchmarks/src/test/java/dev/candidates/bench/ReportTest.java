package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static BenchResults sample() {
    BenchResults r = new BenchResults();
    r.machine = MachineInfo.current();
    r.command = "./candidates bench --quick";
    r.corpus = new CorpusGenerator.Corpus(Path.of("corpus"), List.of(Path.of("corpus/a.jsonl")), 1000, 1_500_000);
    r.ours = new IndexingResult("ours", 1000, 2, 2_000_000, 1, 500_000_000, 50_000_000);
    r.floor = new IndexingResult("floor", 1000, 1, 2_000_000, 2, 0, 0);
    r.solr = new IndexingResult("solr", 1000, 4, 1_000_000, 2, 900_000_000, 0);
    r.jmh = new LinkedHashMap<>();
    r.solrLatency = new LinkedHashMap<>();
    for (String type : QueryMix.types()) {
      Map<String, Latency> v = new LinkedHashMap<>();
      v.put("ours", Latency.of(List.of(new Latency.Fork(2, 1.5, 4, 100), new Latency.Fork(2.2, 1.7, 4.4, 100))));
      v.put("floor", Latency.of(List.of(new Latency.Fork(0.3, 0.2, 0.6, 900))));
      r.jmh.put(type, v);
      r.solrLatency.put(type, Latency.of(List.of(new Latency.Fork(9, 8, 20, 50))));
      r.oursHits.put(type, 10L);
    }
    List<OpenLoopClient.Result> steps = new ArrayList<>(List.of(new OpenLoopClient.Result(10, 10, 2, 5, 6, 30, 0),
        new OpenLoopClient.Result(20, 19.8, 2.5, 30, 40, 60, 0)));
    r.http = new HttpBench.Outcome(new LatencySummary(0.3, 0.9, 1, 500), new LatencySummary(1.6, 4, 6, 500),
        new LatencySummary(1.9, 4.4, 6.1, 500), new LatencySummary(1.4, 3.9, 5.8, 500),
        new LatencySummary(0.1, 0.2, 0.3, 500), new KneeFinder.Ramp(steps, 10), 12, 400, 2000);
    r.solrRamp = new KneeFinder.Ramp(List.of(new OpenLoopClient.Result(10, 10, 3, 8, 9, 30, 0),
        new OpenLoopClient.Result(20, 15, 40, 900, 950, 60, 3)), 10);
    return r;
  }

  @Test
  void theJsonHasExactlyTheDocumentedShape() {
    JsonNode j = new ObjectMapper().valueToTree(sample().report());
    assertEquals(List.of("profiles", "queries", "indexing", "http", "writeVisibleMs", "indexSize", "solrHttp"),
        names(j));
    JsonNode q = j.path("queries").get(0);
    assertEquals(List.of("type", "ours", "floor", "solr"), names(q));
    assertEquals(List.of("p50", "p99"), names(q.path("ours")));
    assertEquals(List.of("ours", "floor", "solr"), names(j.path("indexing")));
    assertEquals(List.of("healthP50", "knee", "rates", "inProcessP50", "overHttpP50", "serverSearchP50",
        "serverJsonP50"), names(j.path("http")));
    assertEquals(1.4, j.path("http").path("serverSearchP50").asDouble(), 1e-9);
    assertEquals(List.of("rate", "qps", "p50", "p99", "p999"), names(j.path("http").path("rates").get(0)));
    assertEquals(1000, j.path("profiles").asLong());
    assertEquals(500.0, j.path("indexing").path("ours").asDouble(), 1e-9);
  }

  @Test
  void theJsonGivesBytesPerProfileOfBothIndexesAndSolrsRampInOursShape() {
    JsonNode j = new ObjectMapper().valueToTree(sample().report());
    assertEquals(List.of("ours", "solr"), names(j.path("indexSize")));
    assertEquals(2_000.0, j.path("indexSize").path("ours").asDouble(), 1e-9, "2,000,000 bytes / 1,000 profiles");
    assertEquals(1_000.0, j.path("indexSize").path("solr").asDouble(), 1e-9);
    assertEquals(List.of("rates", "knee"), names(j.path("solrHttp")));
    JsonNode rates = j.path("solrHttp").path("rates");
    assertEquals(2, rates.size());
    assertEquals(names(j.path("http").path("rates").get(0)), names(rates.get(1)));
    assertEquals(15.0, rates.get(1).path("qps").asDouble(), 1e-9);
    assertEquals(900.0, rates.get(1).path("p99").asDouble(), 1e-9);
    assertEquals(10.0, j.path("solrHttp").path("knee").asDouble(), 1e-9);
  }

  @Test
  void aPartThatDidNotRunKeepsTheShapeWithNulls() {
    BenchResults r = sample();
    r.http = null;
    r.solrLatency = null;
    r.solrRamp = null;
    r.solr = null;
    JsonNode j = new ObjectMapper().valueToTree(r.report());
    assertEquals(List.of("healthP50", "knee", "rates", "inProcessP50", "overHttpP50", "serverSearchP50",
        "serverJsonP50"), names(j.path("http")));
    assertTrue(j.path("http").path("serverSearchP50").isNull());
    assertTrue(j.path("writeVisibleMs").isNull() && j.path("queries").get(0).path("solr").isNull());
    assertEquals(List.of("ours", "solr"), names(j.path("indexSize")));
    assertTrue(j.path("indexSize").path("solr").isNull() && j.path("indexSize").path("ours").isNumber());
    assertEquals(List.of("rates", "knee"), names(j.path("solrHttp")));
    assertTrue(j.path("solrHttp").path("rates").isNull() && j.path("solrHttp").path("knee").isNull());
  }

  @Test
  void theTableHasOneRowPerQueryTypeAndTheRatios() {
    String table = ResultTable.render(sample());
    for (String type : QueryMix.types()) {
      assertTrue(table.contains("query " + type + ": mean / p50 / p99 ms"), table);
    }
    assertTrue(table.contains("8.0× / 7.0×"), "ours/floor ratio of p50 and p99: " + table);
    assertTrue(table.contains("http knee"), table);
    assertTrue(table.contains("| server's own cost at p50 ms") && table.contains("| 0.20 "),
        "1.9 over http − 1.4 server-timed search − 0.3 health: " + table);
    assertTrue(table.contains("machine:") && table.contains("corpus:"), table);
  }

  @Test
  void optionsHaveQuickAndFullDefaultsAndRejectNonsense() {
    Path home = Path.of("/tmp/x");
    assertEquals(100_000, BenchOptions.parse(new String[] {"--quick"}, home).profiles());
    assertEquals(1_000_000, BenchOptions.parse(new String[0], home).profiles());
    assertEquals(5_000, BenchOptions.parse(new String[] {"--quick", "--profiles", "5000"}, home).profiles());
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--profiles", "-1"}, home));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--fast"}, home));
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
