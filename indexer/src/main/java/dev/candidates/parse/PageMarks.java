package dev.candidates.parse;

import java.util.regex.Pattern;

/**
 * A page's furniture left in a résumé's text: the counter a template prints at each page's foot ("Page 1 / 2",
 * "Page 2 of 3", "第 1 页 / 共 2 页") with whatever shares its line ("© European Union, 2002-2026 |
 * europass.europa.eu Page 1 / 2"), and a copyright line. It dates nothing and names nobody: never an entry.
 */
final class PageMarks {
  private static final Pattern MARK = Pattern.compile("(?i)^(?:©.{0,160}|.{0,160}?\\bpage\\s{0,2}\\d{1,3}"
      + "\\s{0,2}(?:/|of)\\s{0,2}\\d{1,3}|.{0,160}?第\\s{0,2}\\d{1,3}\\s{0,2}页\\s{0,2}[/，,]?\\s{0,2}共\\s{0,2}\\d{1,3}\\s{0,2}页)$");

  private PageMarks() {}

  static boolean is(String line) {
    return line.length() <= 200 && MARK.matcher(line).matches();
  }
}
