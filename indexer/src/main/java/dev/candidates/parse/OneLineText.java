package dev.candidates.parse;

import dev.candidates.analysis.TextNormalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text that lost its line breaks (one line from a PDF): breaks put back before headers, dated entries, bullets. */
final class OneLineText {
  private OneLineText() {}

  static boolean isOneLine(String text) {
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    return lines <= 3 && text.length() > 150;
  }

  /** Puts line breaks back into text that lost them: before headers, before each dated entry, before bullets. */
  static String breakOneLine(String text) {
    String t = text;
    for (String h : Section.BY_HEADER.keySet()) {
      if (Section.RUNNING_TEXT_GENERIC.contains(h)) {
        continue; // "Work", "Tools", "Career": words of running text more often than headers
      }
      boolean cjk = TextNormalizer.isHan(h.charAt(0));
      if (cjk && h.length() < 3) {
        continue; // "技能", "项目", "教育" are too common inside sentences
      }
      Pattern p = cjk
          ? Pattern.compile("(?<=^|[\\s。；;:：|])" + Pattern.quote(h) + "(?=[\\s:：])")
          : Pattern.compile("(?<=^|\\s)(" + capitalized(h) + "|" + Pattern.quote(h.toUpperCase(Locale.ROOT))
              + ")(?=\\s*[:：]|\\s+(?=\\p{Lu}|\\p{IsHan}|\\d))");
      t = p.matcher(t).replaceAll(m -> "\n" + Matcher.quoteReplacement(m.group()) + "\n");
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (DateRange r : DateRange.findAll(t)) {
      int headerStart = entryHeaderStart(t, last, r.from());
      out.append(t, last, headerStart).append('\n').append(t, headerStart, r.to()).append('\n');
      last = r.to();
    }
    out.append(t.substring(last));
    return out.toString().replaceAll("\\s+(?=[•·▪●]\\s*)", "\n").replaceAll("(?<=[。;；])\\s*", "\n");
  }

  private static String capitalized(String lowerHeader) {
    StringBuilder sb = new StringBuilder();
    for (String w : lowerHeader.split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(Pattern.quote(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
    }
    return sb.toString();
  }

  /** Where "Company | Title | City | " in front of a date range starts, looking back no further than {@code min}. */
  private static int entryHeaderStart(String t, int min, int dateStart) {
    int start = dateStart;
    int k = dateStart;
    while (true) {
      int j = k - 1;
      while (j >= min && t.charAt(j) == ' ') {
        j--;
      }
      if (j < min || (t.charAt(j) != '|' && t.charAt(j) != '｜')) {
        break;
      }
      // The segment before this bar runs back to the previous bar, a line or sentence end, or 60 characters.
      int b = j - 1;
      while (b >= min && t.charAt(b) != '|' && t.charAt(b) != '｜' && t.charAt(b) != '\n' && j - b < 60
          && !sentenceEnd(t, b)) {
        b--;
      }
      start = b + 1;
      while (start < j && t.charAt(start) == ' ') {
        start++;
      }
      if (b < min || (t.charAt(b) != '|' && t.charAt(b) != '｜')) {
        break;
      }
      k = b + 1;
    }
    if (start < dateStart) {
      return Math.max(min, start);
    }
    // "字节跳动 数据工程师 2020.04-至今": take up to two words before the date.
    int s = dateStart;
    for (int w = 0; w < 2; w++) {
      int e = s;
      while (e > min && t.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > min && t.charAt(b - 1) != ' ' && t.charAt(b - 1) != '\n' && !sentenceEnd(t, b - 1)) {
        b--;
      }
      if (b == e) {
        break;
      }
      s = b;
    }
    return Math.max(min, s);
  }

  private static boolean sentenceEnd(String t, int i) {
    char c = t.charAt(i);
    if (c == '。' || c == '；' || c == '！' || c == '？') {
      return true;
    }
    return (c == '.' || c == ';' || c == '!' || c == '?') && i + 1 < t.length() && t.charAt(i + 1) == ' ';
  }

}
