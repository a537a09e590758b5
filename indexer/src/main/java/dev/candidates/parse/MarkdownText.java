package dev.candidates.parse;

import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown read as Markdown (commonmark-java with GFM tables), written back as the plain lines the parser reads: a
 * heading is a line of its own, a list item a bulleted line, a table row its cells joined by {@code |}, emphasis and
 * link markup gone (so {@code ###} and {@code **bold**} never reach a field). Résumé-builder extensions are dropped
 * first: {@code :::} column fences and {@code icon:name} tokens.
 */
public final class MarkdownText {
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownText() {}

  /** True for a Markdown file or media type, or text whose lines carry Markdown headings or emphasis. */
  static boolean isMarkdown(String kind, String text) {
    String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
    if (k.endsWith("md") || k.endsWith("markdown") || k.contains("text/markdown")) {
      return true;
    }
    if (!(k.isEmpty() || k.endsWith("txt") || k.contains("text/plain"))) {
      return false;
    }
    int marks = 0;
    int lines = 0;
    int i = 0;
    while (i < text.length() && lines < 400) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(i, Math.min(end, i + 200)).strip();
      if (line.startsWith("#") && line.length() > 2 && (line.indexOf("# ") >= 0) || line.startsWith("**")
          || line.startsWith(":::") || line.startsWith("|") && line.endsWith("|") && line.length() > 2) {
        marks++;
      }
      lines++;
      i = end + 1;
    }
    return marks >= 2;
  }

  /** The Markdown as plain lines, and which of them are its section headings. */
  record Read(String plain, java.util.Set<String> headings) {}

  /** The Markdown as plain lines. */
  public static String toPlain(String markdown) {
    return read(markdown).plain();
  }

  /**
   * The Markdown as plain lines, with the headings at the level its sections use: the highest level that holds a
   * heading the lexicon knows ("## 工作经历"). A heading at that level the lexicon lacks ("## 博客与开源") still opens a
   * section, so a project's bullets above it are not read as the skills or the jobs of a section it ended; one
   * followed by dates is an entry set as a heading ("## Acme Inc." then "2019 – 2021"), not a section.
   */
  static Read read(String markdown) {
    StringBuilder pre = new StringBuilder(markdown.length());
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith(":::")) {
        pre.append('\n');
        continue;
      }
      pre.append(withoutIcons(line)).append('\n');
    }
    Node doc = PARSER.parse(pre.toString());
    StringBuilder out = new StringBuilder(markdown.length());
    block(doc, out, "");
    return new Read(out.toString(), sectionHeadings(doc));
  }

  private static java.util.Set<String> sectionHeadings(Node doc) {
    int level = 7;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() < level && Section.of(text(h)) != null) {
        level = h.getLevel();
      }
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == level) {
        String t = text(h);
        if (Section.of(t) != null || t.length() <= 20 && t.chars().noneMatch(Character::isDigit) && !datedBelow(h)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Whether the two blocks under a heading hold a date range: the heading names an entry, not a section. */
  private static boolean datedBelow(Heading h) {
    int seen = 0;
    for (Node n = h.getNext(); n != null && seen < 2 && !(n instanceof Heading); n = n.getNext(), seen++) {
      StringBuilder sb = new StringBuilder();
      node(n, sb, "");
      for (String l : sb.toString().split("\n")) {
        if (DateRange.findFirst(l) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(Heading h) {
    StringBuilder sb = new StringBuilder();
    inline(h, sb);
    return sb.toString().replace('\n', ' ').strip();
  }

  private static String withoutIcons(String line) {
    int at = line.indexOf("icon:");
    if (at < 0) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length());
    int i = 0;
    while (at >= 0) {
      sb.append(line, i, at);
      int j = at + 5;
      while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '-'
          || line.charAt(j) == '_')) {
        j++;
      }
      sb.append(' ');
      i = j;
      at = line.indexOf("icon:", j);
    }
    return sb.append(line.substring(i)).toString();
  }

  private static void block(Node node, StringBuilder out, String prefix) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      node(n, out, prefix);
    }
  }

  private static void node(Node n, StringBuilder out, String prefix) {
    if (n instanceof Heading || n instanceof Paragraph) {
      StringBuilder line = new StringBuilder();
      inline(n, line);
      String text = line.toString();
      boolean first = true;
      for (String l : text.split("\n")) {
        out.append(first ? prefix : prefix.isEmpty() ? "" : "  ").append(l.strip()).append('\n');
        first = false;
      }
      if (n instanceof Heading) {
        out.append('\n');
      }
    } else if (n instanceof ListItem) {
      block(n, out, "- ");
    } else if (n instanceof TableBlock) {
      table(n, out);
    } else if (n instanceof FencedCodeBlock f) {
      out.append(f.getLiteral());
    } else if (n instanceof IndentedCodeBlock c) {
      for (String l : c.getLiteral().split("\n")) {
        out.append(l.strip()).append('\n');
      }
    } else if (n instanceof HtmlBlock h) {
      out.append(HtmlTags.strip(h.getLiteral())).append('\n');
    } else if (n instanceof ThematicBreak) {
      out.append('\n');
    } else if (n instanceof Block) {
      block(n, out, prefix);
    }
  }

  private static void table(Node table, StringBuilder out) {
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        StringBuilder line = new StringBuilder();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            StringBuilder c = new StringBuilder();
            inline(cell, c);
            String v = c.toString().replace('\n', ' ').strip();
            if (!v.isEmpty()) {
              line.append(line.isEmpty() ? "" : " | ").append(v);
            }
          }
        }
        out.append(line).append('\n');
      }
    }
    out.append('\n');
  }

  /** "%2B233%2024…" → "+233 24…"; a "+" stays a plus (a phone's), unlike in a form's query. */
  private static String decoded(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8).strip();
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static void inline(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append('\n');
      } else if (n instanceof Image || n instanceof HtmlInline) {
        out.append(n instanceof HtmlInline h && h.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br") ? "\n" : "");
      } else if (n instanceof Link l) {
        int at = out.length();
        inline(l, out);
        String dest = l.getDestination() == null ? "" : l.getDestination();
        String scheme = dest.toLowerCase(Locale.ROOT);
        if (scheme.startsWith("mailto:") || scheme.startsWith("tel:")) {
          // "[![Email](badge)](mailto:a@b.com)": a badge or a word links to the contact, which only the link holds
          String address = decoded(dest.substring(dest.indexOf(':') + 1).replaceFirst("\\?.*$", ""));
          if (out.indexOf(address, at) < 0) {
            out.append(out.length() > at ? " " : "").append(address);
          }
        } else if (out.substring(at).isBlank()) {
          out.append(dest); // a link without words (a badge, "<https://…>") is its address
        }
      } else {
        inline(n, out);
      }
    }
  }
}
