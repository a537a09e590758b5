package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrPeerTest {
  @Test
  void thePeerIndexesTheSameProfilesAndAnswersEveryQueryType(@TempDir Path tmp) throws Exception {
    TinyBench t = TinyBench.get();
    Path export = tmp.resolve("profiles.jsonl");
    try (SearchFixture f = SearchFixture.open(t.env, t.index)) {
      assertEquals(TinyBench.PROFILES, SolrExport.write(f, export));
    }
    assertEquals(TinyBench.PROFILES, Files.readAllLines(export).size());
    try (SolrPeerClient peer = SolrPeerClient.start(TinyBench.projectHome(), tmp.resolve("solr"))) {
      JsonNode indexed = peer.index(export, 2, 2);
      assertEquals(TinyBench.PROFILES, indexed.path("docs").asLong());
      assertTrue(indexed.path("seconds").asDouble() > 0 && indexed.path("sizeBytes").asLong() > 0);
      for (QueryMix.QueryCase c : QueryMix.CASES) {
        assertTrue(peer.count(c.solrParams()) > 0, c.type() + ": Solr finds candidates");
      }
      JsonNode results = peer.bench(QueryMix.CASES, 0.2, 0.3);
      assertEquals(QueryMix.CASES.size(), results.size());
      for (JsonNode r : results) {
        assertTrue(r.path("samples").asInt() > 0 && r.path("p50").asDouble() > 0, r.toString());
      }
      int port = peer.http();
      List<URI> uris = HttpBench.solrUris(port);
      try (HttpClient http = HttpClient.newHttpClient()) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uris.get(0)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(new ObjectMapper().readTree(r.body()).path("response").path("numFound").asLong() > 0, r.body());
      }
    }
  }
}
