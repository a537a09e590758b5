package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpTest {
  @Test
  void theOpenLoopClientAndTheHttpStepsRunAgainstARealServer(@TempDir Path tmp) throws Exception {
    TinyBench t = TinyBench.get();
    Path index = tmp.resolve("index"); // the server writes: give it its own copy
    copyTree(t.index, index);
    String token = "test-token-0123456789abcdef";
    CorpusGenerator generator = new CorpusGenerator(t.env.taxonomy(), CorpusGenerator.DEFAULT_SEED);
    // Not an overload test: on a machine busy with other work the 20 searches of the first step may all overlap,
    // and the server must not shed them (shedding has its own test in search-api).
    try (ApiServerProcess server = ApiServerProcess.start(System.getProperty("java.class.path"),
        TinyBench.projectHome(), index, t.corpus.dir(), token, Map.of("CANDIDATES_MAX_SEARCHES", "1000"),
        TinyBench.QUIET);
        SearchFixture fixture = SearchFixture.open(t.env, index)) {
      try (OpenLoopClient client = new OpenLoopClient(token)) {
        OpenLoopClient.Result r = client.run(HttpBench.searchUris(server.base()), 20, 1);
        assertEquals(20, r.sent());
        assertEquals(0, r.errors());
        assertTrue(r.p50() > 0 && r.p999() >= r.p50() && r.qps() > 0, r.toString());
      }
      HttpBench.Outcome o = new HttpBench(new HttpBench.Settings(0.5, 0.5, 0.5, 5, 10, 10, 1, 20), TinyBench.QUIET)
          .run(server, fixture, token, generator, 1_000_000);
      assertTrue(o.healthP50() > 0 && o.sequential().samples() > 0 && o.inProcess().samples() > 0,
          "in process, over http and /api/health were timed side by side");
      assertEquals(1, o.ramp().steps().size());
      assertTrue(o.writeVisibleMs() > 0 && o.bulkRate() > 0, o.toString());
    }
    double cli = CliIngest.run(System.getProperty("java.class.path"), TinyBench.projectHome(), index, generator,
        2_000_000, 20, tmp, TinyBench.QUIET);
    assertTrue(cli > 0);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  @Test
  void theMixBecomesApiAndSolrRequests() {
    List<java.net.URI> ours = HttpBench.searchUris(java.net.URI.create("http://localhost:1/"));
    assertEquals(QueryMix.CASES.size(), ours.size());
    assertTrue(ours.get(QueryMix.types().indexOf("facets-highlight")).toString().contains("&location=Shenzhen"));
    assertTrue(ours.get(0).toString().contains("&facets=false&highlight=false"), "english is a bare search");
    assertFalse(ours.get(QueryMix.types().indexOf("facets-highlight")).toString().contains("facets=false"));
    assertTrue(HttpBench.solrUris(1).get(0).toString().contains("defType=edismax"));
    assertFalse(HttpBench.solrUris(1).get(0).toString().contains("facet=true"), "english is a bare search in Solr");
    assertEquals("a", HttpBench.letters(0));
    assertEquals("ab", HttpBench.letters(26));
  }
}
