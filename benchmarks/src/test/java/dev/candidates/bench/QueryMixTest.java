package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.search.SearchResult;
import java.io.IOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

class QueryMixTest {
  @Test
  void everyQueryTypeFindsCandidatesThroughOurServiceAndTheFloor() throws IOException {
    TinyBench t = TinyBench.get();
    try (SearchFixture f = SearchFixture.open(t.env, t.index)) {
      for (QueryMix.QueryCase c : QueryMix.CASES) {
        SearchResult ours = f.service().search(f.searcher(), c.request());
        Query floor = FloorPart.build(c.floor(), t.env.analyzer());
        TopDocs top = f.searcher().search(floor, QueryMix.PAGE_SIZE);
        assertTrue(ours.total() > 0, c.type() + ": ours finds candidates");
        assertFalse(ours.partial(), c.type() + ": every term matched, not a partial fallback");
        assertEquals(c.facetsAndSnippets(), !ours.facets().isEmpty(), c.type() + ": facets only where asked");
        assertEquals(c.facetsAndSnippets(), ours.hits().stream().anyMatch(h -> !h.highlights().isEmpty()),
            c.type() + ": snippets only where asked");
        assertTrue(top.totalHits.value() > 0, c.type() + ": the floor finds candidates");
        // Same terms, same index: the floor is the same query without the service around it.
        SearchResult counted = f.service().search(f.searcher(), c.countRequest());
        assertTrue(counted.totalExact(), c.type());
        assertEquals(counted.total(), f.searcher().count(floor), c.type() + ": ours and the floor agree on the hits");
        assertEquals(ids(counted), ids(ours), c.type() + ": the bare search ranks as the counted one");
        assertEquals(counted.hits().get(0).score(), ours.hits().get(0).score(), 1e-6, c.type() + ": same score");
        assertTrue(ours.hits().get(0).score() > 0, c.type() + ": hits carry their score");
      }
    }
  }

  @Test
  void theMixCoversTheDocumentedQueryTypes() {
    assertEquals(java.util.List.of("english", "chinese", "mixed", "phrase", "not", "skill-years", "years-range",
        "facets-highlight"), QueryMix.types());
    for (QueryMix.QueryCase c : QueryMix.CASES) {
      boolean rich = c.type().equals("facets-highlight");
      assertEquals(rich, c.facetsAndSnippets(), c.type());
      assertTrue(c.request().facets() == rich && c.request().highlight() == rich && !c.request().explain(),
          c.type() + ": facets and highlighting on in facets-highlight only, explain off everywhere");
      assertEquals(rich, c.solrParams().containsKey("hl") && c.solrParams().containsKey("facet"), c.type());
    }
  }

  private static java.util.List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
