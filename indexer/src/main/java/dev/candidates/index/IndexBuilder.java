package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.analysis.ChineseSegmenter;
import dev.candidates.analysis.TextNormalizer;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;

/**
 * Full builds: every profile from a source goes into a new generation, which is published only when complete and
 * committed (see {@link IndexStore}). Parsing, enrichment and analysis run on several threads.
 */
public final class IndexBuilder {
  private final Analyzer analyzer;
  private final ProfileEnricher enricher;
  private final ObjectMapper json;
  private final RankingModel ranking;
  private final int threads;

  public IndexBuilder(Analyzer analyzer, ProfileEnricher enricher, ObjectMapper json, RankingModel ranking,
      int threads) {
    this.analyzer = analyzer;
    this.ranking = ranking;
    this.enricher = enricher;
    this.json = json;
    this.threads = Math.max(1, threads);
  }

  public record Report(long indexed, List<String> failures, Path generation, double seconds) {}

  /** Profiles of a data folder, as a lazy stream of read results. */
  public static Iterator<Ingested> fromFolder(Path dataDir, ProfileReader reader) throws IOException {
    List<Path> files = ProfileReader.profileFiles(dataDir);
    return files.stream().flatMap(f -> reader.read(f).stream()).iterator();
  }

  /**
   * Builds a new generation from {@code source} plus what the live generation keeps ({@link Kept#read}). With
   * {@code publish} it becomes the live generation and older ones are removed; without, the caller (a live server)
   * switches to it itself.
   */
  public Report build(Iterator<Ingested> source, IndexStore store, Progress progress, boolean publish)
      throws IOException {
    return build(source, store, progress, publish, Kept.read(store, json));
  }

  /**
   * Builds a new generation from {@code source} plus the {@code kept} profiles (which win over the source's), minus
   * the kept deleted ids, which the new generation keeps too.
   */
  public Report build(Iterator<Ingested> source, IndexStore store, Progress progress, boolean publish, Kept kept)
      throws IOException {
    Path gen = store.newGeneration();
    List<String> failures = Collections.synchronizedList(new ArrayList<>(kept.unreadable()));
    Set<String> deleted = kept.deleted();
    ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "indexer");
      t.setDaemon(true);
      return t;
    });
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    // Deep enough (about a second of work) that the threads stay busy while this one parses the next file.
    BlockingQueue<Future<?>> inFlight = new ArrayBlockingQueue<>(threads * 1024);
    // The two big tables load lazily, each taking the better part of a second: load them side by side while this
    // thread reads the first file, rather than one after the other inside the first profile.
    pool.submit(TextNormalizer::warmUp);
    pool.submit(() -> new ChineseSegmenter().segment("中文分词"));
    try (CandidateIndex index = CandidateIndex.open(gen, analyzer, enricher, json, ranking, true)) {
      long seq = 0;
      Iterator<Ingested> all = concat(source, kept.profiles().stream()
          .map(k -> Ingested.ok("kept profile " + k.profile().id(), k.profile())).iterator());
      Map<String, String> fileKeys = new HashMap<>();
      for (CandidateIndex.KeptProfile k : kept.profiles()) {
        if (k.profile().id() != null) {
          fileKeys.put(k.profile().id(), k.fileKey());
        }
      }
      Set<Profile> keptProfiles = Collections.newSetFromMap(new IdentityHashMap<>());
      kept.profiles().forEach(k -> keptProfiles.add(k.profile()));
      while (all.hasNext() && fatal.get() == null) {
        Ingested in = all.next();
        CandidateIndex.Provenance from = keptProfiles.contains(in.profile())
            ? CandidateIndex.Provenance.kept(fileKeys.get(in.profile().id())) : CandidateIndex.Provenance.DATA_FOLDER;
        if (!in.ok()) {
          failures.add(in.source() + ": " + in.error());
          progress.failed();
          progress.message("skipped " + in.source() + ": " + in.error());
          continue;
        }
        long mySeq = seq++;
        Future<?> task = pool.submit(() -> {
          // One segmentation memo per profile: enrichment and analysis share their Chinese word spans.
          try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
            ProfileEnricher.Facts facts = enricher.facts(in.profile());
            String id = facts.profile().id();
            if (deleted.contains(id) && !from.kept()) {
              return;
            }
            // Same id twice: the later file wins, whatever thread finishes first.
            seen.compute(id, (k, prev) -> {
              if (prev != null && prev > mySeq) {
                return prev;
              }
              try {
                if (prev == null) {
                  index.addNew(facts, from); // a new generation starts empty: nothing to replace
                } else {
                  index.upsert(facts, from);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return mySeq;
            });
            progress.done();
          } catch (IllegalArgumentException e) {
            failures.add(in.source() + ": " + e.getMessage());
            progress.failed();
          } catch (RuntimeException | Error e) {
            fatal.compareAndSet(null, e);
          }
        });
        while (!inFlight.offer(task)) { // bounded: wait for the oldest before queueing more
          drainOne(inFlight);
        }
      }
      while (!inFlight.isEmpty()) {
        drainOne(inFlight);
      }
      if (fatal.get() != null) {
        throw new IOException("indexing failed: " + fatal.get(), fatal.get());
      }
      index.setDeletedIds(deleted);
      flushInParallel(index, pool);
      index.writer().forceMerge(Math.max(1, threads), true);
      index.commit();
    } catch (IOException | RuntimeException e) {
      IndexStore.deleteTree(gen);
      throw e;
    } finally {
      pool.shutdownNow();
    }
    if (publish) {
      store.publish(gen);
      store.removeStaleGenerations();
    }
    return new Report(progress.count(), List.copyOf(failures), gen, progress.elapsedSeconds());
  }

  /**
   * Writes the buffered segments on all the pool's threads at once; the commit would otherwise flush every
   * per-thread buffer one after the other on the calling thread.
   */
  private void flushInParallel(CandidateIndex index, ExecutorService pool) throws IOException {
    List<Future<?>> flushes = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      flushes.add(pool.submit(() -> {
        while (index.writer().flushNextBuffer()) {
          // each call checks out a different buffer
        }
        return null;
      }));
    }
    BlockingQueue<Future<?>> q = new ArrayBlockingQueue<>(threads, false, flushes);
    while (!q.isEmpty()) {
      drainOne(q);
    }
  }

  private static void drainOne(BlockingQueue<Future<?>> q) throws IOException {
    Future<?> f = q.poll();
    if (f == null) {
      return;
    }
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  private static <T> Iterator<T> concat(Iterator<T> a, Iterator<T> b) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return a.hasNext() || b.hasNext();
      }

      @Override
      public T next() {
        return a.hasNext() ? a.next() : b.next();
      }
    };
  }
}
