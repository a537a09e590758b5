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
    Set<String> expected = new TreeSet<>(List.of("id", "source", "concept", "text", "title", "headline", "name",
        "company", "school", "location", "text_bigram", "title_concept", "company_concept", "concept_broader",
        "concept_rank", "skill_min_years", "skill_years", "skill_recency", "role_family", "seniority", "occupation",
        "evidence", "role_min_years", "total_years", "updated", "lang", "degree",
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
    RankingModel other = RankingModel.DEFAULT.withIndex(new RankingModel.IndexTime(5f, 2f, 0.5f, 0.05f, 12));
    Document d = document(engineer(), other);
    assertEquals(5.5f, feature(d, FieldRegistry.CONCEPT_RANK, "kafka"), 1e-3, "direct + in title");
    assertEquals(5f, feature(d, FieldRegistry.CONCEPT_RANK, "go"), 1e-3);
    assertEquals(2f, feature(d, FieldRegistry.CONCEPT_RANK, "message-queue"), 1e-3);
  }

  @Test
  void recencyCountsFromTheInjectedClockNotTheWallClock() throws IOException {
    // Go was last used 2024-11; the enricher's clock says 2026-11: 24 months ago, 1 / (1 + 24/12).
    Document d = document(engineer(), RankingModel.DEFAULT);
    assertEquals(1 / 3f, feature(d, FieldRegistry.SKILL_RECENCY, "go"), 1e-3);
    Clock later = Clock.fixed(Instant.parse("2030-11-01T00:00:00Z"), ZoneOffset.UTC);
    ProfileEnricher.Facts facts = new ProfileEnricher(ENV.taxonomy(), later).facts(engineer());
    Document d2 = new ProfileDocuments(ENV.json(), RankingModel.DEFAULT).build(facts);
    assertEquals(1 / 7f, feature(d2, FieldRegistry.SKILL_RECENCY, "go"), 1e-3, "72 months later");
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
