package dev.candidates.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** The document of a profile is a mapping through the registry: exactly its fields, with the enriched values. */
class ProfileDocumentsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
  static final Environment ENV = Environment.create(Taxonomy.loadDefault(), CLOCK);

  static Profile engineer() {
    return new Profile("p1", "Li Wei", "Kafka Engineer", "Shenzhen, China", null, null, null, List.of("Go"),
        List.of(new Experience("腾讯", "Tech Lead", "2018-01", "2024-11", "Ran Kafka clusters in Go")), List.of(),
        List.of(new Education("Tsinghua University", "Bachelor of Science", "CS", "2010-09", "2014-07")), List.of(),
        null, null, null, null, null);
  }

  private static Document document(Profile p, RankingModel model) throws IOException {
    ProfileEnricher.Facts facts = ENV.enricher().facts(p);
    return new ProfileDocuments(ENV.json(), model).build(facts);
  }

  private static List<String> values(Document d, FieldDef f) {
    return List.of(d.getValues(f.name()));
  }

  @Test
  void theDocumentHasExactlyTheRegistryFieldsThatTheProfileHasValuesFor() throws IOException {
    Document d = document(engineer(), RankingModel.DEFAULT);
    Set<String> names = new TreeSet<>();
    for (IndexableField f : d) {
      names.add(f.name());
    }
    Set<String> expected = new TreeSet<>(List.of("id", "source", "card", "concept", "text", "title", "headline",
        "name", "company", "school", "location", "text_bigram", "title_concept", "company_concept",
        "concept_broader", "concept_score", "skill_min_years", "role_family", "seniority", "role_min_years",
        "total_years", "updated", "lang", "degree",
        "$facets.skills", "$facets.companies", "$facets.location", "$facets.years", "$facets.language",
        "$facets.degree", "$facets.role", "$facets.level"));
    assertEquals(expected, names, "every field of this profile has a value, and nothing else is in the document");
  }

  @Test
  void valuesComeFromTheEnrichedProfile() throws IOException {
    Document d = document(engineer(), RankingModel.DEFAULT);
    assertEquals(List.of("p1"), values(d, FieldRegistry.ID));
    assertEquals(List.of("Kafka Engineer", "Tech Lead"), values(d, FieldRegistry.TITLE), "headline, then jobs");
    assertEquals(List.of("腾讯"), values(d, FieldRegistry.COMPANY));
    assertEquals(List.of("Tsinghua University"), values(d, FieldRegistry.SCHOOL));
    assertEquals(List.of("tencent"), values(d, FieldRegistry.COMPANY_CONCEPT));
    assertTrue(values(d, FieldRegistry.CONCEPT).containsAll(List.of("go", "kafka", "tencent")),
        values(d, FieldRegistry.CONCEPT).toString());
    assertTrue(values(d, FieldRegistry.TITLE_CONCEPT).contains("kafka"), values(d, FieldRegistry.TITLE_CONCEPT)
        .toString());
    assertTrue(values(d, FieldRegistry.CONCEPT_BROADER).contains("message-queue"));
    assertTrue(points(d, FieldRegistry.SKILL_MIN_YEARS).contains(Schema.yearsPoint("go", 6)), "6 whole years of Go");
    assertEquals(List.of(Long.toString(Schema.tenths(6.8))), List.of(d.getField(FieldRegistry.TOTAL_YEARS.name())
        .numericValue().toString()));
    assertFacet(d, "location", "Shenzhen");
    assertFacet(d, "companies", "Tencent");
    assertFacet(d, "years", "6-10");
    assertFacet(d, "language", "en");
    assertEquals(List.of("bachelor"), values(d, FieldRegistry.DEGREE));
    assertFacet(d, "degree", "bachelor");
  }

  @Test
  void storedConceptWeightsComeFromTheRankingModel() throws IOException {
    // Years, recency and the same-script bonus weighted 0: the stored score is the evidence weight alone.
    RankingModel other = RankingModel.DEFAULT.withIndex(new RankingModel.IndexTime(5f, 2f, 0.5f, 0.05f, 12, 2.8f,
        2.6f, 2.4f, 1.2f, 0f, 3f, 0f, 0f, 200f));
    Document d = document(engineer(), other);
    assertEquals(5.5f, feature(d, FieldRegistry.CONCEPT_SCORE, "kafka@latin"), 1e-6, "direct + in title");
    assertEquals(5f, feature(d, FieldRegistry.CONCEPT_SCORE, "go@latin"), 1e-6);
    assertEquals(2f, feature(d, FieldRegistry.CONCEPT_SCORE, "message-queue@latin"), 1e-6);
    assertEquals(5f, feature(d, FieldRegistry.CONCEPT_SCORE, "go@han"), 1e-6, "one term per query script");
  }

  @Test
  void theStoredScoreAddsYearsRecencyAndHowOftenTheRésuméWritesItInTheQueryScript() throws IOException {
    RankingModel.IndexTime m = RankingModel.DEFAULT.index();
    Document d = document(engineer(), RankingModel.DEFAULT);
    ProfileEnricher.Facts facts = ENV.enricher().facts(engineer());
    double years = facts.yearsByConcept().get("go");
    // Go: a dated job (2018-01 … 2024-11), last used 24 months before the enricher's clock, written in Latin twice
    // (the skills list and the job).
    double expected = m.conceptDirect() + m.years() * years / (years + m.yearsPivot()) + m.recency() / 3.0;
    assertEquals(2, facts.written().mentions("go", dev.candidates.analysis.Script.LATIN));
    assertEquals(0, facts.written().mentions("go", dev.candidates.analysis.Script.HAN));
    assertEquals(expected + m.sameScriptShare(2, facts.written().length()),
        feature(d, FieldRegistry.CONCEPT_SCORE, "go@latin"), 1e-5);
    assertEquals(expected, feature(d, FieldRegistry.CONCEPT_SCORE, "go@han"), 1e-5,
        "a query in Chinese characters finds the English résumé without the same-script share");
    assertEquals(m.conceptDirect(), feature(d, FieldRegistry.CONCEPT_SCORE, "go"), 1e-6,
        "the evidence weight alone, for searches by level");
  }

  @Test
  void recencyCountsFromTheInjectedClockNotTheWallClock() throws IOException {
    // Go was last used 2024-11; the enricher's clock says 2026-11: 24 months ago, 1 / (1 + 24/12). Recency
    // weighted 1 and the rest 0 (the evidence weight a hair above, a feature must be positive).
    RankingModel recencyOnly = RankingModel.DEFAULT.withIndex(new RankingModel.IndexTime(1e-6f, 1e-6f, 0f, 0.05f, 12,
        1e-6f, 1e-6f, 1e-6f, 1e-6f, 0f, 3f, 1f, 0f, 200f));
    Document d = document(engineer(), recencyOnly);
    assertEquals(1 / 3f, feature(d, FieldRegistry.CONCEPT_SCORE, "go@latin"), 1e-5);
    Clock later = Clock.fixed(Instant.parse("2030-11-01T00:00:00Z"), ZoneOffset.UTC);
    ProfileEnricher.Facts facts = new ProfileEnricher(ENV.taxonomy(), later).facts(engineer());
    Document d2 = new ProfileDocuments(ENV.json(), recencyOnly).build(facts);
    assertEquals(1 / 7f, feature(d2, FieldRegistry.CONCEPT_SCORE, "go@latin"), 1e-5, "72 months later");
  }

  private static List<Long> points(Document d, FieldDef f) {
    List<Long> v = new java.util.ArrayList<>();
    for (IndexableField field : d.getFields(f.name())) {
      v.add(org.apache.lucene.document.LongPoint.decodeDimension(field.binaryValue().bytes, 0));
    }
    return v;
  }

  private static float feature(Document d, FieldDef f, String key) {
    for (IndexableField field : d.getFields(f.name())) {
      if (field instanceof FeatureField ff && key.equals(ff.stringValue())) { // the feature's name
        return ff.getFeatureValue();
      }
    }
    throw new AssertionError("no " + f.name() + " feature " + key);
  }

  private static void assertFacet(Document d, String dim, String value) {
    List<String> terms = List.of(d.getValues(Schema.facetField(dim)));
    assertTrue(terms.contains(FacetsConfig.pathToString(dim, new String[] {value})),
        () -> dim + "=" + value + " in " + terms);
  }
}
