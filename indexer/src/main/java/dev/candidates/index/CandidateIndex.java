package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.analysis.ChineseSegmenter;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.taxonomy.Taxonomy;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * One open index generation: a writer for upserts and deletes keyed by id, and a searcher manager. Writes become
 * visible with {@link #refresh()} and durable with {@link #commit()}; {@link #rollback()} drops everything since the
 * last commit. What a rebuild must keep travels inside the commit: profiles written with {@link Provenance#kept}
 * carry the {@link Schema#ORIGIN} field, and the ids deleted through the store are in the commit data.
 *
 * <p>About 400 lines: writing, reading back what a rebuild keeps, and the commit data (schema, model, deleted ids)
 * are one generation's state and stay together.
 */
public final class CandidateIndex implements Closeable {
  /** Where a profile came from: kept ones (written by the store) outlive a rebuild, with their original file. */
  public record Provenance(boolean kept, String fileKey) {
    public static final Provenance DATA_FOLDER = new Provenance(false, null);

    public static Provenance kept(String fileKey) {
      return new Provenance(true, fileKey);
    }
  }

  /** A kept profile as committed, and the key of its original file (or null). */
  public record KeptProfile(Profile profile, String fileKey) {}

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ProfileEnricher enricher;
  private final ProfileDocuments documents;
  private final ObjectMapper json;
  /** Ids deleted through the store; written into every commit's data. Guarded by this. */
  private final Set<String> deleted;

  private CandidateIndex(Path dir, Directory directory, IndexWriter writer, ProfileEnricher enricher,
      ProfileDocuments documents, ObjectMapper json) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.enricher = enricher;
    this.documents = documents;
    this.json = json;
    this.deleted = new LinkedHashSet<>(deletedIds(commitData(writer), json));
  }

  /** {@link #open(Path, Analyzer, ProfileEnricher, ObjectMapper, RankingModel, boolean)} with the default model. */
  public static CandidateIndex open(Path dir, Taxonomy taxonomy, Analyzer analyzer, ProfileEnricher enricher,
      ObjectMapper json, boolean bulk) throws IOException {
    return open(dir, analyzer, enricher, json, RankingModel.DEFAULT, bulk);
  }

  /**
   * Opens (or creates) the index in {@code dir}, whose documents store {@code ranking}'s index-time weights; fails
   * clearly when another process holds it.
   */
  public static CandidateIndex open(Path dir, Analyzer analyzer, ProfileEnricher enricher, ObjectMapper json,
      RankingModel ranking, boolean bulk) throws IOException {
    Directory d = FSDirectory.open(dir);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(bulk ? 256 : 32);
    // A bulk build is written once and merged at the end; packing each flushed segment into a compound file would
    // copy every byte of it once more.
    cfg.setUseCompoundFile(!bulk);
    cfg.setIndexSort(Schema.INDEX_SORT); // every writer of a generation: builds, rebuilds and live upserts alike
    // An erasure rewrites every segment that still holds a deleted document's stored fields, however few.
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0.0);
    cfg.setMergePolicy(merges);
    try {
      IndexWriter w = new IndexWriter(d, cfg);
      if (!DirectoryReader.indexExists(d)) {
        // A new index is of this schema and model, and its archive is in the index; an existing one keeps what it
        // was built with.
        w.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION),
            FieldRegistry.FINGERPRINT_KEY, FieldRegistry.fingerprint(),
            RankingModel.FINGERPRINT_KEY, ranking.fingerprint(), ARCHIVE_KEY, ARCHIVE_IN_INDEX).entrySet());
      }
      return new CandidateIndex(dir, d, w, enricher, new ProfileDocuments(json, ranking), json);
    } catch (LockObtainFailedException e) {
      d.close();
      throw new IndexBusyException(dir);
    }
  }

  /** Commit-data key saying where the archive of kept and deleted profiles lives. */
  public static final String ARCHIVE_KEY = "archive";
  /** ... in the index itself (older indexes kept it only in the {@code added/} and {@code deleted/} folders). */
  public static final String ARCHIVE_IN_INDEX = "index";

  private static Map<String, String> commitData(IndexWriter w) {
    Map<String, String> out = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  static List<String> deletedIds(Map<String, String> data, ObjectMapper json) throws IOException {
    String v = data.get(Schema.DELETED_KEY);
    return v == null ? List.of() : List.of(json.readValue(v, String[].class));
  }

  /** The schema version a committed index was built with (1 for indexes from before versioning). */
  public static int schemaVersion(Path dir) throws IOException {
    String v = commitData(dir).get(Schema.VERSION_KEY);
    try {
      return v == null ? 1 : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The {@link RankingModel#fingerprint()} a committed index was built with ("none" from before fingerprints). */
  public static String rankingFingerprint(Path dir) throws IOException {
    return commitData(dir).getOrDefault(RankingModel.FINGERPRINT_KEY, "none");
  }

  private static Map<String, String> commitData(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getUserData();
    }
  }

  /**
   * Why an index cannot serve this version with {@code ranking}: another schema version, other fields than the
   * registry's, or index-time weights other than the model's; null when it can.
   */
  public static String mismatch(Path dir, RankingModel ranking) throws IOException {
    int v = schemaVersion(dir);
    if (v != Schema.VERSION) {
      return String.format(Locale.ROOT, "has schema version %d, this version needs %d", v, Schema.VERSION);
    }
    String fields = commitData(dir).getOrDefault(FieldRegistry.FINGERPRINT_KEY, "none");
    if (!fields.equals(FieldRegistry.fingerprint())) {
      return "has fields " + fields + ", this version's field registry has " + FieldRegistry.fingerprint();
    }
    String fp = rankingFingerprint(dir);
    if (!fp.equals(ranking.fingerprint())) {
      return "stores ranking weights " + fp + ", the ranking model has " + ranking.fingerprint();
    }
    return null;
  }

  /** Refuses an index of another schema version or ranking model, saying how to rebuild it. */
  public static void checkSchema(Path dir, Path root, RankingModel ranking) throws IOException {
    String why = mismatch(dir, ranking);
    if (why != null) {
      throw new SchemaMismatchException("the index at " + root + " " + why + ": rebuild it with ./candidates index"
          + " (or start ./candidates serve, which rebuilds it; profiles added over the API are kept)");
    }
  }

  /** An index built by another version of the schema. */
  public static final class SchemaMismatchException extends IOException {
    SchemaMismatchException(String message) {
      super(message);
    }
  }

  public Path dir() {
    return dir;
  }

  /** Enriches, then adds or replaces the profile with the same id, as kept. Returns the profile as indexed. */
  public Profile upsert(Profile profile) throws IOException {
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) { // enrichment and analysis share spans
      ProfileEnricher.Facts facts = enricher.facts(profile);
      upsert(facts, Provenance.kept(null));
      return facts.profile();
    }
  }

  public void upsert(ProfileEnricher.Facts facts) throws IOException {
    upsert(facts, Provenance.DATA_FOLDER);
  }

  /**
   * Adds or replaces the profile with the same id. An {@link IllegalArgumentException} (a term Lucene refuses)
   * leaves the index as it was: neither the new document nor the delete of the old one is applied.
   */
  public void upsert(ProfileEnricher.Facts facts, Provenance from) throws IOException {
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
      writer.updateDocument(new Term(Schema.ID, facts.profile().id()), document(facts, from));
    }
    if (from.kept()) {
      synchronized (this) {
        deleted.remove(facts.profile().id());
      }
    }
  }

  private Document document(ProfileEnricher.Facts facts, Provenance from) throws IOException {
    Document doc = documents.build(facts);
    if (from.kept()) {
      doc.add(new StringField(Schema.ORIGIN, Schema.ORIGIN_KEPT, Field.Store.NO));
    }
    if (from.fileKey() != null) {
      doc.add(new StoredField(Schema.ORIGINAL_FILE, from.fileKey()));
    }
    return doc;
  }

  /**
   * Adds a profile whose id is not in the index yet (a full build's first sighting of it): no delete term is
   * buffered and applied per document, as {@link #upsert(ProfileEnricher.Facts)} must.
   */
  public void addNew(ProfileEnricher.Facts facts) throws IOException {
    addNew(facts, Provenance.DATA_FOLDER);
  }

  public void addNew(ProfileEnricher.Facts facts, Provenance from) throws IOException {
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
      writer.addDocument(document(facts, from));
    }
  }

  /** True when a profile with that id was there. The id is remembered so that a rebuild does not bring it back. */
  public boolean delete(String id) throws IOException {
    refresh(); // see earlier writes, so "was it there" is true now
    boolean existed = get(id) != null;
    writer.deleteDocuments(new Term(Schema.ID, id));
    synchronized (this) {
      deleted.add(id);
    }
    return existed;
  }

  /** Whether the archive of kept and deleted profiles is in this index's commits (else only in the folders). */
  public boolean archiveInIndex() {
    return ARCHIVE_IN_INDEX.equals(commitData(writer).get(ARCHIVE_KEY));
  }

  /** From the next commit on, this index holds the archive (after the folders' content was written into it). */
  public void markArchiveInIndex() {
    Map<String, String> data = commitData(writer);
    data.put(ARCHIVE_KEY, ARCHIVE_IN_INDEX);
    writer.setLiveCommitData(data.entrySet());
  }

  /** Forgets a deleted id entirely (an erasure whose every source is gone: nothing could bring it back). */
  public synchronized void forgetDeleted(String id) {
    deleted.remove(id);
  }

  /** The ids deleted through the store, as of the last write. */
  public synchronized Set<String> deletedIds() {
    return Set.copyOf(deleted);
  }

  /** Replaces the deleted ids (a rebuilt generation takes over the live one's). */
  public synchronized void setDeletedIds(Set<String> ids) {
    deleted.clear();
    deleted.addAll(ids);
  }

  /** The key of the candidate's original file, or null. */
  public String fileKey(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      var f = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.ORIGINAL_FILE));
      return f.get(Schema.ORIGINAL_FILE);
    } finally {
      searchers.release(s);
    }
  }

  /** Every kept profile with its file key, as of the last refresh. */
  public List<KeptProfile> kept() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return kept(s, json);
    } finally {
      searchers.release(s);
    }
  }

  static List<KeptProfile> kept(IndexSearcher s, ObjectMapper json) throws IOException {
    List<KeptProfile> out = new ArrayList<>();
    Set<String> fields = Set.of(Schema.SOURCE, Schema.ORIGINAL_FILE);
    var stored = s.storedFields();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      var scorer = s.createWeight(s.rewrite(new TermQuery(new Term(Schema.ORIGIN, Schema.ORIGIN_KEPT))),
          org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
      if (scorer == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      var it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        var doc = stored.document(leaf.docBase + d, fields);
        out.add(new KeptProfile(profileOf(json, doc),
            doc.get(Schema.ORIGINAL_FILE)));
      }
    }
    return out;
  }

  public Profile get(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      return load(s, top.scoreDocs[0].doc);
    } finally {
      searchers.release(s);
    }
  }

  public Profile load(IndexSearcher s, int doc) throws IOException {
    return profileOf(json, s.storedFields().document(doc, Set.of(Schema.SOURCE)));
  }

  /** The profile kept in a stored document's {@code source} (its bytes from the value's offset, for its length). */
  public static Profile profileOf(ObjectMapper json, Document stored) throws IOException {
    BytesRef b = stored.getBinaryValue(Schema.SOURCE);
    return json.readValue(b.bytes, b.offset, b.length, Profile.class);
  }

  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Makes every write so far durable, with the deleted ids in the same commit. */
  public void commit() throws IOException {
    Map<String, String> data = commitData(writer);
    synchronized (this) {
      data.put(Schema.DELETED_KEY, json.writeValueAsString(deleted));
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /**
   * Drops every write since the last commit and closes this generation (a write that failed half-way must not be
   * committed by the next one); open it again to go on.
   */
  public void rollback() throws IOException {
    try {
      searchers.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  public SearcherManager searchers() {
    return searchers;
  }

  public IndexWriter writer() {
    return writer;
  }

  public int count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      commit();
    } finally {
      writer.close();
      directory.close();
    }
  }

  /** Another process (a running server, another command) has the index open for writing. */
  public static final class IndexBusyException extends IOException {
    public IndexBusyException(Path dir) {
      super("the index at " + dir + " is in use by another process (is `./candidates serve` running?); "
          + "stop it, or add profiles through its API");
    }
  }
}
