package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-column page saved as text with its layout kept ({@code pdftotext -layout}, a copy from a PDF viewer): each
 * line holds a sidebar's line and the main column's, side by side, so a skill sits beside a job. The columns are read
 * one after the other, left first, when the text has a gutter: a character column where the right side's lines all
 * start, after a run of spaces no line's words cross (but for a line or two across the page: the contacts under the
 * name, a closing "References available upon request"), and section headers on both sides (a table or fixed-width
 * dates in front of each entry have no headers in their left column, and are left as they are).
 */
final class TextColumns {
  private static final int MIN_GAP = 3;
  private static final int MIN_BOTH = 4;
  private static final int MAX_LINES = 400;
  private static final int MAX_ACROSS = 2;

  private TextColumns() {}

  /** The text with its two columns read one after the other, or the text itself when it has no gutter. */
  static String read(String text) {
    if (text.indexOf("   ") < 0) {
      return text;
    }
    List<String> lines = text.lines().toList();
    if (lines.size() > MAX_LINES) {
      return text;
    }
    int best = -1;
    int bestBoth = 0;
    for (int c = 16; c <= 90; c++) {
      int both = both(lines, c);
      if (both > bestBoth) {
        bestBoth = both;
        best = c;
      }
    }
    if (best < 0 || bestBoth < MIN_BOTH) {
      return text;
    }
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (String l : lines) {
      boolean across = l.length() > best && !l.substring(best - MIN_GAP, best).isBlank();
      left.add(l.length() <= best || across ? l.stripTrailing() : l.substring(0, best).stripTrailing());
      right.add(l.length() <= best || across ? "" : l.substring(best).strip());
    }
    if (left.stream().noneMatch(Section::isHeaderLine) || right.stream().noneMatch(Section::isHeaderLine)) {
      return text;
    }
    // The lines above the first section header (a name and contacts across the page) are read across.
    int top = 0;
    while (!Section.isHeaderLine(left.get(top)) && !Section.isHeaderLine(right.get(top))) {
      top++;
    }
    return String.join("\n", lines.subList(0, top)) + "\n" + String.join("\n", left.subList(top, left.size())).strip()
        + "\n\n" + String.join("\n", right.subList(top, right.size())).strip() + "\n";
  }

  /**
   * How many lines have text on both sides of column {@code c}, the right side starting there; -1 when a line's text
   * crosses it or starts just after it (no gutter there).
   */
  private static int both(List<String> lines, int c) {
    int both = 0;
    int rightOnly = 0;
    int across = 0;
    for (String l : lines) {
      if (l.length() <= c || l.isBlank()) {
        continue;
      }
      boolean gap = true;
      for (int k = c - MIN_GAP; k < c; k++) {
        gap &= l.charAt(k) == ' ';
      }
      boolean starts = l.charAt(c) != ' ';
      boolean leftBlank = l.substring(0, c).isBlank();
      if (!gap && ++across > MAX_ACROSS) {
        return -1; // words across the gutter
      }
      if (!gap) {
        continue;
      }
      if (!starts && !l.substring(c).isBlank() && l.charAt(c - 1) == ' ' && !leftBlank) {
        continue; // right-side text indented further: allowed, counted as neither
      }
      if (starts && leftBlank) {
        rightOnly++;
      } else if (starts) {
        both++;
      }
    }
    return rightOnly + both >= MIN_BOTH ? both : -1;
  }
}
