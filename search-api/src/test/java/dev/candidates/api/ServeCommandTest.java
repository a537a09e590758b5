package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./candidates serve} as a real process: durability across kill -9, graceful SIGTERM, the admin token. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)/");
  private static final String TOKEN = "forked-token";

  @TempDir
  Path dir;

  /** A server in a forked JVM, with its output collected. */
  private static final class Forked {
    final Process process;
    final int port;
    final StringBuffer out = new StringBuffer();
    final StringBuffer err = new StringBuffer();

    Forked(Path index, Path data) throws Exception {
      String java = ProcessHandle.current().info().command().orElse("java");
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          "dev.candidates.Main", "serve", "--port", "0", "--host", "127.0.0.1", "--index", index.toString(),
          "--data", data.toString());
      pb.environment().put(AdminToken.ENV, TOKEN);
      process = pb.start();
      CompletableFuture<Integer> listening = new CompletableFuture<>();
      drain(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), out,
          listening);
      drain(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), err,
          null);
      try {
        port = listening.get(90, TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
        throw new AssertionError("the server did not start: " + out + err, e);
      }
    }

    private static void drain(BufferedReader r, StringBuffer sink, CompletableFuture<Integer> listening) {
      Thread t = new Thread(() -> {
        try (r) {
          for (String line; (line = r.readLine()) != null; ) {
            sink.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (listening != null && m.find()) {
              listening.complete(Integer.parseInt(m.group(1)));
            }
          }
        } catch (IOException ignored) {
          // the process died
        }
        if (listening != null) {
          listening.completeExceptionally(new IOException("stdout closed"));
        }
      }, "forked-output");
      t.setDaemon(true);
      t.start();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(30))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .header("Authorization", "Bearer " + TOKEN);
      if (contentType != null) {
        b.header("Content-Type", contentType);
      }
      try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void a_write_survives_a_hard_kill_and_sigterm_shuts_down_cleanly() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("one.json"), Fixtures.profileJson("seed-1", "Seed One", "Go"),
        StandardCharsets.UTF_8);
    Path index = dir.resolve("index");

    Forked first = new Forked(index, data);
    assertTrue(first.out.toString().contains("admin token: from $" + AdminToken.ENV), first.out.toString());
    assertFalse(first.out.toString().contains(TOKEN), "a token from the environment is not echoed");
    HttpResponse<String> posted = first.send("POST", "/api/candidates", "text/plain; charset=utf-8",
        Fixtures.newResume("孙悟空 Sun Wukong", "sun.wukong@example.cn"));
    assertEquals(201, posted.statusCode(), posted.body());
    String id = TestServer.field(posted.body(), "id");
    first.process.destroyForcibly(); // kill -9: no shutdown hook, no close
    assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));

    Forked second = new Forked(index, data);
    HttpResponse<String> got = second.send("GET", "/api/candidates/" + id, null, null);
    assertEquals(200, got.statusCode(), got.body() + second.err);
    assertTrue(got.body().contains("孙悟空"), got.body());
    assertEquals(200, second.send("GET", "/api/candidates/seed-1", null, null).statusCode());
    HttpResponse<String> put = second.send("PUT", "/api/candidates/late-1", "application/json",
        Fixtures.profileJson("late-1", "Late One", "Rust"));
    assertEquals(201, put.statusCode(), put.body());

    long stopping = System.nanoTime();
    second.process.destroy(); // SIGTERM: the shutdown hook stops Jetty gracefully, then commits and closes
    assertTrue(second.process.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
    assertTrue(System.nanoTime() - stopping < 20_000_000_000L);
    assertFalse(second.err.toString().contains("Exception"), second.err.toString());

    // the index is closed (no lock left behind) and has everything
    IndexStore store = new IndexStore(index);
    Environment env = TestServer.env();
    try (CandidateIndex opened = CandidateIndex.open(store.current(), env.taxonomy(), env.analyzer(),
        env.enricher(), env.json(), false)) {
      assertEquals(3, opened.count());
      assertEquals("Late One", opened.get("late-1").name());
    }
  }

  @Test
  void serve_help_and_bad_options_are_answered_without_starting() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, dev.candidates.Main.run(new String[] {"serve", "--help"}, o, e));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--port"));
    assertEquals(2, dev.candidates.Main.run(new String[] {"serve", "--prot", "1"}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("did you mean --port"), err.toString(StandardCharsets.UTF_8));
    assertEquals(2, dev.candidates.Main.run(new String[] {"serve", "--port", "70000"}, o, e));
  }

  @Test
  void without_the_environment_variable_a_random_token_is_saved_privately_and_reused() throws Exception {
    Path root = dir.resolve("index");
    AdminToken first = AdminToken.resolve(null, root);
    assertEquals(AdminToken.Source.GENERATED, first.source());
    assertTrue(first.value().matches("[A-Za-z0-9_-]{43}"), first.value());
    Path file = root.resolve("admin-token");
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(file));
    AdminToken again = AdminToken.resolve("", root);
    assertEquals(AdminToken.Source.FILE, again.source());
    assertEquals(first.value(), again.value());
    AdminToken fromEnv = AdminToken.resolve("  env-token ", root);
    assertEquals("env-token", fromEnv.value());
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      distinct.add(AdminToken.resolve(null, dir.resolve("other-" + i)).value());
    }
    assertEquals(3, Set.copyOf(distinct).size(), "random tokens differ");
  }
}
