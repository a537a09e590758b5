package dev.candidates.parse;

import dev.candidates.model.Education;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The level of a degree, read from how résumés write it in either language ("B.S.", "BSc", "Bachelor of Science",
 * "本科", "学士"; "MSc", "MBA", "硕士研究生"; "PhD", "博士研究生"; "大专", "专科"). The key is what the index stores
 * and what {@code degree:} and the {@code degree} facet take; the levels are in ascending order.
 */
public enum DegreeLevel {
  NONE("none", null),
  ASSOCIATE("associate", "大专|专科|高职|\\bassociate\\b|\\ba\\.?a\\.?s?\\b|\\bhnd\\b"),
  BACHELOR("bachelor", "本科|学士|专升本|\\bbachelors?\\b|\\bbachelor's|\\bundergraduate\\b"
      + "|\\bb\\.?\\s?(?:s|sc|a|e|eng|tech|comm|ba)\\b|\\bbba\\b|\\bllb\\b"),
  MASTER("master", "硕士|研究生|\\bmasters?\\b|\\bmaster's|\\bpostgraduate\\b"
      + "|\\bm\\.?\\s?(?:s|sc|a|e|eng|phil|ba|fa|pa|ed|tech)\\b|\\be?mba\\b|\\bllm\\b"),
  DOCTORATE("doctorate", "博士|\\bdoctor(?:ate|al)?\\b|\\bph\\.?\\s?d\\b|\\bd\\.?\\s?(?:phil|sc)\\b|\\bed\\.?d\\b");

  private final String key;
  private final Pattern pattern;

  DegreeLevel(String key, String regex) {
    this.key = key;
    this.pattern = regex == null ? null : Pattern.compile(regex);
  }

  public String key() {
    return key;
  }

  /** Every key, lowest level first. */
  public static List<String> keys() {
    return java.util.Arrays.stream(values()).map(DegreeLevel::key).toList();
  }

  /** The level a degree's text names (the highest, for "本硕博连读"-like text), or null when it names none. */
  public static DegreeLevel of(String degree) {
    if (degree == null || degree.isBlank()) {
      return null;
    }
    String text = degree.toLowerCase(Locale.ROOT);
    DegreeLevel[] levels = values();
    for (int i = levels.length - 1; i > 0; i--) { // highest first: "博士研究生" is a doctorate, not a master
      if (levels[i].pattern.matcher(text).find()) {
        return levels[i];
      }
    }
    return null;
  }

  /** The highest level among the education entries (the degree, else the major naming one); NONE without one. */
  public static DegreeLevel highest(List<Education> education) {
    DegreeLevel best = NONE;
    for (Education e : education) {
      DegreeLevel l = of(e.degree());
      if (l == null) {
        l = of(e.major());
      }
      if (l != null && l.compareTo(best) > 0) {
        best = l;
      }
    }
    return best;
  }

  /** The key a query or filter value stands for ("master", "Master's", "硕士", "MSc"), or null. */
  public static String keyOf(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (DegreeLevel l : values()) {
      if (l.key.equals(v)) {
        return l.key;
      }
    }
    DegreeLevel l = of(value);
    return l == null ? null : l.key;
  }
}
