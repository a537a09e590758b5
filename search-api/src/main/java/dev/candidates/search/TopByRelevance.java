package dev.candidates.search;

import dev.candidates.index.FieldRegistry;
import dev.candidates.index.HitCard;
import dev.candidates.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The top hits by score, equal scores in id order, without comparing ids on every match. Each segment keeps its
 * documents in id order ({@link Schema#INDEX_SORT}), so within a segment Lucene's top-score collector, which breaks
 * ties by doc and can therefore ask the scorers for strictly better scores only (letting block-max WAND/MAXSCORE skip
 * the rest, ties included), is exactly score-then-id; the segments' tops then merge by score and id. A segment not
 * sorted so (an index from before the sort) makes the whole search fall back to sorting by score then id.
 */
final class TopByRelevance {
  static final Sort SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));

  private TopByRelevance() {}

  /** The top {@code n}; totals are exact up to {@code totalHitsThreshold} (per segment), past it a lower bound. */
  static TopDocs search(IndexSearcher searcher, Query query, int n, int totalHitsThreshold) throws IOException {
    if (!sortedById(searcher)) {
      TopDocs td = searcher.search(query, new TopFieldCollectorManager(SCORE_THEN_ID, n, null, totalHitsThreshold));
      TopFieldCollector.populateScores(td.scoreDocs, searcher, query); // the collector sorts but keeps no scores
      return td;
    }
    return merge(searcher.search(query, new PerSegment(n, totalHitsThreshold)), n);
  }

  /**
   * The same top {@code n} of {@code query}, collected by another pass's collector (the facet counter's), which
   * scores and counts every match, so nothing is skipped.
   */
  static CollectorManager<Collector, TopDocs> inPass(IndexSearcher searcher, Query query, int n) {
    if (!sortedById(searcher)) {
      return sorted(searcher, query, SCORE_THEN_ID, n);
    }
    PerSegment segments = new PerSegment(n, Integer.MAX_VALUE);
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return segments.newCollector();
      }

      @Override
      public TopDocs reduce(Collection<Collector> collectors) throws IOException {
        return merge(segments.reduce(collectors.stream().map(c -> (SegmentCollector) c).toList()), n);
      }
    };
  }

  /** The top {@code n} of {@code query} by {@code sort}, with their scores, collected likewise by another pass. */
  static CollectorManager<Collector, TopDocs> sorted(IndexSearcher searcher, Query query, Sort sort, int n) {
    TopFieldCollectorManager fields = new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return fields.newCollector();
      }

      @Override
      public TopDocs reduce(Collection<Collector> collectors) throws IOException {
        TopDocs td = fields.reduce(collectors.stream().map(c -> (TopFieldCollector) c).toList());
        TopFieldCollector.populateScores(td.scoreDocs, searcher, query); // the collector sorts, keeps no scores
        return td;
      }
    };
  }

  private static boolean sortedById(IndexSearcher searcher) {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Sort sort = leaf.reader().getMetaData().sort();
      if (sort == null || !sort.equals(Schema.INDEX_SORT)) {
        return false;
      }
    }
    return true;
  }

  /** One segment's top hits. */
  private record SegmentTop(LeafReaderContext leaf, TopDocs top) {}

  /** A segment's hit; {@code id} is read only when its score ties with another segment's. */
  private static final class Ranked {
    final ScoreDoc hit;
    final SegmentTop segment;
    final int order; // the segment's place: within one, doc order is id order
    BytesRef id;

    Ranked(ScoreDoc hit, SegmentTop segment, int order) {
      this.hit = hit;
      this.segment = segment;
      this.order = order;
    }
  }

  private static final Comparator<Ranked> BY_SCORE = Comparator.<Ranked>comparingDouble(r -> -r.hit.score)
      .thenComparingInt(r -> r.order).thenComparingInt(r -> r.hit.doc);

  private static TopDocs merge(List<SegmentTop> segments, int n) throws IOException {
    long total = 0;
    TotalHits.Relation relation = TotalHits.Relation.EQUAL_TO;
    List<Ranked> all = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      SegmentTop s = segments.get(k);
      total += s.top().totalHits.value();
      if (s.top().totalHits.relation() != TotalHits.Relation.EQUAL_TO) {
        relation = TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
      }
      for (ScoreDoc h : s.top().scoreDocs) {
        all.add(new Ranked(h, s, k));
      }
    }
    all.sort(BY_SCORE);
    // Equal scores from different segments are the only order the segments cannot give: read those hits' ids,
    // each segment's in doc order through one doc values iterator (opening one per hit was a tenth of a search
    // whose scores tie often, as stored concept scores do). A tied group starting at place i fills at most
    // limit - i places, and each segment's part of it is in id order already, so only that many of each
    // segment's part can land on the page: the others keep no id and sort after them (a tied last group ran to
    // forty hits, and reading ids was a tenth of a skill-years search).
    int limit = Math.min(n, all.size());
    List<List<Ranked>> tiedGroups = new ArrayList<>();
    List<Ranked> needIds = new ArrayList<>();
    for (int i = 0; i < limit; ) {
      int j = i + 1;
      boolean mixed = false;
      while (j < all.size() && all.get(j).hit.score == all.get(i).hit.score) {
        mixed |= all.get(j).order != all.get(i).order;
        j++;
      }
      if (mixed) {
        List<Ranked> tied = all.subList(i, j);
        tiedGroups.add(tied);
        int places = limit - i;
        int run = 0;
        for (int k = 0; k < tied.size(); k++) { // BY_SCORE leaves a group in segment, then doc order
          run = k > 0 && tied.get(k).order == tied.get(k - 1).order ? run + 1 : 0;
          if (run < places) {
            needIds.add(tied.get(k));
          }
        }
      }
      i = j;
    }
    readIds(needIds);
    for (List<Ranked> tied : tiedGroups) {
      tied.sort(BY_ID);
    }
    ScoreDoc[] top = new ScoreDoc[limit];
    for (int i = 0; i < limit; i++) {
      top[i] = all.get(i).hit;
    }
    return new TopDocs(new TotalHits(total, relation), top);
  }

  private static final Comparator<Ranked> BY_DOC = Comparator.<Ranked>comparingInt(r -> r.order)
      .thenComparingInt(r -> r.hit.doc);

  /** Hits whose id was read, by id; those left without one (they cannot reach the page) after them. */
  private static final Comparator<Ranked> BY_ID = Comparator.comparing(r -> r.id,
      Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Each hit's id from its {@link HitCard} (a slice of uncompressed bytes); the sorted id doc values, whose
   * {@code lookupOrd} decompresses a terms block per hit, only for a card that has none (another card format).
   */
  private static void readIds(List<Ranked> hits) throws IOException {
    hits.sort(BY_DOC);
    BinaryDocValues cards = null;
    SortedDocValues ids = null;
    int order = -1;
    for (Ranked r : hits) {
      LeafReaderContext leaf = r.segment.leaf();
      if (r.order != order) {
        cards = leaf.reader().getBinaryDocValues(FieldRegistry.CARD.name());
        ids = null;
        order = r.order;
      }
      int doc = r.hit.doc - leaf.docBase;
      r.id = cards != null && cards.advanceExact(doc) ? HitCard.id(cards.binaryValue()) : null;
      if (r.id == null) {
        if (ids == null) {
          ids = DocValues.getSorted(leaf.reader(), Schema.ID);
        }
        r.id = ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : new BytesRef();
      }
    }
  }

  /** A fresh top-score collector per segment, so that none takes another segment's documents for earlier ties. */
  private record PerSegment(int n, int threshold) implements CollectorManager<SegmentCollector, List<SegmentTop>> {
    @Override
    public SegmentCollector newCollector() {
      return new SegmentCollector(n, threshold);
    }

    @Override
    public List<SegmentTop> reduce(Collection<SegmentCollector> collectors) {
      List<SegmentTop> tops = new ArrayList<>();
      for (SegmentCollector c : collectors) {
        for (int i = 0; i < c.leaves.size(); i++) {
          tops.add(new SegmentTop(c.leaves.get(i), c.collectors.get(i).topDocs()));
        }
      }
      return tops;
    }
  }

  private static final class SegmentCollector implements Collector {
    final int n;
    final int threshold;
    final List<LeafReaderContext> leaves = new ArrayList<>();
    final List<TopScoreDocCollector> collectors = new ArrayList<>();

    SegmentCollector(int n, int threshold) {
      this.n = n;
      this.threshold = threshold;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      // The count threshold is the search's, not each segment's: once the earlier segments have counted that many
      // hits, this one prunes as soon as its own top is full (each segment still ranks against its own top only).
      int left = threshold;
      for (TopScoreDocCollector earlier : collectors) {
        left = threshold == Integer.MAX_VALUE ? left : Math.max(0, left - earlier.getTotalHits());
      }
      TopScoreDocCollector c = new TopScoreDocCollectorManager(n, left).newCollector();
      leaves.add(leaf);
      collectors.add(c);
      return c.getLeafCollector(leaf);
    }

    @Override
    public ScoreMode scoreMode() {
      return threshold == Integer.MAX_VALUE ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    }
  }
}
