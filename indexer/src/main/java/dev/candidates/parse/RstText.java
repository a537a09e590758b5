package dev.candidates.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reStructuredText résumé as the plain lines the parser reads, line by line, never running it: section titles
 * (underlined, or over- and underlined, with any punctuation) on their own lines, the document title first, field
 * lists as "Label: value", bullets as "- …", {@code list-table} and grid or simple table rows as "a | b" (two cells as
 * "Label: value"), inline markup and link targets dropped to their text; other directives and comments are dropped
 * with their indented bodies ({@code include} is never read).
 */
final class RstText {
  private RstText() {}

  private static final String TITLE = SourceMarkup.TITLE;

  private static final Pattern ADORNMENT = Pattern.compile("([!-/:-@\\[-`{-~])\\1{2,}");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\.\\.\\s+([\\w:-]+)::\\s*(.*)$");
  private static final Pattern FIELD = Pattern.compile("^:([^:`][^:]{0,40}):(?:\\s+(.*))?$");
  private static final Pattern BULLET = Pattern.compile("^([-*+•‣])\\s+(.*)$");
  private static final Pattern ENUMERATED = Pattern.compile("^(?:#\\.|\\(?[#a-zA-Z]\\)|#\\))\\s+(.*)$");
  private static final Pattern SIMPLE_TABLE_BORDER = Pattern.compile("^=+(?: +=+)+$|^-+(?: +-+)+$");
  private static final Pattern GRID_BORDER = Pattern.compile("^\\+[-=+]+\\+$");
  /** Directives whose body is text a reader sees (an admonition, a topic); all others are dropped whole. */
  private static final Set<String> KEPT = Set.of("container", "topic", "sidebar", "note", "tip", "important",
      "hint", "attention", "compound", "rubric", "epigraph", "highlights", "pull-quote", "admonition", "class");

  static SourceMarkup.Plain read(String rst) {
    List<String> lines = SourceMarkup.lines(rst);
    List<String> out = new ArrayList<>();
    List<Title> titles = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    int i = 0;
    int n = lines.size();
    while (i < n) {
      String line = lines.get(i);
      String t = line.strip();
      int indent = indent(line);
      // A title: over- and underlined, or underlined, with the same punctuation.
      if (indent == 0 && isAdornment(t) && i + 2 < n && isText(lines.get(i + 1))
          && lines.get(i + 2).strip().equals(t.substring(0, 1).repeat(lines.get(i + 2).strip().length()))
          && isAdornment(lines.get(i + 2).strip())) {
        titles.add(new Title(inline(lines.get(i + 1).strip()), style(styles, "over" + t.charAt(0)), out.size()));
        out.add(TITLE + titles.getLast().text());
        i += 3;
        continue;
      }
      if (indent == 0 && isText(line) && i + 1 < n && isAdornment(lines.get(i + 1).strip())
          && indent(lines.get(i + 1)) == 0 && !BULLET.matcher(t).matches()) {
        titles.add(new Title(inline(t), style(styles, "under" + lines.get(i + 1).strip().charAt(0)), out.size()));
        out.add(TITLE + titles.getLast().text());
        i += 2;
        continue;
      }
      if (t.isEmpty() || isAdornment(t) || GRID_BORDER.matcher(t).matches()
          || SIMPLE_TABLE_BORDER.matcher(t).matches()) {
        out.add(""); // a transition, a table's border
        i++;
        continue;
      }
      var directive = DIRECTIVE.matcher(t);
      if (directive.matches()) {
        String name = directive.group(1).toLowerCase(java.util.Locale.ROOT);
        int end = blockEnd(lines, i + 1, indent);
        if (name.equals("list-table")) {
          listTable(lines.subList(i + 1, end), out);
        } else if (name.equals("csv-table")) {
          csvTable(lines.subList(i + 1, end), out);
        } else if (KEPT.contains(name)) {
          if (name.equals("rubric") || name.equals("topic") || name.equals("sidebar")) {
            out.add(inline(directive.group(2)));
          }
          int body = i + 1; // its options dropped, its body read as any other lines
          while (body < end && FIELD.matcher(lines.get(body).strip()).matches()) {
            body++;
          }
          i = body;
          continue;
        }
        i = end;
        continue;
      }
      if (t.startsWith("..")) { // a comment, a link target, a footnote: dropped with its indented body
        i = blockEnd(lines, i + 1, indent);
        continue;
      }
      // A bullet or a field with its indented continuation lines, as one line.
      int end = i + 1;
      StringBuilder one = new StringBuilder(item(t));
      boolean joins = BULLET.matcher(t).matches() || ENUMERATED.matcher(t).matches() || FIELD.matcher(t).matches()
          || t.matches("^\\d{1,2}[.)]\\s+.*");
      while (joins && end < n && !lines.get(end).isBlank() && indent(lines.get(end)) > indent
          && !BULLET.matcher(lines.get(end).strip()).matches()) {
        one.append(' ').append(inline(lines.get(end).strip()));
        end++;
      }
      // A definition list's term and its one-line definition: "Languages" then "    Python, Go".
      if (!joins && end < n && !lines.get(end).isBlank() && indent(lines.get(end)) > indent && t.length() <= 40
          && !t.endsWith("::") && (end + 1 >= n || lines.get(end + 1).isBlank()
          || indent(lines.get(end + 1)) <= indent)) {
        out.add(inline(t) + ": " + inline(lines.get(end).strip()));
        i = end + 1;
        continue;
      }
      String text = one.toString();
      out.add(text.endsWith("::") ? text.substring(0, text.length() - 1) : text);
      i = end;
    }
    Set<String> headings = sectionHeadings(titles, styles);
    return new SourceMarkup.Plain(SourceMarkup.titled(out, headings), headings);
  }

