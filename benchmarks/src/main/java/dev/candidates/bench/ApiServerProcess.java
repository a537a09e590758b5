package dev.candidates.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our HTTP API as a child process ({@code dev.candidates.Main serve --port 0 --index DIR --data DIR}), started the way
 * the launcher starts it; ready once it prints {@code listening on http://localhost:PORT/}. Its output goes to our
 * stderr.
 */
final class ApiServerProcess implements AutoCloseable {
  /** The launcher's flags (Lucene's vector API and native access, as {@code ./candidates} runs it) and a fixed heap. */
  static final List<String> JVM_ARGS = List.of("-Xms2g", "-Xmx2g", "--add-modules=jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED", "-Djava.util.logging.config.file=/dev/null");
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?)/?\\s*$");

  private final Process process;
  private final URI base;

  private ApiServerProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  /** The search-api module's launcher class path: {@code search-api/target/search-api.jar:search-api/target/lib/*}. */
  static String launcherClassPath(Path projectHome) throws IOException {
    return JavaProcess.moduleClassPath(projectHome.resolve("search-api"), "search-api");
  }

  static ApiServerProcess start(String classPath, Path projectHome, Path index, Path data, String adminToken,
      PrintStream log) throws IOException {
    return start(classPath, projectHome, index, data, adminToken, Map.of(), log);
  }

  /** {@code env}: more environment for the server (e.g. {@code CANDIDATES_MAX_SEARCHES}). */
  static ApiServerProcess start(String classPath, Path projectHome, Path index, Path data, String adminToken,
      Map<String, String> env, PrintStream log) throws IOException {
    List<String> jvm = new ArrayList<>(JVM_ARGS);
    jvm.add("-Dcandidates.home=" + projectHome);
    ProcessBuilder pb = JavaProcess.builder(classPath, jvm, "dev.candidates.Main",
        List.of("serve", "--port", "0", "--index", index.toString(), "--data", data.toString()));
    pb.environment().put("CANDIDATES_ADMIN_TOKEN", adminToken);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    CompletableFuture<URI> ready = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("api-server-output").start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (!ready.isDone() && m.find()) {
            ready.complete(URI.create(m.group(1) + "/"));
          }
          log.println("api: " + line);
        }
      } catch (IOException e) {
        // the process ended
      }
      ready.completeExceptionally(new IOException("the API server exited with " + exitCode(p)
          + " before it was listening (its output is above)"));
    });
    try {
      return new ApiServerProcess(p, ready.get(120, TimeUnit.SECONDS));
    } catch (ExecutionException e) {
      JavaProcess.stop(p, 5_000);
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException | InterruptedException e) {
      JavaProcess.stop(p, 5_000);
      throw new IOException("the API server did not say it was listening within 120 s", e);
    }
  }

  private static String exitCode(Process p) {
    try {
      return p.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "(still running)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  URI base() {
    return base;
  }

  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
  }

  @Override
  public void close() {
    JavaProcess.stop(process, 10_000);
  }
}
