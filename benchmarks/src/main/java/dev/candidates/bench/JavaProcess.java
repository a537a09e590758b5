package dev.candidates.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starting another JVM of this JDK with its own class path: the API server, the Solr peer. */
final class JavaProcess {
  private JavaProcess() {}

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  static ProcessBuilder builder(String classPath, List<String> jvmArgs, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java().toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(mainClass);
    cmd.addAll(args);
    return new ProcessBuilder(cmd);
  }

  /** {@code module/target/NAME.jar} (or its classes, before packaging) and {@code module/target/lib/*}. */
  static String moduleClassPath(Path module, String jarName) throws IOException {
    Path target = module.resolve("target");
    Path jar = target.resolve(jarName + ".jar");
    Path classes = target.resolve("classes");
    Path lib = target.resolve("lib");
    Path code = Files.isRegularFile(jar) ? jar : classes;
    if (!Files.exists(code) || !Files.isDirectory(lib)) {
      throw new IOException("the " + module.getFileName() + " module is not built (" + code + ", " + lib
          + "); run: mvn -q -B -pl benchmarks -am install -DskipTests");
    }
    return code + File.pathSeparator + lib.resolve("*");
  }

  /** Ends a child process: politely, then by force after a grace period. */
  static void stop(Process p, long graceMillis) {
    if (p == null || !p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(graceMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }
}
