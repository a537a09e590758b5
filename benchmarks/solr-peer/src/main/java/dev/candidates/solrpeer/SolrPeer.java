package dev.candidates.solrpeer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;

/**
 * Apache Solr, embedded, as the benchmarks' comparison engine, in a JVM of its own (Solr brings Lucene 9; ours is
 * Lucene 10). Usage: {@code SolrPeer --home DIR}. It answers one JSON command per stdin line with one JSON line on
 * stdout ({@code {"ok":true,…}} or {@code {"ok":false,"error":…}}); everything else it or Solr prints goes to stderr.
 * Latencies are measured here, in process, so the pipe is never timed.
 *
 * <pre>
 *   {"cmd":"index","file":F,"threads":2,"mergeTo":2}   index a JSONL file of enriched profiles (replaces the index)
 *   {"cmd":"stats"}                                      docs, segments, bytes on disk
 *   {"cmd":"count","params":{…}}                         hits of one query
 *   {"cmd":"bench","cases":[{"type","params"}…],"warmupSeconds":S,"measureSeconds":S}
 *   {"cmd":"http"}                                       serve GET /select?… on a free port; answers its port
 *   {"cmd":"quit"}
 * </pre>
 */
public final class SolrPeer {
  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err); // only protocol lines may reach the real stdout
    if (args.length != 2 || !args[0].equals("--home")) {
      System.err.println("usage: SolrPeer --home DIR");
      System.exit(2);
    }
    Path home = Path.of(args[1]).toAbsolutePath();
    SolrHome.prepare(home);
    ObjectMapper json = new ObjectMapper();
    CoreContainer cores = CoreContainer.createAndLoad(home);
    HttpFront front = null;
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(cores, SolrHome.CORE)) {
      Commands commands = new Commands(solr, cores, home, json);
      protocol.println(json.writeValueAsString(json.createObjectNode().put("ok", true).put("ready", true)));
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode reply;
        try {
          JsonNode cmd = json.readTree(line);
          String name = cmd.path("cmd").asText();
          if (name.equals("quit")) {
            protocol.println("{\"ok\":true}");
            break;
          }
          if (name.equals("http")) {
            if (front == null) {
              front = HttpFront.start(solr, json);
            }
            reply = json.createObjectNode().put("port", front.port());
          } else {
            reply = commands.run(name, cmd);
          }
          reply.put("ok", true);
        } catch (Exception | OutOfMemoryError e) {
          e.printStackTrace();
          reply = json.createObjectNode().put("ok", false).put("error", String.valueOf(e));
        }
        protocol.println(json.writeValueAsString(reply));
      }
    } finally {
      if (front != null) {
        front.stop();
      }
      cores.shutdown();
    }
    System.exit(0); // Solr leaves non-daemon executor threads behind
  }
}
