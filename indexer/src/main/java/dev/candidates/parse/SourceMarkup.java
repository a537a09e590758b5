package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Résumé source files people send instead of the PDF they render to: LaTeX, reStructuredText and AsciiDoc, told by
 * file extension or media type. Each is written out as the plain lines the parser reads (a heading on its line, one
 * entry per line, bullets as "- …", "Label: a, b" rows) by its own reader; its markup never reaches a field.
 */
public enum SourceMarkup {
  LATEX(Set.of("tex", "latex", "ltx"), Set.of("text/x-tex", "application/x-tex", "text/x-latex",
      "application/x-latex")),
  RST(Set.of("rst", "rest"), Set.of("text/x-rst", "text/prs.fallenstein.rst")),
  ASCIIDOC(Set.of("adoc", "asciidoc"), Set.of("text/asciidoc", "text/x-asciidoc"));

  /** Sources are converted up to this length: ten times what the parser reads of any text, a linear pass. */
  static final int MAX_SOURCE_CHARS = 2_000_000;

  private final Set<String> extensions;
  private final Set<String> mediaTypes;

  SourceMarkup(Set<String> extensions, Set<String> mediaTypes) {
    this.extensions = extensions;
    this.mediaTypes = mediaTypes;
  }

  /** The plain lines, and which of them the source set as its section headings. */
  public record Plain(String text, Set<String> headings) {}

  /** The markup a kind names (a file name, an extension or a media type), or null for any other kind. */
  public static SourceMarkup of(String kind) {
    if (kind == null) {
      return null;
    }
    String k = kind.strip().toLowerCase(Locale.ROOT);
    int semi = k.indexOf(';');
    String type = (semi < 0 ? k : k.substring(0, semi)).strip();
    int dot = k.lastIndexOf('.');
    int slash = Math.max(k.lastIndexOf('/'), k.lastIndexOf('\\'));
    String ext = dot < 0 ? k : dot > slash ? k.substring(dot + 1) : "";
    for (SourceMarkup m : values()) {
      if (m.mediaTypes.contains(type) || m.extensions.contains(ext)) {
        return m;
      }
    }
    return null;
  }

  /** The source as plain lines. */
  public Plain read(String source) {
    String s = source.length() > MAX_SOURCE_CHARS ? source.substring(0, MAX_SOURCE_CHARS) : source;
    return switch (this) {
      case LATEX -> LatexText.read(s);
      case RST -> RstText.read(s);
      case ASCIIDOC -> AsciiDocText.read(s);
    };
  }

  /** Line-based sources' lines are cut to this length, so no pattern sees an unbounded line. */
  static final int MAX_LINE_CHARS = 4_000;

  /** A line-based source's lines: line ends of any kind, tabs as four spaces, each line cut to its limit. */
  static List<String> lines(String source) {
    List<String> out = new ArrayList<>();
    for (String l : source.split("\r\n|\r|\n", -1)) {
      String line = l.replace("\t", "    ");
      out.add(line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line);
    }
    return out;
  }

  /** Marks a title line until it is known whether it opens a section or only names an entry. */
  static final String TITLE = "\u0001";

  /**
   * Lines with their titles written out: a section's title apart between blank lines, any other title (a company
   * set as a sub-section title) right above its entry's lines, as the parser reads an entry; then tidied.
   */
  static String titled(List<String> lines, Set<String> sections) {
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      if (l.startsWith(TITLE)) {
        String t = l.substring(TITLE.length());
        out.append('\n').append(t).append(sections.contains(t) ? "\n\n" : "\n");
        if (!sections.contains(t)) {
          out.append(TITLE).append('\n'); // no blank line may follow: see below
        }
      } else {
        out.append(l).append('\n');
      }
    }
    return tidy(out.toString().replaceAll("\u0001\n(?:[ \t]*\n)*", ""));
  }

  /** Lines tidied the same way for every markup: runs of blanks and of separators closed up, empty lines merged. */
  static String tidy(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = true;
    for (String raw : text.toString().split("\n")) {
      String line = raw.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ")
          .replaceAll("\\s*\\|(?:\\s*\\|)+\\s*", " | ").strip();
      line = line.replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("^[-–•·]\\s*$", "").strip();
      line = line.replaceAll("\\s+([,.;:])(?=\\s|$)", "$1").replaceAll("^([-–]) \\|\\s*", "$1 ");
      if (line.isEmpty()) {
        if (!blank) {
          out.append('\n');
        }
        blank = true;
      } else {
        out.append(line).append('\n');
        blank = false;
      }
    }
    return out.toString();
  }
}
