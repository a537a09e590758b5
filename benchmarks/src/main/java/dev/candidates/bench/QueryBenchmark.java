package dev.candidates.bench;

import dev.candidates.cli.Environment;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
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

  @Param({"english", "chinese", "mixed", "phrase", "not", "skill-years", "years-range", "facet-filter"})
  public String query;

  private SearchFixture fixture;
  private SearchRequest request;
  private Query floorQuery;

  @Setup(Level.Trial)
  public void open() throws IOException {
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
    long floor = fixture.searcher().count(floorQuery);
    if (first.total() <= 0 || floor <= 0) {
      throw new IllegalStateException("query \"" + query + "\" finds " + first.total() + " (ours"
          + (first.timedOut() ? ", timed out" : "") + ") and " + floor + " (floor) candidates in " + index
          + "; both must find some, or the benchmark times nothing");
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
