package dev.candidates.bench;

import dev.candidates.cli.Environment;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** A full build exactly as {@code ./candidates index --data DIR} does it: read, enrich, analyze, merge, publish. */
final class OursIndexing {
  private OursIndexing() {}

  static IndexingResult build(Environment env, Path corpus, Path indexRoot, PrintStream progress) throws IOException {
    IndexStore store = new IndexStore(indexRoot);
    IndexBuilder.Report r;
    HeapSampler.Peak heap;
    try (HeapSampler sampler = HeapSampler.start()) {
      r = env.builder().build(IndexBuilder.fromFolder(corpus, env.reader()), store, new Progress(progress,
          "ours: indexed"), true);
      heap = sampler.peak();
    }
    if (!r.failures().isEmpty()) {
      throw new IOException(r.failures().size() + " generated profiles failed to index, e.g. " + r.failures().get(0));
    }
    int segments;
    int docs;
    try (var dir = FSDirectory.open(store.current()); var reader = DirectoryReader.open(dir)) {
      segments = reader.leaves().size();
      docs = reader.numDocs();
    }
    if (r.indexed() != docs) {
      // The builder's count is of tasks run; the index holds each profile once. Rates use profiles in the index.
      progress.printf(Locale.ROOT, "ours: note: the builder counted %,d indexing tasks for %,d profiles%n",
          r.indexed(), docs);
    }
    return new IndexingResult("ours", docs, r.seconds(), store.sizeOnDisk(), segments, heap.usedBytes(),
        heap.liveBytes());
  }
}
