package dev.candidates.solrpeer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;

/** The peer's commands other than http and quit; each returns its reply (without "ok"). */
final class Commands {
  private final EmbeddedSolrServer solr;
  private final CoreContainer cores;
  private final Path home;
  private final ObjectMapper json;

  Commands(EmbeddedSolrServer solr, CoreContainer cores, Path home, ObjectMapper json) {
    this.solr = solr;
    this.cores = cores;
    this.home = home;
    this.json = json;
  }

  ObjectNode run(String name, JsonNode cmd) throws Exception {
    return switch (name) {
      case "index" -> index(cmd);
      case "stats" -> stats();
      case "count" -> json.createObjectNode().put("hits",
          solr.query(params(cmd.path("params"))).getResults().getNumFound());
      case "bench" -> bench(cmd);
      default -> throw new IllegalArgumentException("unknown command \"" + name + "\"");
    };
  }

  private ObjectNode index(JsonNode cmd) throws Exception {
    Path file = Path.of(cmd.path("file").asText());
    int threads = Math.max(1, cmd.path("threads").asInt(2));
    int mergeTo = Math.max(1, cmd.path("mergeTo").asInt(threads));
    solr.deleteByQuery("*:*");
    solr.commit();
    CorpusLoader.Result r = new CorpusLoader(solr, json, threads, mergeTo).load(file);
    ObjectNode out = stats();
    return out.put("indexed", r.docs()).put("seconds", r.seconds()).put("peakHeapBytes", r.peakHeapBytes())
        .put("liveHeapBytes", r.liveHeapBytes());
  }

  private ObjectNode stats() throws IOException, SolrServerException {
    long docs = solr.query(new ModifiableSolrParams().set("q", "*:*").set("rows", 0)).getResults().getNumFound();
    int segments;
    try (SolrCore core = cores.getCore(SolrHome.CORE)) {
      segments = core.withSearcher(s -> s.getIndexReader().leaves().size());
    }
    long bytes = 0;
    Path data = SolrHome.dataDir(home);
    if (Files.isDirectory(data)) {
      try (Stream<Path> s = Files.walk(data)) {
        bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
    }
    return json.createObjectNode().put("docs", docs).put("segments", segments).put("sizeBytes", bytes);
  }

  private ObjectNode bench(JsonNode cmd) throws Exception {
    List<QueryTimer.Case> cases = new ArrayList<>();
    for (JsonNode c : cmd.path("cases")) {
      cases.add(new QueryTimer.Case(c.path("type").asText(), params(c.path("params"))));
    }
    QueryTimer timer = new QueryTimer(solr);
    List<QueryTimer.Stats> stats = timer.run(cases, cmd.path("warmupSeconds").asDouble(5),
        cmd.path("measureSeconds").asDouble(10));
    ArrayNode results = json.createArrayNode();
    for (QueryTimer.Stats s : stats) {
      results.addObject().put("type", s.type()).put("p50", s.p50Ms()).put("p99", s.p99Ms()).put("mean", s.meanMs())
          .put("samples", s.samples()).put("hits", s.hits());
    }
    ObjectNode out = json.createObjectNode();
    out.set("results", results);
    return out;
  }

  /** {"q":"…","fq":["…","…"]} → Solr parameters; a value is a string or an array of strings. */
  static ModifiableSolrParams params(JsonNode node) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isArray()) {
        for (JsonNode v : e.getValue()) {
          p.add(e.getKey(), v.asText());
        }
      } else {
        p.add(e.getKey(), e.getValue().asText());
      }
    });
    return p;
  }
}
