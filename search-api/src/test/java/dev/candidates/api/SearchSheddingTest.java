package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static dev.candidates.api.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.api.TestServer.Response;
import dev.candidates.app.Components;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overload: with every search slot taken, one more search is refused at once with 503, {@code Retry-After} and a
 * JSON error, while {@code /api/health} answers. A search is held in flight by the stats component the test gives
 * the server (it blocks where every search reports its time, with its slot still held), not by timing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchSheddingTest {
  @TempDir
  Path dir;
  private TestServer server;
  private final HeldStats stats = new HeldStats();

  /** Holds the first search that reports, until released. */
  private static final class HeldStats extends RequestStats {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private boolean holding = true;

    @Override
    public void recordSearch(long nanos) {
      super.recordSearch(nanos);
      boolean hold;
      synchronized (this) {
        hold = holding;
        holding = false;
      }
      if (hold) {
        entered.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private void start(int maxSearches) throws Exception {
    Components one = Components.of(TestServer.env());
    one = one.withLimits(one.limits().withMaxSearches(maxSearches));
    server = TestServer.start(Fixtures.write(dir.resolve("data")), dir.resolve("index"), one, stats);
  }

  @AfterEach
  void stop() throws Exception {
    stats.release.countDown();
    if (server != null) {
      server.close();
    }
  }

  @Test
  void with_the_one_slot_taken_a_search_gets_503_with_retry_after_and_health_still_answers() throws Exception {
    start(1);
    CompletableFuture<Response> held = CompletableFuture.supplyAsync(() -> server.get("/api/search?q=" + enc("Go")));
    assertTrue(stats.entered.await(30, TimeUnit.SECONDS), "the first search reached the server");

    Response refused = server.get("/api/search?q=" + enc("Kafka"));
    String message = assertError(refused, 503, "busy").get("message").asText();
    assertTrue(message.contains("try again"), message);
    assertEquals(Integer.toString(SearchSlots.RETRY_AFTER_SECONDS), refused.header("Retry-After"));
    assertEquals("nosniff", refused.header("X-Content-Type-Options"), "security headers on the refusal too");
    assertError(server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID + "/similar"), 503, "busy");

    Response health = server.get("/api/health");
    assertEquals(200, health.status(), health.body());
    assertEquals(Fixtures.PROFILES, health.json().get("profiles").asInt());
    Response profile = server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID);
    assertEquals(200, profile.status(), "reading one profile is not a search: " + profile.body());
    assertFalse(held.isDone(), "the first search is still in flight");

    stats.release.countDown();
    Response first = held.get(30, TimeUnit.SECONDS);
    assertEquals(200, first.status(), first.body());
    assertTrue(first.json().get("total").asLong() > 0, first.body());
    Response after = server.get("/api/search?q=" + enc("Kafka"));
    assertEquals(200, after.status(), "the slot is free again: " + after.body());
  }

  @Test
  void a_bad_request_is_still_a_400_and_a_stranger_a_401_while_every_slot_is_taken() throws Exception {
    start(1);
    CompletableFuture<Response> held = CompletableFuture.supplyAsync(() -> server.get("/api/search?q=Go"));
    assertTrue(stats.entered.await(30, TimeUnit.SECONDS));
    assertError(server.get("/api/search?q=Go&sizee=3"), 400, "unknown_parameter");
    assertError(server.get("/api/search?q=Go", null), 401, "unauthorized");
    stats.release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).status());
  }

  @Test
  void with_two_slots_a_second_search_runs_beside_a_held_one() throws Exception {
    start(2);
    CompletableFuture<Response> held = CompletableFuture.supplyAsync(() -> server.get("/api/search?q=Go"));
    assertTrue(stats.entered.await(30, TimeUnit.SECONDS));
    Response second = server.get("/api/search?q=" + enc("Kafka"));
    assertEquals(200, second.status(), second.body());
    stats.release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).status());
  }

  @Test
  void serve_refuses_a_limit_below_one_without_starting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, dev.candidates.Main.run(new String[] {"serve", "--max-searches", "0", "--index",
        dir.resolve("index").toString()}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-searches must be between 1"),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(0, dev.candidates.Main.run(new String[] {"serve", "--help"}, o, e));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--max-searches"));
  }

  @Test
  void the_default_allows_eight_searches_per_core_and_at_least_sixteen() {
    assertEquals(16, Limits.defaultMaxSearches(1));
    assertEquals(16, Limits.defaultMaxSearches(2));
    assertEquals(64, Limits.defaultMaxSearches(8));
    assertEquals(Limits.defaultMaxSearches(Runtime.getRuntime().availableProcessors()),
        Limits.DEFAULT.maxSearches());
  }
}
