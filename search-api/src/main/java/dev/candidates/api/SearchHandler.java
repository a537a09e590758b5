package dev.candidates.api;

import dev.candidates.index.FieldRegistry;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchRequest.SortBy;
import dev.candidates.search.SearchResult;
import dev.candidates.search.Suggester;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/search} and {@code GET /api/suggest}. */
final class SearchHandler {
  static final Set<String> SEARCH_PARAMS;

  static {
    Set<String> s = new HashSet<>(Set.of("q", "page", "size", "sort", "explain", "minYears", "maxYears", "facets",
        "highlight"));
    s.addAll(FieldRegistry.facetDimensions());
    SEARCH_PARAMS = Set.copyOf(s);
  }

  record Suggestions(List<Suggester.Suggestion> suggestions) {}

  private final CandidateReads index;
  private final RequestStats stats;

  SearchHandler(CandidateReads index, RequestStats stats) {
    this.index = index;
    this.stats = stats;
  }

  void search(Context ctx, QueryParams p) throws IOException {
    long started = System.nanoTime();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FieldRegistry.facetDimensions()) {
      List<String> values = p.all(dim);
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    SearchRequest request = new SearchRequest(p.string("q", ""), p.integer("page", 1), p.integer("size", 20),
        p.choice("sort", SortBy.class, SortBy.RELEVANCE), p.bool("explain", false), filters, p.decimal("minYears"),
        p.decimal("maxYears"), p.bool("facets", true), p.bool("highlight", true));
    SearchResult result = index.search(request);
    stats.recordSearch(System.nanoTime() - started);
    Routes.audited(ctx, result.hits().stream().map(SearchResult.Hit::id).toList());
    ctx.json(result);
  }

  static final Set<String> SUGGEST_PARAMS = Set.of("prefix", "size");

  void suggest(Context ctx, QueryParams p) throws IOException {
    ctx.json(new Suggestions(index.suggest(p.string("prefix", ""), p.integer("size", 10, 1, 50))));
  }
}
