package dev.candidates.index;

import dev.candidates.analysis.BigramAnalyzer;
import dev.candidates.analysis.ResumeAnalyzer;
import dev.candidates.analysis.Script;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.util.HashMap;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Index-wide conventions around the field entries of {@link FieldRegistry}: the schema version, the analyzers and
 * facet configuration derived from the entries, and the value encodings shared by indexing and search. The field
 * name constants below are the registry entries' names, for code that spells a Lucene term by hand.
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
   * per dimension, Chinese-only bigrams; 3: concept_rank by evidence, role family, seniority, role years; 4: segments
   * sorted by id ({@link #INDEX_SORT}), skill and role years as points ({@link #yearsPoint}); 5: the text stored
   * once (in the profile), evidence and occupation stored only; 6: concept_score (evidence, years, recency and
   * the same-script mentions in one value per concept and script, and the evidence weight alone) instead of
   * concept_rank, skill_years and skill_recency; 7: what a hit shows as one binary doc value ({@link #CARD}), so
   * concepts, evidence, occupation, role and level are no longer stored.
   */
  public static final int VERSION = 7;
  /** The commit-data key of {@link #VERSION}. */
  public static final String VERSION_KEY = "schema";

  public static final String ID = FieldRegistry.ID.name();
  public static final String SOURCE = FieldRegistry.SOURCE.name();
  public static final String NAME = FieldRegistry.NAME.name();
  public static final String HEADLINE = FieldRegistry.HEADLINE.name();
  public static final String TITLE = FieldRegistry.TITLE.name();
  public static final String COMPANY = FieldRegistry.COMPANY.name();
  public static final String SCHOOL = FieldRegistry.SCHOOL.name();
  public static final String LOCATION = FieldRegistry.LOCATION.name();
  public static final String TEXT = FieldRegistry.TEXT.name();
  public static final String TEXT_BIGRAM = FieldRegistry.TEXT_BIGRAM.name();
  public static final String CONCEPT = FieldRegistry.CONCEPT.name();
  public static final String TITLE_CONCEPT = FieldRegistry.TITLE_CONCEPT.name();
  public static final String COMPANY_CONCEPT = FieldRegistry.COMPANY_CONCEPT.name();
  public static final String CONCEPT_BROADER = FieldRegistry.CONCEPT_BROADER.name();
  public static final String CONCEPT_SCORE = FieldRegistry.CONCEPT_SCORE.name();
  public static final String SKILL_MIN_YEARS = FieldRegistry.SKILL_MIN_YEARS.name();
  public static final String TOTAL_YEARS = FieldRegistry.TOTAL_YEARS.name();
  public static final String UPDATED = FieldRegistry.UPDATED.name();
  public static final String LANGUAGE = FieldRegistry.LANGUAGE.name();
  /**
   * {@code kept} on a profile written through the store ({@code add}, the API): a rebuild from the data folder
   * keeps it. Not stored; the committed index is the archive, so a crash can never make the two disagree. (Not a
   * profile field: the store's own bookkeeping, so not in the registry.)
   */
  public static final String ORIGIN = "origin";
  public static final String ORIGIN_KEPT = "kept";
  /** Stored: the key of the candidate's original résumé file under {@code files/}, when there is one. */
  public static final String ORIGINAL_FILE = "original_file";
  /** Commit-data key: the ids deleted through the store (JSON array), so a rebuild does not bring them back. */
  public static final String DELETED_KEY = "deleted";
  public static final String ROLE_FAMILY = FieldRegistry.ROLE_FAMILY.name();
  public static final String SENIORITY = FieldRegistry.SENIORITY.name();
  public static final String CARD = FieldRegistry.CARD.name();
  public static final String ROLE_MIN_YEARS = FieldRegistry.ROLE_MIN_YEARS.name();

  /** The default model's stored concept weights (see {@link RankingModel.IndexTime}). */
  public static final float RANK_DIRECT = RankingModel.DEFAULT.index().conceptDirect();
  public static final float RANK_BROADER = RankingModel.DEFAULT.index().conceptBroader();
  public static final float RANK_IN_TITLE = RankingModel.DEFAULT.index().conceptInTitle();

  public static final String FACET_SKILL = FieldRegistry.FACET_SKILL.name();
  public static final String FACET_COMPANY = FieldRegistry.FACET_COMPANY.name();
  public static final String FACET_LOCATION = FieldRegistry.FACET_LOCATION.name();
  public static final String FACET_YEARS = FieldRegistry.FACET_YEARS.name();
  public static final String FACET_LANGUAGE = FieldRegistry.FACET_LANGUAGE.name();
  /** Facet dimensions, which are also the search request's filter parameters. */
  public static final Set<String> FACETS = Set.copyOf(FieldRegistry.facetDimensions());

  /**
   * Every segment keeps its documents in id order, so doc-id order is the tie-break of equal scores: the search can
   * then collect the top hits by score alone, which lets Lucene skip every candidate that cannot beat the k-th
   * score (ties included) instead of comparing ids on each match.
   */
  public static final Sort INDEX_SORT = new Sort(new SortField(ID, SortField.Type.STRING));

  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType();
    t.setTokenized(true);
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
    for (FieldDef f : FieldRegistry.facets()) {
      String dim = f.facet().dimension();
      config.setMultiValued(dim, f.facet().multiValued());
      config.setIndexFieldName(dim, facetField(dim));
    }
    return config;
  }

  /** The doc-values (and drill-down term) field of a facet dimension. */
  /**
   * The {@link #CONCEPT_SCORE} term of a concept for a query written in {@code script} ({@code kafka@latin}), or,
   * for null, the term of its evidence weight alone ({@code kafka}).
   */
  public static String conceptScoreTerm(String conceptId, Script script) {
    return script == null ? conceptId : conceptId + "@" + script.name().toLowerCase(Locale.ROOT);
  }

  public static String facetField(String dim) {
    return "$facets." + dim;
  }

  /** Per-field analyzers, as each entry's type says: words, bigrams, or keywords for the rest. */
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
    Analyzer bigrams = new BigramAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (FieldDef f : FieldRegistry.ALL) {
      switch (f.type().analysis) {
        case WORDS -> perField.put(f.name(), words);
        case BIGRAMS -> perField.put(f.name(), bigrams);
        default -> { } // keyword analysis (the default) or none
      }
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  /** Total years as stored in {@link #TOTAL_YEARS}: tenths of a year. */
  public static long tenths(double years) {
    return Math.round(years * 10);
  }

  /** The most whole years a years point holds; more count as this many. */
  public static final int MAX_YEARS = 60;

  /**
   * A value of {@link #SKILL_MIN_YEARS} or {@link #ROLE_MIN_YEARS}: a 55-bit hash of the concept or role family id
   * above 8 bits of whole years (at most {@link #MAX_YEARS}), so the points of one key are contiguous and "at least
   * n years" is the range from {@code yearsPoint(key, n)} to {@code yearsPoint(key, MAX_YEARS)}. (A hash collision
   * between two of the taxonomy's few thousand ids is about a one-in-ten-million chance.)
   */
  public static long yearsPoint(String key, int years) {
    return (keyHash(key) << 8) | Math.max(0, Math.min(MAX_YEARS, years));
  }

  /** FNV-1a over the id's UTF-8 bytes, kept to 55 bits: stable across runs and JVMs, unlike String.hashCode's use. */
  private static long keyHash(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h >>> 9;
  }
}
