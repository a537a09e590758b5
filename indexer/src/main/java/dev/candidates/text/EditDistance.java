package dev.candidates.text;

import java.util.Collection;
import java.util.Locale;

/** Bounded Levenshtein distance: "did you mean" for options, parameters and skill words. */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The "did you mean" for a misspelt name or value: the candidate nearest to {@code given} (a difference of case
   * first, then up to two edits, ties to the alphabetically first), or null when none is that near.
   */
  public static String closest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = 3;
    String lower = given.toLowerCase(Locale.ROOT);
    for (String a : candidates) {
      int d = a.equalsIgnoreCase(given) ? 0 : distance(lower, a.toLowerCase(Locale.ROOT), 2);
      if (d < bestDistance || (d == bestDistance && best != null && a.compareTo(best) < 0)) {
        bestDistance = d;
        best = a;
      }
    }
    return best;
  }

  /** The edit distance, or {@code max + 1} as soon as it must exceed {@code max}. */
  public static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
