package dev.candidates.search;

import dev.candidates.index.FieldRegistry;
import java.util.List;
import java.util.Map;

/**
 * A search as the API and the CLI ask for it. Validated here, so every caller gets the same limits and messages.
 *
 * @param filters facet drill-downs: dimension (one of {@link FieldRegistry#facetDimensions()}) → values; values of
 *     one dimension are alternatives, dimensions combine with AND
 */
public record SearchRequest(String q, int page, int size, SortBy sort, boolean explain,
    Map<String, List<String>> filters, Double minYears, Double maxYears, boolean facets, boolean highlight) {

  public static final int MAX_SIZE = 100;
  /** Deep paging costs memory proportional to page × size; beyond this, narrow the query instead. */
  public static final int MAX_WINDOW = 10_000;

  public enum SortBy { RELEVANCE, YEARS, UPDATED }

  public SearchRequest {
    q = q == null ? "" : q;
    if (page < 1) {
      throw new InvalidRequestException("page must be 1 or more, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException("page × size must not exceed " + MAX_WINDOW
          + " (deep paging); narrow the query or use filters");
    }
    sort = sort == null ? SortBy.RELEVANCE : sort;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    for (var e : filters.entrySet()) {
      if (FieldRegistry.facet(e.getKey()) == null) {
        throw new InvalidRequestException("unknown filter \"" + e.getKey() + "\"; use one of "
            + FieldRegistry.facetDimensions());
      }
      if (e.getValue().size() > 20 || e.getValue().stream().anyMatch(v -> v.length() > 200)) {
        throw new InvalidRequestException("too many or too long values for filter " + e.getKey());
      }
    }
    if (minYears != null && (minYears < 0 || minYears > 80)) {
      throw new InvalidRequestException("minYears must be between 0 and 80");
    }
    if (maxYears != null && (maxYears < 0 || maxYears > 80)) {
      throw new InvalidRequestException("maxYears must be between 0 and 80");
    }
    if (minYears != null && maxYears != null && maxYears < minYears) {
      throw new InvalidRequestException("maxYears must not be below minYears");
    }
  }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, 1, 20, SortBy.RELEVANCE, false, Map.of(), null, null, true, true);
  }

  public SearchRequest withExplain(boolean e) {
    return new SearchRequest(q, page, size, sort, e, filters, minYears, maxYears, facets, highlight);
  }

  public SearchRequest withSize(int s) {
    return new SearchRequest(q, page, s, sort, explain, filters, minYears, maxYears, facets, highlight);
  }
}
