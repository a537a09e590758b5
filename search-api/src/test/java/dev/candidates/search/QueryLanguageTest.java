package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query language end to end over a real index: operators, fields, experience, traps, errors, facets. */
class QueryLanguageTest extends TestIndex.PerClass {
  @BeforeAll
  static void build() throws IOException {
    List<Profile> profiles = List.of(
        Profiles.profile("lead-tencent").name("Wang Lei").headline("Tech Lead").location("Shenzhen")
            .job("Tencent", "Tech Lead", "2015-01", null, "Led the payments team; Go and Kafka").build(),
        Profiles.profile("lead-zh").name("李娜").headline("技术负责人").location("深圳")
            .job("腾讯", "技术负责人", "2021-01", null, "负责消息平台，使用RabbitMQ").school("清华大学", "硕士").build(),
        Profiles.profile("js").name("Ann Lee").headline("Frontend engineer").location("Shanghai")
            .job("Gamma", "Frontend Engineer", "2019-01", null, "JavaScript, TypeScript and React").build(),
        Profiles.profile("java").name("Bob Stone").headline("Java developer").location("Beijing")
            .job("Delta", "Java Developer", "2012-01", null, "Java services with Spring Boot").build(),
        Profiles.profile("rn").name("Chen Yu").headline("Mobile engineer")
            .job("Eps", "Mobile Engineer", "2020-01", null, "Apps in React Native").build(),
        Profiles.profile("es").name("Dan Wu").headline("Search engineer")
            .job("Zeta", "Search Engineer", "2018-01", null, "Search on ES, Kafka and Redis").build(),
        Profiles.profile("es-prose").name("Eve Xu").headline("Teacher")
            .job("School", "Teacher", "2018-01", null, "Taught ES classes; yes ES means Spanish here").build(),
        Profiles.profile("xss").name("<script>alert(1)</script>").headline("Backend engineer")
            .job("Evil", "Engineer", "2020-01", null, "Built Go services <img src=x onerror=alert(1)>").build());
    index = new TestIndex(dir, profiles);
  }

  private static Set<String> ids(String q) throws IOException {
    return new TreeSet<>(index.ids(q));
  }

  @Test
  void orAndNotAndParenthesesCombine() throws IOException {
    assertEquals(Set.of("lead-tencent", "es"), ids("Kafka"));
    assertEquals(Set.of("lead-tencent", "es", "lead-zh"), ids("Kafka OR RabbitMQ"));
    assertEquals(Set.of("es"), ids("Kafka -Go"));
    assertEquals(Set.of("es"), ids("Kafka NOT Go"));
    assertEquals(Set.of("lead-tencent", "lead-zh"), ids("(Kafka OR RabbitMQ) \"tech lead\""));
    assertEquals(Set.of("lead-tencent"), ids("Kafka AND Go"));
  }

  @Test
  void fieldsSearchTheirOwnFieldInBothLanguages() throws IOException {
    assertEquals(Set.of("lead-tencent", "lead-zh"), ids("company:腾讯"));
    assertEquals(Set.of("lead-tencent", "lead-zh"), ids("company:Tencent"));
    assertEquals(Set.of("lead-tencent", "lead-zh"), ids("title:\"tech lead\""));
    assertEquals(Set.of("lead-zh"), ids("school:清华大学"));
    assertEquals(Set.of("js"), ids("location:Shanghai"));
    assertEquals(Set.of("java"), ids("name:\"Bob Stone\""));
    assertEquals(Set.of("lead-tencent", "lead-zh", "es", "java", "js", "rn", "es-prose", "xss"),
        ids("skill:kafka OR years:>=0"));
  }

  @Test
  void yearsFiltersUseTotalYears() throws IOException {
    assertEquals(Set.of("lead-tencent", "java"), ids("years:>=10"));
    assertEquals(Set.of("lead-zh"), ids("years:5..6"));
    assertEquals(Set.of("lead-tencent"), ids("skill:go>=7"));
    assertEquals(Set.of("lead-tencent", "xss"), ids("skill:go>=1"));
    assertEquals(Set.of("java"), ids("java years:>=10"));
  }

  @Test
  void techLeadWhoWorkedAtTencentFindsBothLanguages() throws IOException {
    assertEquals(Set.of("lead-tencent", "lead-zh"), ids("tech lead who worked at Tencent"));
    assertEquals(Set.of("lead-tencent", "lead-zh"), ids("腾讯 技术负责人"));
  }

  @Test
  void skillTrapsStayApart() throws IOException {
    assertEquals(Set.of("java"), ids("Java"));
    Set<String> js = ids("JavaScript");
    assertTrue(js.contains("js") && !js.contains("java"), js::toString);
    assertEquals("js", index.ids("JavaScript").get(0), "React Native counts only as a broader match, below");
    assertEquals(Set.of("rn"), ids("\"React Native\""));
    assertEquals(Set.of("js"), ids("React"), () -> "React Native is not React: " + explain("React", "rn"));
    assertEquals(Set.of("es"), ids("Elasticsearch"), "ES counts only in a skill context");
  }

