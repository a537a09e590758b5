package dev.candidates.search;

import dev.candidates.analysis.Script;
import dev.candidates.index.FieldDef;
import dev.candidates.index.RankingModel;
import dev.candidates.index.Schema;
import dev.candidates.occupation.Seniority;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The scoring queries of a {@link RankingModel} (its class comment gives the formula): each weight is read from the
 * model, never written here.
 */
public final class Ranking {
  private final RankingModel model;
  private final RankingModel.QueryTime q;

  public Ranking(RankingModel model) {
    this.model = model;
    this.q = model.query();
  }

  public RankingModel model() {
    return model;
  }

  public RankingModel.QueryTime weights() {
    return q;
  }

  /** A field's free-text weight, from its search role. */
  public float weight(FieldDef field) {
    return field.search().weight().of(q);
  }

  /** A constant-scored term match: a concept counts once, however long the résumé. */
  public static Query constant(String field, String term, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), weight);
  }

  /** A concept named through a field ({@code company:}, {@code title:}) scores as having it directly. */
  public Query conceptInField(String field, String conceptId) {
    return constant(field, conceptId, model.index().conceptDirect());
  }

  /**
   * Has the concept directly or through a narrower one, scored by its stored {@link Schema#CONCEPT_SCORE} for a
   * query written in {@code script} (null: the evidence weight alone) as it is: the score was the model's when the
   * profile was indexed ({@link RankingModel.IndexTime#conceptScore}), and the factor 1 applies it unchanged (not a
   * weight of its own).
   */
  public Query conceptMatch(String conceptId, Script script) {
    return FeatureField.newLinearQuery(Schema.CONCEPT_SCORE, Schema.conceptScoreTerm(conceptId, script), 1f);
  }

  /** The best of several ways to match, the others adding the model's tie-breaker share. */
  public Query bestOf(Collection<Query> alternatives) {
    return new DisjunctionMaxQuery(alternatives, q.tieBreaker());
  }

  /**
   * The best of two ways to meet one requirement, and nothing for meeting it twice. The 0 is not a weight to tune
   * but what makes this a maximum (Lucene's tie-breaker multiplier 0 is {@code max}): any share would pay twice
   * for one requirement. Alternatives that may add a share are {@link #bestOf}, with the model's tie-breaker.
   */
  public Query maxOf(Query a, Query b) {
    return new DisjunctionMaxQuery(List.of(a, b), 0f);
  }

  /**
   * The query's own words in the text, for the explanation only: weight 0, so a named match says whether the words
   * appear without changing the score (the same-script bonus is in the stored concept score).
   */
  public Query namedOnly(Query words) {
    return new BoostQuery(words, 0f);
  }

  /** "Similar candidates": a shared skill, weighted up by how long this candidate has had it. */
  public Query sharedSkill(String conceptId, double years) {
    return constant(Schema.CONCEPT, conceptId, (float) (1 + years / (years + model.index().yearsPivot())));
  }

  public Query enoughYearsWith(String conceptId, int years) {
    return enough(QueryFilters.atLeastYears(Schema.SKILL_MIN_YEARS, conceptId, Math.max(1, years)));
  }

  /** "8 years frontend": at least that many years in jobs of that role family. */
  public Query enoughYearsAs(String familyId, int years) {
    return enough(QueryFilters.atLeastYears(Schema.ROLE_MIN_YEARS, familyId, Math.max(1, years)));
  }

  /** Meeting a years threshold: one constant share, however far above it. */
  private Query enough(Query threshold) {
    return new BoostQuery(new ConstantScoreQuery(threshold), q.enoughYears());
  }

  /** A profile of the role family a role of the query belongs to; at the level the role names, when it names one. */
  public Query roleFamily(String familyId, Seniority level) {
    Query family = constant(Schema.ROLE_FAMILY, familyId, q.roleFamily());
    return level == null ? family : new BooleanQuery.Builder().add(family, Occur.MUST)
        .add(new TermQuery(new Term(Schema.SENIORITY, level.id())), Occur.FILTER).build();
  }

  /** The level asked for, and {@code levelStep} less per step between it and the profile's level. */
  public Query level(Seniority asked) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Seniority s : Seniority.values()) {
      float weight = q.level() - q.levelStep() * Math.abs(s.ordinal() - asked.ordinal());
      if (weight > 0) {
        b.add(constant(Schema.SENIORITY, s.id(), weight), Occur.SHOULD);
      }
    }
    return b.build();
  }

  /** A generic role noun of the query ("developer"): a hint, never a requirement. */
  public Query roleNoun(Query words) {
    return new BoostQuery(words, q.roleNoun());
  }

  public Query enoughTotalYears(double years) {
    return new BoostQuery(new ConstantScoreQuery(
        LongPoint.newRangeQuery(Schema.TOTAL_YEARS, Schema.tenths(years), Long.MAX_VALUE)), q.enoughTotalYears());
  }
}
