package dev.candidates.evidence;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the clauses of a text that speak about other people: recruiting ("hired Python developers", "负责Java工程师的
 * 招聘", "placed site reliability roles"), interviewing ("参与团队面试与招聘"), or supporting and working beside a
 * team ("worked alongside the Kafka team", "managed a C# and C++ team of 12"). Skills named there are not the
 * person's own: they count as {@link Evidence#MENTION} and earn no years.
 *
 * <p>Clauses end at sentence punctuation, semicolons, Chinese commas and line breaks; every pattern is linear-time.
 */
public final class OthersContext {
  /**
   * The cues. The lookahead holds the first letter of every alternative (matched case-insensitively as they are):
   * at a position holding none of them the search moves on at once instead of trying each alternative in turn,
   * which made this split a tenth of a build (it runs over every description, the summary and the whole text).
   */
  private static final Pattern CUE = Pattern.compile(
      "(?=[hrspfiovcawml招面猎岗职候协配支])"
          + "(?:\\b(?:hir(?:e|ed|es|ing)|recruit\\w*|sourc(?:ed|ing)|placed|placing|filled|interview\\w*|headhunt\\w*"
          + "|roles|positions|openings|vacancies|candidates|requisitions|alongside|supported|supporting|assisted"
          + "|facilitated|worked with (?:the|a)|(?:managed|led) (?:a|the) [^;。\\n]{0,40}?\\bteam of)\\b"
          + "|招聘|面试|猎头|岗位|职位|候选人|协助|配合|支持.{0,10}团队)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * One literal out of every alternative of {@link #CUE}, as it matches them case-folded: a clause that holds none
   * of them cannot match, so the regex runs only on the clauses that hold one. Most clauses hold none, and the
   * regex, even behind its first-letter lookahead, tried its alternatives at nearly every letter of every clause:
   * a tenth of a build's samples. No literal holds a clause-ending character, so none crosses a clause end.
   */
  private static final String[] LITERALS = {"hir", "recruit", "sourc", "plac", "filled", "interview", "headhunt",
      "roles", "positions", "openings", "vacancies", "candidates", "requisitions", "alongside", "support",
      "assisted", "facilitated", "worked with ", "team of", "招聘", "面试", "猎头", "岗位", "职位", "候选人", "协助",
      "配合", "支持"};
  /**
   * Each char as the ASCII letter a case-insensitive Unicode match takes it for, when it is one (the Kelvin sign is
   * a {@code k}, the dotted capital I an {@code i}); any other char stays itself, as no literal holds it.
   */
  private static final char[] FOLD = fold();

  private static char[] fold() {
    char[] f = new char[0x10000];
    for (int c = 0; c < f.length; c++) {
      int lower = Character.toLowerCase(c);
      int folded = Character.toLowerCase(Character.toUpperCase(c));
      f[c] = (char) (lower < 128 ? lower : folded < 128 ? folded : c);
    }
    return f;
  }

  private OthersContext() {}

  /** The text split in two of the same length: the person's own words, and the clauses about others (each the
   * other blanked with spaces, so offsets and the matcher's context rules stay as they were). */
  public record Split(String own, String others) {
    public boolean hasOthers() {
      return !others.isBlank();
    }
  }

  public static Split split(String text) {
    if (text == null || text.isEmpty()) {
      return new Split("", "");
    }
    BitSet literalAt = literals(text);
    if (literalAt.isEmpty()) {
      return new Split(text, "");
    }
    char[] own = text.toCharArray();
    char[] others = new char[text.length()];
    java.util.Arrays.fill(others, ' ');
    boolean any = false;
    Matcher cue = CUE.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int to = clauseEnd(text, from);
      int literal = literalAt.nextSetBit(from);
      if (literal >= 0 && literal < to && cue.region(from, to).find()) {
        any = true;
        for (int i = from; i < to; i++) {
          others[i] = text.charAt(i);
          own[i] = ' ';
        }
      }
      from = to;
    }
    return any ? new Split(new String(own), new String(others)) : new Split(text, "");
  }

  /** Where a literal of {@link #LITERALS} starts in the case-folded text. */
  private static BitSet literals(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = FOLD[text.charAt(i)];
    }
    String f = new String(folded);
    BitSet at = new BitSet();
    for (String literal : LITERALS) {
      for (int i = f.indexOf(literal); i >= 0; i = f.indexOf(literal, i + 1)) {
        at.set(i);
      }
    }
    return at;
  }

  /**
   * Where the clause that starts at {@code from} ends: after the first of {@code ; ； 。 ！ ？ ! ? ， 、} or a line
   * feed, or after a full stop that ends the text or is followed by white space (the regex
   * {@code [;；。！？!?\n，、]|\.(?=\s|$)}, as a scan).
   */
  static int clauseEnd(String t, int from) {
    int n = t.length();
    for (int i = from; i < n; i++) {
      switch (t.charAt(i)) {
        case ';', '；', '。', '！', '？', '!', '?', '\n', '，', '、' -> {
          return i + 1;
        }
        case '.' -> {
          if (i + 1 == n || isSpace(t.charAt(i + 1)) || isFinalLineEnd(t, i + 1)) {
            return i + 1;
          }
        }
        default -> { }
      }
    }
    return n;
  }

  /** {@code \s} without Unicode classes. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether the text ends at {@code i} with one line terminator (where {@code $} matches, too). */
  private static boolean isFinalLineEnd(String t, int i) {
    int rest = t.length() - i;
    char c = t.charAt(i);
    return rest == 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
  }
}
