package dev.candidates.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AsciiDoc résumé as the plain lines the parser reads, line by line, never running it: the document title
 * ({@code = Name}) first with the contact attributes ({@code :email:}, {@code :phone:}…) as "Label: value", section
 * titles ({@code ==}, {@code ===}) on their own lines, block attributes ({@code [.lead]}, {@code [horizontal]})
 * dropped, {@code Label:: a, b} as "Label: a, b", {@code * } bullets as "- …", {@code |===} table rows as "a | b" (two
 * cells as "Label: value"), links and inline markup dropped to their text. Preprocessor lines ({@code include::},
 * {@code ifdef::}…) are dropped, never followed, and comments and passthrough blocks dropped with their content.
 */
final class AsciiDocText {
  private AsciiDocText() {}

  private static final Pattern TITLE = Pattern.compile("^(={1,6}|#{1,6})\\s+(\\S.*?)(?:\\s+\\1)?$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[\\w][\\w-]{0,40}!?):(?:\\s+(.*))?$");
  private static final Pattern PREPROCESSOR = Pattern.compile(
      "^(?:include|ifdef|ifndef|ifeval|endif|toc|image|video|audio)::.*$");
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[[^\\[\\]]*\\]$");
  private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");
  private static final Pattern LIST = Pattern.compile("^(?:[*-]{1,5}|\\.{1,5}|\\d{1,2}\\.)\\s+(?:\\[[ xX*]\\]\\s+)?(.*)$");
  private static final Pattern DESCRIPTION = Pattern.compile("^(.{1,80}?)(?::{2,4}|;;)(?:\\s+(.*))?$");
  private static final Pattern ADMONITION = Pattern.compile("^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+");
  /** Delimiters of blocks whose content is dropped: comments and passthrough (raw HTML). */
  private static final Set<String> DROPPED_BLOCKS = Set.of("////", "++++");
  private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|={4,}|\\*{4,}|_{4,}|/{4,}|\\+{4,}|--)$");
  /** Attributes that say who the person is, and the label each is written with. */
  private static final Map<String, String> CONTACTS = Map.ofEntries(Map.entry("email", "Email"),
      Map.entry("e-mail", "Email"), Map.entry("phone", "Phone"), Map.entry("mobile", "Phone"),
      Map.entry("tel", "Phone"), Map.entry("telephone", "Phone"), Map.entry("address", "Address"),
      Map.entry("location", "Location"), Map.entry("city", "Location"), Map.entry("homepage", "Website"),
      Map.entry("website", "Website"), Map.entry("url", "Website"), Map.entry("linkedin", "LinkedIn"),
      Map.entry("github", "GitHub"), Map.entry("position", "Title"), Map.entry("jobtitle", "Title"));

  static SourceMarkup.Plain read(String adoc) {
    List<String> lines = SourceMarkup.lines(adoc);
    List<String> out = new ArrayList<>();
    Map<String, String> attributes = new HashMap<>();
    List<String[]> titles = new ArrayList<>(); // {level, text}
    String name = null;
    List<String> contacts = new ArrayList<>();
    String closing = null; // the delimiter that ends the dropped block we are in
    List<String> cells = null; // the table we are in
    int columns = 0;
    int pendingColumns = 0;
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).strip();
      if (closing != null) {
        if (t.equals(closing)) {
          closing = null;
        }
        continue;
      }
      if (cells != null) {
        if (t.equals("|===") || t.equals("!===")) {
          table(cells, columns, out);
          cells = null;
        } else if (!t.isEmpty()) {
          if (columns == 0) {
            columns = pendingColumns > 0 ? pendingColumns : Math.max(1, cellsOf(t).size());
          }
          cells.addAll(cellsOf(t));
        }
        continue;
      }
      if (t.startsWith("//") && !t.startsWith("////")) {
        continue; // a comment line
      }
      if (DROPPED_BLOCKS.contains(t)) {
        closing = t;
        continue;
      }
      if (t.equals("|===") || t.equals("!===")) {
        cells = new ArrayList<>();
        columns = 0;
        continue;
      }
      if (PREPROCESSOR.matcher(t).matches() || t.equals("+") || DELIMITER.matcher(t).matches()) {
        out.add(t.equals("+") ? null : "");
        continue;
      }
      if (BLOCK_ATTRIBUTES.matcher(t).matches()) {
        Matcher cols = Pattern.compile("cols=\"?([^\",\\]]*(?:,[^\",\\]]*)*)\"?").matcher(t);
        pendingColumns = cols.find() ? columnCount(cols.group(1)) : 0;
        continue;
      }
      Matcher attribute = ATTRIBUTE.matcher(t);
      if (attribute.matches()) {
        String key = attribute.group(1).toLowerCase(Locale.ROOT).replace("!", "");
        String value = attribute.group(2) == null ? "" : attribute.group(2).strip();
        while (value.endsWith(" \\") && i + 1 < n) { // a value continued on the next line
          value = value.substring(0, value.length() - 2) + " " + lines.get(++i).strip();
        }
        attributes.put(key, value);
        String label = CONTACTS.get(key);
        if (label != null && !value.isEmpty()) {
          contacts.add(label + ": " + inline(value, attributes));
        } else if (key.equals("author") && name == null && !value.isEmpty()) {
          name = inline(value, attributes);
        }
        continue;
      }
      Matcher title = TITLE.matcher(t);
      if (title.matches()) {
        int level = title.group(1).length() - 1;
        String text = inline(title.group(2), attributes);
        if (level == 0 && name == null) {
          name = text;
          // The author and revision lines right under the title: "Ada Lovelace <ada@example.com>".
          if (i + 1 < n && !lines.get(i + 1).isBlank() && !lines.get(i + 1).strip().startsWith(":")) {
            String author = lines.get(++i).strip();
            Matcher mail = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>").matcher(author);
            if (mail.find()) {
              contacts.add("Email: " + mail.group(1));
            }
          }
          continue;
        }
        titles.add(new String[] {String.valueOf(level), text});
        out.add(SourceMarkup.TITLE + text);
        continue;
      }
      Matcher blockTitle = BLOCK_TITLE.matcher(t);
      if (blockTitle.matches() && !LIST.matcher(t).matches()) {
        out.add(inline(blockTitle.group(1), attributes));
        continue;
      }
      if (t.isEmpty()) {
        out.add("");
        continue;
      }
      out.add(line(t, i + 1 < n ? lines.get(i + 1).strip() : "", attributes));
      if (out.getLast() != null && out.getLast().endsWith(":") && DESCRIPTION.matcher(t).matches()
          && i + 1 < n && !lines.get(i + 1).isBlank() && !DESCRIPTION.matcher(lines.get(i + 1).strip()).matches()) {
        out.set(out.size() - 1, out.getLast() + " " + inline(lines.get(++i).strip(), attributes));
      }
    }
    if (cells != null) {
      table(cells, columns, out);
    }
    List<String> all = new ArrayList<>();
    if (name != null) {
      all.add(name);
    }
    all.addAll(contacts);
    all.add("");
    for (String l : out) {
      if (l != null) { // "+": the next block belongs to the item above
        all.add(l);
      }
    }
    Set<String> headings = sectionHeadings(titles);
    return new SourceMarkup.Plain(SourceMarkup.titled(all, headings), headings);
  }

  /** One line's own markup: a bullet, a description ("Label:: a, b"), an admonition, inline markup. */
  private static String line(String t, String next, Map<String, String> attributes) {
    Matcher list = LIST.matcher(t);
    if (list.matches()) {
      return "- " + inline(list.group(1), attributes);
    }
    Matcher description = DESCRIPTION.matcher(t);
    if (description.matches() && !description.group(1).contains("://") && !description.group(1).endsWith(":")) {
      String term = inline(description.group(1).strip(), attributes);
      String value = description.group(2) == null ? "" : inline(description.group(2).strip(), attributes);
      return value.isEmpty() ? term + ":" : term + ": " + value;
    }
    String plain = ADMONITION.matcher(t).replaceFirst("");
    plain = plain.endsWith(" +") ? plain.substring(0, plain.length() - 2) : plain; // a hard line break
    return inline(plain, attributes);
  }

  /** The titles of the level the sections use: the highest level holding a title the lexicon knows. */
  private static Set<String> sectionHeadings(List<String[]> titles) {
    int level = Integer.MAX_VALUE;
    for (String[] t : titles) {
      if (Section.of(t[1]) != null) {
        level = Math.min(level, Integer.parseInt(t[0]));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String[] t : titles) {
      if (Integer.parseInt(t[0]) == level) {
        out.add(t[1]);
      }
    }
    return out;
  }

  /** "| a | b", "a|cell", "2+|wide": a table line's cells, their specifiers dropped. */
  private static List<String> cellsOf(String line) {
    List<String> out = new ArrayList<>();
    String[] parts = line.split("(?<!\\\\)[|!]", -1);
    for (int k = 1; k < parts.length; k++) {
      String cell = parts[k];
      if (k + 1 < parts.length) {
        cell = cell.replaceFirst("\\s(?:\\d+[+*])?(?:\\.?\\d+)?[<^>]?(?:\\.[<^>])?[adehlmsv]?$", "");
      }
      out.add(cell.strip());
    }
    if (parts.length > 0 && !parts[0].isBlank()) { // text before the first "|" continues the last cell
      out.add(0, parts[0].strip());
    }
    return out;
  }

  private static int columnCount(String cols) {
    String c = cols.strip();
    if (c.matches("\\d{1,2}\\*?")) {
      return Integer.parseInt(c.replace("*", ""));
    }
    return c.split(",").length;
  }

  private static void table(List<String> cells, int columns, List<String> out) {
    out.add("");
    int cols = Math.max(1, columns);
    for (int k = 0; k < cells.size(); k += cols) {
      List<String> row = new ArrayList<>();
      for (int c = k; c < Math.min(cells.size(), k + cols); c++) {
        String v = inline(cells.get(c), Map.of());
        if (!v.isBlank()) {
          row.add(v);
        }
      }
      if (row.size() == 2 && row.get(0).length() <= 30 && row.get(0).chars().noneMatch(Character::isDigit)) {
        out.add(row.get(0) + ": " + row.get(1));
      } else {
        out.add(String.join(" | ", row));
      }
    }
    out.add("");
  }

  /** "link:url[text]", "mailto:a@b[text]", "xref:id[text]", "https://url[text]": the text, else the target. */
  private static final Pattern LINK = Pattern.compile(
      "(?:link:|mailto:|xref:)([^\\s\\[\\]]+)\\[([^\\]]*)\\]|(https?://[^\\s\\[\\]]+)\\[([^\\]]*)\\]");
  private static final Pattern CROSS_REFERENCE = Pattern.compile("<<([^,>]*)(?:,\\s*([^>]*))?>>");
  private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]{1,40})\\}");

  /** A line's inline markup dropped to its text: links, references, {attributes} (once, never again), emphasis. */
  static String inline(String s, Map<String, String> attributes) {
    String t = ATTRIBUTE_REFERENCE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        attributes.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(0))));
    t = t.replaceAll("(?:image|icon|anchor|indexterm2?):[^\\s\\[]*\\[[^\\]]*\\]", "")
        .replaceAll("(?:footnote|kbd|btn|menu|pass):[^\\s\\[]*\\[([^\\]]*)\\]", "$1");
    t = LINK.matcher(t).replaceAll(m -> {
      String target = m.group(1) != null ? m.group(1) : m.group(3);
      String text = (m.group(1) != null ? m.group(2) : m.group(4)).replaceFirst(",\\s*\\w+=.*$", "")
          .replaceFirst("\\^$", "").strip();
      return Matcher.quoteReplacement(text.isEmpty() ? target : text);
    });
    t = CROSS_REFERENCE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
        m.group(2) == null ? m.group(1) : m.group(2)));
    t = t.replaceAll("\\[\\.[\\w.-]+\\]#([^#]*)#", "$1").replaceAll("##([^#]+)##", "$1")
        .replaceAll("(?<![\\w#])#([^#\\s][^#]*)#(?![\\w#])", "$1");
    t = t.replaceAll("\\*\\*([^*]+)\\*\\*", "$1").replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "$1");
    t = t.replaceAll("__([^_]+)__", "$1").replaceAll("(?<![\\w_])_([^_\\s][^_]*)_(?![\\w_])", "$1");
    t = t.replaceAll("``([^`]+)``", "$1").replaceAll("(?<![\\w`])`([^`\\s][^`]*)`(?![\\w`])", "$1")
        .replaceAll("\\+\\+\\+([^+]*)\\+\\+\\+", "$1").replaceAll("(?<![\\w+])\\+([^+\\s][^+]*)\\+(?![\\w+])", "$1");
    return t.replace("{nbsp}", " ").replace("{sp}", " ").replace("(C)", "©").replace("--", "–")
        .replaceAll("\\\\([*_#`+\\[{])", "$1").strip();
  }
}
