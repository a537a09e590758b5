package dev.candidates.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * One pass of a faceted search: the top hits, the facet hits, and, when one dimension is filtered, that
 * dimension's drill-sideways hits too. The pass runs the query with every filter but that one's; a match that also
 * passes {@code filter} (that dimension's values) is a hit, and every match counts for the filtered dimension's own
 * values. That is what a search of the fully filtered query plus one of the query without the dimension's filter
 * gave (two walks of the matches, the filtered one a conjunction with the values' postings), in one walk.
 */
final class FacetPass {
  /** The top hits; the hits every other dimension counts; the matches the filtered dimension counts (or null). */
  record Result(TopDocs top, FacetsCollector hits, FacetsCollector sideways) {}

  private FacetPass() {}

  /** {@code filter}: a no-scores weight of the filtered dimension's values, or null when none is filtered. */
  static CollectorManager<Collector, Result> of(CollectorManager<Collector, TopDocs> top, Weight filter) {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() throws IOException {
        return new Pass(top.newCollector(), new FacetsCollector(), filter == null ? null : new FacetsCollector(),
            filter);
      }

      @Override
      public Result reduce(Collection<Collector> collectors) throws IOException {
        List<Collector> tops = new ArrayList<>();
        List<FacetsCollector> hits = new ArrayList<>();
        List<FacetsCollector> sideways = new ArrayList<>();
        for (Collector c : collectors) {
          Pass p = (Pass) c;
          tops.add(p.top);
          hits.add(p.hits);
          if (p.sideways != null) {
            sideways.add(p.sideways);
          }
        }
        FacetsCollectorManager facets = new FacetsCollectorManager();
        return new Result(top.reduce(tops), facets.reduce(hits), filter == null ? null : facets.reduce(sideways));
      }
    };
  }

  private static final class Pass implements Collector {
    final Collector top;
    final FacetsCollector hits;
    final FacetsCollector sideways;
    final Weight filter;

    Pass(Collector top, FacetsCollector hits, FacetsCollector sideways, Weight filter) {
      this.top = top;
      this.hits = hits;
      this.sideways = sideways;
      this.filter = filter;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      LeafCollector topOfLeaf = top.getLeafCollector(leaf);
      LeafCollector hitsOfLeaf = hits.getLeafCollector(leaf);
      if (filter == null) {
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) throws IOException {
            topOfLeaf.setScorer(scorer);
            hitsOfLeaf.setScorer(scorer);
          }

          @Override
          public void collect(int doc) throws IOException {
            topOfLeaf.collect(doc);
            hitsOfLeaf.collect(doc);
          }

          @Override
          public void finish() throws IOException {
            topOfLeaf.finish();
            hitsOfLeaf.finish();
          }
        };
      }
      LeafCollector sidewaysOfLeaf = sideways.getLeafCollector(leaf);
      Scorer values = filter.scorer(leaf);
      TwoPhaseIterator twoPhase = values == null ? null : values.twoPhaseIterator();
      DocIdSetIterator approximation = values == null ? DocIdSetIterator.empty()
          : twoPhase != null ? twoPhase.approximation() : values.iterator();
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          topOfLeaf.setScorer(scorer);
          hitsOfLeaf.setScorer(scorer);
          sidewaysOfLeaf.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          sidewaysOfLeaf.collect(doc);
          int at = approximation.docID();
          if (at < doc) {
            at = approximation.advance(doc);
          }
          if (at == doc && (twoPhase == null || twoPhase.matches())) {
            topOfLeaf.collect(doc);
            hitsOfLeaf.collect(doc);
          }
        }

        @Override
        public void finish() throws IOException {
          topOfLeaf.finish();
          hitsOfLeaf.finish();
          sidewaysOfLeaf.finish();
        }
      };
    }

    /**
     * The top hits need scores, the facets every match. The top collectors count every hit (no threshold), so they
     * never raise the scorer's minimum score, which would skip matches the facets count.
     */
    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
