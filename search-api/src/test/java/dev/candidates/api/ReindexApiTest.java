package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/reindex}: a rebuild in the background while the server keeps answering searches and writes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReindexApiTest {
  /** Enough profiles that the rebuild takes a noticeable while. */
  private static final int SYNTHETIC = 200;
  private static final List<String> SKILLS = List.of("Go", "Java", "Python", "Kafka", "Redis", "React", "Spark",
      "Kubernetes", "MySQL", "Rust");

  @TempDir
  Path dir;

  private static void writeSynthetic(Path data, int n) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String a = SKILLS.get(i % SKILLS.size());
      String b = SKILLS.get((i * 7 + 3) % SKILLS.size());
      sb.append(String.format(Locale.ROOT, "{\"id\": \"syn-%d\", \"name\": \"Synthetic %d\", \"headline\": \"%s "
          + "engineer\", \"location\": \"%s\", \"skills\": [\"%s\", \"%s\"], \"experience\": [{\"company\": "
          + "\"Company %d\", \"title\": \"Engineer\", \"start\": \"%d-01\", \"end\": null, \"description\": \"Built "
          + "services in %s and %s; 负责%s平台开发。\"}]}%n", i, i, a, i % 2 == 0 ? "深圳" : "Berlin", a, b, i % 37,
          2010 + i % 12, a, b, b));
    }
    Files.writeString(data.resolve("synthetic.jsonl"), sb.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void searches_and_writes_keep_working_during_a_reindex_and_the_writes_survive_it() throws Exception {
    Path data = Fixtures.write(dir.resolve("data"));
    writeSynthetic(data, SYNTHETIC);
    int base = Fixtures.PROFILES + SYNTHETIC;
    try (TestServer server = TestServer.start(data, dir.resolve("index"))) {
      assertEquals(base, server.profiles());
      assertEquals(201, server.post("/api/candidates", "application/json",
          Fixtures.profileJson("before-1", "Added Before", "Haskell")).status());
      assertEquals(204, server.delete("/api/candidates/syn-1").status());
      Files.writeString(data.resolve("new-file.json"), Fixtures.profileJson("new-file-1", "New File", "Zig"),
          StandardCharsets.UTF_8);

      AtomicBoolean stop = new AtomicBoolean();
      Queue<String> problems = new ConcurrentLinkedQueue<>();
      Queue<String> written = new ConcurrentLinkedQueue<>();
      Queue<String> deleted = new ConcurrentLinkedQueue<>();
      AtomicInteger searches = new AtomicInteger();
      Thread searcher = new Thread(() -> {
        while (!stop.get()) {
          for (String q : List.of("Kubernetes", "Go%20Kafka", "%E8%BF%90%E7%BB%B4")) { // 运维
            try {
              Response r = server.get("/api/search?q=" + q);
              if (r.status() != 200) {
                problems.add("search " + q + ": HTTP " + r.status() + " " + r.body());
              } else if (r.json().get("total").asLong() == 0 || r.json().get("hits").isEmpty()) {
                problems.add("search " + q + " came back empty: " + r.body());
              }
              searches.incrementAndGet();
            } catch (RuntimeException e) {
              problems.add("search " + q + ": " + e);
            }
          }
        }
      }, "test-searcher");
      Thread writer = new Thread(() -> {
        for (int i = 0; !stop.get(); i++) {
          try {
            String id = "during-" + i;
            Response r = server.post("/api/candidates", "application/json",
                Fixtures.profileJson(id, "Written During " + i, "Elixir"));
            if (r.status() != 201) {
              problems.add("write " + id + ": HTTP " + r.status() + " " + r.body());
            } else {
              written.add(id);
            }
            if (i % 4 == 3 && 100 + i < SYNTHETIC) {
              String victim = "syn-" + (100 + i);
              Response d = server.delete("/api/candidates/" + victim);
              if (d.status() != 204) {
                problems.add("delete " + victim + ": HTTP " + d.status() + " " + d.body());
              } else {
                deleted.add(victim);
              }
            }
          } catch (RuntimeException e) {
            problems.add("write: " + e);
          }
        }
      }, "test-writer");
      searcher.start();
      writer.start();

      Response started = server.post("/api/reindex", "application/json", "");
      assertEquals(202, started.status(), started.body());
      assertEquals("running", started.json().get("state").asText());
      assertTrue(Instant.parse(started.json().get("startedAt").asText()).isBefore(Instant.now().plusSeconds(1)));
      assertError(server.post("/api/reindex", "application/json", ""), 409, "reindex_running");

      JsonNode status = started.json();
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (status.get("state").asText().equals("running") && System.nanoTime() < deadline) {
        Thread.sleep(50);
        status = server.get("/api/reindex").json();
      }
      int writesDuringReindex = written.size();
      Thread.sleep(300); // keep going a little on the new generation
      stop.set(true);
      searcher.join(30_000);
      writer.join(30_000);

      assertEquals("done", status.get("state").asText(), status.toString());
      assertTrue(status.get("indexed").asLong() >= base, status.toString());
      assertEquals(0, status.get("failed").asLong(), status.toString());
      assertFalse(status.get("finishedAt").isNull(), status.toString());
      assertTrue(status.get("message").asText().contains("gen-2"), status.toString());
      assertTrue(problems.isEmpty(), "problems: " + List.copyOf(problems).subList(0, Math.min(5, problems.size())));
      assertTrue(searches.get() > 0 && writesDuringReindex > 0,
          "searches " + searches + ", writes during the reindex " + writesDuringReindex);

      for (String id : written) {
        assertEquals(200, server.get("/api/candidates/" + id).status(), id + " written during the reindex");
      }
      for (String id : deleted) {
        assertEquals(404, server.get("/api/candidates/" + id).status(), id + " deleted during the reindex");
      }
      assertEquals(200, server.get("/api/candidates/before-1").status(), "added through the API before");
      assertEquals(404, server.get("/api/candidates/syn-1").status(), "deleted through the API before");
      assertEquals(200, server.get("/api/candidates/new-file-1").status(), "new in the data folder");
      // before-1 added, syn-1 deleted, new-file-1 new in the data folder
      assertEquals(base + 1 - 1 + 1 + written.size() - deleted.size(), server.profiles());

      JsonNode stats = server.get("/api/stats").json();
      assertEquals(2, stats.get("generation").asLong());
      try (Stream<Path> gens = Files.list(dir.resolve("index"))) {
        assertEquals(List.of("gen-2"), gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-"))
            .toList(), "the old generation is removed");
      }
    }
  }

  @Test
  void a_reindex_is_idle_until_started_and_can_run_again_after_it_is_done() throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      JsonNode idle = server.get("/api/reindex").json();
      assertEquals("idle", idle.get("state").asText());
      assertTrue(idle.get("startedAt").isNull() && idle.get("finishedAt").isNull() && idle.get("message").isNull());
      for (int round = 2; round <= 3; round++) {
        assertEquals(202, server.post("/api/reindex", "text/plain", "").status());
        JsonNode s = server.get("/api/reindex").json();
        for (int i = 0; i < 600 && s.get("state").asText().equals("running"); i++) {
          Thread.sleep(50);
          s = server.get("/api/reindex").json();
        }
        assertEquals("done", s.get("state").asText(), s.toString());
        assertEquals(Fixtures.PROFILES, s.get("indexed").asInt());
        assertEquals(round, server.get("/api/stats").json().get("generation").asInt());
        assertEquals(Fixtures.PROFILES, server.profiles());
      }
    }
  }

  @Test
  void without_a_data_folder_the_server_starts_empty_accepts_writes_and_keeps_them_through_a_reindex()
      throws Exception {
    try (TestServer server = TestServer.start(dir.resolve("no-such-folder"), dir.resolve("index"))) {
      assertEquals(0, server.profiles());
      JsonNode empty = server.get("/api/search?q=Go").json();
      assertEquals(0, empty.get("total").asInt(), empty.toString());
      assertEquals(201, server.post("/api/candidates", "application/json",
          Fixtures.profileJson("only-1", "Only One", "Go")).status());
      assertEquals(List.of("only-1"), server.get("/api/search?q=Go").json().findValuesAsText("id"));
      assertEquals(202, server.post("/api/reindex", "text/plain", "").status());
      JsonNode s = server.get("/api/reindex").json();
      for (int i = 0; i < 600 && s.get("state").asText().equals("running"); i++) {
        Thread.sleep(50);
        s = server.get("/api/reindex").json();
      }
      assertEquals("done", s.get("state").asText(), s.toString());
      assertEquals(1, server.profiles(), "the API-added profile is kept by the rebuild");
    }
  }
}
