package dev.candidates.extract;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * An HTML résumé (a saved web page or a job site's export) to text, through jsoup's HTML5 parser, which reads any
 * input in one linear pass (hostile markup such as 100 KB of {@code <} costs what its size costs): scripts, styles
 * and the head are dropped, block elements become line breaks, list items become "- " lines, table cells are joined
 * with " | ", and character references are decoded. The charset comes from a byte-order mark or a {@code <meta>}
 * declaration (looked for in the first 4 KB only), else UTF-8.
 */
final class HtmlText {
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]{0,200}charset\\s*=\\s*[\"']?([\\w.:-]+)");
  /** Never the résumé's text: code, the head, and a site's navigation ("Home Blog CV" above the name). */
  private static final Set<String> DROPPED = Set.of("script", "style", "head", "noscript", "template", "svg",
      "object", "iframe", "nav");
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
      "ol", "dl", "dt", "dd", "table", "thead", "tbody", "section", "article", "header", "footer", "aside", "main",
      "nav", "blockquote", "pre", "hr", "address", "form", "fieldset", "figure", "figcaption", "li");

  private HtmlText() {}

  static String read(byte[] bytes) {
    // jsoup pulls its input through this reader a buffer at a time, so an interrupt (the intake's deadline) stops
    // the tree building too, not only the walk below.
    Document doc = Parser.htmlParser().parseInput(new InterruptibleReader(decode(bytes)), "");
    StringBuilder out = new StringBuilder();
    doc.body().filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (Thread.currentThread().isInterrupted()) {
          return FilterResult.STOP; // the intake's deadline passed: its caller throws away what there is
        }
        if (node instanceof TextNode t) {
          out.append(inPre(t) ? t.getWholeText() : collapse(t.getWholeText()));
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (DROPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("li")) {
            out.append("\n- ");
          } else if (BLOCKS.contains(tag)) {
            out.append('\n');
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("td") || tag.equals("th")) {
            out.append(" | ");
          } else if (BLOCKS.contains(tag)) {
            out.append('\n');
          }
        }
        return FilterResult.CONTINUE;
      }
    });
    StringBuilder sb = new StringBuilder();
    for (String line : out.toString().split("\n")) {
      String l = trimBars(line.strip());
      if (!l.isEmpty() && !l.equals("-")) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  /** A string's chars that stop coming once the reading thread is interrupted. */
  private static final class InterruptibleReader extends Reader {
    private final StringReader in;

    InterruptibleReader(String s) {
      this.in = new StringReader(s);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("reading the HTML was stopped");
      }
      return in.read(buf, off, len);
    }

    @Override
    public void close() {
      in.close();
    }
  }

  private static boolean inPre(TextNode t) {
    for (Node p = t.parent(); p != null; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  /** HTML collapses runs of source white space to one space; a non-breaking space stays (the cleaner maps it). */
  private static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    if (space) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /** A row's cells end in " | ": the bars at either end of a line, and doubled spaces, go. */
  private static String trimBars(String l) {
    int from = 0;
    int to = l.length();
    while (from < to && (l.charAt(from) == '|' || l.charAt(from) == ' ')) {
      from++;
    }
    while (to > from && (l.charAt(to - 1) == '|' || l.charAt(to - 1) == ' ')) {
      to--;
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = l.charAt(i);
      if (c != ' ' || sb.isEmpty() || sb.charAt(sb.length() - 1) != ' ') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1));
    if (m.find()) {
      try {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Pages that say gb2312 are written in its supersets in practice.
        Charset cs = name.equals("gb2312") || name.equals("gbk") ? Charset.forName("GB18030") : Charset.forName(name);
        return new String(b, cs);
      } catch (IllegalArgumentException e) {
        // an unknown charset name: fall through to UTF-8
      }
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