  @Test
  void typosInSkillWordsStillFindAndSuggest() throws IOException {
    SearchResult r = index.search("elasticsaerch");
    assertEquals(List.of("es"), r.hits().stream().map(SearchResult.Hit::id).toList());
    assertEquals("Elasticsearch", r.didYouMean());
    assertTrue(ids("Kafak").contains("es"));
  }

  @Test
  void prefixesMatchTheStartOfWords() throws IOException {
    assertEquals(Set.of("js"), ids("TypeSc*"));
    assertTrue(ids("Kaf*").containsAll(Set.of("lead-tencent", "es")));
  }

  @Test
  void malformedQueriesAreRejectedWithAReason() {
    for (String q : List.of("\"tech lead", "(Go OR Kafka", "Go)", "skill:go>=abc", "*afka", "foo:bar",
        "Go OR", "years:abc", "x".repeat(QueryParser.MAX_LENGTH + 1), "a ".repeat(QueryParser.MAX_CLAUSES + 1)
            .replace(" ", " OR ") + "a", "(".repeat(40) + "go" + ")".repeat(40))) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(q), q);
      assertFalse(e.getMessage().isBlank());
    }
    assertThrows(InvalidRequestException.class, () -> new SearchRequest("go", 0, 20, null, false, Map.of(), null,
        null, true, true));
    assertThrows(InvalidRequestException.class, () -> new SearchRequest("go", 1, 100_000, null, false, Map.of(),
        null, null, true, true));
    assertThrows(InvalidRequestException.class, () -> new SearchRequest("go", 600, 20, null, false, Map.of(),
        null, null, true, true));
  }

  @Test
  void facetsCountTheResultAndNarrowItDrillSideways() throws IOException {
    SearchResult all = index.search("Kafka OR RabbitMQ");
    Map<String, Long> companies = counts(all, "companies");
    assertEquals(2L, companies.get("Tencent"), "腾讯 and Tencent are one company: " + companies);
    SearchResult narrowed = index.search(new SearchRequest("Kafka OR RabbitMQ", 1, 20, null, false,
        Map.of("companies", List.of("Tencent")), null, null, true, true));
    assertEquals(2, narrowed.total());
    assertEquals(3L, counts(narrowed, "companies").values().stream().mapToLong(Long::longValue).sum(),
        "the company facet's own counts stay drill-sideways");
    assertTrue(narrowed.facets().get("companies").stream().anyMatch(v -> v.selected() && v.value().equals(
        "Tencent")));
    assertEquals(Set.of("0-2", "3-5", "6-10", "10+").containsAll(counts(all, "years").keySet()), true);
  }

  @Test
  void highlightsMarkMatchesInBothLanguagesAndEscapeEverythingElse() throws IOException {
    SearchResult r = index.search("分布式系统 OR Go");
    String xss = r.hits().stream().filter(h -> h.id().equals("xss")).findFirst().orElseThrow().highlights().get(0)
        .fragment();
    assertTrue(xss.contains("<em>Go</em>"), xss);
    assertFalse(xss.contains("<img"), xss);
    assertTrue(xss.contains("&lt;img"), xss);
    SearchResult zh = index.search("技术负责人");
    String frag = zh.hits().stream().filter(h -> h.id().equals("lead-tencent")).findFirst().orElseThrow()
        .highlights().get(0).fragment();
    assertTrue(frag.contains("<em>Tech Lead</em>") || frag.contains("<em>Tech</em> <em>Lead</em>"), frag);
  }

  @Test
  void anEmptyQueryListsEveryoneAndSortsByYears() throws IOException {
    SearchResult r = index.search(new SearchRequest("", 1, 20, SearchRequest.SortBy.YEARS, false, Map.of(), null,
        null, true, true));
    assertEquals(8, r.total());
    double prev = Double.MAX_VALUE;
    for (SearchResult.Hit h : r.hits()) {
      assertTrue(h.totalYears() <= prev);
      prev = h.totalYears();
    }
  }

  private static String explain(String q, String id) {
    try {
      return index.search(SearchRequest.of(q).withExplain(true)).hits().stream().filter(h -> h.id().equals(id))
          .map(h -> h.explanation().toString()).findFirst().orElse("not found");
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static Map<String, Long> counts(SearchResult r, String dim) {
    Map<String, Long> m = new java.util.HashMap<>();
    for (SearchResult.FacetValue v : r.facets().get(dim)) {
      m.put(v.value(), v.count());
    }
    return m;
  }
}
