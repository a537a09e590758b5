package dev.candidates.store;

import dev.candidates.analysis.ChineseSegmenter;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.CandidateIndex.Provenance;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Kept;
import dev.candidates.index.ProfileArchive;
import dev.candidates.index.Schema;
import dev.candidates.intake.IntakeException;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of candidates: every add, replace, delete, erasure and rebuild, from the CLI and the API alike,
 * goes through here. It owns the rules a write follows: enrich once (outside the lock), then under one lock put the
 * original file in place, write the profile, commit and refresh — a write is durable and visible when it returns,
 * and a write that fails half-way is rolled back, so no later write can commit part of it. What a rebuild keeps (the
 * profiles written here, their files, the ids deleted here) is inside the commit ({@link Kept}); the
 * {@code added/}/{@code deleted/} folders and the files folder are made to match the commit at every start. Searches
 * read from {@link #live()} and never lock; rebuilds run aside ({@link Rebuilds}).
 *
 * <p>About 400 lines, on purpose: upsert, batch, delete and the helpers they share (lock, rollback, the copies after
 * a commit) are one set of rules; split over several files they would be easy to apply differently.
 */
public final class CandidateStore implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(CandidateStore.class);

  /** A profile as indexed (enriched), whether its id was new, and its original file's key (or null). */
  public record Written(Profile profile, boolean created, boolean hasFile) {}

  /** One profile of a batch: written (profile set), or rejected (error set). */
  public record BatchItem(Profile profile, boolean created, String error) {}

  /** What to do with a candidate's original file when a write brings none. */
  public enum FilePolicy { DROP, KEEP }

  final Environment env;
  final IndexStore layout;
  final ProfileArchive archive;
  final OriginalFiles files;
  final LiveIndex live;
  final ReentrantLock writeLock = new ReentrantLock();
  final Rebuilds rebuilds;
  private boolean closed; // guarded by writeLock
  private volatile Instant lastCommit;

  private CandidateStore(Environment env, IndexStore layout, Path dataDir, CandidateIndex index) throws IOException {
    this.env = env;
    this.layout = layout;
    this.archive = env.archive(layout);
    this.files = new OriginalFiles(layout.root(), env.json());
    this.live = new LiveIndex(index);
    this.rebuilds = new Rebuilds(this, dataDir);
    this.lastCommit = lastCommitOf(index.dir());
  }

  /**
   * Opens the live generation of {@code layout}; when there is none yet, or it has another schema version, first
   * builds one from {@code dataDir} (keeping what was written through the store), printing progress to {@code log}.
   */
  public static CandidateStore open(Environment env, IndexStore layout, Path dataDir, PrintStream log)
      throws IOException {
    Rebuilds.buildIfNeeded(env, layout, dataDir, log);
    return openCurrent(env, layout, dataDir);
  }

  /** Opens an existing index for the commands; refuses a missing one or one of another schema version. */
  public static CandidateStore openExisting(Environment env, IndexStore layout, Path dataDir) throws IOException {
    Path gen = layout.current();
    if (gen == null) {
      throw new MissingIndexException(layout.root());
    }
    CandidateIndex.checkSchema(gen, layout.root(), env.ranking());
    return openCurrent(env, layout, dataDir);
  }

  private static CandidateStore openCurrent(Environment env, IndexStore layout, Path dataDir) throws IOException {
    CandidateIndex index = CandidateIndex.open(layout.current(), env.analyzer(), env.enricher(), env.json(),
        env.ranking(), false);
    try {
      CandidateStore store = new CandidateStore(env, layout, dataDir, index);
      store.recover();
      return store;
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Start-up: see {@link Recovery}. */
  private void recover() throws IOException {
    new Recovery(this).run();
  }

  public LiveIndex live() {
    return live;
  }

  /** The index root: generations, and beside them the archive folders and the original files. */
  public Path root() {
    return layout.root();
  }

  public long sizeOnDisk() throws IOException {
    return layout.sizeOnDisk();
  }

  public Instant lastCommit() {
    return lastCommit;
  }

  public Rebuilds rebuilds() {
    return rebuilds;
  }

  // ------------------------------------------------------------------ writes

  /** Adds the profile, or replaces the one with the same id (its original file goes); committed and visible. */
  public Written upsert(Profile profile) throws IOException {
    return upsert(profile, null, FilePolicy.DROP);
  }

  /**
   * Adds or replaces the profile with {@code file} as its original (null: none, and {@code policy} says whether an
   * existing one stays). Committed and visible when this returns; on failure nothing of it is.
   */
  public Written upsert(Profile profile, OriginalFiles.Original file, FilePolicy policy) throws IOException {
    // One segmentation memo for the profile: the analysis inside the write reuses what enrichment segmented.
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
      ProfileEnricher.Facts facts = enrich(profile);
      String id = facts.profile().id();
      writeLock.lock();
      try {
        CandidateIndex index = writable();
        boolean created = index.get(id) == null;
        String oldKey = index.fileKey(id);
        String newKey = file != null ? files.put(id, file) : policy == FilePolicy.KEEP ? oldKey : null;
        Provenance from = Provenance.kept(newKey);
        try {
          index.upsert(facts, from);
          commit(index);
        } catch (IllegalArgumentException e) { // refused by Lucene before anything changed
          dropIfNew(newKey, oldKey);
          throw new IntakeException(IntakeException.Reason.INVALID_PROFILE, refused(e));
        } catch (IOException | RuntimeException | Error e) {
          rollBack(index);
          dropIfNew(newKey, oldKey);
          throw e;
        }
        if (oldKey != null && !oldKey.equals(newKey)) {
          quietly(() -> files.remove(oldKey));
        }
        boolean keepsLegacy = file == null && policy == FilePolicy.KEEP && files.legacy(id) != null;
        if (!keepsLegacy) {
          quietly(() -> files.removeLegacy(id));
        }
        quietly(() -> archive.added(facts.profile()));
        rebuilds.remember(new Rebuilds.Upsert(facts, from));
        return new Written(facts.profile(), created, newKey != null || keepsLegacy);
      } finally {
        writeLock.unlock();
      }
    }
  }

  /**
   * Writes every profile the enricher and the index accept, with one commit for the batch; the others come back
   * with their error. If the batch fails as a whole (the disk, the index), none of it is applied.
   */
  public List<BatchItem> upsertAll(List<Profile> profiles) throws IOException {
    List<Object> enriched = new ArrayList<>(profiles.size());
    for (Profile p : profiles) {
      try {
        enriched.add(enrich(p));
      } catch (IntakeException e) {
        enriched.add(e);
      }
    }
    List<BatchItem> out = new ArrayList<>(profiles.size());
    List<Rebuilds.Change> changes = new ArrayList<>();
    writeLock.lock();
    try {
      CandidateIndex index = writable();
      Set<String> inBatch = new HashSet<>();
      Map<String, String> oldKeys = new HashMap<>();
      try {
        for (Object o : enriched) {
          if (!(o instanceof ProfileEnricher.Facts facts)) {
            out.add(new BatchItem(null, false, ((IntakeException) o).getMessage()));
            continue;
          }
          String id = facts.profile().id();
          boolean first = !inBatch.contains(id);
          boolean created = first && index.get(id) == null; // the searcher is as of before the batch
          oldKeys.putIfAbsent(id, index.fileKey(id));
          try {
            index.upsert(facts, Provenance.kept(null));
          } catch (IllegalArgumentException e) { // this line only: the index is as it was before it
            out.add(new BatchItem(null, false, refused(e)));
            continue;
          }
          inBatch.add(id);
          out.add(new BatchItem(facts.profile(), created, null));
          changes.add(new Rebuilds.Upsert(facts, Provenance.kept(null)));
        }
        if (!inBatch.isEmpty()) {
          commit(index);
        }
      } catch (IOException | RuntimeException | Error e) {
        rollBack(index);
        throw e;
      }
      for (String id : inBatch) {
        String old = oldKeys.get(id);
        quietly(() -> {
          if (old != null) {
            files.remove(old);
          }
          files.removeLegacy(id);
        });
      }
      for (BatchItem b : out) {
        if (b.profile() != null) {
          quietly(() -> archive.added(b.profile()));
        }
      }
      changes.forEach(rebuilds::remember);
      return out;
    } finally {
      writeLock.unlock();
    }
  }

  /** True when the profile was there: it, its original file and its archive entry are gone. */
  public boolean delete(String id) throws IOException {
    writeLock.lock();
    try {
      CandidateIndex index = writable();
      if (index.get(id) == null) {
        return false;
      }
      try {
        index.delete(id);
        commit(index);
      } catch (IOException | RuntimeException | Error e) {
        rollBack(index);
        throw e;
      }
      quietly(() -> files.removeAllOf(id));
      quietly(() -> archive.deleted(id));
      rebuilds.remember(new Rebuilds.Delete(id));
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Erases the person with this e-mail address everywhere: index, original files, archive and data folder.
   *
   * @throws IllegalArgumentException when {@code email} is not an address
   */
  public Erasure.Report purge(String email) throws IOException {
    return new Erasure(this, rebuilds.dataDir()).purge(email);
  }

  /** The candidate's original file, or null when it has none (or no such candidate). */
  public OriginalFiles.Original originalFile(String id) throws IOException {
    String[] key = new String[1];
    boolean found = live.read(s -> {
      var top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return false;
      }
      key[0] = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.ORIGINAL_FILE))
          .get(Schema.ORIGINAL_FILE);
      return true;
    });
    if (!found) {
      return null;
    }
    return key[0] != null ? files.get(key[0]) : files.legacy(id);
  }

  // ------------------------------------------------------------------ shared with Rebuilds and Erasure

  ProfileEnricher.Facts enrich(Profile p) {
    try {
      return env.enricher().facts(p);
    } catch (IllegalArgumentException e) {
      throw new IntakeException(IntakeException.Reason.INVALID_PROFILE, e.getMessage());
    }
  }

  void commit(CandidateIndex index) throws IOException {
    index.commit();
    index.refresh();
    lastCommit = Instant.now();
  }

  /** Drops a failed write: the generation goes back to its last commit and is opened again. */
  void rollBack(CandidateIndex broken) {
    try {
      broken.rollback();
    } catch (IOException | RuntimeException e) {
      LOG.warn("rolling back {} failed", broken.dir(), e);
    }
    try {
      live.swap(CandidateIndex.open(broken.dir(), env.analyzer(), env.enricher(), env.json(), env.ranking(),
          false));
    } catch (IOException | RuntimeException e) {
      LOG.error("could not reopen {} after a failed write; writes are refused until a restart", broken.dir(), e);
      closed = true;
    }
  }

  /** The live generation for a write; the caller holds the write lock. */
  CandidateIndex writable() {
    if (closed) {
      throw new StoreUnavailableException();
    }
    return live.current();
  }

  boolean isClosed() {
    return closed;
  }

  /** After the commit, the copies beside the index follow; if one fails, the next start mends it. */
  static void quietly(IoAction action) {
    try {
      action.run();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not update a copy beside the index (mended at the next start)", e);
    }
  }

  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }

  private void dropIfNew(String newKey, String oldKey) {
    if (newKey != null && !newKey.equals(oldKey)) {
      quietly(() -> files.remove(newKey));
    }
  }

  private static String refused(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("immense term")) {
      int at = m.indexOf("field=\"");
      String field = at < 0 ? "a field" : "the field \"" + m.substring(at + 7, m.indexOf('"', at + 7)) + "\"";
      return "a word in " + field + " is longer than the index allows (32,766 bytes); shorten it";
    }
    return "the profile cannot be indexed: " + m;
  }

  // ------------------------------------------------------------------ lifecycle

  /** Commits and closes the live generation; a rebuild still running is abandoned (its generation is never used). */
  @Override
  public void close() throws IOException {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      rebuilds.shutdown();
      live.current().close(); // searches still holding its searcher finish; later ones are told to retry

    } finally {
      writeLock.unlock();
    }
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
