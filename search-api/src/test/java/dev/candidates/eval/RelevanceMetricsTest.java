package dev.candidates.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candidates.eval.JudgedSet.JudgedQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTest {
  private final JudgedQuery q = new JudgedQuery("q", "skill", "Go", Map.of("a", 3, "b", 2, "c", 1), List.of("x"));

  @Test
  void theIdealOrderScoresOneAndAReversedOrderLess() {
    assertEquals(1.0, RelevanceMetrics.ndcg(q, List.of("a", "b", "c")), 1e-9);
    double reversed = RelevanceMetrics.ndcg(q, List.of("c", "b", "a"));
    // DCG = 1/1 + 3/log2(3) + 7/2; ideal = 7/1 + 3/log2(3) + 1/2
    double expected = (1 + 3 / log2(3) + 7 / 2.0) / (7 + 3 / log2(3) + 0.5);
    assertEquals(expected, reversed, 1e-9);
  }

  @Test
  void unjudgedProfilesGainNothingAndAnEmptyPageScoresZero() {
    assertEquals(0.0, RelevanceMetrics.ndcg(q, List.of()), 1e-9);
    assertEquals(0.0, RelevanceMetrics.ndcg(q, List.of("x", "y")), 1e-9);
  }

  @Test
  void recallCountsRelevantProfilesInTheFirstTen() {
    assertEquals(2 / 3.0, RelevanceMetrics.recall(q, List.of("x", "a", "c")), 1e-9);
  }

  @Test
  void aProfileThatMustNotBeInTheTopThreeIsAViolationOnlyThere() {
    assertEquals(List.of("x"), RelevanceMetrics.trapViolations(q, List.of("a", "x", "b")));
    assertEquals(List.of(), RelevanceMetrics.trapViolations(q, List.of("a", "b", "c", "x")));
  }

  @Test
  void gradesOutsideZeroToThreeAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new JudgedQuery("q", "skill", "Go", Map.of("a", 4), List.of()));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
