package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.index.FieldRegistry;
import dev.candidates.index.HitCard;
import dev.candidates.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top hits by score then id, read from segments sorted by id, are exactly what sorting every match gives. */
class TopByRelevanceTest {
  private static final String TEXT = "t";

  @Test
  void tiesAcrossSegmentsComeInIdOrderAndTheTopIsTheFullSortsTop(@TempDir Path dir) throws IOException {
    tiesAcrossSegments(dir, false);
  }

  @Test
  void tiedIdsReadFromTheHitCardsWhereThereAreSomeGiveTheSameTop(@TempDir Path dir) throws IOException {
    tiesAcrossSegments(dir, true);
  }

  /** With {@code cards}, three profiles in four have a hit card (the id is read from it), the others none. */
  private static void tiesAcrossSegments(Path dir, boolean cards) throws IOException {
    Random random = new Random(7);
    IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
        .setIndexSort(Schema.INDEX_SORT).setMergePolicy(NoMergePolicy.INSTANCE);
    try (var d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
      // Four segments; ids interleave across them; few distinct texts, so most scores tie.
      for (int i = 0; i < 400; i++) {
        Document doc = new Document();
        String id = String.format(Locale.ROOT, "p%04d", random.nextInt(10_000));
        doc.add(new StringField(Schema.ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        doc.add(new TextField(TEXT, random.nextBoolean() ? "go kafka" : random.nextBoolean() ? "go" : "go go rust",
            Field.Store.NO));
        if (cards && i % 4 != 0) {
          doc.add(new BinaryDocValuesField(FieldRegistry.CARD.name(),
              new HitCard(id, "n", null, null, null, null, null, null, Map.of()).encode()));
        }
        w.addDocument(doc);
        if (i % 100 == 99) {
          w.commit();
        }
      }
      try (DirectoryReader r = DirectoryReader.open(w)) {
        assertEquals(4, r.leaves().size());
        IndexSearcher s = new IndexSearcher(r);
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(TEXT, "go")), Occur.SHOULD)
            .add(new TermQuery(new Term(TEXT, "kafka")), Occur.SHOULD).build();
        for (int n : new int[] {1, 20, 150, 500}) {
          TopDocs expected = s.search(q, new TopFieldCollectorManager(TopByRelevance.SCORE_THEN_ID, n, null,
              Integer.MAX_VALUE));
          TopDocs got = TopByRelevance.search(s, q, n, Integer.MAX_VALUE);
          assertEquals(docs(expected), docs(got), "top " + n);
          assertEquals(400, got.totalHits.value());
          for (int i = 1; i < got.scoreDocs.length; i++) {
            assertTrue(got.scoreDocs[i - 1].score >= got.scoreDocs[i].score, "scores kept and in order");
          }
        }
      }
    }
  }

  @Test
  void theExactCountThresholdIsTheSearchsSoLaterSegmentsPruneAtOnceAndTheTopStaysTheFullSortsTop(@TempDir Path dir)
      throws IOException {
    Random random = new Random(11);
    IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
        .setIndexSort(Schema.INDEX_SORT).setMergePolicy(NoMergePolicy.INSTANCE);
    try (var d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
      for (int i = 0; i < 4_000; i++) {
        Document doc = new Document();
        String id = String.format(Locale.ROOT, "p%05d", random.nextInt(100_000));
        doc.add(new StringField(Schema.ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        doc.add(new TextField(TEXT, "go ".repeat(1 + random.nextInt(3)), Field.Store.NO));
        w.addDocument(doc);
        if (i % 1_000 == 999) {
          w.commit();
        }
      }
      try (DirectoryReader r = DirectoryReader.open(w)) {
        assertEquals(4, r.leaves().size());
        IndexSearcher s = new IndexSearcher(r);
        Query q = new TermQuery(new Term(TEXT, "go"));
        TopDocs expected = s.search(q, new TopFieldCollectorManager(TopByRelevance.SCORE_THEN_ID, 10, null,
            Integer.MAX_VALUE));
        TopDocs got = TopByRelevance.search(s, q, 10, 100);
        assertEquals(docs(expected), docs(got));
        assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, got.totalHits.relation());
        // Counting 100 exactly in each of the four segments would make at least 400.
        assertTrue(got.totalHits.value() >= 100 && got.totalHits.value() < 400, got.totalHits.toString());
      }
    }
  }

  private static List<Integer> docs(TopDocs td) {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }
}
