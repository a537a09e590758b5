package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.app.Components;
import dev.candidates.cli.Environment;
import dev.candidates.index.IndexStore;
import dev.candidates.store.CandidateStore;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The real server on a free port over a real index, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {
  /** Sent by {@link #get} and every write unless a test says otherwise, so tests read as before authentication. */
  static final String TOKEN = "test-admin-token";
  static final String READ_TOKEN = "test-read-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Environment environment;

  final Path data;
  final IndexStore store;
  final CandidateStore candidates;
  final CandidateReads index;
  final Javalin app;
  final String base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private TestServer(Path data, IndexStore store, CandidateStore candidates, CandidateReads index, Javalin app) {
    this.data = data;
    this.store = store;
    this.candidates = candidates;
    this.index = index;
    this.app = app;
    this.base = "http://127.0.0.1:" + app.port();
  }

  static synchronized Environment env() {
    if (environment == null) {
      environment = Environment.createDefault();
    }
    return environment;
  }

  /** Writes the fixtures under {@code dir}/data and serves an index built from them in {@code dir}/index. */
  static TestServer start(Path dir) throws IOException {
    return start(Fixtures.write(dir.resolve("data")), dir.resolve("index"));
  }

  /**
   * Serves a copy of the index in {@code template} (built once by {@link #buildTemplate}) from {@code dir}/index:
   * a fresh, isolated index for each test without indexing the fixtures again.
   */
  static TestServer startCopy(Path template, Path dir) throws IOException {
    Path index = dir.resolve("index");
    try (Stream<Path> files = Files.walk(template.resolve("index"))) {
      for (Path p : files.toList()) {
        Path target = index.resolve(template.resolve("index").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target);
        }
      }
    }
    return start(template.resolve("data"), index);
  }

  /** Writes the fixtures under {@code dir}/data and builds their index in {@code dir}/index, closed. */
  static void buildTemplate(Path dir) throws IOException {
    start(dir).close();
  }

  static TestServer start(Path data, Path indexDir) throws IOException {
    return start(data, indexDir, Components.of(env()), new RequestStats());
  }

  /** The server the given components make, reporting to {@code stats}. */
  static TestServer start(Path data, Path indexDir, Components components, RequestStats stats) throws IOException {
    IndexStore store = new IndexStore(indexDir);
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    CandidateStore candidates = components.openStore(store, data, quiet);
    Authenticator auth = new Authenticator(AdminToken.of(TOKEN), READ_TOKEN, TokensFile.of(indexDir));
    Javalin app = components.server(candidates, auth, stats).start("127.0.0.1", 0);
    return new TestServer(data, store, candidates, new CandidateReads(candidates, components.searchService()), app);
  }

  record Response(int status, String body, HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  /** A GET with {@code token}, or with no Authorization header when it is null. */
  Response get(String pathAndQuery, String token) {
    return send("GET", pathAndQuery, null, null, token);
  }

  /** A request with a body; {@code token} null sends no Authorization header. */
  Response send(String method, String path, String contentType, byte[] body, String token) {
    return exchange(build(method, path, contentType, body, token));
  }

  private HttpRequest build(String method, String path, String contentType, byte[] body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.timeout(Duration.ofSeconds(30)).build();
  }

  Response post(String path, String contentType, String body) {
    return send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8), TOKEN);
  }

  Response put(String path, String contentType, String body) {
    return send("PUT", path, contentType, body.getBytes(StandardCharsets.UTF_8), TOKEN);
  }

  Response delete(String path) {
    return send("DELETE", path, null, null, TOKEN);
  }

  /** Sends the request with the admin token unless it names its own Authorization. */
  Response send(HttpRequest.Builder b) {
    HttpRequest r = b.timeout(Duration.ofSeconds(30)).build();
    if (r.headers().firstValue("Authorization").isEmpty()) {
      r = HttpRequest.newBuilder(r, (name, value) -> true).header("Authorization", "Bearer " + TOKEN).build();
    }
    return exchange(r);
  }

  private Response exchange(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The ids of a search answer's hits, sorted (for a filter's or a query field's set of matches). */
  static List<String> sortedIds(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids.stream().sorted().toList();
  }

  static String field(String json, String name) {
    try {
      return JSON.readTree(json).get(name).asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int profiles() {
    Response r = get("/api/health");
    assertEquals(200, r.status(), r.body());
    return r.json().get("profiles").asInt();
  }

  /** Asserts the one error shape: JSON with exactly "error" (the code) and a non-blank "message", no internals. */
  static JsonNode assertError(Response r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/json"),
        "content type: " + r.header("Content-Type"));
    JsonNode j = r.json();
    Iterator<String> names = j.fieldNames();
    assertEquals("error", names.next(), r.body());
    assertEquals("message", names.next(), r.body());
    assertFalse(names.hasNext(), r.body());
    assertEquals(code, j.get("error").asText(), r.body());
    assertFalse(j.get("message").asText().isBlank(), r.body());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"),
        "no internals in " + r.body());
    return j;
  }

  @Override
  public void close() throws IOException {
    http.close(); // no idle keep-alive connections left for a graceful stop to wait for
    app.stop();
    candidates.close();
  }
}
