package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingTest {
  @Test
  void ourBuildIndexesEveryProfileOnceAndMeasuresIt() {
    TinyBench t = TinyBench.get();
    IndexingResult r = t.built;
    assertEquals(TinyBench.PROFILES, r.profiles());
    assertTrue(r.rate() > 0 && r.sizeBytes() > 0 && r.segments() >= 1, r.toString());
    assertTrue(r.peakHeapBytes() > 0, "heap was sampled");
  }

  @Test
  void theFloorWriterIndexesTheSameDocuments(@TempDir Path tmp) throws IOException {
    TinyBench t = TinyBench.get();
    CorpusGenerator.Corpus small = new CorpusGenerator(t.env.taxonomy(), 11).writeCorpus(tmp.resolve("corpus"), 300,
        TinyBench.QUIET);
    IndexingResult r = FloorIndexing.build(t.env, small.dir(), tmp.resolve("floor"), 2, TinyBench.QUIET);
    assertEquals(300, r.profiles());
    assertTrue(r.rate() > 0 && r.sizeBytes() > 0, r.toString());
  }
}