  /** A title and its adornment style's rank (0: the first style seen). */
  private record Title(String text, int level, int at) {}

  /**
   * The titles of the level the sections use: the highest level holding a title the lexicon knows. A document
   * title (the only title of its style, first in the file) is the name, not a section.
   */
  private static Set<String> sectionHeadings(List<Title> titles, List<String> styles) {
    int level = Integer.MAX_VALUE;
    for (Title t : titles) {
      if (Section.of(t.text()) != null) {
        level = Math.min(level, t.level());
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (Title t : titles) {
      if (t.level() == level) {
        out.add(t.text());
      }
    }
    return out;
  }

  private static int style(List<String> styles, String style) {
    int at = styles.indexOf(style);
    if (at < 0) {
      styles.add(style);
      return styles.size() - 1;
    }
    return at;
  }

  /** "* - Languages" / "  - Python, Go": one line per row, two cells as "Label: value"; header rows dropped. */
  private static void listTable(List<String> body, List<String> out) {
    int headerRows = 0;
    List<List<String>> rows = new ArrayList<>();
    for (String raw : body) {
      String t = raw.strip();
      var field = FIELD.matcher(t);
      if (field.matches()) {
        if (field.group(1).strip().equals("header-rows") && field.group(2) != null
            && field.group(2).strip().matches("\\d{1,2}")) {
          headerRows = Integer.parseInt(field.group(2).strip());
        }
        continue;
      }
      if (t.startsWith("* - ") || t.equals("* -")) {
        rows.add(new ArrayList<>(List.of(inline(t.substring(Math.min(t.length(), 4))))));
      } else if ((t.startsWith("- ") || t.equals("-")) && !rows.isEmpty()) {
        rows.getLast().add(inline(t.substring(Math.min(t.length(), 2))));
      } else if (!t.isEmpty() && !rows.isEmpty()) {
        List<String> row = rows.getLast();
        row.set(row.size() - 1, (row.getLast() + " " + inline(t)).strip());
      }
    }
    out.add("");
    for (int r = headerRows; r < rows.size(); r++) {
      out.add(row(rows.get(r)));
    }
    out.add("");
  }

  private static void csvTable(List<String> body, List<String> out) {
    out.add("");
    for (String raw : body) {
      String t = raw.strip();
      if (!t.isEmpty() && !FIELD.matcher(t).matches()) {
        List<String> cells = new ArrayList<>();
        for (String c : t.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
          cells.add(inline(c.strip().replaceAll("^\"|\"$", "")));
        }
        out.add(row(cells));
      }
    }
    out.add("");
  }

  private static String row(List<String> cells) {
    List<String> kept = cells.stream().filter(c -> !c.isBlank()).toList();
    if (kept.size() == 2 && kept.get(0).length() <= 30 && kept.get(0).chars().noneMatch(Character::isDigit)) {
      return kept.get(0) + ": " + kept.get(1);
    }
    return String.join(" | ", kept);
  }

  /** A line's own markup: bullets as "- ", fields as "Label: value", table rows with " | ", inline markup dropped. */
  private static String item(String t) {
    var bullet = BULLET.matcher(t);
    if (bullet.matches()) {
      return "- " + inline(bullet.group(2));
    }
    var enumerated = ENUMERATED.matcher(t);
    if (enumerated.matches()) {
      return "- " + inline(enumerated.group(1));
    }
    var field = FIELD.matcher(t);
    if (field.matches()) {
      return inline(field.group(1)) + ": " + inline(field.group(2) == null ? "" : field.group(2));
    }
    if (t.startsWith("| ") && t.endsWith(" |")) { // a grid table's row
      return String.join(" | ", java.util.Arrays.stream(t.substring(1, t.length() - 1).split("\\|"))
          .map(String::strip).map(RstText::inline).toList());
    }
    if (t.startsWith("| ")) { // a line block
      return inline(t.substring(2));
    }
    return inline(t).replaceAll("\\s{2,}", " | "); // a simple table's columns
  }

  private static final Pattern LINK = Pattern.compile("`([^`<]*?)\\s*<([^`>]*)>`__?");
  private static final Pattern ROLE = Pattern.compile(":[\\w-]+:`([^`]*)`");
  private static final Pattern REFERENCE = Pattern.compile("`([^`]+)`__?");

  /** "**Lead**", "*em*", "``code``", "`text <url>`_", ":role:`x`", "word_", "|sub|", "\*": their text. */
  static String inline(String s) {
    if (s.indexOf('`') < 0 && s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('|') < 0
        && s.indexOf('\\') < 0) {
      return s;
    }
    String t = LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1).isBlank() ? m.group(2) : m.group(1)));
    t = ROLE.matcher(t).replaceAll("$1");
    t = t.replaceAll("``([^`]+)``", "$1");
    t = REFERENCE.matcher(t).replaceAll("$1");
    t = t.replaceAll("\\*\\*([^*]+)\\*\\*", "$1").replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "$1");
    t = t.replaceAll("(?<=\\w)__?(?=[\\s,.;:)]|$)", "");
    t = t.replaceAll("\\|([\\w -]{1,30})\\|_{0,2}", "$1");
    return t.replaceAll("\\\\(.)", "$1");
  }

  /** Where the indented body of a block opened at {@code indent} ends. */
  private static int blockEnd(List<String> lines, int from, int indent) {
    int j = from;
    while (j < lines.size() && (lines.get(j).isBlank() || indent(lines.get(j)) > indent)) {
      j++;
    }
    // Trailing blank lines belong to what follows.
    while (j > from && lines.get(j - 1).isBlank()) {
      j--;
    }
    return j;
  }

  private static boolean isAdornment(String t) {
    return t.length() >= 3 && t.length() <= 400 && ADORNMENT.matcher(t).matches();
  }

  private static boolean isText(String line) {
    String t = line.strip();
    return !t.isEmpty() && !isAdornment(t) && !t.startsWith("..") && t.length() <= 200;
  }

  private static int indent(String line) {
    int k = 0;
    while (k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    return k;
  }
}
