package dev.candidates.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A translated query: named top-level clauses (so each can be explained on its own), the concepts and years asked
 * for, and the query used for highlighting (which also names the other-language labels of requested skills).
 */
public record QueryPlan(List<Clause> clauses, Query highlight, List<String> requestedConcepts,
    Map<String, Integer> requestedYears, String didYouMean) {

  public enum Kind { UNIT, FEATURE, FILTER, EXCLUDE }

  /**
   * One top-level clause. For a unit of the query, {@code alternatives} names the ways it can match (exact text,
   * taxonomy concept, broader concept, field) so the explanation can say which one did.
   */
  public record Clause(String label, Kind kind, Query query, String conceptId, Map<String, Query> alternatives) {}

  public Query query() {
    return build(false);
  }

  /** Every unit optional (at least one must match): the "best partial matches" when all-required finds nothing. */
  public Query relaxed() {
    return build(true);
  }

  public boolean hasUnits() {
    return clauses.stream().anyMatch(c -> c.kind() == Kind.UNIT);
  }

  private Query build(boolean relaxed) {
    boolean anyUnit = hasUnits();
    BooleanQuery.Builder outer = new BooleanQuery.Builder();
    BooleanQuery.Builder oneOf = new BooleanQuery.Builder();
    boolean required = false;
    for (Clause c : clauses) {
      switch (c.kind()) {
        case UNIT -> {
          if (relaxed) {
            oneOf.add(c.query(), Occur.SHOULD);
          } else {
            outer.add(c.query(), Occur.MUST);
            required = true;
          }
        }
        case FEATURE -> outer.add(c.query(), Occur.SHOULD);
        case FILTER -> {
          outer.add(c.query(), Occur.FILTER);
          required = true;
        }
        case EXCLUDE -> outer.add(c.query(), Occur.MUST_NOT);
      }
    }
    if (relaxed && anyUnit) {
      outer.add(oneOf.build(), Occur.MUST); // at least one unit; more units matched, higher score
      required = true;
    }
    if (!required) {
      outer.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return outer.build();
  }
}
