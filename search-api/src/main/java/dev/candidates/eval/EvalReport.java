package dev.candidates.eval;

import dev.candidates.eval.JudgedSet.JudgedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one run of a judged set: per query, per query class, overall, and trap violations by kind. */
public record EvalReport(List<QueryResult> queries, Map<String, String> trapKindByProfile) {
  public static final String OVERALL = "overall";

  /** One query's page: the ids in rank order and what they are worth. */
  public record QueryResult(JudgedQuery query, List<String> ranked, boolean partial, double ndcg, double recall,
      List<String> violations) {
    /** No hit at all although some profile was judged relevant: the page a recruiter must never see. */
    public boolean emptyWithRelevant() {
      return ranked.isEmpty() && query.relevantCount() > 0;
    }
  }

  /** Averages over a group of queries. */
  public record Summary(String kind, int queries, double ndcg, double recall, int violations, int empty) {}

  public Summary overall() {
    return summarize(OVERALL, queries);
  }

  /** One summary per query class, in a stable order, then the overall one. */
  public List<Summary> byKind() {
    Map<String, List<QueryResult>> groups = new TreeMap<>();
    for (QueryResult r : queries) {
      groups.computeIfAbsent(r.query().kind(), k -> new ArrayList<>()).add(r);
    }
    List<Summary> out = new ArrayList<>();
    groups.forEach((kind, rs) -> out.add(summarize(kind, rs)));
    out.add(overall());
    return out;
  }

  public Summary kind(String kind) {
    return byKind().stream().filter(s -> s.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no query of kind " + kind));
  }

  /** Trap violations counted by the kind of profile that broke in (mention, homograph, seniority, ...). */
  public Map<String, Integer> violationsByTrapKind() {
    Map<String, Integer> out = new TreeMap<>();
    for (QueryResult r : queries) {
      for (String id : r.violations()) {
        out.merge(trapKindByProfile.getOrDefault(id, "other"), 1, Integer::sum);
      }
    }
    return out;
  }

  private static Summary summarize(String kind, List<QueryResult> rs) {
    double ndcg = rs.stream().mapToDouble(QueryResult::ndcg).average().orElse(0);
    double recall = rs.stream().mapToDouble(QueryResult::recall).average().orElse(0);
    int violations = rs.stream().mapToInt(r -> r.violations().size()).sum();
    int empty = (int) rs.stream().filter(QueryResult::emptyWithRelevant).count();
    return new Summary(kind, rs.size(), ndcg, recall, violations, empty);
  }

  /** The table {@code ./candidates eval} prints; {@code worst} lists that many weakest queries after it. */
  public String format(int worst) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-16s %7s %8s %10s %6s %6s%n", "class", "queries", "nDCG@10", "recall@10",
        "traps", "empty"));
    for (Summary s : byKind()) {
      if (s.kind().equals(OVERALL)) {
        sb.append("-".repeat(58)).append('\n');
      }
      sb.append(String.format(Locale.ROOT, "%-16s %7d %8.3f %10.3f %6d %6d%n", s.kind(), s.queries(), s.ndcg(),
          s.recall(), s.violations(), s.empty()));
    }
    Map<String, Integer> byTrap = violationsByTrapKind();
    sb.append("trap violations by kind: ").append(byTrap.isEmpty() ? "none" : byTrap.toString()).append('\n');
    if (worst > 0) {
      sb.append(String.format(Locale.ROOT, "%nweakest queries:%n"));
      List<QueryResult> sorted = new ArrayList<>(queries);
      sorted.sort(Comparator.comparingDouble(QueryResult::ndcg)
          .thenComparing(r -> -r.violations().size()).thenComparing(r -> r.query().id()));
      for (QueryResult r : sorted.subList(0, Math.min(worst, sorted.size()))) {
        if (r.ndcg() >= 0.999 && r.violations().isEmpty()) {
          break;
        }
        sb.append(String.format(Locale.ROOT, "  %-16s %-32s nDCG %.3f recall %.2f%s%s%n", r.query().id(),
            '"' + r.query().q() + '"', r.ndcg(), r.recall(),
            r.violations().isEmpty() ? "" : "  in top 3: " + r.violations(), r.partial() ? "  (partial)" : ""));
        sb.append("      got: ").append(graded(r)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String graded(QueryResult r) {
    Map<String, Integer> shown = new LinkedHashMap<>();
    for (String id : r.ranked()) {
      shown.put(id, r.query().grade(id));
    }
    List<String> parts = new ArrayList<>();
    shown.forEach((id, g) -> parts.add(id + ":" + g));
    return parts.isEmpty() ? "(nothing)" : String.join(" ", parts);
  }
}
