package dev.candidates.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link QueryBenchmark} for every query type and both variants, one fork at a time, interleaved: round r runs
 * every type, ours then floor on even rounds and floor then ours on odd ones, so drift of the machine (other
 * tenants, thermal state) lands on both variants alike. The forks of each pair give its spread.
 */
final class JmhSuite {
  static final List<String> VARIANTS = List.of("ours", "floor");

  /** JMH run lengths; {@code forks} rounds of one fork per type and variant. */
  record Settings(int forks, int primeMillis, int warmupIterations, int warmupMillis, int measureIterations,
      int measureMillis) {
    String describe() {
      return String.format(Locale.ROOT, "JMH SampleTime, %d fork%s × (%d ms of the whole mix + %d × %d ms warm-up + "
          + "%d × %d ms measured)", forks, forks == 1 ? "" : "s", primeMillis, warmupIterations, warmupMillis,
          measureIterations, measureMillis);
    }
  }

  private final Settings settings;
  private final List<String> jvmArgs;
  private final PrintStream progress;
  private final List<String> warnings = new ArrayList<>();

  JmhSuite(Settings settings, List<String> jvmArgs, PrintStream progress) {
    this.settings = settings;
    this.jvmArgs = jvmArgs;
    this.progress = progress;
  }

  /** type → variant → latency. */
  Map<String, Map<String, Latency>> run(Path index, List<String> types) throws RunnerException {
    Map<String, Map<String, List<Latency.Fork>>> forks = new LinkedHashMap<>();
    int total = settings.forks() * types.size() * VARIANTS.size();
    int done = 0;
    long started = System.nanoTime();
    for (int round = 0; round < settings.forks(); round++) {
      for (String type : types) {
        List<String> order = round % 2 == 0 ? VARIANTS : VARIANTS.reversed();
        for (String variant : order) {
          Latency.Fork f = runOne(index, type, variant);
          forks.computeIfAbsent(type, k -> new LinkedHashMap<>()).computeIfAbsent(variant, k -> new ArrayList<>())
              .add(f);
          done++;
          progress.printf(Locale.ROOT, "jmh: %-12s %-5s fork %d/%d: p50 %.3f ms, p99 %.3f ms (%d/%d, %.0fs)%n",
              type, variant, round + 1, settings.forks(), f.p50(), f.p99(), done, total,
              (System.nanoTime() - started) / 1e9);
        }
      }
    }
    Map<String, Map<String, Latency>> out = new LinkedHashMap<>();
    forks.forEach((type, byVariant) -> byVariant.forEach((variant, list) ->
        out.computeIfAbsent(type, k -> new LinkedHashMap<>()).put(variant, Latency.of(list))));
    return out;
  }

  private Latency.Fork runOne(Path index, String type, String variant) throws RunnerException {
    Options opt = new OptionsBuilder()
        .include("^" + Pattern.quote(QueryBenchmark.class.getName()) + "\\." + variant + "$")
        .param("index", index.toString())
        .param("query", type)
        .param("primeMillis", Integer.toString(settings.primeMillis()))
        .forks(1)
        .warmupIterations(settings.warmupIterations())
        .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
        .measurementIterations(settings.measureIterations())
        .measurementTime(TimeValue.milliseconds(settings.measureMillis()))
        .timeUnit(TimeUnit.MILLISECONDS)
        .jvmArgs(jvmArgs.toArray(String[]::new))
        .jvmArgsAppend() // the flags above replace the @Fork defaults entirely
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    // The forks' own output (JVM warnings) goes to the progress stream, so stdout keeps only the table.
    RunResult r = new Runner(opt, OutputFormatFactory.createFormatInstance(progress, VerboseMode.SILENT)).runSingle();
    BenchmarkParams params = r.getParams();
    Statistics s = r.getPrimaryResult().getStatistics();
    if (s.getN() == 0) {
      throw new RunnerException("no samples for " + params.getBenchmark() + " " + type);
    }
    checkSteady(r, type, variant);
    return new Latency.Fork(s.getMean(), s.getPercentile(50), s.getPercentile(99), s.getN());
  }

  /**
   * Warns when the measured iterations drift down by half or more: the JIT was not done when measuring began, or
   * another tenant's load hit the first iterations. Either way that fork's numbers are too high.
   */
  private void checkSteady(RunResult r, String type, String variant) {
    for (BenchmarkResult b : r.getBenchmarkResults()) {
      List<Double> means = b.getIterationResults().stream().map(i -> i.getPrimaryResult().getScore()).toList();
      if (means.size() >= 2 && means.get(0) > 1.5 * means.get(means.size() - 1)) {
        String w = String.format(Locale.ROOT, "%s/%s: measured iterations fell from %.2f to %.2f ms (JIT still "
            + "compiling, or other load on the machine); that fork reads high", type, variant, means.get(0),
            means.get(means.size() - 1));
        warnings.add(w);
        progress.println("jmh: warning: " + w);
      }
    }
  }

  /** Steady-state warnings of the last run, for the report. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
