package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ordering pinned on hand-made cases: years with a skill, number of skills, language of the match. */
class RankingTest extends TestIndex.PerClass {
  @BeforeAll
  static void build() throws IOException {
    List<Profile> profiles = List.of(
        Profiles.working("go-9", "Backend engineer", "Acme", "Backend Engineer", "2017-10",
            "Services in Go with Kafka"),
        Profiles.working("go-2", "Backend engineer", "Beta", "Backend Engineer", "2024-11",
            "Services in Go with Kafka"),
        Profiles.working("go-20", "Backend engineer", "Gamma", "Backend Engineer", "2006-11",
            "Services in Go"),
        Profiles.working("three", "Engineer", "Delta", "Engineer", "2020-01",
            "Go, Kafka and Redis in production"),
        Profiles.working("two", "Engineer", "Epsilon", "Engineer", "2020-01",
            "Go and Kafka in production"),
        Profiles.working("zh-dist", "后端工程师", "腾讯", "后端工程师", "2019-01",
            "负责分布式系统的设计与研发"),
        Profiles.working("en-dist", "Backend engineer", "Zeta", "Backend Engineer", "2019-01",
            "Designed distributed systems"),
        Profiles.working("mq-broad", "Engineer", "Eta", "Engineer", "2019-01",
            "Operated Kafka clusters"),
        Profiles.working("mq-exact", "Engineer", "Theta", "Engineer", "2019-01",
            "Built a message queue platform"));
    index = new TestIndex(dir, profiles);
  }

  private static int rank(List<String> ids, String id) {
    int r = ids.indexOf(id);
    assertTrue(r >= 0, () -> id + " missing from " + ids);
    return r;
  }

  @Test
  void goWithNineYearsRanksAboveGoWithTwoYearsForGoFiveYears() throws IOException {
    for (String q : List.of("Go 5 years", "Go 5+ years", "Go 5年以上", "5年Go经验", "5 years of Go")) {
      List<String> ids = index.ids(q);
      assertTrue(rank(ids, "go-9") < rank(ids, "go-2"), () -> q + ": " + ids);
      assertTrue(ids.contains("go-2"), () -> q + ": soft years must not exclude go-2: " + ids);
    }
  }

  @Test
  void yearsSaturateSoTwentyYearsDoesNotBuryTheRest() throws IOException {
    SearchResult r = index.search("Go 5 years");
    float nine = score(r, "go-9");
    float twenty = score(r, "go-20");
    assertTrue(twenty >= nine, "more years never ranks lower");
    assertTrue(twenty - nine < 1.0f, () -> "saturating: 20y vs 9y differ by " + (twenty - nine));
  }

  @Test
  void candidateWithAllThreeRequestedSkillsRanksAboveOneWithTwo() throws IOException {
    SearchResult r = index.search(SearchRequest.of("Go Kafka Redis").withSize(50));
    assertFalse(r.partial());
    assertEquals(List.of("three"), r.hits().stream().map(SearchResult.Hit::id).toList());
    SearchResult partial = index.search(SearchRequest.of("Go Kafka Redis Rust").withSize(50));
    assertTrue(partial.partial(), "nobody has all four: best partial matches");
    List<String> ids = partial.hits().stream().map(SearchResult.Hit::id).toList();
    assertTrue(rank(ids, "three") < rank(ids, "two"), ids::toString);
  }

  @Test
  void sameLanguageExactMatchRanksAboveCrossLanguageMatch() throws IOException {
    List<String> zh = index.ids("分布式系统");
    assertTrue(rank(zh, "zh-dist") < rank(zh, "en-dist"), zh::toString);
    List<String> en = index.ids("distributed systems");
    assertTrue(rank(en, "en-dist") < rank(en, "zh-dist"), en::toString);
  }

  @Test
  void broaderConceptMatchRanksBelowTheConceptItself() throws IOException {
    List<String> ids = index.ids("message queue");
    assertTrue(rank(ids, "mq-exact") < rank(ids, "mq-broad"), ids::toString);
  }

  @Test
  void explanationSaysHowEachTermMatchedAndWhatEachFeatureAdded() throws IOException {
    SearchResult r = index.search(SearchRequest.of("分布式系统 Go 5 years").withExplain(true));
    SearchResult.Hit hit = r.hits().stream().filter(h -> h.id().equals("en-dist")).findFirst().orElse(null);
    if (hit == null) { // en-dist has no Go: search what it has
      r = index.search(SearchRequest.of("分布式系统").withExplain(true));
      hit = r.hits().stream().filter(h -> h.id().equals("en-dist")).findFirst().orElseThrow();
    }
    assertNotNull(hit.explanation());
    assertEquals("taxonomy", hit.explanation().matches().get(0).via(), hit.explanation().toString());
    double sum = hit.explanation().contributions().stream().mapToDouble(SearchResult.Contribution::value).sum();
    assertEquals(hit.score(), sum, 0.01, "contributions add up to the score");

    SearchResult go = index.search(SearchRequest.of("Go 5 years").withExplain(true));
    SearchResult.Hit top = go.hits().get(0);
    assertTrue(top.explanation().contributions().stream().anyMatch(c -> c.feature().startsWith("years with Go")),
        top.explanation().toString());
    assertTrue(top.explanation().summary().contains("Go"), top.explanation().summary());
    assertEquals("Go", top.matchedSkills().get(0).skill());
    assertTrue(top.matchedSkills().get(0).years() >= 5);
  }

  private static float score(SearchResult r, String id) {
    return r.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().score();
  }
}
