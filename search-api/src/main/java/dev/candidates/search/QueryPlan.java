package dev.candidates.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What the {@link QueryBuilder} hands on: named top-level clauses (so each can be explained on its own), how each
 * unit can match, the concepts and years asked for, and the query used for highlighting (which also names the
 * other-language labels of requested skills).
 */
public record QueryPlan(List<Clause> clauses, Query highlight, List<String> requestedConcepts,
    Map<String, Integer> requestedYears, String didYouMean) {

  /**
   * UNIT: required words or a skill; FEATURE: an optional score share; FILTER and EXCLUDE: restrictions; SHARE: a
   * part of a unit's stored concept score (its years), explained on its own line but not run (the unit's score
   * already holds it).
   */
  public enum Kind { UNIT, FEATURE, FILTER, EXCLUDE, SHARE }

  /** How an alternative matches: the query's own words in the text, the words in a field, or a typo away. */
  public enum Via { EXACT, FIELD, FUZZY }

  /**
   * One way a unit can match. {@code name} is its Lucene match name when the plan was built to name matches
   * ({@link org.apache.lucene.search.NamedMatches}), so the explanation reads which alternative matched a hit from
   * one matches pass, without explaining each alternative.
   */
  public record Alternative(Via via, String field, String name) {}

  /**
   * One top-level clause. A concept unit has its {@code conceptId} (taxonomy and broader matches are read from the
   * hit's stored concepts) and its exact alternative; a text unit has one alternative per field it searches.
   * {@code name} is the clause's match name (null when matches are not named or for filters and features).
   * {@code wider} is what the {@link #lastResort()} also accepts for a unit (a concept named only about other
   * people, the query's own words alone), or null.
   */
  public record Clause(String label, Kind kind, Query query, String conceptId, String name,
      List<Alternative> alternatives, Query wider) {
    public Clause {
      alternatives = List.copyOf(alternatives);
    }

    static Clause of(String label, Kind kind, Query query, String conceptId) {
      return new Clause(label, kind, query, conceptId, null, List.of(), null);
    }
  }

  public Query query() {
    return build(false);
  }

  /** Every unit optional (at least one must match): the "best partial matches" when all-required finds nothing. */
  public Query relaxed() {
    return build(true);
  }

  /**
   * The last resort before an empty page: every unit optional and met by any of its alternatives, including a
   * concept named only about other people. Such a page is marked {@code partial}: a query never comes back empty
   * while some profile holds one of its concepts, in either language.
   */
  public Query lastResort() {
    BooleanQuery.Builder outer = new BooleanQuery.Builder();
    BooleanQuery.Builder oneOf = new BooleanQuery.Builder();
    for (Clause c : clauses) {
      switch (c.kind()) {
        case UNIT -> {
          oneOf.add(c.wider() == null ? c.query() : new BooleanQuery.Builder().add(c.query(), Occur.SHOULD)
              .add(c.wider(), Occur.SHOULD).build(), Occur.SHOULD);
        }
        case FEATURE -> outer.add(c.query(), Occur.SHOULD);
        case FILTER -> outer.add(c.query(), Occur.FILTER);
        case EXCLUDE -> outer.add(c.query(), Occur.MUST_NOT);
        case SHARE -> { } // held in its unit's score
      }
    }
    outer.add(oneOf.build(), Occur.MUST);
    return outer.build();
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
        case SHARE -> { } // held in its unit's score
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
