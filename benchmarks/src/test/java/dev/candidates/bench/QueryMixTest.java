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
        assertFalse(ours.facets().isEmpty(), c.type() + ": facets are on");
        assertTrue(top.totalHits.value() > 0, c.type() + ": the floor finds candidates");
        // Same terms, same index: the floor is the same query without the service around it.
        assertEquals(ours.total(), f.searcher().count(floor), c.type() + ": ours and the floor agree on the hits");
      }
    }
  }

  @Test
  void theMixCoversTheDocumentedQueryTypes() {
    assertEquals(java.util.List.of("english", "chinese", "mixed", "phrase", "not", "skill-years", "years-range",
        "facet-filter"), QueryMix.types());
    for (QueryMix.QueryCase c : QueryMix.CASES) {
      assertTrue(c.request().facets() && c.request().highlight() && !c.request().explain(),
          "facets and highlighting on, explain off");
      assertEquals("true", c.solrParams().get("hl").get(0));
    }
  }
}
