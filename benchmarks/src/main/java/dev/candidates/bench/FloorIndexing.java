package dev.candidates.bench;

import dev.candidates.cli.Environment;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileDocuments;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The indexing floor: the very documents our build makes ({@link ProfileDocuments} from enriched profiles), handed
 * to a bare {@link IndexWriter} with the same analyzer, RAM buffer, threads and final merge. Documents are prepared
 * in batches outside the clock, so the rate is that of the writer alone (analysis, inversion, flushing, merging).
 */
final class FloorIndexing {
  private static final int BATCH = 5_000;

  private FloorIndexing() {}

  static IndexingResult build(Environment env, Path corpus, Path indexDir, int threads, PrintStream progress)
      throws IOException {
    ProfileDocuments documents = new ProfileDocuments(env.json(), env.ranking());
    IndexWriterConfig cfg = new IndexWriterConfig(env.analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setRAMBufferSizeMB(256); // as CandidateIndex in bulk mode
    Iterator<Ingested> source = IndexBuilder.fromFolder(corpus, env.reader());
    long timedNanos = 0;
    long count = 0;
    try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, cfg)) {
      while (source.hasNext()) {
        List<Ingested> batch = new ArrayList<>(BATCH);
        while (source.hasNext() && batch.size() < BATCH) {
          Ingested in = source.next();
          if (in.ok()) {
            batch.add(in);
          }
        }
        Document[] docs = new Document[batch.size()];
        IntStream.range(0, docs.length).parallel().forEach(i -> {
          try {
            docs[i] = documents.build(env.enricher().facts(batch.get(i).profile()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        long t0 = System.nanoTime();
        addAll(writer, docs, threads);
        timedNanos += System.nanoTime() - t0;
        count += docs.length;
        progress.printf(Locale.ROOT, "floor: indexed %,d profiles (%,.0f/s writer time)%n", count,
            count / (timedNanos / 1e9));
      }
      long t0 = System.nanoTime();
      writer.forceMerge(Math.max(1, threads), true);
      writer.commit();
      timedNanos += System.nanoTime() - t0;
    }
    int segments;
    long size = 0;
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      segments = reader.leaves().size();
      for (String f : dir.listAll()) {
        size += dir.fileLength(f);
      }
    }
    return new IndexingResult("floor", count, timedNanos / 1e9, size, segments, 0, 0);
  }

  /** The documents split over {@code threads} writer threads, as the builder's pool would add them. */
  private static void addAll(IndexWriter writer, Document[] docs, int threads) throws IOException {
    List<Thread> workers = new ArrayList<>();
    List<IOException> failures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      workers.add(Thread.ofPlatform().start(() -> {
        try {
          for (int i = first; i < docs.length; i += threads) {
            writer.addDocument(docs[i]);
          }
        } catch (IOException e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }));
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
