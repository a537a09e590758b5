package dev.candidates.store;

import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Ingested;
import dev.candidates.index.Kept;
import dev.candidates.index.Progress;
import dev.candidates.parse.ProfileEnricher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds of the store's index from the data folder plus what the store keeps. A rebuild builds a new generation
 * aside while searches and writes go on against the live one; the writes made meanwhile are remembered and
 * replayed into the new generation, which is then published and swapped in under the write lock.
 */
public final class Rebuilds {
  private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);

  /** The progress of the last rebuild; times are ISO-8601 instants. */
  public record Status(String state, long indexed, long failed, String startedAt, String finishedAt,
      String message) {}

  /** A write made while a rebuild runs, to apply again to the new generation. */
  sealed interface Change permits Upsert, Delete {
    void applyTo(CandidateIndex index) throws IOException;
  }

  record Upsert(ProfileEnricher.Facts facts, CandidateIndex.Provenance from) implements Change {
    @Override
    public void applyTo(CandidateIndex index) throws IOException {
      index.upsert(facts, from);
    }
  }

  /** A delete; an erasure also forgets the id. */
  record Delete(String id, boolean forget) implements Change {
    Delete(String id) {
      this(id, false);
    }

    @Override
    public void applyTo(CandidateIndex index) throws IOException {
      index.delete(id);
      if (forget) {
        index.forgetDeleted(id);
      }
    }
  }

  private record Run(String state, Progress progress, Instant startedAt, Instant finishedAt, String message) {
    static final Run IDLE = new Run("idle", null, null, null, null);
  }

  private final CandidateStore store;
  private final Path dataDir;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reindex");
    t.setDaemon(true);
    return t;
  });
  /** Writes made during a running rebuild; null when none runs. Guarded by the store's write lock. */
  private List<Change> changesDuringRebuild;
  private volatile Run run = Run.IDLE;

  Rebuilds(CandidateStore store, Path dataDir) {
    this.store = store;
    this.dataDir = dataDir;
  }

  Path dataDir() {
    return dataDir;
  }

  /** Builds a first generation, or rebuilds one of another schema version (keeping what the store kept). */
  static void buildIfNeeded(Environment env, IndexStore layout, Path dataDir, PrintStream log) throws IOException {
    Path existing = layout.current();
    String mismatch = existing == null ? null : CandidateIndex.mismatch(existing, env.ranking());
    if (existing != null && mismatch == null) {
      return;
    }
    log.println(existing == null ? "no index in " + layout.root() + " yet: building one from " + dataDir
        : "the index in " + layout.root() + " " + mismatch + ": rebuilding it from " + dataDir
            + " (profiles added over the API are kept)");
    IndexBuilder.Report r = env.builder().build(source(env, dataDir), layout, new Progress(log, "indexed"), true,
        Kept.read(layout, env.json()));
    log.println(String.format(Locale.ROOT, "indexed %,d profiles (%d skipped) in %.1fs", r.indexed(),
        r.failures().size(), r.seconds()));
    for (String f : r.failures().subList(0, Math.min(10, r.failures().size()))) {
      log.println("  skipped " + f);
    }
  }

  static Iterator<Ingested> source(Environment env, Path dataDir) throws IOException {
    return dataDir != null && Files.isDirectory(dataDir) ? IndexBuilder.fromFolder(dataDir, env.reader())
        : Collections.emptyIterator();
  }

  /** Called under the write lock after each committed write. */
  void remember(Change change) {
    if (changesDuringRebuild != null) {
      changesDuringRebuild.add(change);
    }
  }

  /** Starts a rebuild on a background thread; false when one is already running. */
  public boolean start() throws IOException {
    Kept kept;
    Progress progress = new Progress(null, "reindexed");
    store.writeLock.lock();
    try {
      store.writable();
      if (changesDuringRebuild != null) {
        return false;
      }
      kept = Kept.read(store.layout, store.env.json()); // the live generation's last commit: all writes so far
      changesDuringRebuild = new ArrayList<>();
      run = new Run("running", progress, Instant.now(), null, null);
    } finally {
      store.writeLock.unlock();
    }
    worker.execute(() -> {
      try {
        rebuild(kept, progress);
      } catch (IOException e) {
        LOG.error("reindex failed", e); // the run says so
      }
    });
    return true;
  }

  /** Rebuilds now, on this thread (the {@code index} command); searches and writes may go on meanwhile. */
  public IndexBuilder.Report rebuildNow(Progress progress) throws IOException {
    Kept kept;
    store.writeLock.lock();
    try {
      store.writable();
      if (changesDuringRebuild != null) {
        throw new IllegalStateException("a rebuild is already running");
      }
      kept = Kept.read(store.layout, store.env.json());
      changesDuringRebuild = new ArrayList<>();
      run = new Run("running", progress, Instant.now(), null, null);
    } finally {
      store.writeLock.unlock();
    }
    return rebuild(kept, progress);
  }

  public Status status() {
    Run r = run;
    return new Status(r.state(), r.progress() == null ? 0 : r.progress().count(),
        r.progress() == null ? 0 : r.progress().failures(), iso(r.startedAt()), iso(r.finishedAt()), r.message());
  }

  private IndexBuilder.Report rebuild(Kept kept, Progress progress) throws IOException {
    Instant started = run.startedAt();
    try {
      IndexBuilder.Report report = store.env.builder().build(source(store.env, dataDir), store.layout, progress,
          false, kept);
      swapIn(report.generation());
      String message = String.format(Locale.ROOT, "indexed %,d profiles in %.1fs into %s%s", report.indexed(),
          report.seconds(), report.generation().getFileName(), report.failures().isEmpty() ? ""
              : "; skipped " + report.failures().size() + ", e.g. " + report.failures().get(0));
      run = new Run("done", progress, started, Instant.now(), message);
      return report;
    } catch (IOException | RuntimeException | Error e) {
      store.writeLock.lock();
      try {
        changesDuringRebuild = null;
        if (!store.isClosed()) {
          store.layout.removeStaleGenerations(); // the half-built generation
        }
      } catch (IOException cleanup) {
        LOG.warn("could not remove the failed generation", cleanup);
      } finally {
        store.writeLock.unlock();
      }
      run = new Run("failed", progress, started, Instant.now(),
          "reindex failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      throw e;
    }
  }

  /** Opens the new generation, replays the writes made meanwhile, publishes it and swaps it in. */
  private void swapIn(Path gen) throws IOException {
    store.writeLock.lock();
    try {
      if (store.isClosed()) {
        throw new IOException("the server is shutting down");
      }
      Environment env = store.env;
      CandidateIndex fresh = CandidateIndex.open(gen, env.analyzer(), env.enricher(), env.json(), env.ranking(),
          false);
      try {
        for (Change c : changesDuringRebuild) {
          c.applyTo(fresh);
        }
        fresh.setDeletedIds(store.live.current().deletedIds());
        store.commit(fresh);
        store.layout.publish(gen);
      } catch (IOException | RuntimeException e) {
        fresh.close();
        throw e;
      }
      changesDuringRebuild = null;
      CandidateIndex old = store.live.swap(fresh);
      try {
        old.close(); // searches holding its searcher finish on it: readers are reference-counted
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not close the previous generation {}", old.dir(), e);
      }
      try {
        store.layout.removeStaleGenerations();
      } catch (IOException e) {
        LOG.warn("could not remove old generations", e);
      }
    } finally {
      store.writeLock.unlock();
    }
  }

  void shutdown() {
    worker.shutdownNow();
  }

  private static String iso(Instant i) {
    return i == null ? null : i.toString();
  }
}
