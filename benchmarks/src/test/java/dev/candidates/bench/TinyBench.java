package dev.candidates.bench;

import dev.candidates.cli.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One tiny corpus and index shared by the benchmark tests (built once per test JVM): big enough that every query
 * type of the mix finds candidates, small enough to build in seconds.
 */
final class TinyBench {
  static final int PROFILES = 1_500;
  static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);

  private static TinyBench instance;

  final Environment env;
  final Path dir;
  final CorpusGenerator.Corpus corpus;
  final Path index;
  final IndexingResult built;

  private TinyBench() throws IOException {
    env = Environment.createDefault();
    dir = Files.createTempDirectory("tiny-bench");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        BenchCommand.deleteTree(dir);
      } catch (IOException e) {
        // a temp dir left behind
      }
    }));
    corpus = new CorpusGenerator(env.taxonomy(), CorpusGenerator.DEFAULT_SEED).writeCorpus(dir.resolve("corpus"),
        PROFILES, QUIET);
    index = dir.resolve("index");
    built = OursIndexing.build(env, corpus.dir(), index, QUIET);
  }

  static synchronized TinyBench get() {
    if (instance == null) {
      try {
        instance = new TinyBench();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  static Path projectHome() {
    return Environment.home();
  }
}
