package dev.candidates.search;

import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.text.EditDistance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    filters = filters == null ? Map.of() : checkedFilters(filters);
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

  /**
   * The filters with each value as the index holds it; an unknown dimension, too many or too long values, or a value
   * a closed facet does not take (a degree, a years bucket, a language) is refused, naming what it takes.
   */
  private static Map<String, List<String>> checkedFilters(Map<String, List<String>> filters) {
    Map<String, List<String>> checked = new LinkedHashMap<>();
    for (var e : filters.entrySet()) {
      FieldDef field = FieldRegistry.facet(e.getKey());
      if (field == null) {
        throw new InvalidRequestException("unknown filter \"" + e.getKey() + "\"; use one of "
            + FieldRegistry.facetDimensions());
      }
      if (e.getValue().size() > 20 || e.getValue().stream().anyMatch(v -> v.length() > 200)) {
        throw new InvalidRequestException("too many or too long values for filter " + e.getKey());
      }
      List<String> values = new ArrayList<>(e.getValue().size());
      for (String v : e.getValue()) {
        String indexed = field.filterValue(v);
        if (indexed == null) {
          throw unknownValue(e.getKey(), v, field.facet().closedTo());
        }
        values.add(indexed);
      }
      checked.put(e.getKey(), List.copyOf(values));
    }
    return Collections.unmodifiableMap(checked);
  }

  private static InvalidRequestException unknownValue(String dimension, String value, List<String> allowed) {
    String hint = EditDistance.closest(value, allowed);
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    return new InvalidRequestException("unknown_filter_value", "there is no " + dimension + " \"" + shown + "\""
        + (hint == null ? "" : " (did you mean \"" + hint + "\"?)") + "; the " + dimension + " filter takes "
        + String.join(", ", allowed)
        + (hint != null && hint.equals(value + "+") ? " (in a URL, write + as %2B)" : ""));
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
