package dev.candidates.parse;

import dev.candidates.analysis.TextNormalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The language a résumé is written in, from the share of Han characters among its letters: the profile's
 * {@code resumeLanguage}, the {@code lang} field and the values the {@code language} facet and filter take.
 */
public enum ResumeLanguage {
  EN("en"),
  ZH("zh"),
  MIXED("mixed");

  private final String key;

  ResumeLanguage(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Every key, in declaration order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(ResumeLanguage::key).toList();
  }

  /** The language of a text: Chinese from 60% Han letters, English up to 5%, mixed between. */
  public static ResumeLanguage of(String text) {
    long han = 0;
    long latin = 0;
    int n = Math.min(text.length(), 50_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (TextNormalizer.isHan(c)) {
        han++;
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    if (han + latin == 0) {
      return EN;
    }
    double share = han / (double) (han + latin);
    return share >= 0.6 ? ZH : share <= 0.05 ? EN : MIXED;
  }
}
