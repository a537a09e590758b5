package dev.candidates.parse;

import dev.candidates.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text that lost its line breaks (one line from a PDF): breaks put back before headers, dated entries, bullets. */
final class OneLineText {
  private OneLineText() {}

  static boolean isOneLine(String text) {
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    return lines <= 3 && text.length() > 150;
  }

  /** A header as it may appear in running text, and whether it is Chinese (which changes its boundaries). */
  private record Form(String text, boolean cjk) {}

  /** The header forms by first character, longest first: "Work Experience" is tried before "Experience". */
  private static final Map<Character, List<Form>> FORMS = forms();

  private static Map<Character, List<Form>> forms() {
    Map<Character, List<Form>> out = new HashMap<>();
    for (String h : Section.BY_HEADER.keySet()) { // already longest first
      if (Section.RUNNING_TEXT_GENERIC.contains(h)) {
        continue; // "Work", "Tools", "Career": words of running text more often than headers
      }
      boolean cjk = TextNormalizer.isHan(h.charAt(0));
      if (cjk && h.length() < 3) {
        continue; // "技能", "项目", "教育" are too common inside sentences
      }
      List<String> texts = cjk ? List.of(h) : List.of(capitalized(h), h.toUpperCase(Locale.ROOT));
      for (String t : texts) {
        out.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(new Form(t, cjk));
      }
    }
    return out;
  }

  /**
   * Puts line breaks back into text that lost them: around headers, before each dated entry, before bullets. One
   * scan by hand (each position tries only the headers that start with its character), so it stays linear.
   */
  static String breakOneLine(String text) {
    String t = breakHeaders(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (DateRange r : DateRange.findAll(t)) {
      int headerStart = entryHeaderStart(t, last, r.from());
      out.append(t, last, headerStart).append('\n').append(t, headerStart, r.to()).append('\n');
      last = r.to();
    }
    out.append(t.substring(last));
    return breakBulletsAndSentences(out);
  }

  private static String breakHeaders(String t) {
    StringBuilder out = new StringBuilder(t.length() + 64);
    int n = t.length();
    int i = 0;
    while (i < n) {
      List<Form> forms = FORMS.get(t.charAt(i));
      Form hit = null;
      if (forms != null) {
        char before = i == 0 ? ' ' : t.charAt(i - 1);
        for (Form f : forms) {
          boolean boundary = isSpace(before) || f.cjk() && "。；;:：|".indexOf(before) >= 0;
          if (boundary && t.startsWith(f.text(), i) && followedAsHeader(t, i + f.text().length(), f.cjk())) {
            hit = f;
            break;
          }
        }
      }
      if (hit == null) {
        out.append(t.charAt(i++));
      } else {
        out.append('\n').append(hit.text()).append('\n');
        i += hit.text().length();
      }
    }
    return out.toString();
  }

  /** Chinese: a space or colon next; English: a colon, or spaces then a capital, a Han character or a digit. */
  private static boolean followedAsHeader(String t, int j, boolean cjk) {
    if (j >= t.length()) {
      return false;
    }
    char c = t.charAt(j);
    if (cjk) {
      return isSpace(c) || c == ':' || c == '：';
    }
    int k = j;
    while (k < t.length() && isSpace(t.charAt(k))) {
      k++;
    }
    if (k < t.length() && (t.charAt(k) == ':' || t.charAt(k) == '：')) {
      return true;
    }
    return k > j && k < t.length() && (Character.isUpperCase(t.charAt(k)) || TextNormalizer.isHan(t.charAt(k))
        || Character.isDigit(t.charAt(k)));
  }

  /** A line break instead of the spaces before a bullet, and after a sentence end ("。", ";", "；"). */
  private static String breakBulletsAndSentences(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        int j = i;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (j < n && "•·▪●".indexOf(s.charAt(j)) >= 0) {
          out.append('\n');
        } else {
          out.append(s, i, j);
        }
        i = j;
        continue;
      }
      out.append(c);
      i++;
      if (c == '。' || c == ';' || c == '；') {
        out.append('\n');
        while (i < n && isSpace(s.charAt(i))) {
          i++; // the spaces after a sentence end become its line break
        }
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) { // \s without UNICODE_CHARACTER_CLASS
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static String capitalized(String lowerHeader) {
    StringBuilder sb = new StringBuilder();
    for (String w : lowerHeader.split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
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
