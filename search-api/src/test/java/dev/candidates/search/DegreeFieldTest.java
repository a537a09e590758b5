package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The degree field over a real index: degree:master, the degree facet and the degree= filter. */
class DegreeFieldTest extends TestIndex.PerClass {
  @BeforeAll
  static void build() throws IOException {
    List<Profile> profiles = List.of(
        Profiles.profile("ms-en").job("Acme", "Engineer", "2019-01", null, "Go services")
            .school("Stanford University", "B.S.").school("Stanford University", "M.S. Computer Science").build(),
        Profiles.profile("ms-zh").job("腾讯", "后端工程师", "2019-01", null, "负责Go服务开发")
            .school("北京大学", "硕士研究生").build(),
        Profiles.profile("phd").job("Beta", "Researcher", "2019-01", null, "Go and machine learning")
            .school("MIT", "Ph.D.").build(),
        Profiles.profile("bs").job("Gamma", "Engineer", "2019-01", null, "Go and Kafka")
            .school("浙江大学", "本科").build(),
        Profiles.profile("none").job("Delta", "Engineer", "2019-01", null, "Go and Redis services").build());
    index = new TestIndex(dir, profiles);
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }

  @Test
  void degreeMasterFindsTheMastersInBothLanguagesAndOnlyThem() throws IOException {
    assertEquals(List.of("ms-en", "ms-zh"), sorted(index.ids("degree:master")));
    assertEquals(List.of("ms-en", "ms-zh"), sorted(index.ids("degree:硕士 Go")), "a Chinese value, with a word");
    assertEquals(List.of("phd"), index.ids("degree:doctorate"));
    assertEquals(List.of("none"), index.ids("degree:none"));
    assertEquals(List.of("bs", "none", "phd"), sorted(index.ids("Go -degree:master")));
  }

  @Test
  void anUnknownDegreeIsAQueryErrorNamingTheValues() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.ids("degree:wizard"));
    assertTrue(e.getMessage().contains("none, associate, bachelor, master, doctorate"), e.getMessage());
  }

  @Test
  void theDegreeFacetCountsEachLevelInScaleOrderAndFilters() throws IOException {
    SearchResult all = index.search("Go");
    assertEquals(List.of("none", "bachelor", "master", "doctorate"),
        all.facets().get("degree").stream().map(SearchResult.FacetValue::value).toList());
    assertEquals(2, all.facets().get("degree").get(2).count());
    assertTrue(all.facetOrder().indexOf("degree") > all.facetOrder().indexOf("language"), all.facetOrder().toString());
    SearchRequest filtered = new SearchRequest("Go", 1, 20, SearchRequest.SortBy.RELEVANCE, false,
        Map.of("degree", List.of("master", "doctorate")), null, null, true, true);
    SearchResult r = index.search(filtered);
    assertEquals(List.of("ms-en", "ms-zh", "phd"), sorted(r.hits().stream().map(SearchResult.Hit::id).toList()));
    assertEquals(4, r.facets().get("degree").size(), "the filtered dimension still shows its other values");
  }

  @Test
  void theStoredProfileCarriesItsHighestDegree() throws IOException {
    var searcher = index.index.searchers().acquire();
    try {
      assertEquals("master", index.service.get(searcher, "ms-en").highestDegree());
      assertEquals("none", index.service.get(searcher, "none").highestDegree());
    } finally {
      index.index.searchers().release(searcher);
    }
  }
}
