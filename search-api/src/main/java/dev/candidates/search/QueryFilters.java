package dev.candidates.search;

import dev.candidates.index.Schema;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The filters and ranges of the query-building stage: total years, years with a skill, facet drill-downs. */
public final class QueryFilters {
  private static final FacetsConfig FACETS = Schema.facetsConfig();

  private QueryFilters() {}

  /** The one profile with this id. */
  public static Query byId(String id) {
    return new TermQuery(new Term(Schema.ID, id));
  }

  /** Total years in [min, max]; a null bound is open. */
  static Query totalYears(Double min, Double max) {
    long lo = min == null ? Long.MIN_VALUE : Schema.tenths(min);
    long hi = max == null ? Long.MAX_VALUE : Schema.tenths(max);
    return LongPoint.newRangeQuery(Schema.TOTAL_YEARS, lo, hi);
  }

  /** At least {@code min} years with the concept (0: has it). */
  static Query skillYears(String conceptId, int min) {
    return min <= 0 ? new TermQuery(new Term(Schema.CONCEPT, conceptId))
        : atLeastYears(Schema.SKILL_MIN_YEARS, conceptId, min);
  }

  /** At least {@code min} (≥ 1) whole years for the key in a years-points field: one range of its points. */
  static Query atLeastYears(String field, String key, int min) {
    return LongPoint.newRangeQuery(field, Schema.yearsPoint(key, min), Schema.yearsPoint(key, Schema.MAX_YEARS));
  }

  /** The query narrowed by the request's total-years range ({@code minYears}, {@code maxYears}). */
  public static Query withYearsRange(Query q, SearchRequest req) {
    if (req.minYears() == null && req.maxYears() == null) {
      return q;
    }
    return new BooleanQuery.Builder().add(q, Occur.MUST)
        .add(totalYears(req.minYears(), req.maxYears()), Occur.FILTER).build();
  }

  /** The query narrowed by every facet filter except {@code except}'s (null: every filter). */
  public static Query drillDown(Query query, Map<String, List<String>> filters, String except) {
    DrillDownQuery ddq = new DrillDownQuery(FACETS, query);
    for (var e : filters.entrySet()) {
      if (!e.getKey().equals(except)) {
        for (String v : e.getValue()) {
          ddq.add(e.getKey(), v);
        }
      }
    }
    return ddq;
  }

  /** The profiles with any of these values of the facet dimension (a drill-down's clause for it, alone). */
  static Query facetValues(String dim, List<String> values) {
    DrillDownQuery ddq = new DrillDownQuery(FACETS);
    for (String v : values) {
      ddq.add(dim, v);
    }
    return ddq;
  }
}
