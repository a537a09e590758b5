package dev.candidates.search;

import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.index.Schema;
import dev.candidates.search.SearchResult.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * The facet-counting stage: runs the built query narrowed by the facet filters, collecting the top hits and, in the
 * same pass, the facet counts of every registry dimension in its display order, counted drill-sideways. Keeps each
 * reader's facet ordinal state; thread-safe.
 */
final class FacetCounter {
  /** Without facets, hits are counted exactly up to here; past it {@code total} is a lower bound. */
  static final int TOTAL_HITS_THRESHOLD = 1_000;

  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private volatile FacetCache facetCache;

  /** Per reader: each facet dimension's ordinal state (a dimension no document has yet is absent). */
  private record FacetCache(IndexReader reader, Map<String, SortedSetDocValuesReaderState> states) {}

  /** The matches: how many, the sorted top of them, and the facet counts (empty when not asked for). */
  record Counted(long total, boolean totalExact, TopDocs hits, Map<String, List<FacetValue>> facets) {}

  Counted search(IndexSearcher searcher, Query query, SearchRequest req) throws IOException {
    int topN = req.page() * req.size();
    Sort sort = switch (req.sort()) {
      case RELEVANCE -> TopByRelevance.SCORE_THEN_ID;
      case YEARS -> new Sort(new SortField(Schema.TOTAL_YEARS, SortField.Type.LONG, true), SortField.FIELD_SCORE,
          new SortField(Schema.ID, SortField.Type.STRING));
      case UPDATED -> new Sort(new SortField(Schema.UPDATED, SortField.Type.LONG, true), SortField.FIELD_SCORE,
          new SortField(Schema.ID, SortField.Type.STRING));
    };
    Map<String, SortedSetDocValuesReaderState> states = req.facets() ? facetStates(searcher.getIndexReader())
        : Map.of();
    Query drilled = QueryFilters.drillDown(query, req.filters(), null);
    if (states.isEmpty()) {
      // No facets asked for (or none in an empty index): count exactly up to TOTAL_HITS_THRESHOLD, then let
      // Lucene skip candidates that cannot reach the top N, as the floor does.
      TopDocs td;
      if (req.sort() == SearchRequest.SortBy.RELEVANCE) {
        td = TopByRelevance.search(searcher, drilled, topN, TOTAL_HITS_THRESHOLD);
      } else {
        td = searcher.search(drilled, new TopFieldCollectorManager(sort, topN, null, TOTAL_HITS_THRESHOLD));
        TopFieldCollector.populateScores(td.scoreDocs, searcher, drilled); // the collector sorts, keeps no scores
      }
      return new Counted(td.totalHits.value(), td.totalHits.relation() == TotalHits.Relation.EQUAL_TO, td, Map.of());
    }
    // Drill-sideways by hand (DrillSideways' scorer cannot run under a time limit): the hits and the counts of
    // unfiltered dimensions come from the fully drilled-down query; each filtered dimension is counted with every
    // filter but its own, so its other values stay visible. With one dimension filtered, both come from one pass of
    // the query without that filter (FacetPass); with more, each filtered dimension takes a search of its own.
    List<String> filtered = new ArrayList<>();
    for (String dim : FieldRegistry.facetDimensions()) {
      if (!req.filters().getOrDefault(dim, List.of()).isEmpty()) {
        filtered.add(dim);
      }
    }
    String sidewaysDim = filtered.size() == 1 ? filtered.get(0) : null;
    Query pass = sidewaysDim == null ? drilled : QueryFilters.drillDown(query, req.filters(), sidewaysDim);
    Weight values = sidewaysDim == null ? null : searcher.createWeight(searcher.rewrite(
        QueryFilters.facetValues(sidewaysDim, req.filters().get(sidewaysDim))), ScoreMode.COMPLETE_NO_SCORES, 1f);
    CollectorManager<Collector, TopDocs> top = req.sort() == SearchRequest.SortBy.RELEVANCE
        ? TopByRelevance.inPass(searcher, pass, topN) : TopByRelevance.sorted(searcher, pass, sort, topN);
    FacetPass.Result main = searcher.search(pass, FacetPass.of(top, values));
    // The facet collector saw every match, so the exact total costs nothing (top-docs stop counting at 1,000).
    long total = 0;
    for (FacetsCollector.MatchingDocs md : main.hits().getMatchingDocs()) {
      total += md.totalHits();
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (FieldDef field : FieldRegistry.facets()) {
      String dim = field.facet().dimension();
      List<String> selected = req.filters().getOrDefault(dim, List.of());
      SortedSetDocValuesReaderState state = states.get(dim);
      Facets counts = null;
      if (state != null) {
        FacetsCollector hitsOfDim = selected.isEmpty() ? main.hits()
            : dim.equals(sidewaysDim) ? main.sideways()
            : searcher.search(QueryFilters.drillDown(query, req.filters(), dim), new FacetsCollectorManager());
        counts = new SortedSetDocValuesFacetCounts(state, hitsOfDim);
      }
      facets.put(dim, facetValues(counts, field.facet(), selected));
    }
    return new Counted(total, true, main.top(), facets);
  }

  private static List<FacetValue> facetValues(Facets counts, FieldDef.Facet facet, List<String> selected)
      throws IOException {
    List<FacetValue> values = new ArrayList<>();
    FacetResult fr = null; // null counts: no document has this dimension yet
    if (counts != null) {
      try {
        fr = counts.getTopChildren(facet.values(), facet.dimension());
      } catch (IllegalArgumentException e) {
        fr = null;
      }
    }
    Set<String> seen = new HashSet<>();
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label)));
        seen.add(lv.label);
      }
    }
    for (String s : selected) {
      if (!seen.contains(s)) {
        values.add(new FacetValue(s, 0, true));
      }
    }
    List<String> order = facet.valueOrder();
    if (!order.isEmpty()) {
      values.sort((a, b) -> Integer.compare(order.indexOf(a.value()), order.indexOf(b.value())));
    }
    return values;
  }

  private Map<String, SortedSetDocValuesReaderState> facetStates(IndexReader reader) throws IOException {
    FacetCache c = facetCache;
    if (c != null && c.reader == reader) {
      return c.states;
    }
    Map<String, SortedSetDocValuesReaderState> states = new LinkedHashMap<>();
    for (String dim : FieldRegistry.facetDimensions()) {
      try {
        states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, Schema.facetField(dim), facetsConfig));
      } catch (IllegalArgumentException e) {
        // no document has this dimension yet (an empty index)
      }
    }
    facetCache = new FacetCache(reader, Map.copyOf(states));
    return facetCache.states;
  }
}
