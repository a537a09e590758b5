package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.index.RankingModel;
import dev.candidates.model.Profile;
import dev.candidates.search.QueryPlan.Via;
import dev.candidates.search.QueryUnderstanding.Understanding;
import dev.candidates.search.QueryUnderstanding.Unit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search stages and their hand-offs: understanding without Lucene, typed alternatives, explanations from them. */
class SearchStagesTest extends TestIndex.PerClass {
  @BeforeAll
  static void build() throws IOException {
    List<Profile> profiles = List.of(
        Profiles.working("kafka", "Engineer", "Acme", "Engineer", "2019-01",
            "Operated Kafka clusters and Go services"),
        Profiles.working("mq", "Engineer", "Beta", "Engineer", "2019-01",
            "Built a message queue platform in Go"),
        Profiles.working("backend", "Backend developer", "Gamma", "Backend developer", "2019-01",
            "Payments backend in Go"));
    index = new TestIndex(dir, profiles);
  }

  @Test
  void understandingSplitsUnitsFindsYearsIntentsAndCorrectsTyposWithoutAnIndex() {
    QueryUnderstanding understanding = new QueryUnderstanding(index.env.taxonomy());
    QueryNode root = QueryParser.parse("Go 5 years kuberntes clusters");
    Understanding u = understanding.understand(root, word -> !word.equals("kuberntes")); // the misspelling only
    List<Unit> units = u.unitsOf(root);
    assertEquals(new Unit("Go", "go"), units.get(0));
    assertEquals("kubernetes", units.get(1).conceptId(), "corrected: " + units);
    assertEquals(new Unit("clusters", null), units.get(2));
    assertEquals(Map.of("go", 5), u.requestedYears());
    assertEquals("Kubernetes", u.didYouMean());
  }

  @Test
  void theBuilderRecordsHowEachUnitCanMatchAsTypedAlternatives() {
    QueryBuilder builder = new QueryBuilder(index.env.taxonomy(), index.env.analyzer(),
        new Ranking(RankingModel.DEFAULT));
    QueryNode root = QueryParser.parse("kafka clusters");
    Understanding u = new QueryUnderstanding(index.env.taxonomy()).understand(root, word -> true);
    QueryPlan named = builder.build(root, u, null, true);
    QueryPlan.Clause kafka = named.clauses().get(0);
    assertEquals("kafka", kafka.conceptId());
    assertEquals(List.of(Via.EXACT), kafka.alternatives().stream().map(QueryPlan.Alternative::via).toList());
    QueryPlan.Clause clusters = named.clauses().get(1);
    assertTrue(clusters.alternatives().stream().anyMatch(a -> a.via() == Via.FIELD && a.field().equals("title")),
        clusters.alternatives().toString());
    assertNotNull(clusters.name());
    assertNull(builder.build(root, u, null, false).clauses().get(1).name(), "names only when explaining");
    QueryPlan bare = builder.build(root, u, null, false, false);
    assertNotNull(named.highlight(), "a page with snippets highlights kafka's labels and the word");
    assertNull(bare.highlight(), "no snippets, no highlight query");
    assertEquals(String.valueOf(builder.build(root, u, null, false).query()), String.valueOf(bare.query()),
        "the same search either way");
  }

  @Test
  void aBareSearchLeavesOutTheFieldsThatLackOneOfAPhrasesWordsAndAnExplainedOneListsThemAll() throws IOException {
    QueryBuilder builder = new QueryBuilder(index.env.taxonomy(), index.env.analyzer(),
        new Ranking(RankingModel.DEFAULT));
    QueryNode root = QueryParser.parse("\"operated kafka\"");
    Understanding u = new QueryUnderstanding(index.env.taxonomy()).understand(root, word -> true);
    var searcher = index.index.searchers().acquire();
    try {
      var reader = searcher.getIndexReader();
      // Only a description says "operated kafka": no title, headline, name, company, school or location has it.
      assertEquals("+(text:\"oper kafka\")~0.1", builder.build(root, u, reader, false, false).query().toString());
      String explained = builder.build(root, u, reader, true).query().toString();
      assertTrue(explained.contains("title:\"oper kafka\""), "explained: every field it searched: " + explained);
    } finally {
      index.index.searchers().release(searcher);
    }
    assertEquals(List.of("kafka"), index.ids("\"operated kafka\""));
  }

  @Test
  void explainingChangesNeitherTheOrderNorTheScores() throws IOException {
    for (String q : List.of("Go message queue", "kafka clusters", "clusters OR kafka", "zlusters")) {
      SearchResult plain = index.search(SearchRequest.of(q));
      SearchResult explained = index.search(SearchRequest.of(q).withExplain(true));
      assertEquals(plain.hits().stream().map(SearchResult.Hit::id).toList(),
          explained.hits().stream().map(SearchResult.Hit::id).toList(), q);
      for (int i = 0; i < plain.hits().size(); i++) {
        assertEquals(plain.hits().get(i).score(), explained.hits().get(i).score(), 1e-6, q);
      }
    }
  }

  @Test
  void theExplanationSaysWhichAlternativeMatched() throws IOException {
    SearchResult r = index.search(SearchRequest.of("message queue").withExplain(true));
    Map<String, String> via = new java.util.HashMap<>();
    r.hits().forEach(h -> via.put(h.id(), h.explanation().matches().get(0).via()));
    assertEquals("exact", via.get("mq"), r.toString());
    assertEquals("broader", via.get("kafka"), r.toString());
    SearchResult text = index.search(SearchRequest.of("clusters").withExplain(true));
    SearchResult.MatchDetail d = text.hits().get(0).explanation().matches().get(0);
    assertEquals("text", d.via());
    assertEquals("matched in text", d.detail());
    SearchResult typo = index.search(SearchRequest.of("clustrs").withExplain(true));
    assertEquals("fuzzy", typo.hits().get(0).explanation().matches().get(0).via(), typo.toString());
  }
}
