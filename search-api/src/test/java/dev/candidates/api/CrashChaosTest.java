package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.IndexStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in a child JVM, killed with SIGKILL at random moments (fixed seed) while it takes single writes,
 * bulk writes and a reindex; then restarted. Every acknowledged write must be there, a bulk that was cut off is there
 * whole or not at all, a reindex after the restart changes nothing (so nothing unacknowledged comes back), and
 * Lucene's CheckIndex finds the index clean.
 */
class CrashChaosTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BULK_LINES = 150;

  @TempDir
  Path dir;

  /** What the client knows: the headline each acknowledged id must have (null: deleted). */
  private final Map<String, String> acked = new LinkedHashMap<>();
  /** Ids whose last write got no answer: either outcome is allowed, but it must not change on reindex. */
  private final Set<String> inDoubt = new LinkedHashSet<>();
  /** Bulk requests that got no answer: all their lines, or none, may be visible. */
  private final List<Map<String, String>> cutBulks = new ArrayList<>();
  private final Random random = new Random(14);
  private final AtomicInteger answered = new AtomicInteger();
  private int serial;

  private enum Load { SINGLE, BULK, REINDEX }

  @Test
  void a_server_killed_during_writes_bulk_and_reindex_restarts_with_exactly_what_it_acknowledged()
      throws Exception {
    Path data = Fixtures.write(dir.resolve("data"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 200; i++) { // enough that a reindex is still running when the kill comes
      many.append(profile("seed-" + i, "seed " + i, i % 2 == 0 ? "Go" : "Kotlin")).append('\n');
    }
    Files.writeString(data.resolve("many.jsonl"), many, StandardCharsets.UTF_8);
    Path index = dir.resolve("index");

    long t0 = System.nanoTime();
    for (Load load : Load.values()) {
      ForkedServer server = new ForkedServer(index, data);
      System.err.printf(Locale.ROOT, "chaos: %s round, server up at %.1fs%n", load, (System.nanoTime() - t0) / 1e9);
      assertAcknowledgedState(server);
      long killAfter = random.nextInt(800);
      int before = answered.get();
      Thread writer = new Thread(() -> writeUntilKilled(server, load), "chaos-writer");
      writer.start();
      // Kill at a random moment once the load is under way (a few writes answered), however fast this machine is.
      for (int i = 0; i < 300 && answered.get() < before + 3 && writer.isAlive(); i++) {
        Thread.sleep(100);
      }
      Thread.sleep(killAfter);
      server.kill();
      writer.join(30_000);
    }

    try (ForkedServer server = new ForkedServer(index, data)) {
      System.err.printf(Locale.ROOT, "chaos: final start at %.1fs; %d acknowledged, %d in doubt, %d bulks cut%n",
          (System.nanoTime() - t0) / 1e9, acked.size(), inDoubt.size(), cutBulks.size());
      assertTrue(answered.get() >= 9, "the load got under way in every round");
      assertAcknowledgedState(server);
      assertEquals(1, generations(index), "start-up removed the half-built generation");
      Map<String, String> before = snapshot(server);
      HttpResponse<String> reindex = server.send("POST", "/api/reindex", null, null);
      assertEquals(202, reindex.statusCode(), reindex.body());
      for (int i = 0; i < 600 && !state(server).equals("done"); i++) {
        assertTrue(!state(server).equals("failed"), server.send("GET", "/api/reindex", null, null).body());
        Thread.sleep(100);
      }
      assertEquals("done", state(server));
      assertEquals(before, snapshot(server), "restart + reindex changes nothing");
      assertAcknowledgedState(server);
    }
    try (var d = FSDirectory.open(new IndexStore(index).current()); CheckIndex check = new CheckIndex(d)) {
      assertTrue(check.checkIndex().clean, "CheckIndex");
    }
  }

  /** Writes of one kind (with single writes mixed in) until the server dies under it. */
  private void writeUntilKilled(ForkedServer server, Load load) {
    try {
      if (load == Load.REINDEX) {
        server.send("POST", "/api/reindex", null, null);
      }
      while (server.process.isAlive()) {
        int dice = random.nextInt(100);
        if (load == Load.BULK && dice < 60) {
          bulk(server);
        } else if (dice < 55) {
          String id = "w-" + serial++;
          upsert(server, "POST", "/api/candidates", id);
        } else if (dice < 80 && !liveIds().isEmpty()) {
          String id = liveIds().get(random.nextInt(liveIds().size()));
          upsert(server, "PUT", "/api/candidates/" + id, id);
        } else if (!liveIds().isEmpty()) {
          String id = liveIds().get(random.nextInt(liveIds().size()));
          inDoubt.add(id);
          if (server.send("DELETE", "/api/candidates/" + id, null, null).statusCode() == 204) {
            acked.put(id, null);
            inDoubt.remove(id);
            answered.incrementAndGet();
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // the kill: the request in flight got no answer and stays in doubt
    }
  }

  private void upsert(ForkedServer server, String method, String path, String id)
      throws IOException, InterruptedException {
    String headline = "v" + serial++;
    inDoubt.add(id);
    HttpResponse<String> r = server.send(method, path, "application/json", profile(id, headline, "Rust"));
    if (r.statusCode() / 100 == 2) {
      acked.put(id, headline);
      inDoubt.remove(id);
      answered.incrementAndGet();
    }
  }

  private void bulk(ForkedServer server) throws IOException, InterruptedException {
    Map<String, String> lines = new LinkedHashMap<>();
    String headline = "bulk" + serial++;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < BULK_LINES; i++) {
      String id = "b-" + serial + "-" + i;
      lines.put(id, headline);
      body.append(profile(id, headline, "Scala")).append('\n');
    }
    serial++;
    cutBulks.add(lines);
    inDoubt.addAll(lines.keySet());
    HttpResponse<String> r = server.send("POST", "/api/candidates/_bulk", "application/x-ndjson", body.toString());
    if (r.statusCode() == 200) {
      JsonNode items = JSON.readTree(r.body()).get("items");
      for (JsonNode item : items) {
        assertTrue(item.get("status").asInt() / 100 == 2, item.toString());
      }
      acked.putAll(lines);
      inDoubt.removeAll(lines.keySet());
      cutBulks.remove(lines);
      answered.incrementAndGet();
    }
  }

  private List<String> liveIds() {
    List<String> ids = new ArrayList<>();
    acked.forEach((id, headline) -> {
      if (headline != null && !inDoubt.contains(id)) {
        ids.add(id);
      }
    });
    return ids;
  }

  private void assertAcknowledgedState(ForkedServer server) throws Exception {
    for (Map.Entry<String, String> e : acked.entrySet()) {
      if (inDoubt.contains(e.getKey())) {
        continue;
      }
      HttpResponse<String> r = server.send("GET", "/api/candidates/" + e.getKey(), null, null);
      if (e.getValue() == null) {
        assertEquals(404, r.statusCode(), "acknowledged delete of " + e.getKey() + ": " + r.body());
      } else {
        assertEquals(200, r.statusCode(), "acknowledged write of " + e.getKey() + ": " + r.body() + server.err);
        assertEquals(e.getValue(), JSON.readTree(r.body()).get("headline").asText(), e.getKey());
      }
    }
    for (Map<String, String> cut : cutBulks) {
      Map<String, Boolean> seen = new TreeMap<>();
      for (String id : cut.keySet()) {
        seen.put(id, server.send("GET", "/api/candidates/" + id, null, null).statusCode() == 200);
      }
      assertTrue(!seen.containsValue(true) || !seen.containsValue(false), "a cut-off bulk is all or nothing: " + seen);
    }
  }

  /** Every id the test touched, with its headline or "absent", and the profile count. */
  private Map<String, String> snapshot(ForkedServer server) throws Exception {
    Map<String, String> out = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>(acked.keySet());
    ids.addAll(inDoubt);
    cutBulks.forEach(b -> ids.addAll(b.keySet()));
    for (String id : ids) {
      HttpResponse<String> r = server.send("GET", "/api/candidates/" + id, null, null);
      out.put(id, r.statusCode() == 200 ? JSON.readTree(r.body()).get("headline").asText() : "absent");
    }
    out.put("(profiles)", JSON.readTree(server.send("GET", "/api/health", null, null).body()).get("profiles")
        .asText());
    return out;
  }

  private static String state(ForkedServer server) throws Exception {
    return JSON.readTree(server.send("GET", "/api/reindex", null, null).body()).get("state").asText();
  }

  private static long generations(Path index) throws IOException {
    try (Stream<Path> s = Files.list(index)) {
      return s.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
    }
  }

  private static String profile(String id, String headline, String skill) {
    return String.format(Locale.ROOT, "{\"id\": \"%s\", \"name\": \"Chaos %s\", \"headline\": \"%s\", "
        + "\"skills\": [\"%s\"]}", id, id, headline, skill);
  }
}
