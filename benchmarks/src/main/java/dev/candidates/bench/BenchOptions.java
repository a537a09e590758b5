package dev.candidates.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What one run does and how long each part measures. {@code --quick} and the full run differ only in sizes and
 * lengths, never in what is measured.
 */
record BenchOptions(boolean quick, long profiles, long seed, Path work, Path json, boolean solr, boolean http,
    int floorSample, JmhSuite.Settings jmh, int solrForks, double solrWarmupSeconds, double solrMeasureSeconds,
    HttpBench.Settings httpSettings) {

  static final String HELP = String.format(Locale.ROOT, """
      Usage: ./candidates bench [--quick] [--profiles N] [--json FILE] [--seed S] [--work DIR] [--no-solr] [--no-http]
        Generates a synthetic bilingual corpus, builds our index from it (IndexBuilder, as ./candidates index does),
        then measures and prints one table:
          queries   JMH latency per query type: ours (SearchService) vs the raw-Lucene floor vs Solr (own JVM)
          indexing  profiles/s of ours vs a bare IndexWriter vs Solr, index size per profile, heap
          http      open-loop load on ./candidates serve up to the knee (p99 < 25 ms), /api/health, write-to-visible,
                    bulk ingest over HTTP vs ./candidates add
        --quick        100,000 profiles, one JMH fork each: ~4.5 min (full: 1,000,000 profiles, 3 forks, ~30 min)
        --profiles N   corpus size (overrides the default of either mode)
        --json FILE    also write the results as JSON
        --seed S       corpus seed (default %d); the same seed gives the same corpus
        --work DIR     where the corpus and indexes go (default benchmarks/target/bench; deleted first)
        --no-solr      skip Solr (indexing, queries and its knee)
        --no-http      skip the HTTP measurements (they need the API server)
        Progress goes to stderr; the table to stdout.""", CorpusGenerator.DEFAULT_SEED);

  /*
   * Warm-up lengths are set by the JIT, not by taste. Every JMH fork first runs the whole mix (primeMillis) and then
   * its own warm-up iterations; the quick run keeps one fork per type and variant so it fits in five minutes on two
   * cores, the full run has three forks and longer warm-ups, and reports the spread over forks.
   */
  static BenchOptions parse(String[] args, Path home) {
    boolean quick = false;
    Long profiles = null;
    long seed = CorpusGenerator.DEFAULT_SEED;
    Path work = home.resolve("benchmarks").resolve("target").resolve("bench");
    Path json = null;
    boolean solr = true;
    boolean http = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--profiles" -> profiles = positive(value(args, ++i, "--profiles"), "--profiles");
        case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
        case "--work" -> work = Path.of(value(args, ++i, "--work")).toAbsolutePath();
        case "--json" -> json = Path.of(value(args, ++i, "--json")).toAbsolutePath();
        case "--no-solr" -> solr = false;
        case "--no-http" -> http = false;
        default -> throw new IllegalArgumentException("unknown option \"" + args[i] + "\"");
      }
    }
    long n = profiles != null ? profiles : quick ? 100_000 : 1_000_000;
    if (quick) {
      return new BenchOptions(true, n, seed, work, json, solr, http, (int) Math.min(n, 10_000),
          new JmhSuite.Settings(1, 1_500, 4, 500, 3, 500), 1, 8, 6,
          new HttpBench.Settings(8, 6, 2, 100, 20, 5_000, 5, 1_000));
    }
    return new BenchOptions(false, n, seed, work, json, solr, http, (int) Math.min(n, 100_000),
        new JmhSuite.Settings(3, 5_000, 5, 1_000, 5, 1_000), 3, 20, 20,
        new HttpBench.Settings(30, 30, 10, 1_000, 20, 5_000, 20, 10_000));
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static long positive(String v, String name) {
    try {
      long n = Long.parseLong(v.replace("_", "").replace(",", ""));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be a positive whole number, got \"%s\"",
        name, v));
  }
}
