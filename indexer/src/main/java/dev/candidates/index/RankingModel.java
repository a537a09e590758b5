package dev.candidates.index;

import dev.candidates.evidence.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Every ranking weight, in two parts: {@link IndexTime} values are written into the index (a change needs a
 * rebuild, so their {@link #fingerprint()} is kept in the commit data beside {@link Schema#VERSION} and
 * {@code serve} rebuilds when it differs); {@link QueryTime} values apply to each search. Passed through
 * constructors ({@code Environment}, {@code SearchService}), so a test or a benchmark can try an alternative with
 * {@link #withIndex} / {@link #withQuery}.
 *
 * <p>score = Σ over query units of text relevance (BM25 over weighted fields, best field wins, or the stored concept
 * weight for a skill: direct above broader, plus a bonus when a title names it, plus {@code exact} × BM25 when the
 * query's own words appear) + Σ over requested skills of saturating years ({@code years·y/(y+yearsPivot)}),
 * recency, and {@code enoughYears} when "Go 5 years" is met + {@code enoughTotalYears} when "5 years" alone is met.
 *
 * <p>To add a weight: add a component to {@link IndexTime} or {@link QueryTime} and its value to {@link #DEFAULT};
 * a field entry in {@link FieldRegistry} names it by accessor ({@code RankingModel.QueryTime::title}). Index-time
 * components change the fingerprint by themselves (it hashes the record's text).
 */
public record RankingModel(IndexTime index, QueryTime query) {

  /**
   * Values stored in the index.
   *
   * @param conceptDirect {@link Schema#CONCEPT_RANK} of a concept the candidate has (any language, any spelling)
   * @param conceptBroader of a concept the candidate has only through a narrower one (asked "message queue", has
   *     Kafka)
   * @param conceptInTitle added when a job title or the headline names the concept
   * @param undatedYears the years feature of a mention without dated years (a FeatureField must be positive)
   * @param recencyMonths recency is {@code 1 / (1 + monthsSinceUse / recencyMonths)}: 1 for a current job
   * @param conceptInProject {@link Schema#CONCEPT_RANK} of a concept shown only in a project (below a dated job)
   * @param conceptInSkills of a concept only listed in the skills section: claimed, not shown
   * @param conceptInText of a concept only in the summary or the rest of the text
   * @param conceptInEducation of a concept only in an education entry (a major, a thesis)
   */
  public record IndexTime(float conceptDirect, float conceptBroader, float conceptInTitle, float undatedYears,
      double recencyMonths, float conceptInProject, float conceptInSkills, float conceptInText,
      float conceptInEducation) {

    /** The original five weights, the evidence weights at their defaults. */
    public IndexTime(float conceptDirect, float conceptBroader, float conceptInTitle, float undatedYears,
        double recencyMonths) {
      this(conceptDirect, conceptBroader, conceptInTitle, undatedYears, recencyMonths, 2.8f, 2.6f, 2.4f, 1.2f);
    }

    /**
     * The stored weight of a concept the profile shows with this evidence; NaN for a mention about other people,
     * which meets no skill the query asks for ("hired Python developers" is not Python).
     */
    public float concept(Evidence where) {
      return switch (where) {
        case TITLE -> conceptDirect + conceptInTitle;
        case JOB -> conceptDirect;
        case PROJECT -> conceptInProject;
        case SKILLS -> conceptInSkills;
        case TEXT -> conceptInText;
        case EDUCATION -> conceptInEducation;
        case MENTION -> Float.NaN;
      };
    }

    /** How recently a concept was used, as stored in {@link Schema#SKILL_RECENCY}. */
    public float recency(long monthsSinceUse) {
      return (float) (1.0 / (1.0 + Math.max(0, monthsSinceUse) / recencyMonths));
    }
  }

  /**
   * Values applied at search time.
   *
   * @param text BM25 field weights of free-text words, best field wins ({@code text} … {@code location})
   * @param bigram the Chinese bigram companion: recall for words the segmenter splits wrongly, below a word match
   * @param fuzzy a typo-tolerant match of an English word, well below an exact one
   * @param exact × BM25 when the query's own words appear in the résumé (same language, same spelling)
   * @param years saturating years with a requested skill: {@code years · y / (y + yearsPivot)}
   * @param recency × the stored recency of a requested skill
   * @param enoughYears "Go 5 years": has at least that many years with the skill; large, so enough years ranks first
   * @param enoughTotalYears "5 years" with no skill: total years at least that
   * @param tieBreaker the share of the non-best alternatives in a disjunction (Lucene's DisjunctionMaxQuery)
   * @param roleFamily a role the query names met by a profile of that role family in any wording (below the role)
   * @param level the level the query names ("senior", "应届生"); large, so the level sorts first
   * @param levelStep taken off {@code level} per step between the asked and the profile's level (never below 0)
   * @param roleNoun × the text score of a generic role noun of the query ("developer", "工程师"): a hint only
   */
  public record QueryTime(float text, float title, float headline, float name, float company, float school,
      float location, float bigram, float fuzzy, float exact, float years, float yearsPivot, float recency,
      float enoughYears, float enoughTotalYears, float tieBreaker, float roleFamily, float level, float levelStep,
      float roleNoun) {

    /** The original sixteen weights, the occupation weights at their defaults. */
    public QueryTime(float text, float title, float headline, float name, float company, float school,
        float location, float bigram, float fuzzy, float exact, float years, float yearsPivot, float recency,
        float enoughYears, float enoughTotalYears, float tieBreaker) {
      this(text, title, headline, name, company, school, location, bigram, fuzzy, exact, years, yearsPivot,
          recency, enoughYears, enoughTotalYears, tieBreaker, 2.5f, 4.0f, 1.0f, 0.3f);
    }
  }

  public static final RankingModel DEFAULT = new RankingModel(
      new IndexTime(3.0f, 1.5f, 1.0f, 0.05f, 12.0, 2.8f, 2.6f, 2.4f, 1.2f),
      new QueryTime(1.0f, 2.5f, 2.0f, 3.0f, 2.0f, 1.5f, 1.5f, 0.6f, 0.3f, 0.5f, 2.0f, 3.0f, 0.5f, 4.0f, 2.0f,
          0.1f, 2.5f, 4.0f, 1.0f, 0.3f));

  /** The commit-data key of {@link #fingerprint()}. */
  public static final String FINGERPRINT_KEY = "ranking";

  public RankingModel withIndex(IndexTime i) {
    return new RankingModel(i, query);
  }

  public RankingModel withQuery(QueryTime q) {
    return new RankingModel(index, q);
  }

  /** A short hash of the index-time part: equal values, equal fingerprint, on any machine. */
  public String fingerprint() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(index.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
