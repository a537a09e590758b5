package dev.candidates.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real indexes on disk: upsert by id, delete, field searches, and full builds that switch atomically. */
class CandidateIndexTest {
  static final Environment ENV = Environment.create(Taxonomy.loadDefault(), Clock.systemUTC());

  @TempDir
  Path dir;

  static Profile profile(String id, String company, String description) {
    return new Profile(id, "Name " + id, "Engineer", "Shenzhen", null, null, null, List.of(),
        List.of(new Experience(company, "Engineer", "2020-01", null, description)), List.of(), List.of(), List.of(),
        null, null, null, null, null);
  }

  private CandidateIndex open(Path gen) throws IOException {
    return CandidateIndex.open(gen, ENV.taxonomy(), ENV.analyzer(), ENV.enricher(), ENV.json(), false);
  }

  private static long hits(CandidateIndex index, String field, String term) throws IOException {
    return count(index, new TermQuery(new Term(field, term)));
  }

  private static long count(CandidateIndex index, Query q) throws IOException {
    IndexSearcher s = index.searchers().acquire();
    try {
      return s.count(q);
    } finally {
      index.searchers().release(s);
    }
  }

  @Test
  void upsertReplacesByIdAndDeleteRemoves() throws IOException {
    try (CandidateIndex index = open(dir.resolve("gen-1"))) {
      index.upsert(profile("a", "Tencent", "Go and Kafka"));
      index.upsert(profile("b", "Alibaba", "Java"));
      index.refresh();
      assertEquals(2, index.count());
      assertEquals(1, hits(index, Schema.CONCEPT, "kafka"));
      index.upsert(profile("a", "Tencent", "Rust only now"));
      index.refresh();
      assertEquals(2, index.count(), "same id: replaced, not duplicated");
      assertEquals(0, hits(index, Schema.CONCEPT, "kafka"));
      assertEquals(1, hits(index, Schema.CONCEPT, "rust"));
      assertEquals(1, hits(index, Schema.COMPANY_CONCEPT, "tencent"));
      assertEquals(1, count(index, LongPoint.newRangeQuery(Schema.SKILL_MIN_YEARS, Schema.yearsPoint("rust", 5),
          Schema.yearsPoint("rust", Schema.MAX_YEARS))), "at least 5 years of Rust");
      assertNotNull(index.get("b"));
      assertTrue(index.delete("b"));
      assertFalse(index.delete("b"));
      index.refresh();
      assertNull(index.get("b"));
      assertEquals(1, index.count());
    }
  }

  @Test
  void conceptScoreStoresTheMatchWeightOfEveryDirectAndBroaderConcept() throws IOException {
    Profile p = new Profile("r", "Name r", "Kafka Engineer", "Shenzhen", null, null, null, List.of(),
        List.of(new Experience("Tencent", "Kafka Engineer", "2020-01", null, "Ran Kafka and Redis")), List.of(),
        List.of(), List.of(), null, null, null, null, null);
    try (CandidateIndex index = open(dir.resolve("gen-1"))) {
      index.upsert(p);
      index.refresh();
      IndexSearcher s = index.searchers().acquire();
      try {
        // Kafka and Redis share a job (same years, same recency, both written in Latin): Kafka has the title bonus
        // and is written more often (headline, title, description). The stored score holds more than the evidence
        // weight; a query in Han script gets no same-script share from an English résumé; a concept the profile
        // lacks has no term.
        assertTrue(rank(s, "kafka@latin") - rank(s, "redis@latin") > Schema.RANK_IN_TITLE);
        assertEquals(Schema.RANK_DIRECT + Schema.RANK_IN_TITLE, rank(s, "kafka"), 0.02);
        assertTrue(rank(s, "redis@latin") > Schema.RANK_DIRECT, "years and recency add to the evidence weight");
        assertTrue(rank(s, "redis@latin") > rank(s, "redis@han"), "written in Latin only");
        assertEquals(Schema.RANK_DIRECT, rank(s, "redis"), 0.02, "the evidence weight alone");
        assertTrue(rank(s, "message-queue@latin") > Schema.RANK_BROADER);
        assertTrue(rank(s, "message-queue@latin") < rank(s, "redis@latin"), "broader below direct");
        assertEquals(0f, rank(s, "java@latin"), 0f);
      } finally {
        index.searchers().release(s);
      }
    }
  }

  private static float rank(IndexSearcher s, String concept) throws IOException {
    var top = s.search(org.apache.lucene.document.FeatureField.newLinearQuery(Schema.CONCEPT_SCORE, concept, 1f), 1);
    return top.scoreDocs.length == 0 ? 0f : top.scoreDocs[0].score;
  }

