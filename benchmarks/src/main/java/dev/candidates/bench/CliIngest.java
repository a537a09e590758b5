package dev.candidates.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bulk ingest through the command line, for comparison with the bulk endpoint: {@code ./candidates add} of a JSONL
 * file into the (stopped) server's index, as a user would run it: JVM start-up and taxonomy loading included.
 */
final class CliIngest {
  private CliIngest() {}

  static double run(String classPath, Path projectHome, Path index, CorpusGenerator generator, long first, int count,
      Path scratch, PrintStream progress) throws IOException, InterruptedException {
    Path file = scratch.resolve("cli-add.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      generator.write(first, first + count, out);
    }
    List<String> jvm = new ArrayList<>(ApiServerProcess.JVM_ARGS);
    jvm.add("-Dcandidates.home=" + projectHome);
    ProcessBuilder pb = JavaProcess.builder(classPath, jvm, "dev.candidates.Main",
        List.of("add", "--index", index.toString(), file.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
    long t0 = System.nanoTime();
    Process p = pb.start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IOException("./candidates add exited with " + code);
    }
    progress.printf(Locale.ROOT, "cli: add of %,d profiles: %.1f s (%,.0f profiles/s, JVM start included)%n", count,
        seconds, count / seconds);
    return count / seconds;
  }
}
