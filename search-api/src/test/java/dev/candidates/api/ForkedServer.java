package dev.candidates.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Main serve} in a forked JVM on a given index and data folder, with its output collected. */
final class ForkedServer implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)/");
  static final String TOKEN = "forked-token";

  final Process process;
  final int port;
  final StringBuffer out = new StringBuffer();
  final StringBuffer err = new StringBuffer();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  ForkedServer(Path index, Path data) throws Exception {
    this(List.of("--host", "127.0.0.1", "--index", index.toString(), "--data", data.toString()), TOKEN);
  }

  /** {@code Main serve --port 0} and {@code serveArgs}; {@code adminToken} null: none, so the server makes one. */
  ForkedServer(List<String> serveArgs, String adminToken) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.candidates.Main", "serve", "--port", "0"));
    command.addAll(serveArgs);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove(Authenticator.READ_ENV);
    if (adminToken == null) {
      pb.environment().remove(AdminToken.ENV);
    } else {
      pb.environment().put(AdminToken.ENV, adminToken);
    }
    process = pb.start();
    CompletableFuture<Integer> listening = new CompletableFuture<>();
    drain(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), out,
        listening);
    drain(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), err, null);
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

  HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Authorization", "Bearer " + TOKEN);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** kill -9: no shutdown hook, no close. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the shutdown hook lets requests finish and closes the index. */
  @Override
  public void close() throws InterruptedException {
    http.close();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
