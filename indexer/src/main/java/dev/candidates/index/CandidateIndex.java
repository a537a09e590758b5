package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.analysis.ChineseSegmenter;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.taxonomy.Taxonomy;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One open index generation: a writer for upserts and deletes keyed by id, and a searcher manager. Writes become
 * visible with {@link #refresh()} and durable with {@link #commit()}.
 */
public final class CandidateIndex implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ProfileEnricher enricher;
  private final ProfileDocuments documents;
  private final ObjectMapper json;

  private CandidateIndex(Path dir, Directory directory, IndexWriter writer, ProfileEnricher enricher,
      ProfileDocuments documents, ObjectMapper json) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.enricher = enricher;
    this.documents = documents;
    this.json = json;
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
    try {
      IndexWriter w = new IndexWriter(d, cfg);
      if (!DirectoryReader.indexExists(d)) {
        // A new index is of this schema and model; an existing one keeps what it was built with.
        w.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION),
            FieldRegistry.FINGERPRINT_KEY, FieldRegistry.fingerprint(),
            RankingModel.FINGERPRINT_KEY, ranking.fingerprint()).entrySet());
      }
      return new CandidateIndex(dir, d, w, enricher, new ProfileDocuments(json, ranking), json);
    } catch (LockObtainFailedException e) {
      d.close();
      throw new IndexBusyException(dir);
    }
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

  /** Enriches, then adds or replaces the profile with the same id. Returns the profile as indexed. */
  public Profile upsert(Profile profile) throws IOException {
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) { // enrichment and analysis share spans
      ProfileEnricher.Facts facts = enricher.facts(profile);
      upsert(facts);
      return facts.profile();
    }
  }

  public void upsert(ProfileEnricher.Facts facts) throws IOException {
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
      Document doc = documents.build(facts);
      writer.updateDocument(new Term(Schema.ID, facts.profile().id()), doc);
    }
  }

  /**
   * Adds a profile whose id is not in the index yet (a full build's first sighting of it): no delete term is
   * buffered and applied per document, as {@link #upsert(ProfileEnricher.Facts)} must.
   */
  public void addNew(ProfileEnricher.Facts facts) throws IOException {
    try (ChineseSegmenter.Scope memo = ChineseSegmenter.profileScope()) {
      writer.addDocument(documents.build(facts));
    }
  }

  /** True when a profile with that id was there. */
  public boolean delete(String id) throws IOException {
    refresh(); // see earlier writes, so "was it there" is true now
    boolean existed = get(id) != null;
    writer.deleteDocuments(new Term(Schema.ID, id));
    return existed;
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
    var stored = s.storedFields().document(doc, java.util.Set.of(Schema.SOURCE));
    return json.readValue(stored.getBinaryValue(Schema.SOURCE).bytes, Profile.class);
  }

  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  public void commit() throws IOException {
    writer.commit();
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
      writer.commit();
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
