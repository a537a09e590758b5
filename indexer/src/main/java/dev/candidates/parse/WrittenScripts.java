package dev.candidates.parse;

import dev.candidates.analysis.Script;
import dev.candidates.analysis.TextNormalizer;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often a résumé writes each of its concepts in each script: the labels of the concept counted in the text (a
 * Latin label as a whole word, case-insensitively; a Han label anywhere), and the text's length in words. A plain
 * substring count per label: the matcher already found the concepts, this only asks how they were written.
 */
public final class WrittenScripts {
  private static final int MAX_COUNTED = 50_000;

  private final Map<String, int[]> counts;
  private final int length;

  private WrittenScripts(Map<String, int[]> counts, int length) {
    this.counts = counts;
    this.length = length;
  }

  static WrittenScripts of(Taxonomy taxonomy, String text, Collection<String> conceptIds) {
    return new Labels(taxonomy).count(text, conceptIds);
  }

  /**
   * Every concept's labels lowercased, each with its script: worked out once per taxonomy rather than per label of
   * every concept of every profile (which was half of the counting).
   */
  static final class Labels {
    private final Map<String, String[]> lowered = new HashMap<>();
    private final Map<String, Script[]> scripts = new HashMap<>();

    Labels(Taxonomy taxonomy) {
      for (Concept c : taxonomy.concepts()) {
        List<String> all = c.allLabels();
        String[] l = new String[all.size()];
        Script[] s = new Script[all.size()];
        for (int i = 0; i < l.length; i++) {
          l[i] = all.get(i).toLowerCase(Locale.ROOT);
          s[i] = Script.of(all.get(i));
        }
        lowered.put(c.id(), l);
        scripts.put(c.id(), s);
      }
    }

    WrittenScripts count(String text, Collection<String> conceptIds) {
      // Counted in the first MAX_COUNTED characters (a résumé's worth: bounded work on a pathological text).
      String lower = (text.length() > MAX_COUNTED ? text.substring(0, MAX_COUNTED) : text).toLowerCase(Locale.ROOT);
      Map<String, int[]> counts = new HashMap<>();
      for (String id : conceptIds) {
        String[] labels = lowered.get(id);
        if (labels == null) {
          continue;
        }
        Script[] script = scripts.get(id);
        int[] n = new int[Script.values().length];
        for (int i = 0; i < labels.length; i++) {
          int o = script[i].ordinal();
          n[o] = Math.max(n[o], WrittenScripts.count(lower, labels[i], script[i]));
        }
        counts.put(id, n);
      }
      return new WrittenScripts(counts, words(text));
    }
  }

  /** How many times the résumé writes the concept in that script (its most written label). */
  public int mentions(String conceptId, Script script) {
    int[] n = counts.get(conceptId);
    return n == null ? 0 : n[script.ordinal()];
  }

  /** The text's length in words, a Han character counting half (a Chinese word is about two characters). */
  public int length() {
    return length;
  }

  private static int count(String text, String label, Script script) {
    if (label.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length())) {
      int end = at + label.length();
      if (script == Script.HAN || ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))))) {
        n++;
      }
    }
    return n;
  }

  private static int words(String text) {
    int words = 0;
    int han = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (TextNormalizer.isHan(ch)) {
        han++;
        inWord = false;
      } else if (Character.isLetterOrDigit(ch)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return words + han / 2;
  }
}
