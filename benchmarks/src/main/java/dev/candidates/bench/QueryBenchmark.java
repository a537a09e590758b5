package dev.candidates.bench;

import dev.candidates.cli.Environment;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Search latency per query type of the {@link QueryMix}: {@link #ours} through {@code SearchService.search} (parse,
 * translate, drill-sideways facets, highlighting, hits built from stored JSON) against {@link #floor}, the same terms
 * as one plain BooleanQuery, top 20 by score. The index is opened once per trial; setup fails if either finds
 * nothing, so a broken benchmark fails instead of timing an empty search.
 *
 * <p>Run by {@code ./candidates bench}, or alone: {@code java -cp benchmarks/target/benchmarks.jar:benchmarks/target/lib/*
 * org.openjdk.jmh.Main QueryBenchmark -p index=var/bench/index}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class QueryBenchmark {
  /** An index root (or generation directory) built from a generated corpus. */
  @Param({""})
  public String index;

  @Param({"english", "chinese", "mixed", "phrase", "not", "skill-years", "years-range", "facets-highlight"})
  public String query;

  /**
   * Before JMH's own warm-up, this many ms of the whole mix through the variant's path, so the JIT compiles the
   * shared code for a mix (as a server sees it) rather than for one query type, and compiles it sooner.
   */
  @Param({"1500"})
  public int primeMillis;

  private SearchFixture fixture;
  private SearchRequest request;
  private Query floorQuery;

  @Setup(Level.Trial)
  public void open(BenchmarkParams params) throws IOException {
    open(params.getBenchmark().endsWith(".floor"));
  }

  /** Opens the index, primes the JIT through the floor's path or ours, and checks that both find candidates. */
  void open(boolean isFloor) throws IOException {
    if (index == null || index.isBlank()) {
      throw new IllegalStateException("no index given: run with -p index=DIR (an index built from a corpus)");
    }
    fixture = SearchFixture.open(Environment.createDefault(), Path.of(index));
    QueryMix.QueryCase c = QueryMix.get(query);
    request = c.request();
    floorQuery = FloorPart.build(c.floor(), fixture.env().analyzer());
    SearchResult first = fixture.service().search(fixture.searcher(), request);
    for (int attempt = 1; attempt < 3 && first.timedOut(); attempt++) {
      first = fixture.service().search(fixture.searcher(), request); // a cold JVM on a busy machine
    }
    prime(isFloor);
    long floor = fixture.searcher().count(floorQuery);
    if (first.total() <= 0 || floor <= 0) {
      throw new IllegalStateException("query \"" + query + "\" finds " + first.total() + " (ours"
          + (first.timedOut() ? ", timed out" : "") + ") and " + floor + " (floor) candidates in " + index
          + "; both must find some, or the benchmark times nothing");
    }
  }

  private void prime(boolean isFloor) throws IOException {
    List<SearchRequest> ours = QueryMix.CASES.stream().map(QueryMix.QueryCase::request).toList();
    List<Query> floors = new ArrayList<>();
    for (QueryMix.QueryCase c : QueryMix.CASES) {
      floors.add(FloorPart.build(c.floor(), fixture.env().analyzer()));
    }
    long end = System.nanoTime() + primeMillis * 1_000_000L;
    for (int i = 0; System.nanoTime() < end; i++) {
      int k = i % ours.size();
      if (isFloor) {
        fixture.searcher().search(floors.get(k), QueryMix.PAGE_SIZE);
      } else {
        fixture.service().search(fixture.searcher(), ours.get(k));
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Benchmark
  public void ours(Blackhole bh) throws IOException {
    SearchResult r = fixture.service().search(fixture.searcher(), request);
    bh.consume(r);
  }

  @Benchmark
  public void floor(Blackhole bh) throws IOException {
    TopDocs td = fixture.searcher().search(floorQuery, QueryMix.PAGE_SIZE);
    bh.consume(td);
  }
}
