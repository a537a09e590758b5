package dev.candidates.evidence;

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
  private static final Pattern CLAUSE_END = Pattern.compile("[;；。！？!?\\n，、]|\\.(?=\\s|$)");
  private static final Pattern CUE = Pattern.compile(
      "\\b(?:hir(?:e|ed|es|ing)|recruit\\w*|sourc(?:ed|ing)|placed|placing|filled|interview\\w*|headhunt\\w*"
          + "|roles|positions|openings|vacancies|candidates|requisitions|alongside|supported|supporting|assisted"
          + "|facilitated|worked with (?:the|a)|(?:managed|led) (?:a|the) [^;。\\n]{0,40}?\\bteam of)\\b"
          + "|招聘|面试|猎头|岗位|职位|候选人|协助|配合|支持.{0,10}团队",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
    char[] own = text.toCharArray();
    char[] others = new char[text.length()];
    java.util.Arrays.fill(others, ' ');
    boolean any = false;
    Matcher end = CLAUSE_END.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int to = end.find(from) ? end.end() : text.length();
      if (CUE.matcher(text).region(from, to).find()) {
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
}
