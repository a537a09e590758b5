package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.RunnerException;

class QueryBenchmarkTest {
  private static final Blackhole BLACKHOLE = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void everyBenchmarkMethodRunsOnceForEveryQueryType() throws Exception {
    TinyBench t = TinyBench.get();
    for (String type : QueryMix.types()) {
      QueryBenchmark b = new QueryBenchmark();
      b.index = t.index.toString();
      b.query = type;
      b.primeMillis = 50;
      b.open(false);
      try {
        b.ours(BLACKHOLE);
        b.floor(BLACKHOLE);
      } finally {
        b.close();
      }
    }
  }

  @Test
  void setupRefusesToTimeWithoutAnIndex() {
    QueryBenchmark b = new QueryBenchmark();
    b.index = "";
    b.query = "english";
    assertThrows(IllegalStateException.class, () -> b.open(false));
  }

  @Test
  void theJmhSuiteRunsRealForksAndReportsPercentiles() throws RunnerException {
    TinyBench t = TinyBench.get();
    System.setProperty("jmh.ignoreLock", "true"); // a bench run elsewhere on the machine must not fail the test
    JmhSuite suite = new JmhSuite(new JmhSuite.Settings(1, 200, 1, 200, 1, 300),
        java.util.List.of("-Xmx512m", "-Dcandidates.home=" + TinyBench.projectHome()), TinyBench.QUIET);
    Map<String, Map<String, Latency>> r = suite.run(t.index, java.util.List.of("phrase"));
    for (String variant : JmhSuite.VARIANTS) {
      Latency l = r.get("phrase").get(variant);
      assertTrue(l.samples() > 0 && l.p50() > 0 && l.p99() >= l.p50(), variant + ": " + l);
    }
  }
}
