package dev.candidates.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what page layout adds to a résumé's text, so that text extracted from a PDF or Word file parses like the
 * same résumé typed as plain text: running headers and footers repeated on most pages, bare page numbers
 * ({@code 3}, {@code - 2 -}, {@code Page 3 of 5}, {@code 第 2 页}), words hyphenated at line ends, bullets drawn with
 * symbol-font glyphs ({@code }, ▪, ●, ➢…), full-width ASCII punctuation and letters, ligatures and invisible
 * characters. Line structure is kept: the parser reads résumés line by line.
 *
 * <p>Also what a browser prints around a page ({@code 11/24/26, 11:34 AM} and the page's title on top,
 * {@code file:///…} or the address and {@code 1/3} below), on any page; Kangxi radicals and CJK compatibility
 * ideographs that some PDF fonts map their glyphs to ({@code ⼤学} for 大学), through NFKC; and letter-spaced Chinese
 * ({@code X X 大 学}, {@code 张 三}) joined up again.
 */
public final class LayoutCleaner {
  /** How many non-blank lines at the top and bottom of a page can hold a running header, footer or page number. */
  private static final int ZONE = 3;

  private static final Pattern PAGE_NUMBER = Pattern.compile(String.join("|",
      "[-–—]?\\s*\\d{1,4}\\s*[-–—]?",
      "(?i)(?:page|pg\\.?|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?",
      "\\d{1,4}\\s*(?:/|of)\\s*\\d{1,4}",
      "第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?",
      "共\\s*\\d{1,4}\\s*页[,，\\s]*第\\s*\\d{1,4}\\s*页",
      "\\d{1,4}\\s*/\\s*\\d{1,4}\\s*页"));
  /** Symbol-font and typographic bullets; a dash only when followed by a space. */
  private static final String BULLETS = "•●▪■□◆◇➢➤►▶○◦‣⁃∙·✓✔❖★☆♦⚫◼◻➔→\uF0B7\uF0A7\uF06C\uF06E\uF076\uF0D8\uF0FC"
      + "\uF0E0\uF0A8\uF09F";
  private static final Pattern LEADING_BULLET = Pattern.compile("(?m)^[ \\t]*(?:[" + BULLETS + "]+|[–—](?=\\s))"
      + "[ \\t]*");
  private static final Pattern LONE_BULLET = Pattern.compile("(?m)^- \\n[ \\t]*(?=\\S)");
  private static final Pattern HYPHENATED = Pattern.compile("(?<=\\p{Ll})[-\u00AD]\\n[ \\t]*(?=\\p{Ll})");
  private static final Pattern SPLIT_WORD = Pattern.compile("\u00AD\\n[ \\t]*");
  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
  /** A browser's print header: its date and time first ("11/24/26, 11:34 AM", "2026/11/24 11:34"), then the title. */
  private static final Pattern PRINT_STAMP = Pattern.compile(
      "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},? {1,3}(?:上午|下午)?\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?(?: .{0,200})?");
  /** A browser's print footer: the page's address, then or alone its page counter. */
  private static final Pattern PRINT_ADDRESS = Pattern.compile(
      "(?:file:///|about:blank|blob:|https?://)\\S{0,2000}(?: {1,3}\\d{1,3} ?/ ?\\d{1,3})?");

  private LayoutCleaner() {}

  /** One text with no page structure (a Word or HTML document). */
  public static String clean(String text) {
    return clean(List.of(text));
  }

  /** The pages of a document, in order. */
  public static String clean(List<String> pages) {
    List<List<String>> lines = new ArrayList<>();
    for (String page : pages) {
      List<String> ls = new ArrayList<>();
      for (String l : normalizeChars(page).split("\n", -1)) {
        ls.add(l.stripTrailing());
      }
      lines.add(ls);
    }
    dropRunningLines(lines);
    StringBuilder sb = new StringBuilder();
    for (List<String> page : lines) {
      for (String l : page) {
        if (l != null) {
          sb.append(l).append('\n');
        }
      }
    }
    String t = joinLetterSpacedHan(sb.toString());
    t = HYPHENATED.matcher(t).replaceAll("");
    t = SPLIT_WORD.matcher(t).replaceAll("");
    t = t.replace("\u00AD", "");
    t = LEADING_BULLET.matcher(t).replaceAll("- ");
    t = LONE_BULLET.matcher(t).replaceAll("- ");
    t = BLANK_RUNS.matcher(t).replaceAll("\n\n");
    return t.strip();
  }

  /**
   * Running headers and footers: a line (digits ignored, so "Page 2 of 3" repeats) found near the top or bottom of
   * most pages is removed, except its first occurrence at the top of page 1, which is often the résumé's own header;
   * so is a header on later pages that contains page 1's first line, the name ("Daniel Mercer — CV").
   * Bare page numbers near the top or bottom of any page are removed.
   */
  private static void dropRunningLines(List<List<String>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    if (pages.size() >= 2) {
      for (List<String> page : pages) {
        Set<String> seen = new HashSet<>();
        for (int i : zone(page)) {
          String k = key(page.get(i));
          if (seen.add(k)) {
            pagesWith.merge(k, 1, Integer::sum);
          }
        }
      }
    }
    int n = pages.size();
    String name = firstLine(pages.get(0));
    for (int p = 0; p < n; p++) {
      List<String> page = pages.get(p);
      List<Integer> zone = zone(page);
      int topEnd = zone.isEmpty() ? -1 : zone.get(Math.min(ZONE, zone.size()) - 1);
      for (int i : zone) {
        String line = page.get(i);
        String stripped = line.strip();
        if (PAGE_NUMBER.matcher(stripped).matches() || stripped.length() < 2_000
            && (PRINT_STAMP.matcher(stripped).matches() || PRINT_ADDRESS.matcher(stripped).matches())) {
          page.set(i, null);
          continue;
        }
        int count = pagesWith.getOrDefault(key(line), 0);
        boolean running = count >= 2 && count * 2 > n;
        boolean pageOneHeader = p == 0 && i <= topEnd;
        // "Daniel Mercer — Résumé" on top of later pages when the first page has its own header
        boolean namedHeader = p > 0 && i <= topEnd && name != null && line.length() < 80 && line.contains(name);
        if (running && !pageOneHeader || namedHeader) {
          page.set(i, null);
        }
      }
    }
  }

  /** The first non-blank line of the first page when it is short enough to be a name, else null. */
  private static String firstLine(List<String> page) {
    for (String l : page) {
      if (l != null && !l.isBlank()) {
        String t = l.strip();
        return t.length() >= 2 && t.length() <= 40 ? t : null;
      }
    }
    return null;
  }

  /** Indexes of the first and last {@link #ZONE} non-blank lines of a page, top first. */
  private static List<Integer> zone(List<String> page) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i) != null && !page.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.size() <= 2 * ZONE) {
      return nonBlank;
    }
    List<Integer> out = new ArrayList<>(nonBlank.subList(0, ZONE));
    out.addAll(nonBlank.subList(nonBlank.size() - ZONE, nonBlank.size()));
    return out;
  }

  private static String key(String line) {
    return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Letter-spaced Chinese joined up: a run of two or more one-character "words", each a Han character or a placeholder
   * letter ({@code X X 大 学}), at least two of them Han, separated by single spaces, loses the spaces. A Chinese word
   * of two characters or more, or a Latin word, ends the run; so "男 汉族" and "Go 和 Java" stay as they are.
   */
  static String joinLetterSpacedHan(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      boolean atWord = i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\t';
      int end = atWord ? spacedRunEnd(text, i) : i;
      if (end <= i) {
        out.append(text.charAt(i++));
        continue;
      }
      // A run of one-char words; what does not qualify is copied as it is. Either way the scan goes on after it,
      // so every char is looked at a bounded number of times.
      boolean join = qualifies(text, i, end);
      for (int k = i; k < end; k++) {
        if (!join || text.charAt(k) != ' ') {
          out.append(text.charAt(k));
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** The end of the run of space-separated one-char words starting at {@code i}; {@code i} when none starts there. */
  private static int spacedRunEnd(String s, int i) {
    int k = i;
    int lastEnd = i;
    while (k < s.length() && spacedChar(s.charAt(k)) && (k + 1 >= s.length() || wordEnd(s.charAt(k + 1)))) {
      lastEnd = k + 1;
      if (k + 2 < s.length() && s.charAt(k + 1) == ' ' && spacedChar(s.charAt(k + 2))) {
        k += 2;
      } else {
        break;
      }
    }
    return lastEnd;
  }

  /** Two or more one-char words, at least two of them Han. */
  private static boolean qualifies(String s, int from, int to) {
    int chars = 0;
    int han = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c != ' ') {
        chars++;
        han += isHan(c) ? 1 : 0;
      }
    }
    return chars >= 2 && han >= 2;
  }

  private static boolean spacedChar(char c) {
    return isHan(c) || c == 'X' || c == 'x' || c == '*';
  }

  private static boolean wordEnd(char c) {
    return c == ' ' || c == '\n' || c == '\t' || !Character.isLetterOrDigit(c) && !isHan(c);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Full-width ASCII to ASCII (the parser folds these the same way, so fields match the plain-text résumé), odd spaces
   * to spaces, typographic hyphens to '-', ligatures to letters; zero-width characters and control characters go.
   * CJK punctuation with no ASCII twin (、。《》) is kept: it separates items and sentences.
   */
  static String normalizeChars(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        sb.append((char) (c - 0xFEE0));
      } else if (c == '\r') {
        if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
          sb.append('\n');
        }
      } else if (c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B') {
        sb.append('\n');
      } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
          || c == '\u205F') {
        sb.append(' ');
      } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
        continue;
      } else if (c == '\u2010' || c == '\u2011' || c == '\u2212') {
        sb.append('-');
      } else if (c >= '\uFB00' && c <= '\uFB06' || c >= '\u2F00' && c <= '\u2FDF' || c >= '\u2E80' && c <= '\u2EFF'
          || c >= '\uF900' && c <= '\uFAFF' || c >= '\u3280' && c <= '\u33FF') {
        // ligatures; Kangxi radicals and their supplement; CJK compatibility ideographs; circled and squared CJK
        sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (c < 0x20 && c != '\n' && c != '\t') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
