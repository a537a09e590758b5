package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./candidates serve} as a real process: durability across kill -9, graceful SIGTERM, the admin token, the
 * loopback default and the refusal to listen further without tokens; {@code ./candidates token}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeCommandTest {
  private static final String TOKEN = ForkedServer.TOKEN;

  @TempDir
  Path dir;

  @Test
  void a_write_survives_a_hard_kill_and_sigterm_shuts_down_cleanly() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("one.json"), Fixtures.profileJson("seed-1", "Seed One", "Go"),
        StandardCharsets.UTF_8);
    Path index = dir.resolve("index");

    ForkedServer first = new ForkedServer(index, data);
    assertTrue(first.out.toString().contains("admin token: from $" + AdminToken.ENV), first.out.toString());
    assertFalse(first.out.toString().contains(TOKEN), "a token from the environment is not echoed");
    HttpResponse<String> posted = first.send("POST", "/api/candidates", "text/plain; charset=utf-8",
        Fixtures.newResume("孙悟空 Sun Wukong", "sun.wukong@example.cn"));
    assertEquals(201, posted.statusCode(), posted.body());
    String id = TestServer.field(posted.body(), "id");
    first.process.destroyForcibly(); // kill -9: no shutdown hook, no close
    assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));

    ForkedServer second = new ForkedServer(index, data);
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

  @Test
  void by_default_the_server_listens_on_loopback_only_and_keeps_a_new_admin_token_out_of_its_output()
      throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("one.json"), Fixtures.profileJson("seed-1", "Seed One", "Go"),
        StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    ForkedServer server = new ForkedServer(List.of("--index", index.toString(), "--data", data.toString()), null);
    try {
      Path tokenFile = index.resolve(AdminToken.FILE);
      String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
          Files.getPosixFilePermissions(tokenFile));
      assertFalse(server.out.toString().contains(token) || server.err.toString().contains(token),
          "the new token is not in the output: " + server.out + server.err);
      assertTrue(server.out.toString().contains("admin token: new, saved in " + tokenFile), server.out.toString());

      HttpResponse<String> health = get("127.0.0.1", server.port, "/api/health", null);
      assertEquals(200, health.statusCode());
      assertEquals(401, get("127.0.0.1", server.port, "/api/search?q=go", null).statusCode());
      assertEquals(200, get("127.0.0.1", server.port, "/api/search?q=go", token).statusCode());
      String outside = nonLoopbackAddress();
      Assumptions.assumeTrue(outside != null, "this machine has no address besides loopback");
      try (Socket s = new Socket()) {
        assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(outside, server.port), 2000),
            "not reachable on " + outside);
      }
    } finally {
      server.process.destroy();
      server.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void listening_on_all_interfaces_is_refused_until_tokens_are_configured() throws Exception {
    Path index = dir.resolve("index");
    Path data = Files.createDirectories(dir.resolve("data"));
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.candidates.Main",
        "serve", "--port", "0", "--host", "0.0.0.0", "--index", index.toString(), "--data", data.toString());
    pb.environment().remove(AdminToken.ENV);
    pb.environment().remove(Authenticator.READ_ENV);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), output);
    assertTrue(output.contains("refusing to listen on 0.0.0.0 without tokens") && output.contains(AdminToken.ENV)
        && output.contains("token add"), output);
    assertFalse(output.contains("listening on http"), output);

    TokensFile.of(index).add("carol", Role.READER); // a configured user is enough
    ForkedServer open = new ForkedServer(List.of("--host", "0.0.0.0", "--index", index.toString(), "--data", data.toString()),
        null);
    try {
      assertTrue(open.out.toString().contains("beyond this machine: every /api request except /api/health needs a "
          + "token"), open.out.toString());
      assertEquals(401, get("127.0.0.1", open.port, "/api/stats", null).statusCode());
    } finally {
      open.process.destroy();
      open.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void token_add_prints_a_new_token_once_and_keeps_only_its_digest() throws Exception {
    Path index = dir.resolve("index");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, dev.candidates.Main.run(new String[] {"token", "add", "dana", "--role", "reader", "--index",
        index.toString()}, o, e), err.toString(StandardCharsets.UTF_8));
    String token = out.toString(StandardCharsets.UTF_8).strip();
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    String file = Files.readString(index.resolve(TokensFile.FILE), StandardCharsets.UTF_8);
    assertFalse(file.contains(token), file);
    assertTrue(file.contains("dana\treader\t" + TokenDigest.hex(TokenDigest.sha256(token))), file);

    out.reset();
    assertEquals(0, dev.candidates.Main.run(new String[] {"token", "list", "--index", index.toString()}, o, e));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("dana\treader\t"), out.toString(StandardCharsets.UTF_8));
    assertFalse(out.toString(StandardCharsets.UTF_8).contains(token));
    assertEquals(2, dev.candidates.Main.run(new String[] {"token", "add", "eve", "--role", "owner", "--index",
        index.toString()}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("reader or admin"), err.toString(StandardCharsets.UTF_8));
    assertEquals(0, dev.candidates.Main.run(new String[] {"token", "remove", "dana", "--index", index.toString()}, o,
        e));
    assertEquals(1, dev.candidates.Main.run(new String[] {"token", "remove", "dana", "--index", index.toString()}, o,
        e));
  }

  private static HttpResponse<String> get(String host, int port, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
        .timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /** An IPv4 address of this machine other than loopback, or null. */
  private static String nonLoopbackAddress() throws IOException {
    for (NetworkInterface n : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) {
        continue;
      }
      for (InetAddress a : java.util.Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          return a.getHostAddress();
        }
      }
    }
    return null;
  }
}
