package dev.candidates.eval;

import dev.candidates.eval.JudgedSet.JudgedQuery;
import java.util.List;

/** The measures of one ranked list against its judgments (pure functions, so they are tested on their own). */
public final class RelevanceMetrics {
  public static final int DEPTH = 10;
  public static final int TRAP_DEPTH = 3;

  private RelevanceMetrics() {}

  /** nDCG@10 with exponential gain (2^grade − 1), the ideal list being the judged grades sorted. */
  public static double ndcg(JudgedQuery q, List<String> ranked) {
    double dcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
      dcg += gain(q.grade(ranked.get(i))) / log2(i + 2);
    }
    List<Integer> ideal = q.grades().values().stream().filter(g -> g > 0)
        .sorted((a, b) -> Integer.compare(b, a)).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 1.0 : dcg / idcg;
  }

  /** Share of the relevant profiles (grade ≥ 1) in the first ten, out of at most ten (a full page is perfect). */
  public static double recall(JudgedQuery q, List<String> ranked) {
    long relevant = q.relevantCount();
    if (relevant == 0) {
      return 1.0;
    }
    long found = ranked.stream().limit(DEPTH).filter(id -> q.grade(id) > 0).count();
    return found / (double) Math.min(DEPTH, relevant);
  }

  /** The profiles of {@code notTop3} that rank in the first three. */
  public static List<String> trapViolations(JudgedQuery q, List<String> ranked) {
    return ranked.stream().limit(TRAP_DEPTH).filter(q.notTop3()::contains).toList();
  }

  private static double gain(int grade) {
    return (1 << grade) - 1;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
