package dev.candidates.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candidates.evidence.Evidence;
import dev.candidates.index.HitCard.ConceptFacts;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hit's card holds what the hit shows, exactly as the profile and its enrichment have it. */
class HitCardTest {
  private static final ProfileEnricher ENRICHER = ProfileDocumentsTest.ENV.enricher();

  @Test
  void aCardReadsBackAsWritten() {
    Map<String, ConceptFacts> concepts = new LinkedHashMap<>();
    concepts.put("go", new ConceptFacts(Evidence.JOB, 6.5));
    concepts.put("kafka", new ConceptFacts(Evidence.MENTION, 0.0));
    concepts.put("tencent", new ConceptFacts(null, null));
    HitCard card = new HitCard("p1", "李伟", null, "深圳", 12.3, "backend · senior", null, "senior", concepts);
    HitCard back = HitCard.decode(card.encode());
    assertEquals(card, back);
    assertEquals(List.of("go", "kafka", "tencent"), List.copyOf(back.concepts().keySet()),
        "the profile's order is kept");
    assertEquals(6.5, back.yearsWith("go"));
    assertEquals(0.0, back.yearsWith("tencent"), "not a skill: no years");
    assertEquals(0.0, back.yearsWith("rust"), "not on the card: no years");
  }

  @Test
  void aReadCardAnswersForOneConceptBeforeAndAfterItsConceptsAreListed() {
    Map<String, ConceptFacts> concepts = new LinkedHashMap<>();
    concepts.put("go", new ConceptFacts(Evidence.JOB, 6.5));
    concepts.put("分布式系统", new ConceptFacts(Evidence.MENTION, null));
    concepts.put("golang-gin", new ConceptFacts(Evidence.SKILLS, 2.0));
    HitCard looked = HitCard.decode(new HitCard("p2", null, null, null, null, null, null, null, concepts).encode());
    assertEquals(3, looked.concepts().size());
    assertEquals(new ConceptFacts(Evidence.MENTION, null), looked.concepts().get("分布式系统"));
    assertEquals(2.0, looked.yearsWith("golang-gin"));
    assertNull(looked.concepts().get("gol"), "a prefix of an id is not the id");
    assertNull(looked.concepts().get("golang-gin-x"));
    assertEquals(false, looked.concepts().containsKey(42));
    assertEquals(concepts, looked.concepts());
    assertEquals(List.of("go", "分布式系统", "golang-gin"), List.copyOf(looked.concepts().keySet()));
    assertEquals(new ConceptFacts(Evidence.JOB, 6.5), looked.concepts().get("go"), "the same once listed");
    assertEquals(false, looked.concepts().containsKey("rust"));
  }

  @Test
  void aCardsIdReadsAloneAsTheIdFieldHoldsIt() {
    HitCard card = new HitCard("cv-腾讯-7", "李伟", "Go", "深圳", 3.0, null, null, null,
        Map.of("go", new ConceptFacts(Evidence.JOB, 3.0)));
    assertEquals(new BytesRef("cv-腾讯-7"), HitCard.id(card.encode()));
    assertNull(HitCard.id(new HitCard(null, "x", null, null, null, null, null, null, Map.of()).encode()));
    assertNull(HitCard.id(new BytesRef(new byte[] {99, 3, 'p', '1'})), "another format");
    assertNull(HitCard.id(new BytesRef()));
  }

  @Test
  void aCardOfAnotherFormatReadsAsEmptyRatherThanWrong() {
    HitCard empty = HitCard.decode(new BytesRef(new byte[] {99, 1, 2, 3}));
    assertNull(empty.id());
    assertEquals(Map.of(), empty.concepts());
    assertNull(HitCard.decode(new BytesRef()).name());
  }

  @Test
  void theCardOfAnEnrichedProfileHasItsNameYearsOccupationAndEvidence() {
    ProfileEnricher.Facts facts = ENRICHER.facts(ProfileDocumentsTest.engineer());
    HitCard card = HitCard.of(facts);
    Profile p = facts.profile();
    assertEquals("p1", card.id());
    assertEquals("Li Wei", card.name());
    assertEquals("Kafka Engineer", card.headline());
    assertEquals("Shenzhen, China", card.location());
    assertEquals(p.totalYears(), card.totalYears());
    assertEquals(facts.occupation().words(), card.occupation());
    assertEquals(facts.occupation().level().id(), card.level());
    assertEquals(List.copyOf(facts.concepts()), List.copyOf(card.concepts().keySet()));
    assertEquals(Evidence.JOB, card.concepts().get("go").evidence(), "Go is used in a dated job");
    for (var skill : facts.skillConcepts()) { // the skills' years, as the profile shows them by display name
      assertEquals(p.skillYears().get(ProfileDocumentsTest.ENV.taxonomy().displayName(skill)),
          card.concepts().get(skill).skillYears(), skill);
    }
    assertEquals(6.8, card.yearsWith("go"), "2018-01 to 2024-11");
    assertEquals(card, HitCard.decode(card.encode()));
  }

  @Test
  void cardsAreReadFromTheIndexInThePagesOrderAcrossSegments(@TempDir Path dir) throws IOException {
    List<Profile> profiles = List.of(profile("a", "Ann"), profile("b", "Bo"), profile("c", "Cy"), profile("d", "Di"));
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Profile p : profiles) {
        Document doc = new Document();
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(FieldRegistry.CARD.name(),
            HitCard.of(ENRICHER.facts(p)).encode()));
        w.addDocument(doc);
        w.commit(); // one segment each
      }
      w.addDocument(new Document()); // a document without a card
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertEquals(5, r.leaves().size());
        HitCard[] cards = HitCard.read(r, new int[] {3, 0, 4, 2});
        String[] names = {cards[0].name(), cards[1].name(), cards[2].name(), cards[3].name()};
        assertArrayEquals(new String[] {"Di", "Ann", null, "Cy"}, names);
      }
    }
  }

  private static Profile profile(String id, String name) {
    return new Profile(id, name, "Engineer", null, null, null, null, List.of("Go"),
        List.of(new Experience("Acme", "Engineer", "2020-01", "2024-01", "Go services")), List.of(), List.of(),
        List.of(), null, null, null, null, null);
  }
}
