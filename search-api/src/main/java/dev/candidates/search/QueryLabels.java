package dev.candidates.search;

import java.util.Locale;

/** How a query node is named in explanations: as the recruiter would write it. */
final class QueryLabels {
  private QueryLabels() {}

  static String label(QueryNode n) {
    return switch (n) {
      case QueryNode.Text t -> t.text();
      case QueryNode.Phrase p -> "\"" + p.text() + "\"";
      case QueryNode.Field f -> f.field() + ":" + f.value();
      case QueryNode.Prefix p -> p.prefix() + "*";
      case QueryNode.Years y -> "years:" + range(y);
      case QueryNode.SkillYears s -> "skill:" + s.skill() + ">=" + s.min();
      case QueryNode.Not not -> "NOT " + label(not.child());
      case QueryNode.Or or -> "(" + String.join(" OR ", or.children().stream().map(QueryLabels::label).toList())
          + ")";
      case QueryNode.And and -> "(" + String.join(" ", and.children().stream().map(QueryLabels::label).toList())
          + ")";
    };
  }

  static String range(QueryNode.Years y) {
    if (y.min() != null && y.max() != null) {
      return fmt(y.min()) + ".." + fmt(y.max());
    }
    return y.min() != null ? ">=" + fmt(y.min()) : "<=" + fmt(y.max());
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
