package dev.candidates.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candidates.cli.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;

/**
 * {@code ./candidates bench}: generate a corpus, build our index, measure queries (ours, floor, Solr), indexing and
 * the HTTP API, print one table (and JSON with {@code --json}). See {@link BenchOptions#HELP}.
 */
public final class BenchCommand {
  private final BenchOptions options;
  private final Path home;
  private final PrintStream out;
  private final PrintStream err;
  private final BenchResults results = new BenchResults();

  BenchCommand(BenchOptions options, Path home, PrintStream out, PrintStream err) {
    this.options = options;
    this.home = home;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** The command line's work: help, options, the run; its exit code (2 for a usage mistake). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      out.println(BenchOptions.HELP);
      return 0;
    }
    Path home = Environment.home();
    BenchOptions options;
    try {
      options = BenchOptions.parse(args, home);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + "\n" + BenchOptions.HELP);
      return 2;
    }
    try {
      new BenchCommand(options, home, out, err).run(String.join(" ", args));
      return 0;
    } catch (Exception e) {
      err.println("error: the benchmark failed: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  void run(String argLine) throws Exception {
    results.machine = MachineInfo.current();
    results.command = ("./candidates bench " + argLine).strip();
    results.seed = options.seed();
    Environment env = Environment.createDefault();
    deleteTree(options.work());
    Files.createDirectories(options.work());
    Path corpusDir = options.work().resolve("corpus");
    Path index = options.work().resolve("index");
    CorpusGenerator generator = new CorpusGenerator(env.taxonomy(), options.seed());

    step("generate", String.format(Locale.ROOT, "generating %,d profiles (seed %d)", options.profiles(),
        options.seed()), () -> results.corpus = generator.writeCorpus(corpusDir, options.profiles(), err));
    step("index ours", "building our index with IndexBuilder", () -> {
      results.ours = OursIndexing.build(env, corpusDir, index, err);
      err.printf(Locale.ROOT, "ours: %,d profiles in %.1f s: %,.0f profiles/s%n", results.ours.profiles(),
          results.ours.seconds(), results.ours.rate());
    });
    step("index floor", String.format(Locale.ROOT, "timing a bare IndexWriter on %,d profiles", options.floorSample()),
        () -> floorIndexing(env, corpusDir));
    try (SearchFixture fixture = SearchFixture.open(env, index)) {
      for (QueryMix.QueryCase c : QueryMix.CASES) {
        results.oursHits.put(c.type(), fixture.service().search(fixture.searcher(), c.countRequest()).total());
        Query floor = FloorPart.build(c.floor(), env.analyzer());
        results.floorHits.put(c.type(), (long) fixture.searcher().count(floor));
        // The timed requests' totals: past the exact-count threshold the top-hits collector counts only the
        // documents the scorers did not skip, so this is how many candidates each engine scored.
        results.oursScored.put(c.type(), fixture.service().search(fixture.searcher(), c.request()).total());
        results.floorScored.put(c.type(), fixture.searcher().search(floor, QueryMix.PAGE_SIZE).totalHits.value());
      }
      if (options.solr()) {
        Path export = options.work().resolve("solr-profiles.jsonl");
        step("export", "exporting the indexed profiles for Solr", () -> SolrExport.write(fixture, export));
        solr(export);
      }
    }
    List<String> jmhArgs = new ArrayList<>(List.of("-Xms2g", "-Xmx2g", "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Dcandidates.home=" + home)); // as ./candidates serve runs Lucene
    if (Runtime.version().feature() >= 24) {
      jmhArgs.add("--sun-misc-unsafe-memory-access=allow"); // JMH's own use of Unsafe; silences a warning per fork
    }
    results.jmhSettings = options.jmh();
    results.jmhJvmArgs = jmhArgs;
    JmhSuite jmh = new JmhSuite(options.jmh(), jmhArgs, err);
    step("jmh", "JMH: ours vs floor, " + options.jmh().describe(), () -> results.jmh = jmh.run(index,
        QueryMix.types()));
    results.notes.addAll(jmh.warnings());
    if (options.http()) {
      http(generator, corpusDir, index);
    }
    out.print(ResultTable.render(results));
    if (options.json() != null) {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.createDirectories(options.json().toAbsolutePath().getParent());
      json.writeValue(options.json().toFile(), results.report());
      err.println("wrote " + options.json());
    }
  }

  private void floorIndexing(Environment env, Path corpusDir) throws IOException {
    Path sample = corpusDir;
    if (options.floorSample() < options.profiles()) { // the first files of the corpus: the same profiles as ours
      sample = options.work().resolve("floor-corpus");
      Files.createDirectories(sample);
      long n = 0;
      for (Path f : results.corpus.files()) {
        if (n >= options.floorSample()) {
          break;
        }
        Files.createSymbolicLink(sample.resolve(f.getFileName()), f);
        n += CorpusGenerator.PROFILES_PER_FILE;
      }
    }
    Path dir = options.work().resolve("floor-index");
    results.floor = FloorIndexing.build(env, sample, dir, Runtime.getRuntime().availableProcessors(), err);
    err.printf(Locale.ROOT, "floor: %,d profiles in %.1f s of writer time: %,.0f profiles/s%n",
        results.floor.profiles(), results.floor.seconds(), results.floor.rate());
    deleteTree(dir);
  }

  /** Solr: index the same profiles, count hits, then one timed run of the mix per peer process (its forks). */
  private void solr(Path export) throws Exception {
    Path solrHome = options.work().resolve("solr");
    int threads = Runtime.getRuntime().availableProcessors();
    List<List<Latency.Fork>> forks = new ArrayList<>();
    results.solrSettings = String.format(Locale.ROOT, "Solr 9.10.1 embedded, own JVM %s; %d forks × (%.0f s warm-up "
        + "+ %.0f s measured), the mix interleaved", SolrPeerClient.JVM_ARGS, options.solrForks(),
        options.solrWarmupSeconds(), options.solrMeasureSeconds());
    for (int fork = 1; fork <= options.solrForks(); fork++) {
      int f = fork;
      boolean last = fork == options.solrForks();
      step(fork == 1 ? "solr index+fork 1" : "solr fork " + fork, fork == 1 ? "Solr: indexing the same profiles,"
          + " then timing the mix (fork 1)" : "Solr: timing the mix (fork " + fork + ")", () -> {
            try (SolrPeerClient peer = SolrPeerClient.start(home, solrHome)) {
              if (f == 1) {
                JsonNode r = peer.index(export, threads, threads);
                results.solrStats = r;
                results.solr = new IndexingResult("solr", r.path("indexed").asLong(), r.path("seconds").asDouble(),
                    r.path("sizeBytes").asLong(), r.path("segments").asInt(), r.path("peakHeapBytes").asLong(),
                    r.path("liveHeapBytes").asLong());
                err.printf(Locale.ROOT, "solr: %,d profiles in %.1f s: %,.0f profiles/s%n", results.solr.profiles(),
                    results.solr.seconds(), results.solr.rate());
                for (QueryMix.QueryCase c : QueryMix.CASES) {
                  results.solrHits.put(c.type(), peer.count(c.solrParams()));
                }
              }
              JsonNode rs = peer.bench(QueryMix.CASES, options.solrWarmupSeconds(), options.solrMeasureSeconds());
              List<Latency.Fork> byType = new ArrayList<>();
              for (JsonNode x : rs) {
                byType.add(new Latency.Fork(x.path("mean").asDouble(), x.path("p50").asDouble(),
                    x.path("p99").asDouble(), x.path("samples").asLong()));
                err.printf(Locale.ROOT, "solr: %-12s fork %d: p50 %.3f ms, p99 %.3f ms%n", x.path("type").asText(), f,
                    x.path("p50").asDouble(), x.path("p99").asDouble());
              }
              forks.add(byType);
              if (last && options.http()) {
                solrKnee(peer);
              }
            }
          });
    }
    Map<String, Latency> byType = new LinkedHashMap<>();
    List<String> types = QueryMix.types();
    for (int t = 0; t < types.size(); t++) {
      int k = t;
      byType.put(types.get(t), Latency.of(forks.stream().map(l -> l.get(k)).toList()));
    }
    results.solrLatency = byType;
  }

  private void solrKnee(SolrPeerClient peer) throws IOException, InterruptedException {
    int port = peer.http();
    HttpBench.Settings s = options.httpSettings();
    try (OpenLoopClient client = new OpenLoopClient()) {
      List<java.net.URI> uris = HttpBench.solrUris(port);
      err.printf(Locale.ROOT, "http: warming Solr's front up for %.0f s%n", s.warmupSeconds());
      HttpBench.warmUp(client, uris, s.warmupSeconds());
      results.solrRamp = KneeFinder.ramp(client, uris, s.firstRate(), s.maxRate(), s.stepSeconds(),
          s.minStepSamples(), "solr", err);
    }
  }

  private void http(CorpusGenerator generator, Path corpusDir, Path index) throws Exception {
    String classPath;
    try {
      classPath = ApiServerProcess.launcherClassPath(home);
    } catch (IOException e) {
      results.notes.add("HTTP not measured: " + e.getMessage());
      return;
    }
    String token = HexFormat.of().formatHex(SecureRandom.getSeed(16));
    long firstNew = options.profiles() + 1_000_000L; // ids past the corpus: new profiles
    step("http", "HTTP: starting ./candidates serve on the index", () -> {
      try (ApiServerProcess server = ApiServerProcess.start(classPath, home, index, corpusDir, token, err);
          SearchFixture fixture = SearchFixture.open(Environment.createDefault(), index)) {
        results.http = new HttpBench(options.httpSettings(), err).run(server, fixture, token, generator, firstNew);
      }
    });
    long cliFirst = firstNew + 1_000_000L;
    step("cli add", "timing ./candidates add of the same number of profiles", () -> results.cliAddRate =
        CliIngest.run(classPath, home, index, generator, cliFirst, options.httpSettings().bulkProfiles(),
            options.work(), err));
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  private void step(String name, String what, Step step) throws Exception {
    err.println("== " + what + " …");
    long t0 = System.nanoTime();
    step.run();
    double s = (System.nanoTime() - t0) / 1e9;
    results.stepSeconds.merge(name, s, Double::sum);
    err.printf(Locale.ROOT, "== %s: %.1f s%n", name, s);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
