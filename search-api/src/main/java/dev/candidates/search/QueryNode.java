package dev.candidates.search;

import java.util.List;

/** The parsed form of a recruiter's query; see {@link QueryParser} for the syntax. */
public sealed interface QueryNode {
  /** A run of bare words ("distributed systems Go 5 years"): split into units by the taxonomy later. */
  record Text(String text) implements QueryNode {}

  /** A quoted phrase. */
  record Phrase(String text) implements QueryNode {}

  /** {@code field:value} or {@code field:"a phrase"}; field is a query field of FieldRegistry. */
  record Field(String field, String value) implements QueryNode {}

  /** {@code years:>=8}, {@code years:3..5}: total years, a filter. Null bounds are open. */
  record Years(Double min, Double max) implements QueryNode {}

  /** {@code skill:go>=5}: at least {@code min} years with the skill, a filter. */
  record SkillYears(String skill, int min) implements QueryNode {}

  /** {@code kaf*}. */
  record Prefix(String prefix) implements QueryNode {}

  record And(List<QueryNode> children) implements QueryNode {}

  record Or(List<QueryNode> children) implements QueryNode {}

  record Not(QueryNode child) implements QueryNode {}
}
