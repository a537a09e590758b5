package dev.candidates.parse;

import dev.candidates.analysis.TextNormalizer;

/**
 * Names in the characters the résumé wrote them in: reading folds Traditional to Simplified (陳 → 陈) and Japanese
 * forms to Chinese ones so that headers, cities and words match, but a person's name, a company or a title is recorded
 * as written. One per résumé: the source is folded once, not again for each of its (possibly thousands of) names.
 */
final class AsWritten {
  private final String source;
  private final String folded;
  /** Whether folding changes any Han character of the source; if not, no Han character is written otherwise. */
  private final boolean foldsHan;

  AsWritten(String source) {
    this.source = source;
    this.folded = TextNormalizer.normalize(source);
    this.foldsHan = changesHan(source, folded);
  }

  /** The name as written, or null for null. */
  String of(String name) {
    if (name == null) {
      return null;
    }
    if (!foldsHan && hanUnfolded(name)) {
      return name; // every Han character already reads as written: no need to find the name in the whole source
    }
    String key = TextNormalizer.normalize(name); // the same length as the name, as the folded text is the source's
    int at = folded.indexOf(key);
    if (at < 0 || folded.length() != source.length()) {
      return name;
    }
    // the Han characters as written (陳, 貨運); width and compatibility forms as read ("（" stays as the name has it)
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char a = name.charAt(i);
      char b = source.charAt(at + i);
      out.append(TextNormalizer.isHan(a) && TextNormalizer.isHan(b) ? b : a);
    }
    return out.toString();
  }

  private static boolean changesHan(String source, String folded) {
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) != folded.charAt(i) && TextNormalizer.isHan(source.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** No Han character of the name is one folding changes (English names have none at all). */
  private static boolean hanUnfolded(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (TextNormalizer.isHan(c) && TextNormalizer.fold(c) != c) {
        return false;
      }
    }
    return true;
  }
}
