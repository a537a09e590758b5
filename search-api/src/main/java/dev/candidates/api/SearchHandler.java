package dev.candidates.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.FieldRegistry;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchRequest.SortBy;
import dev.candidates.search.SearchResult;
import dev.candidates.search.Suggester;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private final ObjectMapper json;

  SearchHandler(CandidateReads index, RequestStats stats, ObjectMapper json) {
    this.index = index;
    this.stats = stats;
    this.json = json;
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
    long searched = System.nanoTime();
    stats.recordSearch(searched - started);
    Routes.audited(ctx, result.hits().stream().map(SearchResult.Hit::id).toList());
    // The server's mapper, straight to UTF-8 bytes: ctx.json would build a String and encode it again.
    byte[] body = json.writeValueAsBytes(result);
    // What the server spent, by part (W3C Server-Timing; browsers show it beside the request): the rest of a
    // request's time is the network, Jetty and the client.
    ctx.header("Server-Timing", serverTiming(searched - started, System.nanoTime() - searched));
    ctx.contentType(ContentType.APPLICATION_JSON).result(body);
  }

  static String serverTiming(long searchNanos, long jsonNanos) {
    return String.format(Locale.ROOT, "search;dur=%.3f, json;dur=%.3f", searchNanos / 1e6, jsonNanos / 1e6);
  }

  static final Set<String> SUGGEST_PARAMS = Set.of("prefix", "size");

  void suggest(Context ctx, QueryParams p) throws IOException {
    ctx.json(new Suggestions(index.suggest(p.string("prefix", ""), p.integer("size", 10, 1, 50))));
  }
}
