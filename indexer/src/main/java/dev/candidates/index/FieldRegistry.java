package dev.candidates.index;

import dev.candidates.analysis.Script;
import dev.candidates.index.FieldDef.Facet;
import dev.candidates.index.FieldDef.QueryStyle;
import dev.candidates.index.FieldDef.Search;
import dev.candidates.index.FieldDef.Source;
import dev.candidates.index.FieldDef.Type;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.occupation.RoleFamily;
import dev.candidates.occupation.Seniority;
import dev.candidates.parse.DegreeLevel;
import dev.candidates.parse.ProfileEnricher.Facts;
import dev.candidates.parse.ResumeLanguage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Every field of the candidate index, one {@link FieldDef} entry each: the one place a field's name, Lucene type,
 * values, search role and facet role are written. Documents ({@link ProfileDocuments}), the analyzers and facet
 * configuration ({@link Schema}), the query fields and free-text fields, the facet dimensions and their display
 * order, the search request's filter parameters and the query parser's messages are all read from here.
 *
 * <p>To add a field: derive its value once in {@code ProfileEnricher.Facts} (no taxonomy or parser calls in the
 * mapping), add an entry below and list it in {@link #ALL}; give it {@code .searched(...)} to make {@code name:}
 * work (a weight names a {@link RankingModel.QueryTime} accessor; a new weight is a new component there) and
 * {@code .faceted(...)} to count it as a facet and accept it as a filter parameter (a facet whose values form a
 * closed set, a {@code Facet.scale} or one {@code .closedTo(SomeEnum.keys())}, refuses any other filter value with a
 * did-you-mean). Existing indexes lack the
 * field: {@link #fingerprint()} changes, so {@code serve} rebuilds them (no version bump needed). Document the query field and the filter in {@code openapi.json} (a test checks
 * it against this registry) and give the facet its labels in the page's {@code i18n.js}.
 */
public final class FieldRegistry {
  private FieldRegistry() {}

  /** Unique key; also a sorted doc value for deterministic tie-breaks. */
  public static final FieldDef ID = FieldDef.of("id", Type.ID, f -> List.of(f.profile().id()));
  /** The profile as JSON, returned by the API. */
  public static final FieldDef SOURCE = new FieldDef("source", Type.JSON, true, null, null, null);

  /**
   * What a hit shows and its explanation reads (name, headline, years, role and level, each concept with its
   * evidence): one binary doc value, so a page never decompresses or parses the stored profiles.
   */
  public static final FieldDef CARD = new FieldDef("card", Type.BINARY, false,
      new Source.Bytes(f -> HitCard.of(f).encode()), null, null);
  /** Concept ids the profile mentions (skills, roles, companies, domains); the hit's card lists them. */
  public static final FieldDef CONCEPT = FieldDef.of("concept", Type.KEYWORD, Facts::concepts)
      .searched(Search.queryField("skill", QueryStyle.CONCEPT, "skill:kafka or skill:go>=5"));
  /** Full résumé text, with offsets in the postings for highlighting (the text itself is read from the profile). */
  public static final FieldDef TEXT = FieldDef.of("text", Type.WORDS_WITH_OFFSETS, f -> List.of(text(f)))
      .searched(Search.freeText(RankingModel.QueryTime::text));
  /** The headline and every job title, in that order. */
  public static final FieldDef TITLE = FieldDef.of("title", Type.WORDS, f -> {
    List<String> v = present(f.profile().headline());
    f.profile().experience().forEach(e -> v.addAll(present(e.title())));
    return v;
  }).searched(Search.both("title", QueryStyle.TITLE, RankingModel.QueryTime::title, "title:\"tech lead\""));
  public static final FieldDef HEADLINE = FieldDef.of("headline", Type.WORDS, f -> present(f.profile().headline()))
      .searched(Search.freeText(RankingModel.QueryTime::headline));
  public static final FieldDef NAME = FieldDef.of("name", Type.WORDS, f -> present(f.profile().name()))
      .searched(Search.both("name", QueryStyle.WORDS, RankingModel.QueryTime::name, "name:李伟"));
  public static final FieldDef COMPANY = FieldDef.of("company", Type.WORDS,
      f -> each(f.profile().experience(), Experience::company))
      .searched(Search.both("company", QueryStyle.COMPANY, RankingModel.QueryTime::company, "company:腾讯"));
  public static final FieldDef SCHOOL = FieldDef.of("school", Type.WORDS,
      f -> each(f.profile().education(), Education::school))
      .searched(Search.both("school", QueryStyle.WORDS, RankingModel.QueryTime::school, "school:清华"));
  public static final FieldDef LOCATION = FieldDef.of("location", Type.WORDS, f -> present(f.profile().location()))
      .searched(Search.both("location", QueryStyle.WORDS, RankingModel.QueryTime::location, "location:深圳"));
  /** The candidate's links (GitHub, LinkedIn, a homepage) as written: a pasted address finds its profile. */
  public static final FieldDef LINK = FieldDef.of("link", Type.KEYWORD, f -> f.profile().links());
  /** Chinese bigrams of the text: recall for words the segmenter misses (the builder adds it for Han runs). */
  public static final FieldDef TEXT_BIGRAM = FieldDef.of("text_bigram", Type.BIGRAMS, f -> List.of(text(f)));

  /** Concepts named in job titles and the headline (roles: tech lead, backend engineer), for {@code title:}. */
  public static final FieldDef TITLE_CONCEPT = FieldDef.of("title_concept", Type.KEYWORD, Facts::titleConcepts);
  /** Company concepts of the employers ("腾讯" and "Tencent" are one), for {@code company:}. */
  public static final FieldDef COMPANY_CONCEPT = FieldDef.of("company_concept", Type.KEYWORD,
      Facts::companyConcepts);
  /** Broader concepts of those mentioned (Kafka → message-queue), for broader-concept matches. */
  public static final FieldDef CONCEPT_BROADER = FieldDef.of("concept_broader", Type.KEYWORD, Facts::broader);
  /**
   * Three terms per concept the profile has directly or through a narrower one ({@link Schema#conceptScoreTerm}):
   * one per query script valued by {@link RankingModel.IndexTime#conceptScore} (the evidence weight: a title above
   * a dated job, above a project, the skills section, the text, education, or the broader weight, plus the
   * in-title weight when a title names it; the years and recency with it; and how often the résumé writes it in
   * that script), and one with the evidence weight alone, for a search for interns, graduates or juniors, which
   * ranks by level rather than years. A concept named only about other people ("hired Python developers") gets no
   * term: it meets no skill a query asks for. A skill query is then one postings list per concept whose impacts
   * bound the real scores, so Lucene skips candidates that cannot make the page (with years, recency and the
   * query's own words as clauses of their own, the sum of independent block maxima bounded nothing and every
   * match was scored).
   */
  public static final FieldDef CONCEPT_SCORE = feature("concept_score", (f, m) -> {
    Map<String, Float> v = new LinkedHashMap<>();
    for (String id : f.concepts()) {
      float w = m.concept(f.evidence(id));
      if (!Float.isNaN(w)) {
        putScores(v, f, m, id, w);
      }
    }
    f.broader().forEach(id -> putScores(v, f, m, id, m.conceptBroader() + (f.titleConcepts().contains(id)
        ? m.conceptInTitle() : 0f)));
    return v;
  });
  /**
   * The whole years with each concept as one point per concept ({@link Schema#yearsPoint}), so "at least n years
   * with the concept" is one range: an exact filter. (It was up to 60 terms per concept, {@code go@1} … {@code go@n}:
   * about a hundred terms per profile to write and store.)
   */
  public static final FieldDef SKILL_MIN_YEARS = points("skill_min_years", f -> yearsPoints(f.yearsByConcept()));
  /**
   * The profile's role family ({@code sre}, {@code frontend}, {@code recruiter}): for a role the query names,
   * {@code role:sre}, the facet and filter {@code role} (by count), and stored for the profile's {@code occupation}.
   */
  public static final FieldDef ROLE_FAMILY = FieldDef.of("role_family", Type.KEYWORD,
      f -> f.occupation().family() == null ? List.of() : List.of(f.occupation().family().id())).storing()
      .searched(Search.keyword("role", RoleFamily::keyOf, RoleFamily.keys(), "role:sre"))
      .faceted(Facet.byCount("role", 12, RoleFamily.values().length, false).closedTo(RoleFamily.keys()));
  /**
   * The profile's level ({@code intern} … {@code director}): for a level the query names, {@code level:senior},
   * the facet and filter {@code level} (lowest first); the card holds it for the profile's {@code occupation}.
   */
  public static final FieldDef SENIORITY = FieldDef.of("seniority", Type.KEYWORD,
      f -> List.of(f.occupation().level().id()))
      .searched(Search.keyword("level", Seniority::keyOf, Seniority.keys(), "level:senior"))
      .faceted(Facet.scale("level", 14, Seniority.keys()));
  /** The whole years in jobs of each role family as one point each ("8 years frontend"), as {@link #SKILL_MIN_YEARS}. */
  public static final FieldDef ROLE_MIN_YEARS = points("role_min_years", f -> {
    Map<String, Double> byId = new LinkedHashMap<>();
    f.occupation().yearsByFamily().forEach((family, years) -> byId.put(family.id(), years));
    return yearsPoints(byId);
  });

  /** Total years ×10 as a point (range filters, {@code years:}) and a doc value (sort, rank). */
  public static final FieldDef TOTAL_YEARS = number("total_years", f -> Schema.tenths(totalYears(f.profile())))
      .searched(Search.queryField("years", QueryStyle.RANGE, "years:>=5 or years:3..8"));
  /** When the profile was last enriched, in epoch milliseconds: the instant its {@code updated} writes out. */
  public static final FieldDef UPDATED = number("updated", f -> f.updated().toEpochMilli());
  public static final FieldDef LANGUAGE = FieldDef.of("lang", Type.KEYWORD, f -> List.of(language(f.profile())));

  /** The highest degree (none … doctorate, from the education entries): {@code degree:master}, facet and filter. */
  public static final FieldDef DEGREE = FieldDef.of("degree", Type.KEYWORD, f -> present(f.profile().highestDegree()))
      .searched(Search.keyword("degree", DegreeLevel::keyOf, DegreeLevel.keys(), "degree:master"))
      .faceted(Facet.scale("degree", 60, DegreeLevel.keys()));

  /** The facet buckets of total years, in order. */
  private static final List<String> YEARS_BUCKETS = List.of("0-2", "3-5", "6-10", "10+");

  public static final FieldDef FACET_SKILL = FieldDef.facetOnly(Facet.byCount("skills", 10, 15, true),
      f -> f.profile().skills());
  public static final FieldDef FACET_COMPANY = FieldDef.facetOnly(Facet.byCount("companies", 20, 15, true),
      Facts::companies);
  public static final FieldDef FACET_LOCATION = FieldDef.facetOnly(Facet.byCount("location", 30, 15, false),
      f -> present(f.city()));
  public static final FieldDef FACET_YEARS = FieldDef.facetOnly(Facet.scale("years", 40, YEARS_BUCKETS),
      f -> List.of(yearsBucket(totalYears(f.profile()))));
  public static final FieldDef FACET_LANGUAGE = FieldDef.facetOnly(Facet.byCount("language", 50, 15, false)
      .closedTo(ResumeLanguage.keys()), f -> List.of(language(f.profile())));

  /** Every field, in document order; free text tries its fields in this order too. */
  public static final List<FieldDef> ALL = List.of(ID, SOURCE, CARD, CONCEPT, TEXT, TITLE, HEADLINE, NAME, COMPANY,
      SCHOOL, LOCATION, TEXT_BIGRAM, TITLE_CONCEPT, COMPANY_CONCEPT, CONCEPT_BROADER, CONCEPT_SCORE, SKILL_MIN_YEARS,
      ROLE_FAMILY, SENIORITY, ROLE_MIN_YEARS, TOTAL_YEARS,
      UPDATED, LANGUAGE, FACET_SKILL, FACET_COMPANY, FACET_LOCATION, FACET_YEARS, FACET_LANGUAGE, DEGREE, LINK);

  private static final List<FieldDef> FACETS = ALL.stream().filter(f -> f.facet() != null)
      .sorted(Comparator.comparingInt(f -> f.facet().order())).toList();
  private static final Map<String, FieldDef> QUERY_FIELDS = index(ALL.stream()
      .filter(f -> f.search() != null && f.search().queryField() != null).toList(), f -> f.search().queryField());
  private static final Map<String, FieldDef> BY_DIMENSION = index(FACETS, f -> f.facet().dimension());
  /** Every search result names them, so they are listed once, not streamed per search. */
  private static final List<String> FACET_DIMENSIONS = FACETS.stream().map(f -> f.facet().dimension()).toList();
  private static final Map<String, FieldDef> BY_NAME = index(ALL.stream().filter(f -> f.type() != Type.FACET)
      .toList(), FieldDef::name);

  /** The fields with a facet role, in display order. */
  public static List<FieldDef> facets() {
    return FACETS;
  }

  /** The facet dimensions in display order: the filter parameters, and the order a page shows them in. */
  public static List<String> facetDimensions() {
    return FACET_DIMENSIONS;
  }

  /** The field of a facet dimension, or null. */
  public static FieldDef facet(String dimension) {
    return BY_DIMENSION.get(dimension);
  }

  /** Query field name ({@code skill}) → its field, in registry order. */
  public static Map<String, FieldDef> queryFields() {
    return QUERY_FIELDS;
  }

  /** The field a query names, or null. */
  public static FieldDef queryField(String name) {
    return QUERY_FIELDS.get(name);
  }

  /** The fields bare words search, in registry order. */
  public static List<FieldDef> freeTextFields() {
    return ALL.stream().filter(f -> f.search() != null && f.search().freeText()).toList();
  }

  /** The commit-data key of {@link #fingerprint()}. */
  public static final String FINGERPRINT_KEY = "fields";

  /**
   * A short hash of every entry's name, type, storage and facet role: an index written with other fields (one was
   * added, retyped or became a facet) cannot answer this version's queries, and is rebuilt like one of another
   * {@link Schema#VERSION}, without a bump.
   */
  public static String fingerprint() {
    StringBuilder sb = new StringBuilder();
    for (FieldDef f : ALL) {
      sb.append(f.name()).append(':').append(f.type()).append(f.stored() ? ":stored" : "");
      if (f.facet() != null) {
        sb.append(":facet=").append(f.facet().dimension()).append(f.facet().multiValued() ? "*" : "");
      }
      sb.append('\n');
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A field by its Lucene name (facet dimensions excluded: see {@link #facet}). */
  public static FieldDef byName(String name) {
    return BY_NAME.get(name);
  }

  // ------------------------------------------------------------------ value helpers

  private static FieldDef feature(String name, BiFunction<Facts, RankingModel.IndexTime, Map<String, Float>> of) {
    return new FieldDef(name, Type.FEATURE, false, new Source.Features(of), null, null);
  }

  private static void putScores(Map<String, Float> v, Facts f, RankingModel.IndexTime m, String id, float rank) {
    v.put(Schema.conceptScoreTerm(id, null), rank);
    for (Script s : Script.values()) {
      v.put(Schema.conceptScoreTerm(id, s), m.conceptScore(rank, f.yearsByConcept().get(id), f.monthsSinceUse(id),
          f.written().mentions(id, s), f.written().length()));
    }
  }

  private static FieldDef points(String name, Function<Facts, long[]> of) {
    return new FieldDef(name, Type.POINTS, false, new Source.Numbers(of), null, null);
  }

  /** A point per key with at least one whole year (a threshold asks for one at least). */
  private static long[] yearsPoints(Map<String, Double> yearsByKey) {
    return yearsByKey.entrySet().stream().filter(e -> e.getValue() >= 1)
        .mapToLong(e -> Schema.yearsPoint(e.getKey(), (int) Math.floor(e.getValue()))).toArray();
  }

  private static FieldDef number(String name, ToLongFunction<Facts> of) {
    return new FieldDef(name, Type.LONG, false, new Source.Number(of), null, null);
  }

  /** Facet bucket of total years: 0–2, 3–5, 6–10, 10+. */
  static String yearsBucket(double years) {
    return YEARS_BUCKETS.get(years < 3 ? 0 : years < 6 ? 1 : years <= 10 ? 2 : 3);
  }

  private static String text(Facts f) {
    return f.profile().text() == null ? "" : f.profile().text();
  }

  private static double totalYears(Profile p) {
    return p.totalYears() == null ? 0 : p.totalYears();
  }

  private static String language(Profile p) {
    return p.resumeLanguage() == null ? ResumeLanguage.EN.key() : p.resumeLanguage();
  }

  /** The value when it is not blank, as a list one may add to. */
  private static List<String> present(String value) {
    List<String> v = new ArrayList<>(1);
    if (value != null && !value.isBlank()) {
      v.add(value);
    }
    return v;
  }

  private static <T> List<String> each(Collection<T> items, Function<T, String> value) {
    List<String> v = new ArrayList<>();
    for (T item : items) {
      v.addAll(present(value.apply(item)));
    }
    return v;
  }

  private static Map<String, FieldDef> index(List<FieldDef> fields, Function<FieldDef, String> key) {
    Map<String, FieldDef> m = new LinkedHashMap<>();
    for (FieldDef f : fields) {
      if (m.put(key.apply(f), f) != null) {
        throw new IllegalStateException("two fields named " + key.apply(f));
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
