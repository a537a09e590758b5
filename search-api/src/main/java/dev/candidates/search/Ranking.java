package dev.candidates.search;

import dev.candidates.index.Schema;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How candidates are ranked: every weight in one place.
 *
 * <p>score = Σ over query units of text relevance (BM25 over weighted fields, or a constant for a skill concept
 * match, higher for a same-language exact match than for a cross-language or synonym match, higher than for a
 * broader-concept match) + Σ over requested skills of: years with the skill (saturating: {@code w·y/(y+pivot)}, so
 * 20 years does not bury everything), recency of use, and a bonus when the years asked for ("Go 5 years") are met
 * + a bonus when total years meet what was asked ("5 years" alone). The number of requested skills a candidate has
 * counts through the per-unit terms: each matched skill adds its unit's score.
 */
public final class Ranking {
  private Ranking() {}

  // Text relevance: field weights for free-text words (BM25 per field, best field wins).
  public static final float TEXT = 1.0f;
  public static final float TITLE = 2.5f;
  public static final float HEADLINE = 2.0f;
  public static final float NAME = 3.0f;
  public static final float COMPANY = 2.0f;
  public static final float SCHOOL = 1.5f;
  public static final float LOCATION = 1.5f;
  /** Chinese bigram companion: recall for words the segmenter splits wrongly, below a real word match. */
  public static final float BIGRAM = 0.6f;
  /** Typo-tolerant match of an English word, well below an exact one. */
  public static final float FUZZY = 0.3f;

  // Skill concept matches (constant per match, so a long résumé is not favoured). Stored at index time in
  // Schema.CONCEPT_RANK, so a skill unit reads one postings list; changing these needs a reindex.
  /** The candidate has the concept (any language, any spelling). */
  public static final float CONCEPT = Schema.RANK_DIRECT;
  /** Extra when the concept is in a job title or the headline. */
  public static final float CONCEPT_IN_TITLE = Schema.RANK_IN_TITLE;
  /** The candidate has only a narrower concept (asked "message queue", has Kafka). */
  public static final float BROADER = Schema.RANK_BROADER;
  /** Extra when the query's own words appear in the résumé (same language, same spelling): BM25 × this. */
  public static final float EXACT = 0.5f;

  // Experience features per requested skill.
  /** Saturating years with the skill: {@code YEARS · y / (y + YEARS_PIVOT)}. */
  public static final float YEARS = 2.0f;
  public static final float YEARS_PIVOT = 3.0f;
  /** Recency of use: 1 for a current job, 1/(1+years since) otherwise. */
  public static final float RECENCY = 0.5f;
  /** "Go 5 years": has at least that many years with the skill. Large, so enough years ranks first. */
  public static final float ENOUGH_YEARS = 4.0f;
  /** "5 years" with no skill: total years at least that. */
  public static final float ENOUGH_TOTAL_YEARS = 2.0f;

  public static Query concept(String field, String conceptId, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, conceptId))), weight);
  }

  /** Has the concept directly or through a narrower one, scored by {@link Schema#CONCEPT_RANK}'s stored weight. */
  public static Query conceptMatch(String conceptId) {
    return FeatureField.newLinearQuery(Schema.CONCEPT_RANK, conceptId, 1f);
  }

  public static Query yearsWith(String conceptId) {
    return FeatureField.newSaturationQuery(Schema.SKILL_YEARS, conceptId, YEARS, YEARS_PIVOT);
  }

  public static Query recency(String conceptId) {
    return FeatureField.newLinearQuery(Schema.SKILL_RECENCY, conceptId, RECENCY);
  }

  public static Query enoughYearsWith(String conceptId, int years) {
    return concept(Schema.SKILL_MIN_YEARS, Schema.minYearsTerm(conceptId, Math.max(1, years)), ENOUGH_YEARS);
  }

  public static Query enoughTotalYears(double years) {
    return new BoostQuery(new ConstantScoreQuery(
        LongPoint.newRangeQuery(Schema.TOTAL_YEARS, Schema.tenths(years), Long.MAX_VALUE)), ENOUGH_TOTAL_YEARS);
  }
}
