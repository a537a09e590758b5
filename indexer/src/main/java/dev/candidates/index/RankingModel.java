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
 * <p>score = Σ over query units of text relevance (BM25 over weighted fields, best field wins) or, for a skill, its
 * stored concept score + {@code enoughYears} when "Go 5 years" is met + {@code enoughTotalYears} when "5 years"
 * alone is met. The stored concept score ({@link IndexTime#conceptScore}) is the evidence weight (direct above
 * broader, a title bonus) + saturating years ({@code years·y/(y+yearsPivot)}) + recency + {@code sameScript} × a
 * BM25-shaped share of how often the résumé writes the concept in the query's script: one value per (profile,
 * concept, script), so a skill query
 * is a conjunction of single postings lists whose block maxima are real scores, and Lucene skips what cannot rank.
 *
 * <p>To add a weight: add a component to {@link IndexTime} or {@link QueryTime} and its value to {@link #DEFAULT};
 * a field entry in {@link FieldRegistry} names it by accessor ({@code RankingModel.QueryTime::title}). Index-time
 * components change the fingerprint by themselves (it hashes the record's text).
 */
public record RankingModel(IndexTime index, QueryTime query) {

  /**
   * Values stored in the index.
   *
   * @param conceptDirect the evidence weight of a concept the candidate has (any language, any spelling)
   * @param conceptBroader of a concept the candidate has only through a narrower one (asked "message queue", has
   *     Kafka)
   * @param conceptInTitle added when a job title or the headline names the concept
   * @param undatedYears the years feature of a mention without dated years (a FeatureField must be positive)
   * @param recencyMonths recency is {@code 1 / (1 + monthsSinceUse / recencyMonths)}: 1 for a current job
   * @param conceptInProject of a concept shown only in a project (below a dated job)
   * @param conceptInSkills of a concept only listed in the skills section: claimed, not shown
   * @param conceptInText of a concept only in the summary or the rest of the text
   * @param conceptInEducation of a concept only in an education entry (a major, a thesis)
   * @param years saturating years with the concept: {@code years · y / (y + yearsPivot)}
   * @param yearsPivot the years at which the years share is half of {@code years}
   * @param recency × the concept's recency ({@link #recency(long)})
   * @param sameScript × how often the résumé writes the concept in the query's script (Latin or Han), saturating
   *     and normalised by length as BM25's term frequency is ({@code k1} 1.2, {@code b} 0.75): the same-language
   *     match a recruiter typing "微服务" expects first, and a résumé about the skill above one that names it once
   * @param referenceLength the résumé length, in words (a Han character counts half), that {@code b} normalises to
   */
  public record IndexTime(float conceptDirect, float conceptBroader, float conceptInTitle, float undatedYears,
      double recencyMonths, float conceptInProject, float conceptInSkills, float conceptInText,
      float conceptInEducation, float years, float yearsPivot, float recency, float sameScript,
      float referenceLength) {

    /** The original five weights, the others at their defaults. */
    public IndexTime(float conceptDirect, float conceptBroader, float conceptInTitle, float undatedYears,
        double recencyMonths) {
      this(conceptDirect, conceptBroader, conceptInTitle, undatedYears, recencyMonths, 2.8f, 2.6f, 2.4f, 1.2f,
          2.0f, 3.0f, 0.5f, 0.9f, 200f);
    }

    /**
     * The stored score of a concept the profile has with evidence weight {@code rank}: the rank, its saturating
     * years (none without a years entry; an undated one counts {@code undatedYears}), its recency (none when never
     * used in a dated job) and the same-script share for {@code mentions} in a text of {@code length} words.
     */
    public float conceptScore(float rank, Double yearsWith, Long monthsSinceUse, int mentions, int length) {
      return (float) (rank + yearsShare(yearsWith) + (monthsSinceUse == null ? 0 : recency
          * recency(monthsSinceUse)) + sameScriptShare(mentions, length));
    }

    /** BM25's saturating, length-normalised term frequency, × {@code sameScript}; 0 without a mention. */
    public double sameScriptShare(int mentions, int length) {
      if (mentions <= 0) {
        return 0;
      }
      double k1 = 1.2;
      double b = 0.75;
      double norm = k1 * (1 - b + b * Math.max(1, length) / referenceLength);
      return sameScript * mentions * (k1 + 1) / (mentions + norm);
    }

    /** The years share of {@link #conceptScore}: what the explanation shows as "years with …". */
    public double yearsShare(Double yearsWith) {
      if (yearsWith == null) {
        return 0;
      }
      double y = Math.max(undatedYears, yearsWith);
      return years * y / (y + yearsPivot);
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

    /** How recently a concept was used, as {@link #conceptScore} counts it. */
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
   * @param enoughYears "Go 5 years": has at least that many years with the skill; large, so enough years ranks first
   * @param enoughTotalYears "5 years" with no skill: total years at least that
   * @param tieBreaker the share of the non-best alternatives in a disjunction (Lucene's DisjunctionMaxQuery)
   * @param roleFamily a role the query names met by a profile of that role family in any wording (below the role)
   * @param level the level the query names ("senior", "应届生"); large, so the level sorts first
   * @param levelStep taken off {@code level} per step between the asked and the profile's level (never below 0)
   * @param roleNoun × the text score of a generic role noun of the query ("developer", "工程师"): a hint only
   */
  public record QueryTime(float text, float title, float headline, float name, float company, float school,
      float location, float bigram, float fuzzy, float enoughYears, float enoughTotalYears, float tieBreaker,
      float roleFamily, float level, float levelStep, float roleNoun) {}

  public static final RankingModel DEFAULT = new RankingModel(
      new IndexTime(3.0f, 1.5f, 1.0f, 0.05f, 12.0, 2.8f, 2.6f, 2.4f, 1.2f, 2.0f, 3.0f, 0.5f, 0.9f, 200f),
      new QueryTime(1.0f, 2.5f, 2.0f, 3.0f, 2.0f, 1.5f, 1.5f, 0.6f, 0.3f, 4.0f, 2.0f, 0.1f, 2.5f, 4.0f, 1.0f,
          0.3f));

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
