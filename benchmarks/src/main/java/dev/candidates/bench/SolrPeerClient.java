package dev.candidates.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Drives the Solr peer (module benchmarks/solr-peer) in its own JVM over its stdin/stdout protocol; its stderr goes
 * to ours. Latencies it reports are measured inside it, so the pipe never counts.
 */
final class SolrPeerClient implements AutoCloseable {
  static final List<String> JVM_ARGS = List.of("-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED");

  private final Process process;
  private final BufferedReader in;
  private final Writer out;
  private final ObjectMapper json = new ObjectMapper();

  private SolrPeerClient(Process process) {
    this.process = process;
    this.in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Starts a peer on the Solr home {@code home} (created if new; an existing index there is reused). */
  static SolrPeerClient start(Path projectHome, Path home) throws IOException {
    String cp = JavaProcess.moduleClassPath(projectHome.resolve("benchmarks").resolve("solr-peer"), "solr-peer");
    Process p = JavaProcess.builder(cp, JVM_ARGS, "dev.candidates.solrpeer.SolrPeer",
        List.of("--home", home.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    SolrPeerClient client = new SolrPeerClient(p);
    try {
      client.reply(); // {"ready":true}
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  JsonNode index(Path jsonl, int threads, int mergeTo) throws IOException {
    return send(json.createObjectNode().put("cmd", "index").put("file", jsonl.toString()).put("threads", threads)
        .put("mergeTo", mergeTo));
  }

  JsonNode stats() throws IOException {
    return send(json.createObjectNode().put("cmd", "stats"));
  }

  long count(Map<String, List<String>> params) throws IOException {
    ObjectNode cmd = json.createObjectNode().put("cmd", "count");
    cmd.set("params", json.valueToTree(params));
    return send(cmd).path("hits").asLong();
  }

  /** Per-type in-process latencies of the mix: {type, p50, p99, mean, samples, hits} each, in ms. */
  JsonNode bench(List<QueryMix.QueryCase> cases, double warmupSeconds, double measureSeconds) throws IOException {
    ObjectNode cmd = json.createObjectNode().put("cmd", "bench").put("warmupSeconds", warmupSeconds)
        .put("measureSeconds", measureSeconds);
    ArrayNode list = cmd.putArray("cases");
    for (QueryMix.QueryCase c : cases) {
      list.addObject().put("type", c.type()).set("params", json.valueToTree(c.solrParams()));
    }
    return send(cmd).path("results");
  }

  /** Starts the peer's HTTP front; its port on loopback. */
  int http() throws IOException {
    return send(json.createObjectNode().put("cmd", "http")).path("port").asInt();
  }

  private synchronized JsonNode send(ObjectNode cmd) throws IOException {
    out.write(json.writeValueAsString(cmd));
    out.write('\n');
    out.flush();
    return reply();
  }

  private JsonNode reply() throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException("the Solr peer exited (see its messages above)");
    }
    JsonNode r = json.readTree(line);
    if (!r.path("ok").asBoolean()) {
      throw new IOException("the Solr peer failed: " + r.path("error").asText(line));
    }
    return r;
  }

  @Override
  public void close() {
    try {
      if (process.isAlive()) {
        out.write("{\"cmd\":\"quit\"}\n");
        out.flush();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      // already gone
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      JavaProcess.stop(process, 5_000);
    }
  }
}
