package dev.candidates.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search; field names are part of the HTTP API contract. {@code total} is exact when
 * {@code totalExact}; without facets it is counted only up to {@link SearchService#TOTAL_HITS_THRESHOLD} and is a
 * lower bound past that. {@code facetOrder} lists every facet dimension in the order a page shows them (also when
 * {@code facets} is empty because none were asked for), so a page keeps no list of its own.
 */
public record SearchResult(long total, boolean totalExact, long tookMs, boolean partial, boolean timedOut, String didYouMean,
    List<Hit> hits, Map<String, List<FacetValue>> facets, List<String> facetOrder) {

  /**
   * {@code rankedAs}: the role family and level the ranking read from the profile, in words ("SRE · senior");
   * {@code occupation}: the same as the values of the {@code role} and {@code level} facets, for a page to label.
   */
  public record Hit(String id, String name, String headline, String location, Double totalYears, float score,
      List<MatchedSkill> matchedSkills, List<Highlight> highlights,
      @JsonInclude(JsonInclude.Include.NON_NULL) RankExplanation explanation,
      @JsonInclude(JsonInclude.Include.NON_NULL) String rankedAs,
      @JsonInclude(JsonInclude.Include.NON_NULL) StoredProfile.Occupation occupation) {}

  /**
   * A requested skill the candidate has, with years; {@code via} is "direct" or the narrower skill that counted;
   * {@code evidence} where the profile shows it, in words ("job title", "work experience", "skills section").
   */
  public record MatchedSkill(String skill, double years, String via,
      @JsonInclude(JsonInclude.Include.NON_NULL) String evidence) {}

  /** An HTML fragment: the résumé text HTML-escaped, with matches in {@code <em>}. */
  public record Highlight(String field, String fragment) {}

  public record FacetValue(String value, long count, boolean selected) {}

  /** Why a hit ranks where it does: a sentence, each feature's share of the score, and how each term matched. */
  public record RankExplanation(String summary, List<Contribution> contributions, List<MatchDetail> matches) {}

  public record Contribution(String feature, double value, String detail) {}

  /** {@code via}: exact (the query's own words), taxonomy (another language or spelling), broader, text, none. */
  public record MatchDetail(String unit, String via, String detail) {}
}
