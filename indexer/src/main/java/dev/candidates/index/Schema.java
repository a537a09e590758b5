package dev.candidates.index;

import dev.candidates.analysis.BigramAnalyzer;
import dev.candidates.analysis.ResumeAnalyzer;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The single source of truth for the index schema: every field name, how it is analyzed, indexed and stored. Nothing
 * else spells a field name.
 *
 * <p>Free text is indexed three ways, because no one analysis works for mixed Chinese/English résumés:
 * <ul>
 *   <li>{@link #TEXT} (and the structured text fields): words: tech terms kept, Chinese segmented by smartcn,
 *       English stemmed. Precise; loses Chinese words the segmenter gets wrong.
 *   <li>{@link #TEXT_BIGRAM}: Chinese as character bigrams. Recall for unknown or mis-segmented words.
 *   <li>{@link #CONCEPT}: taxonomy concept ids found in the text ({@code go}, {@code kubernetes},
 *       {@code distributed-systems}), whatever the language or spelling. Cross-language and synonym matching, and
 *       the skill traps (Java vs JavaScript, Go the language vs "go" the verb), are decided once, at index time.
 * </ul>
 */
public final class Schema {
  private Schema() {}

  /**
   * The schema's version, kept in every generation's commit data. Bump it when a field is added, removed or
   * analyzed differently: an index of another version cannot answer this version's queries, so {@code serve}
   * rebuilds it and the other commands ask for a rebuild. 1: before versioning; 2: concept_rank, one facet field
   * per dimension, Chinese-only bigrams.
   */
  public static final int VERSION = 2;
  /** The commit-data key of {@link #VERSION}. */
  public static final String VERSION_KEY = "schema";

  /** Unique key; also a sorted doc value for deterministic tie-breaks. */
  public static final String ID = "id";
  /** The profile as JSON, returned by the API. */
  public static final String SOURCE = "source";

  public static final String NAME = "name";
  public static final String HEADLINE = "headline";
  public static final String TITLE = "title";
  public static final String COMPANY = "company";
  public static final String SCHOOL = "school";
  public static final String LOCATION = "location";
  /** Full résumé text, stored (for highlighting) with offsets in the postings. */
  public static final String TEXT = "text";
  public static final String TEXT_BIGRAM = "text_bigram";

  /** Concept ids the profile mentions (skills, roles, companies, domains); stored, to explain matches. */
  public static final String CONCEPT = "concept";
  /** Concepts named in job titles and the headline (roles: tech lead, backend engineer), for {@code title:}. */
  public static final String TITLE_CONCEPT = "title_concept";
  /** Company concepts of the employers ("腾讯" and "Tencent" are one), for {@code company:}. */
  public static final String COMPANY_CONCEPT = "company_concept";
  /** Broader concepts of those mentioned (Kafka → message-queue), for broader-concept matches. */
  public static final String CONCEPT_BROADER = "concept_broader";
  /**
   * FeatureField: one term per concept the profile has directly or through a narrower one, valued
   * {@link #RANK_DIRECT} or {@link #RANK_BROADER}, plus {@link #RANK_IN_TITLE} when a title names it. A skill query
   * needs one postings list per concept this way (instead of a disjunction of {@link #CONCEPT} and
   * {@link #CONCEPT_BROADER} and a title clause), and Lucene can skip by its impacts.
   */
  public static final String CONCEPT_RANK = "concept_rank";
  /** Match weights stored in {@link #CONCEPT_RANK} (index-time, so a change needs a reindex). */
  public static final float RANK_DIRECT = 3.0f;
  public static final float RANK_BROADER = 1.5f;
  public static final float RANK_IN_TITLE = 1.0f;
  /** Terms {@code <concept>@<n>} for n = 1..years: "at least n years with the concept", an exact filter. */
  public static final String SKILL_MIN_YEARS = "skill_min_years";
  /** FeatureField: years with each concept, for saturating rank features. */
  public static final String SKILL_YEARS = "skill_years";
  /** FeatureField: how recently each concept was used, 1 = now, decaying by year. */
  public static final String SKILL_RECENCY = "skill_recency";

  /** Total years ×10 as a point (range filters) and a doc value (sort, rank). */
  public static final String TOTAL_YEARS = "total_years";
  public static final String UPDATED = "updated";
  public static final String LANGUAGE = "lang";

  // Facet dimensions (SortedSet doc values through the facet module).
  public static final String FACET_SKILL = "skills";
  public static final String FACET_COMPANY = "companies";
  public static final String FACET_LOCATION = "location";
  public static final String FACET_YEARS = "years";
  public static final String FACET_LANGUAGE = "language";
  public static final Set<String> FACETS = Set.of(FACET_SKILL, FACET_COMPANY, FACET_LOCATION, FACET_YEARS,
      FACET_LANGUAGE);

  /** Fields a query may name, and the index field each searches. */
  public static final Map<String, String> QUERY_FIELDS = Map.of("skill", CONCEPT, "company", COMPANY, "title", TITLE,
      "school", SCHOOL, "location", LOCATION, "name", NAME);

  /** Word fields searched by free text. */
  public static final Set<String> WORD_FIELDS = Set.of(NAME, HEADLINE, TITLE, COMPANY, SCHOOL, LOCATION, TEXT);

  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * Facets, each dimension in its own doc-values field ({@link #facetField}): a drill-sideways count of one
   * dimension then reads that dimension's ordinals only, not every facet value of every hit.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_SKILL, true);
    config.setMultiValued(FACET_COMPANY, true);
    for (String dim : FACETS) {
      config.setIndexFieldName(dim, facetField(dim));
    }
    return config;
  }

  /** The doc-values (and drill-down term) field of a facet dimension. */
  public static String facetField(String dim) {
    return "$facets." + dim;
  }

  /** Per-field analyzers: word analysis for text fields, bigrams for the companion, keywords for the rest. */
  public static Analyzer analyzer(Taxonomy taxonomy) {
    Set<String> protectedWords = new HashSet<>();
    for (Concept c : taxonomy.concepts()) {
      for (String label : c.allLabels()) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
          protectedWords.add(l);
        }
      }
    }
    Analyzer words = new ResumeAnalyzer(protectedWords);
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (String f : WORD_FIELDS) {
      perField.put(f, words);
    }
    perField.put(TEXT_BIGRAM, new BigramAnalyzer());
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  /** Facet bucket of total years: 0–2, 3–5, 6–10, 10+. */
  public static String yearsBucket(double years) {
    if (years < 3) {
      return "0-2";
    }
    if (years < 6) {
      return "3-5";
    }
    return years <= 10 ? "6-10" : "10+";
  }

  /** Total years as stored in {@link #TOTAL_YEARS}: tenths of a year. */
  public static long tenths(double years) {
    return Math.round(years * 10);
  }

  public static String minYearsTerm(String conceptId, int years) {
    return conceptId + "@" + years;
  }
}
