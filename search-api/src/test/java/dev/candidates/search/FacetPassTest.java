package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import dev.candidates.search.SearchRequest.SortBy;
import dev.candidates.search.SearchResult.FacetValue;
import dev.candidates.search.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A faceted page with one dimension filtered is counted in one pass of the query without that filter
 * ({@link FacetPass}); with two or more filtered dimensions each takes a search of its own, and without facets the
 * hits come from {@link TopByRelevance} alone. The one pass must give what those give: the same hits in the same
 * order with the same scores, each unfiltered dimension's counts as the fully filtered search counts them, and the
 * filtered dimension's counts as the search without its filter counts them. Two segments, and many equal scores.
 */
class FacetPassTest extends TestIndex.PerClass {
  private static final String[] CITIES = {"Shenzhen", "Beijing", "Shanghai"};
  private static final String[] SKILLS = {"Redis", "MySQL", "Kafka", "Java", "Python"};
  private static final String[] COMPANIES = {"Tencent", "Alibaba", "ByteDance"};

  @BeforeAll
  static void build() throws IOException {
    index = new TestIndex(dir, batch(0, 30));
    for (Profile p : batch(30, 60)) { // a second segment: ties across segments go by id
      index.index.upsert(p);
    }
    index.index.commit();
    index.index.refresh();
    IndexSearcher s = index.index.searchers().acquire();
    try {
      assertEquals(2, s.getIndexReader().leaves().size());
    } finally {
      index.index.searchers().release(s);
    }
  }

  /** Invented profiles: a city, two or three skills and a company each, in a few repeated shapes (equal scores). */
  private static List<Profile> batch(int from, int to) {
    List<Profile> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String a = SKILLS[i % SKILLS.length];
      String b = SKILLS[(i / 2 + 1) % SKILLS.length];
      String company = COMPANIES[i % COMPANIES.length];
      Profiles.Builder p = Profiles.profile(String.format(java.util.Locale.ROOT, "p%02d", (i * 37) % 60))
          .headline("Backend Engineer (" + a + ", " + b + ")").location(CITIES[i % CITIES.length] + ", China")
          .skills(a, b)
          .job(company, "Backend Engineer", (2010 + i % 9) + "-01", null, "Ran " + a + " and " + b
              + (i % 4 == 0 ? " on a Redis Cluster" : "") + " for the payments team; later moved the " + a
              + " jobs onto " + b + " and cut the lag to seconds.");
      if (i % 5 == 0) {
        p.skills("Redis");
      }
      out.add(p.build());
    }
    return out;
  }

  private static SearchResult search(String q, Map<String, List<String>> filters, SortBy sort, int page, int size,
      boolean facets) throws IOException {
    return index.search(new SearchRequest(q, page, size, sort, false, filters, null, null, facets, facets));
  }

  private static List<String> hits(SearchResult r) {
    List<String> out = new ArrayList<>();
    for (Hit h : r.hits()) {
      out.add(h.id() + "=" + h.score());
    }
    return out;
  }

  private static Map<String, Long> counts(List<FacetValue> values) {
    Map<String, Long> out = new LinkedHashMap<>();
    values.forEach(v -> out.put(v.value(), v.count()));
    return out;
  }

  @Test
  void oneFilteredDimensionGivesTheHitsAndCountsOfSeparateSearches() throws IOException {
    List<Map<String, List<String>>> filterSets = List.of(Map.of(), Map.of("location", List.of("Shenzhen")),
        Map.of("location", List.of("Shenzhen", "Beijing")), Map.of("skills", List.of("Redis")),
        Map.of("companies", List.of("Tencent")));
    int checked = 0;
    for (String q : List.of("redis", "java kafka", "backend engineer", "")) {
      for (Map<String, List<String>> filters : filterSets) {
        for (SortBy sort : List.of(SortBy.RELEVANCE, SortBy.YEARS)) {
          for (int page : new int[] {1, 2}) {
            SearchResult faceted = search(q, filters, sort, page, 7, true);
            SearchResult bare = search(q, filters, sort, page, 7, false);
            String what = q + " " + filters + " " + sort + " page " + page;
            assertEquals(hits(bare), hits(faceted), what);
            assertEquals(search(q, filters, sort, 1, 100, false).total(), faceted.total(), what);
            if (faceted.partial()) {
              continue; // nothing matched every word: the counts are the relaxed query's, which the checks below redo
            }
            for (var dim : faceted.facets().entrySet()) {
              if (filters.containsKey(dim.getKey())) {
                // drill-sideways: the filtered dimension counts as if unfiltered (its values stay selectable)
                Map<String, List<String>> others = new LinkedHashMap<>(filters);
                others.remove(dim.getKey());
                assertEquals(counts(search(q, others, sort, 1, 7, true).facets().get(dim.getKey())),
                    counts(dim.getValue()), what + " " + dim.getKey());
                continue;
              }
              for (FacetValue v : dim.getValue()) {
                // the fully filtered hits: one more filter on this value, which two filtered dimensions count apart
                Map<String, List<String>> narrower = new LinkedHashMap<>(filters);
                narrower.put(dim.getKey(), List.of(v.value()));
                assertEquals(search(q, narrower, sort, 1, 7, true).total(), v.count(), what + " " + dim.getKey()
                    + "=" + v.value());
                checked++;
              }
            }
          }
        }
      }
    }
    assertTrue(checked > 100, "facet values checked: " + checked);
  }

  @Test
  void aPagesSnippetsAreEachHitsSnippetsAlone() throws IOException {
    // The highlighter keeps each word's postings open across a page's hits in a segment; a page of one hit starts
    // afresh, so the two must agree.
    int withSnippets = 0;
    for (String q : List.of("redis", "redis kafka", "\"payments team\"", "java")) {
      SearchResult page = search(q, Map.of(), SortBy.RELEVANCE, 1, 30, true);
      assertTrue(page.hits().size() > 2, q);
      for (int i = 0; i < page.hits().size(); i++) {
        Hit one = search(q, Map.of(), SortBy.RELEVANCE, i + 1, 1, true).hits().get(0);
        assertEquals(one.id(), page.hits().get(i).id(), q);
        assertEquals(one.highlights(), page.hits().get(i).highlights(), q + " " + one.id());
        withSnippets += one.highlights().isEmpty() ? 0 : 1;
      }
    }
    assertTrue(withSnippets > 40, "hits with snippets: " + withSnippets);
  }
}