  @Test
  void aCommittedWriteIsThereAfterReopening() throws IOException {
    Path gen = dir.resolve("gen-1");
    try (CandidateIndex index = open(gen)) {
      index.upsert(profile("a", "Tencent", "Go"));
      index.commit();
    }
    try (var d = FSDirectory.open(gen); var reader = DirectoryReader.open(d)) {
      assertEquals(1, reader.numDocs());
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() throws IOException {
    Path gen = dir.resolve("gen-1");
    try (CandidateIndex index = open(gen)) {
      IOException e = assertThrows(CandidateIndex.IndexBusyException.class, () -> open(gen));
      assertTrue(e.getMessage().contains("in use by another process"));
    }
  }

  @Test
  void aFullBuildPublishesANewGenerationOnlyWhenComplete() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.json"), ENV.json().writeValueAsString(profile("a", "Tencent", "Go")));
    IndexStore store = new IndexStore(dir.resolve("index"));
    var first = ENV.builder().build(IndexBuilder.fromFolder(data, ENV.reader()), store, Progress.silent(), true);
    assertEquals(1, first.indexed());
    Path live = store.current();
    assertEquals(first.generation(), live);

    // A build that dies half-way (a source that throws) leaves the live generation as it was.
    var broken = new java.util.Iterator<Ingested>() {
      int n;

      public boolean hasNext() {
        return true;
      }

      public Ingested next() {
        if (n++ > 3) {
          throw new IllegalStateException("disk unplugged");
        }
        return Ingested.ok("x", profile("x" + n, "Acme", "Go"));
      }
    };
    assertThrows(RuntimeException.class, () -> ENV.builder().build(broken, store, Progress.silent(), true));
    assertEquals(live, store.current());
    try (var d = FSDirectory.open(store.current()); var reader = DirectoryReader.open(d)) {
      assertEquals(1, reader.numDocs());
    }

    // A crash before publish (CURRENT not switched) is the same: a new generation dir exists but is not live.
    Path orphan = store.newGeneration();
    Files.writeString(orphan.resolve("garbage"), "half-written", StandardCharsets.UTF_8);
    assertEquals(live, store.current());
    Files.writeString(data.resolve("b.json"), ENV.json().writeValueAsString(profile("b", "Alibaba", "Java")));
    var second = ENV.builder().build(IndexBuilder.fromFolder(data, ENV.reader()), store, Progress.silent(), true);
    assertEquals(2, second.indexed());
    assertEquals(second.generation(), store.current());
    try (var s = Files.list(store.root())) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "old ones removed");
    }
  }

  @Test
  void profilesAddedAfterABuildSurviveTheNextBuild() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.json"), ENV.json().writeValueAsString(profile("a", "Tencent", "Go")));
    Files.writeString(data.resolve("gone.json"), ENV.json().writeValueAsString(profile("gone", "X", "Go")));
    IndexStore store = new IndexStore(dir.resolve("index"));
    ENV.builder().build(IndexBuilder.fromFolder(data, ENV.reader()), store, Progress.silent(), true);
    ProfileArchive archive = ENV.archive(store);
    try (CandidateIndex index = open(store.current())) {
      archive.added(index.upsert(profile("added", "Meituan", "Python")));
      index.delete("gone");
      archive.deleted("gone");
      index.commit();
    }
    var r = ENV.builder().build(IndexBuilder.fromFolder(data, ENV.reader()), store, Progress.silent(), true);
    assertEquals(2, r.indexed());
    try (CandidateIndex index = open(store.current())) {
      assertNotNull(index.get("added"));
      assertNull(index.get("gone"));
    }
  }

  @Test
  void theSameIdTwiceInABuildKeepsOneDocumentTheLaterOne() throws IOException {
    IndexStore store = new IndexStore(dir.resolve("index"));
    java.util.List<Ingested> source = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) { // enough that both threads are busy while the duplicates arrive
      source.add(Ingested.ok("p" + i, profile("p" + i, "Acme", "Kubernetes")));
      if (i == 100) {
        source.add(Ingested.ok("dup1", profile("dup", "Acme", "Kafka")));
      }
    }
    source.add(Ingested.ok("dup2", profile("dup", "Acme", "Rust")));
    source.add(Ingested.ok("p5-again", profile("p5", "Acme", "Python")));
    var r = ENV.builder().build(source.iterator(), store, Progress.silent(), true);
    assertEquals(203, r.indexed());
    try (CandidateIndex index = open(store.current())) {
      assertEquals(201, index.count(), "one document per id");
      assertEquals(0, hits(index, Schema.CONCEPT, "kafka"), "the earlier dup is gone");
      assertEquals(1, hits(index, Schema.CONCEPT, "rust"), "the later dup is there");
      assertEquals(1, hits(index, Schema.CONCEPT, "python"));
      assertEquals(199, hits(index, Schema.CONCEPT, "kubernetes"), "p5 was replaced by its later version");
    }
  }
}
