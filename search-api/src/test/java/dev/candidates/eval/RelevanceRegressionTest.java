package dev.candidates.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.eval.EvalReport.Summary;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged relevance regression (Anserini-style): the project's own invented profiles and 100+ graded recruiter
 * queries, run through the real index and search. The floors are what the ranking reaches today minus a small
 * margin, so a weight or matching change that hurts a query class fails here at once. Raise them when it improves.
 */
class RelevanceRegressionTest {
  /** Per query class: nDCG@10 floor, recall@10 floor, most trap violations allowed, most empty pages allowed. */
  record Floor(double ndcg, double recall, int traps, int empty) {}

  static final Map<String, Floor> FLOORS = Map.of(
      "keyword", new Floor(0.98, 0.98, 0, 0),
      "skill", new Floor(0.94, 0.98, 0, 0),
      "experience", new Floor(0.94, 0.94, 0, 0),
      "role", new Floor(0.94, 0.85, 0, 0),
      "seniority", new Floor(0.93, 0.91, 0, 0),
      "cross-language", new Floor(0.97, 0.98, 0, 0),
      "trap", new Floor(0.94, 0.92, 0, 0),
      EvalReport.OVERALL, new Floor(0.95, 0.94, 0, 0));

  static EvalReport report;

  @BeforeAll
  static void run() throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(RelevanceRegressionTest.class.getResource("/relevance/queries.json"))
        .toURI()).getParent();
    Environment env = Environment.createDefault();
    report = new RelevanceEval(env.taxonomy()).run(JudgedSet.load(dir, env.reader(), env.json()));
  }

  @Test
  void theJudgedSetHoldsAtLeastEightyQueriesCoveringEveryClass() {
    assertTrue(report.queries().size() >= 80, "queries: " + report.queries().size());
    for (String kind : FLOORS.keySet()) {
      assertTrue(report.kind(kind).queries() >= (kind.equals(EvalReport.OVERALL) ? 80 : 8), kind);
    }
  }

  @Test
  void everyQueryClassStaysAboveItsFloor() {
    List<String> below = new ArrayList<>();
    for (var e : FLOORS.entrySet()) {
      Summary s = report.kind(e.getKey());
      Floor f = e.getValue();
      if (s.ndcg() < f.ndcg() || s.recall() < f.recall() || s.violations() > f.traps() || s.empty() > f.empty()) {
        below.add(String.format(Locale.ROOT, "%s: nDCG %.3f (floor %.2f), recall %.3f (floor %.2f), traps %d (max %d),"
            + " empty %d (max %d)", e.getKey(), s.ndcg(), f.ndcg(), s.recall(), f.recall(), s.violations(),
            f.traps(), s.empty(), f.empty()));
      }
    }
    assertTrue(below.isEmpty(), () -> String.join("\n", below) + "\n\n" + report.format(15));
  }
}
