package dev.candidates.api;

import dev.candidates.analysis.ChineseSegmenter;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileArchive;
import dev.candidates.index.Progress;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchResult;
import dev.candidates.search.SearchService;
import dev.candidates.search.Suggester;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index the server answers from: the live generation of an {@link IndexStore}, opened as a
 * {@link CandidateIndex}.
 *
 * <p>Searches take a searcher from the live generation's {@code SearcherManager} and give it back; they never lock.
 * Writes are serialized by one lock, and each is committed (it survives a crash) and refreshed (the very next search
 * sees it) before it returns; it is also recorded in the {@link ProfileArchive} so that a rebuild from the data folder
 * keeps it. A reindex builds a new generation on a background thread while searches and writes go on against the old
 * one; the writes made meanwhile are remembered and replayed into the new generation, which is then published and
 * swapped in under the write lock. Searches still running on the old generation finish on it (readers are
 * reference-counted).
 */
public final class LiveIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  /** A profile as indexed (enriched), and whether its id was new. */
  public record Written(Profile profile, boolean created) {}

  /** One profile of a batch: written (profile set), or rejected (error set). */
  public record BatchItem(Profile profile, boolean created, String error) {}

  /** The progress body of {@code /api/reindex}; times are ISO-8601 instants. */
  public record ReindexStatus(String state, long indexed, long failed, String startedAt, String finishedAt,
      String message) {}

  @FunctionalInterface
  public interface SearcherCall<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** A write made while a reindex runs, to apply again to the new generation. */
  private sealed interface Change permits Upsert, Delete {
    void applyTo(CandidateIndex index) throws IOException;
  }

  private record Upsert(ProfileEnricher.Facts facts) implements Change {
    @Override
    public void applyTo(CandidateIndex index) throws IOException {
      index.upsert(facts);
    }
  }

  private record Delete(String id) implements Change {
    @Override
    public void applyTo(CandidateIndex index) throws IOException {
      index.delete(id);
    }
  }

  private record Rebuild(String state, Progress progress, Instant startedAt, Instant finishedAt, String message) {
    static final Rebuild IDLE = new Rebuild("idle", null, null, null, null);
  }

  private final Environment env;
  private final IndexStore store;
  private final Path dataDir;
  private final SearchService service;
  private final ProfileArchive archive;
  private final AtomicReference<CandidateIndex> live;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reindex");
    t.setDaemon(true);
    return t;
  });
  /** Writes made during a running reindex; null when none runs. Guarded by writeLock. */
  private List<Change> changesDuringRebuild;
  private boolean closed; // guarded by writeLock
  private volatile Rebuild rebuild = Rebuild.IDLE;
  private volatile Instant lastCommit;

  private LiveIndex(Environment env, IndexStore store, Path dataDir, SearchService service, CandidateIndex index,
      Instant lastCommit) {
    this.env = env;
    this.store = store;
    this.dataDir = dataDir;
    this.service = service;
    this.archive = env.archive(store);
    this.live = new AtomicReference<>(index);
    this.lastCommit = lastCommit;
  }

  /**
   * Opens the live generation of {@code store}; when there is none yet, first builds one from {@code dataDir},
   * printing progress to {@code log}.
   */
  public static LiveIndex open(Environment env, IndexStore store, Path dataDir, SearchService service,
      PrintStream log) throws IOException {
    Path existing = store.current();
    String mismatch = existing == null ? null : CandidateIndex.mismatch(existing, env.ranking());
    if (existing == null || mismatch != null) {
      log.println(existing == null ? "no index in " + store.root() + " yet: building one from " + dataDir
          : "the index in " + store.root() + " " + mismatch + ": rebuilding it from " + dataDir
              + " (profiles added over the API are kept)");
      Progress progress = new Progress(log, "indexed");
      IndexBuilder.Report r = env.builder().build(source(env, dataDir), store, progress, true);
      log.println(String.format(Locale.ROOT, "indexed %,d profiles (%d skipped) in %.1fs", r.indexed(),
          r.failures().size(), r.seconds()));
      for (String f : r.failures().subList(0, Math.min(10, r.failures().size()))) {
        log.println("  skipped " + f);
      }
    }
    Path gen = store.current();
    CandidateIndex index = CandidateIndex.open(gen, env.analyzer(), env.enricher(), env.json(), env.ranking(),
        false);
    return new LiveIndex(env, store, dataDir, service, index, lastCommitOf(gen));
  }

  private static Iterator<Ingested> source(Environment env, Path dataDir) throws IOException {
    return Files.isDirectory(dataDir) ? IndexBuilder.fromFolder(dataDir, env.reader()) : Collections.emptyIterator();
  }

  // ------------------------------------------------------------------ reads

  /** Runs {@code call} with a searcher of the live generation, retrying once a reindex has swapped it. */
  public <T> T read(SearcherCall<T> call) throws IOException {
    for (int attempt = 0; ; attempt++) {
      CandidateIndex index = live.get();
      IndexSearcher searcher;
      try {
        searcher = index.searchers().acquire();
      } catch (AlreadyClosedException e) {
        if (attempt >= 10 || live.get() == index) {
          throw new ApiException(503, "unavailable", "the server is shutting down; try again shortly");
        }
        continue; // swapped for a new generation between get() and acquire()
      }
      try {
        return call.apply(searcher);
      } finally {
        index.searchers().release(searcher);
      }
    }
  }

  public SearchResult search(SearchRequest request) throws IOException {
    return read(s -> service.search(s, request));
  }

  /** The stored profile, or null. */
  public Profile get(String id) throws IOException {
    return read(s -> service.get(s, id));
  }

  /** Similar candidates, or null when the id is unknown. */
  public List<SearchResult.Hit> similar(String id, int size) throws IOException {
    return read(s -> service.similar(s, id, size));
  }

  public List<Suggester.Suggestion> suggest(String prefix, int size) throws IOException {
    return read(s -> service.suggest(s, prefix, size));
  }

  public int count() throws IOException {
    return read(s -> s.getIndexReader().numDocs());
  }

  public long generation() {
    String name = live.get().dir().getFileName().toString();
    try {
      return Long.parseLong(name.substring(name.indexOf('-') + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return 0;
    }
  }

  public long sizeOnDisk() throws IOException {
    return store.sizeOnDisk();
  }

  /** The index root: generations, and beside them what outlives a rebuild (added profiles, original files). */
  public Path root() {
    return store.root();
  }

  public Instant lastCommit() {
    return lastCommit;
  }

  // ------------------------------------------------------------------ writes

  /** Adds the profile, or replaces the one with the same id; committed and visible when this returns. */
  public Written upsert(Profile profile) throws IOException {
    // One segmentation memo for the profile: the analysis inside write() reuses what enrichment segmented.
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
      ProfileEnricher.Facts facts = enrich(profile);
      writeLock.lock();
      try {
        CandidateIndex index = writable();
        boolean created = index.get(facts.profile().id()) == null;
        write(index, facts);
        commit(index);
        return new Written(facts.profile(), created);
      } finally {
        writeLock.unlock();
      }
    }
  }

  /** Writes every profile the enricher accepts, with one commit for the batch; the others come back as errors. */
  public List<BatchItem> upsertAll(List<Profile> profiles) throws IOException {
    List<Object> enriched = new ArrayList<>(profiles.size());
    for (Profile p : profiles) {
      try {
        enriched.add(enrich(p));
      } catch (InvalidProfileException e) {
        enriched.add(e);
      }
    }
    List<BatchItem> out = new ArrayList<>(profiles.size());
    writeLock.lock();
    try {
      CandidateIndex index = writable();
      Set<String> inBatch = new HashSet<>();
      for (Object o : enriched) {
        if (o instanceof ProfileEnricher.Facts facts) {
          String id = facts.profile().id();
          boolean created = inBatch.add(id) && index.get(id) == null;
          write(index, facts);
          out.add(new BatchItem(facts.profile(), created, null));
        } else {
          out.add(new BatchItem(null, false, ((InvalidProfileException) o).getMessage()));
        }
      }
      if (!inBatch.isEmpty()) {
        commit(index);
      }
      return out;
    } finally {
      writeLock.unlock();
    }
  }

  /** True when the profile was there (and is now deleted). */
  public boolean delete(String id) throws IOException {
    writeLock.lock();
    try {
      CandidateIndex index = writable();
      if (index.get(id) == null) {
        return false;
      }
      index.delete(id);
      archive.deleted(id);
      remember(new Delete(id));
      commit(index);
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  private ProfileEnricher.Facts enrich(Profile p) {
    try {
      return env.enricher().facts(p);
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(e.getMessage());
    }
  }

  private void write(CandidateIndex index, ProfileEnricher.Facts facts) throws IOException {
    index.upsert(facts);
    archive.added(facts.profile());
    remember(new Upsert(facts));
  }

  private void remember(Change change) {
    if (changesDuringRebuild != null) {
      changesDuringRebuild.add(change);
    }
  }

  private void commit(CandidateIndex index) throws IOException {
    index.commit();
    index.refresh();
    lastCommit = Instant.now();
  }

  private CandidateIndex writable() {
    if (closed) {
      throw new ApiException(503, "unavailable", "the server is shutting down; try again shortly");
    }
    return live.get();
  }

  // ------------------------------------------------------------------ reindex

  /** Starts a rebuild from the data folder on a background thread; false when one is already running. */
  public boolean startReindex() {
    writeLock.lock();
    try {
      writable();
      if (changesDuringRebuild != null) {
        return false;
      }
      changesDuringRebuild = new ArrayList<>();
      Progress progress = new Progress(null, "reindexed");
      rebuild = new Rebuild("running", progress, Instant.now(), null, null);
      rebuilder.execute(() -> rebuild(progress));
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  public ReindexStatus reindexStatus() {
    Rebuild r = rebuild;
    return new ReindexStatus(r.state(), r.progress() == null ? 0 : r.progress().count(),
        r.progress() == null ? 0 : r.progress().failures(), iso(r.startedAt()), iso(r.finishedAt()), r.message());
  }

  private void rebuild(Progress progress) {
    Instant started = rebuild.startedAt();
    try {
      IndexBuilder.Report report = env.builder().build(source(env, dataDir), store, progress, false);
      swapIn(report.generation());
      String message = String.format(Locale.ROOT, "indexed %,d profiles in %.1fs into %s%s", report.indexed(),
          report.seconds(), report.generation().getFileName(), report.failures().isEmpty() ? ""
              : "; skipped " + report.failures().size() + ", e.g. " + report.failures().get(0));
      rebuild = new Rebuild("done", progress, started, Instant.now(), message);
    } catch (IOException | RuntimeException | Error e) {
      LOG.error("reindex failed", e);
      writeLock.lock();
      try {
        changesDuringRebuild = null;
        if (!closed) {
          store.removeStaleGenerations(); // the half-built generation
        }
      } catch (IOException cleanup) {
        LOG.warn("could not remove the failed generation", cleanup);
      } finally {
        writeLock.unlock();
      }
      rebuild = new Rebuild("failed", progress, started, Instant.now(),
          "reindex failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  /** Opens the new generation, replays the writes made meanwhile, publishes it and swaps it in. */
  private void swapIn(Path gen) throws IOException {
    writeLock.lock();
    try {
      if (closed) {
        throw new IOException("the server is shutting down");
      }
      CandidateIndex fresh = CandidateIndex.open(gen, env.analyzer(), env.enricher(), env.json(), env.ranking(),
          false);
      try {
        for (Change c : changesDuringRebuild) {
          c.applyTo(fresh);
        }
        fresh.commit();
        fresh.refresh();
        store.publish(gen);
      } catch (IOException | RuntimeException e) {
        fresh.close();
        throw e;
      }
      changesDuringRebuild = null;
      CandidateIndex old = live.getAndSet(fresh);
      lastCommit = Instant.now();
      try {
        old.close(); // searches holding its searcher finish on it: readers are reference-counted
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not close the previous generation {}", old.dir(), e);
      }
      try {
        store.removeStaleGenerations();
      } catch (IOException e) {
        LOG.warn("could not remove old generations", e);
      }
    } finally {
      writeLock.unlock();
    }
  }

  // ------------------------------------------------------------------ lifecycle

  /** Commits and closes the live generation; a reindex still running is abandoned (its generation is never used). */
  @Override
  public void close() throws IOException {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      rebuilder.shutdownNow();
      live.get().close();
    } finally {
      writeLock.unlock();
    }
  }

  private static String iso(Instant i) {
    return i == null ? null : i.toString();
  }

  private static Instant lastCommitOf(Path gen) throws IOException {
    Instant newest = null;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(gen, "segments_*")) {
      for (Path p : ds) {
        Instant t = Files.getLastModifiedTime(p).toInstant();
        newest = newest == null || t.isAfter(newest) ? t : newest;
      }
    }
    return newest;
  }
}
