package dev.candidates.parse;

// Over 500 lines on purpose: one linear reader for LaTeX résumés (moderncv, awesome-cv, article), half of it tables.

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A LaTeX résumé source (moderncv, awesome-cv, a plain article or res.cls one) as the plain lines the parser reads.
 * One linear pass with no macro expansion, so no definition can recurse or blow up: comments are dropped, the
 * preamble keeps only who the person is ({@code \name}, {@code \email}, {@code \phone}, …), the templates' entry
 * macros become "Title | Company | City | Dates" lines, lists become "- …" bullets, and any other macro is dropped
 * while the text of its arguments stays. Braces are matched once up front; an unmatched one is ignored, so
 * unbalanced input still reads, and nesting depth costs nothing. Nothing is ever read from the disk
 * ({@code \input} is dropped with its argument).
 */
final class LatexText {
  private LatexText() {}

  /** Macros whose arguments are dropped unread (settings, definitions, files): how many braced arguments. */
  private static final Map<String, Integer> DROPPED = Map.ofEntries(
      Map.entry("documentclass", 1), Map.entry("usepackage", 1), Map.entry("RequirePackage", 1),
      Map.entry("input", 1), Map.entry("include", 1), Map.entry("includeonly", 1), Map.entry("InputIfFileExists", 3),
      Map.entry("includegraphics", 1), Map.entry("photo", 1), Map.entry("newcommand", 2), Map.entry("renewcommand", 2),
      Map.entry("providecommand", 2), Map.entry("DeclareRobustCommand", 2), Map.entry("newenvironment", 3),
      Map.entry("renewenvironment", 3), Map.entry("NewDocumentCommand", 3), Map.entry("RenewDocumentCommand", 3),
      Map.entry("newfontfamily", 2), Map.entry("setlength", 2), Map.entry("addtolength", 2), Map.entry("newlength", 1),
      Map.entry("setcounter", 2), Map.entry("addtocounter", 2), Map.entry("vspace", 1), Map.entry("hspace", 1),
      Map.entry("geometry", 1), Map.entry("hypersetup", 1), Map.entry("pagestyle", 1), Map.entry("thispagestyle", 1),
      Map.entry("definecolor", 3), Map.entry("colorlet", 2), Map.entry("color", 1), Map.entry("textcolor", 1),
      Map.entry("colorbox", 1), Map.entry("setmainfont", 1), Map.entry("setsansfont", 1), Map.entry("setmonofont", 1),
      Map.entry("setCJKmainfont", 1), Map.entry("setCJKsansfont", 1), Map.entry("fontspec", 1),
      Map.entry("moderncvstyle", 1), Map.entry("moderncvcolor", 1), Map.entry("moderncvtheme", 1),
      Map.entry("titleformat", 5), Map.entry("titlespacing", 4), Map.entry("label", 1), Map.entry("ref", 1),
      Map.entry("cite", 1), Map.entry("nocite", 1), Map.entry("bibliography", 1), Map.entry("bibliographystyle", 1),
      Map.entry("addbibresource", 1), Map.entry("rule", 2), Map.entry("parbox", 1), Map.entry("raisebox", 1),
      Map.entry("resizebox", 2), Map.entry("scalebox", 1), Map.entry("fontsize", 2), Map.entry("multicolumn", 2),
      Map.entry("multirow", 2), Map.entry("cline", 1), Map.entry("setstretch", 1), Map.entry("linespread", 1),
      Map.entry("usetikzlibrary", 1), Map.entry("pdfbookmark", 2), Map.entry("setlist", 1), Map.entry("newpage", 0),
      Map.entry("fancyhf", 1), Map.entry("fancyhead", 1), Map.entry("fancyfoot", 1), Map.entry("makecvfooter", 3),
      Map.entry("footer", 3), Map.entry("colorizelinks", 0), Map.entry("sethlcolor", 1), Map.entry("enlargethispage", 1));

  /** Control words that stand for a character or a space. */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
      Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
      Map.entry("L", "Ł"), Map.entry("i", "i"), Map.entry("j", "j"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
      Map.entry("textbar", " | "), Map.entry("textbullet", " • "), Map.entry("bullet", " • "), Map.entry("cdot", " · "),
      Map.entry("cdotp", " · "), Map.entry("textperiodcentered", " · "), Map.entry("textendash", "–"),
      Map.entry("textemdash", "—"), Map.entry("textasciitilde", "~"), Map.entry("textbackslash", "\\"),
      Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("LaTeXe", "LaTeX2e"), Map.entry("XeTeX", "XeTeX"),
      Map.entry("texttrademark", "™"), Map.entry("textregistered", "®"), Map.entry("copyright", "©"),
      Map.entry("pounds", "£"), Map.entry("euro", "€"), Map.entry("texteuro", "€"), Map.entry("textdegree", "°"),
      Map.entry("times", "×"), Map.entry("sim", "~"), Map.entry("slash", "/"), Map.entry("textquoteright", "’"),
      Map.entry("textquoteleft", "‘"), Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
      Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("enskip", " "), Map.entry("enspace", " "),
      Map.entry("thinspace", " "), Map.entry("space", " "), Map.entry("hfil", " "), Map.entry("hfill", " | "),
      Map.entry("dotfill", " | "), Map.entry("hrulefill", " | "), Map.entry("newline", "\n"), Map.entry("linebreak", "\n"),
      Map.entry("par", "\n"), Map.entry("break", "\n"), Map.entry("cr", "\n"), Map.entry("vfill", "\n"),
      Map.entry("smallskip", "\n"), Map.entry("medskip", "\n"), Map.entry("bigskip", "\n"), Map.entry("hline", "\n"),
      Map.entry("vert", " | "), Map.entry("mid", " | "), Map.entry("textsection", "§"), Map.entry("S", "§"),
      Map.entry("faPhone", " "), Map.entry("faEnvelope", " "), Map.entry("and", ", "), Map.entry("textasciicircum", "^"));

  /** Accent commands and the combining marks they put on the next letter. */
  private static final Map<Character, Character> ACCENTS = Map.ofEntries(
      Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'),
      Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('c', '\u0327'),
      Map.entry('v', '\u030C'), Map.entry('u', '\u0306'), Map.entry('H', '\u030B'), Map.entry('r', '\u030A'),
      Map.entry('k', '\u0328'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));

  /** Macros whose arguments are read apart and written out as the parser's lines (see {@link #render}). */
  private static final Map<String, Integer> SHAPED = Map.ofEntries(
      Map.entry("name", 2), Map.entry("firstname", 1), Map.entry("familyname", 1), Map.entry("lastname", 1),
      Map.entry("author", 1), Map.entry("title", 1), Map.entry("position", 1), Map.entry("tagline", 1),
      Map.entry("address", 3), Map.entry("location", 1), Map.entry("phone", 1), Map.entry("mobile", 1),
      Map.entry("email", 1), Map.entry("homepage", 1), Map.entry("social", 1), Map.entry("github", 1),
      Map.entry("gitlab", 1), Map.entry("linkedin", 1), Map.entry("twitter", 1), Map.entry("orcid", 1),
      Map.entry("extrainfo", 1), Map.entry("quote", 1), Map.entry("section", 1), Map.entry("cvsection", 1),
      Map.entry("chapter", 1), Map.entry("subsection", 1), Map.entry("cvsubsection", 1), Map.entry("subsubsection", 1),
      Map.entry("cventry", 6), Map.entry("cvitem", 2), Map.entry("cvlistitem", 1), Map.entry("cvlistdoubleitem", 2),
      Map.entry("cvdoubleitem", 4), Map.entry("cvitemwithcomment", 3), Map.entry("cvline", 2),
      Map.entry("cvhonor", 4), Map.entry("cvskill", 2), Map.entry("href", 2), Map.entry("url", 1),
      Map.entry("item", 0), Map.entry("begin", 1), Map.entry("end", 1));

  /** Shaped macros nest at most this deep; deeper ones read as unknown macros (their text kept, nothing copied). */
  private static final int MAX_SHAPED_DEPTH = 32;

  static SourceMarkup.Plain read(String latex) {
    return new Reader(withoutComments(latex)).read();
  }

  /** "%" to the end of the line, and the line end and leading blanks after it, as TeX reads them; "\%" stays. */
  static String withoutComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
      } else if (c == '%') {
        int nl = s.indexOf('\n', i);
        if (nl < 0) {
          break;
        }
        i = nl + 1;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
          i++;
        }
      } else {
        out.append(c == '\r' ? '\n' : c);
        i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
      }
    }
    return out.toString();
  }

  /** A shaped macro whose arguments are being read. */
  private static final class Shaped {
    final String name;
    final int max;
    final List<String> args = new ArrayList<>();
    String option = "";

    Shaped(String name, int max) {
      this.name = name;
      this.max = max;
    }

    String arg(int k) {
      return k < args.size() ? args.get(k).strip() : "";
    }
  }

  /** An open argument of a shaped macro: where it closes and what it has read. */
  private record Arg(Shaped owner, int close, StringBuilder text, boolean option) {}

  private static final class Reader {
    private final String s;
    private final int[] match;
    private final ArrayDeque<Arg> open = new ArrayDeque<>();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder discarded = new StringBuilder();
    private final Set<String> headings = new LinkedHashSet<>();
    private final LatexHeader who = new LatexHeader();
    private boolean preamble;
    private boolean math;
    private String documentClass = "";

    Reader(String s) {
      this.s = s;
      this.match = braces(s);
    }

    SourceMarkup.Plain read() {
      int begin = s.indexOf("\\begin{document}");
      int end = s.indexOf("\\end{document}", Math.max(begin, 0));
      if (begin >= 0) {
        preamble = true;
        run(0, begin);
        open.clear();
        preamble = false;
      }
      run(begin < 0 ? 0 : begin + "\\begin{document}".length(), end < 0 ? s.length() : end);
      String text = who.lines(!documentClass.equals("moderncv")) + "\n" + body;
      return new SourceMarkup.Plain(SourceMarkup.tidy(text), headings);
    }

    /** Where text goes now: the innermost open argument, else the body (nothing in the preamble). */
    private StringBuilder out() {
      Arg a = open.peek();
      return a != null ? a.text() : preamble ? discarded : body;
    }

    private void run(int from, int to) {
      int i = from;
      while (i < to) {
        Arg a = open.peek();
        if (a != null && i >= a.close()) {
          open.pop();
          if (a.option()) {
            a.owner().option = a.text().toString();
          } else {
            a.owner().args.add(a.text().toString());
          }
          i = more(a.owner(), a.close() + 1, to);
          continue;
        }
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> i = macro(i, to);
          case '{' -> i++;
          case '}' -> {
            i++;
            int j = skipBlank(i, to);
            boolean apart = j == i || s.indexOf('\n', i) >= 0 && s.indexOf('\n', i) < j; // "}{" or "}" line end "{"
            if (apart && j < to && s.charAt(j) == '{' && match[j] > 0 && (a == null || j < a.close())) {
              out().append(" | "); // "\resumeSubheading{Acme}{2019 -- 2021}": an unknown macro's arguments apart
              i = j;
            }
          }
          case '~' -> {
            out().append(' ');
            i++;
          }
          case '&' -> {
            out().append(" | ");
            i++;
          }
          case '$' -> {
            math = !math;
            i++;
          }
          case '|' -> {
            out().append(math ? " | " : "|");
            i++;
          }
          case '-' -> {
            int k = i;
            while (k < to && k - i < 3 && s.charAt(k) == '-') {
              k++;
            }
            out().append(k - i == 3 ? "—" : k - i == 2 ? "–" : "-");
            i = k;
          }
          case '`', '\'' -> {
            boolean pair = i + 1 < to && s.charAt(i + 1) == c;
            out().append(pair ? "\"" : c == '`' ? "‘" : "'");
            i += pair ? 2 : 1;
          }
          case '\n' -> {
            boolean paragraph = i + 1 < to && s.charAt(skipSpaces(i + 1, to)) == '\n';
            out().append(open.isEmpty() || paragraph ? "\n" : " ");
            i++;
          }
          default -> {
            out().append(c);
            i++;
          }
        }
      }
    }

    /** After a shaped macro's name or one of its arguments: the next argument, or the macro written out. */
    private int more(Shaped m, int i, int to) {
      int j = skipBlank(i, to);
      if (j < to && s.charAt(j) == '[' && m.args.isEmpty() && m.option.isEmpty()) {
        int close = optionEnd(j, to);
        if (close > 0) {
          open.push(new Arg(m, close, new StringBuilder(), true));
          return j + 1;
        }
      }
      if (j < to && s.charAt(j) == '{' && match[j] > 0 && m.args.size() < m.max
          && (open.isEmpty() || match[j] < open.peek().close())) {
        open.push(new Arg(m, match[j], new StringBuilder(), false));
        return j + 1;
      }
      render(m);
      if (m.name.equals("begin")) {
        return skipArguments("begin", i, settings(m.arg(0).replace("*", "")), to);
      }
      return i;
    }

    private int macro(int i, int to) {
      if (i + 1 >= to) {
        return to;
      }
      char c = s.charAt(i + 1);
      if (!Character.isLetter(c) && c != '@') {
        return symbol(c, i + 2, to);
      }
      int k = i + 1;
      while (k < to && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '@')) {
        k++;
      }
      String name = s.substring(i + 1, k);
      if (k < to && s.charAt(k) == '*') {
        k++;
      }
      int after = skipSpaces(k, to);
      if (name.equals("def") || name.equals("gdef") || name.equals("edef") || name.equals("let")) {
        return definition(name, after, to);
      }
      if (ACCENTS.containsKey(name.length() == 1 ? name.charAt(0) : ' ') && name.length() == 1) {
        return accent(name.charAt(0), after, to);
      }
      Integer dropped = DROPPED.get(name);
      if (dropped != null) {
        return skipArguments(name, after, dropped, to);
      }
      String word = WORDS.get(name);
      if (word != null) {
        out().append(word);
        return after;
      }
      Integer shaped = SHAPED.get(name);
      if (shaped != null && open.size() < MAX_SHAPED_DEPTH) {
        if (name.equals("url")) {
          return raw(after, to);
        }
        if (name.equals("item")) {
          return item(after, to);
        }
        if (name.equals("title") && !documentClass.equals("moderncv") && !preamble) {
          return after; // an article's \title in the body is its text
        }
        return more(new Shaped(name, shaped), k, to);
      }
      if (name.endsWith("Item") || name.endsWith("item")) {
        out().append("\n- ");
      } else if (name.toLowerCase(Locale.ROOT).contains("heading")) {
        out().append('\n');
      }
      if (k < to && s.charAt(k) == '[') {
        int close = optionEnd(k, to); // "\makecvheader[C]": an unknown macro's options are settings
        k = close > 0 ? close + 1 : k;
        after = skipSpaces(k, to);
      }
      int j = skipBlank(k, to);
      return j < to && s.charAt(j) == '{' ? j : after; // an unknown macro: its arguments read as text
    }

    private int symbol(char c, int i, int to) {
      if (ACCENTS.containsKey(c)) {
        return accent(c, i, to);
      }
      switch (c) {
        case '\\' -> {
          lineEnd(out());
          int j = i < to && s.charAt(i) == '*' ? i + 1 : i;
          if (j < to && s.charAt(j) == '[') {
            int close = optionEnd(j, to);
            j = close > 0 ? close + 1 : j;
          }
          int k = skipSpaces(j, to);
          return k < to && s.charAt(k) == '\n' ? k + 1 : j; // "…\\" then the line's own end: one line end
        }
        case ',', ';', ':', ' ', '\n' -> out().append(' ');
        case '-', '/', '@', '!' -> { }
        default -> out().append(c); // \& \% \$ \# \_ \{ \}
      }
      return i;
    }

    /** "\'e", "\'{e}", "\c{c}", "\'{\i}": the letter with its mark. */
    private int accent(char a, int i, int to) {
      String base;
      int next;
      if (i < to && s.charAt(i) == '{' && match[i] > 0) {
        String inner = s.substring(i + 1, match[i]).strip();
        base = inner.startsWith("\\") ? inner.substring(1, Math.min(2, inner.length())) : inner;
        next = match[i] + 1;
      } else if (i + 1 < to && s.charAt(i) == '\\') {
        base = String.valueOf(s.charAt(i + 1));
        next = i + 2;
      } else if (i < to) {
        base = String.valueOf(s.charAt(i));
        next = i + 1;
      } else {
        return i;
      }
      if (base.isEmpty() || base.length() > 2) {
        out().append(base);
        return next;
      }
      out().append(Normalizer.normalize(base.substring(0, 1) + ACCENTS.get(a), Normalizer.Form.NFC))
          .append(base.substring(1));
      return next;
    }

    /** "\item", "\item[Languages] Python, R": a bullet, or a "Label: " row when the item has a label. */
    private int item(int i, int to) {
      String label = "";
      int next = i;
      if (i < to && s.charAt(i) == '[') {
        int close = optionEnd(i, to);
        if (close > 0) {
          label = plain(s.substring(i + 1, close));
          next = skipSpaces(close + 1, to);
        }
      }
      boolean word = label.codePoints().anyMatch(Character::isLetterOrDigit);
      StringBuilder out = out();
      lineEnd(out);
      out.append(word ? label + ": " : "- ");
      return next;
    }

    /** "\def\x#1{…}", "\let\x\y": the definition dropped whole. */
    private int definition(String kind, int i, int to) {
      int j = i;
      if (j < to && s.charAt(j) == '\\') {
        j++;
        while (j < to && Character.isLetter(s.charAt(j))) {
          j++;
        }
        if (j == i + 1 && j < to) {
          j++;
        }
      }
      if (kind.equals("let")) {
        j = skipSpaces(j, to);
        if (j < to && s.charAt(j) == '=') {
          j = skipSpaces(j + 1, to);
        }
        if (j < to && s.charAt(j) == '\\') {
          j++;
          while (j < to && Character.isLetter(s.charAt(j))) {
            j++;
          }
        }
        return j;
      }
      int limit = Math.min(to, j + 200);
      while (j < limit && s.charAt(j) != '{' && s.charAt(j) != '\n') {
        j++;
      }
      return j < to && s.charAt(j) == '{' && match[j] > 0 ? match[j] + 1 : j;
    }

    /** A dropped macro's options and braced arguments, skipped unread; "\newcommand\x" takes its name bare. */
    private int skipArguments(String name, int i, int count, int to) {
      if (name.equals("documentclass")) {
        int j = skipOptions(i, to);
        if (j < to && s.charAt(j) == '{' && match[j] > 0) {
          documentClass = s.substring(j + 1, match[j]).strip().toLowerCase(Locale.ROOT);
        }
      }
      int j = i;
      int left = count;
      if (left > 0 && (name.startsWith("new") || name.startsWith("renew") || name.startsWith("provide")
          || name.startsWith("Declare"))) {
        j = skipSpaces(j, to);
        if (j < to && s.charAt(j) == '\\') { // \newcommand\x{…}
          j++;
          while (j < to && Character.isLetter(s.charAt(j))) {
            j++;
          }
          left--;
        }
      }
      while (true) {
        int b = left > 0 ? skipBlank(j, to) : j;
        if (b < to && s.charAt(b) == '[') {
          int close = optionEnd(b, to);
          if (close < 0) {
            return j;
          }
          j = close + 1;
        } else if (left > 0 && b < to && s.charAt(b) == '{' && match[b] > 0) {
          j = match[b] + 1;
          left--;
        } else {
          return j;
        }
      }
    }

    private int skipOptions(int i, int to) {
      int j = i;
      while (j < to && s.charAt(j) == '[') {
        int close = optionEnd(j, to);
        if (close < 0) {
          return j;
        }
        j = skipBlank(close + 1, to);
      }
      return j;
    }

    /** {@code url}: the group's characters as they are. */
    private int raw(int i, int to) {
      if (i < to && s.charAt(i) == '{' && match[i] > 0) {
        out().append(s, i + 1, match[i]);
        return match[i] + 1;
      }
      return i;
    }

    /** The "]" that closes an option opened at {@code i} on the same line, past braced groups; -1 when none. */
    private int optionEnd(int i, int to) {
      int limit = Math.min(to, i + 500);
      for (int j = i + 1; j < limit; j++) {
        char c = s.charAt(j);
        if (c == ']') {
          return j;
        }
        if (c == '\n') {
          return -1;
        }
        if (c == '{' && match[j] > 0) {
          j = match[j];
        } else if (c == '\\') {
          j++;
        }
      }
      return -1;
    }

    /** A line end, unless the text is at the start of a line already. */
    private static void lineEnd(StringBuilder out) {
      int n = out.length();
      while (n > 0 && out.charAt(n - 1) == ' ') {
        n--;
      }
      if (n > 0 && out.charAt(n - 1) != '\n') {
        out.append('\n');
      }
    }

    private int skipSpaces(int i, int to) {
      int j = i;
      while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j++;
      }
      return j;
    }

    /** Spaces and at most one line end, as between a macro's arguments. */
    private int skipBlank(int i, int to) {
      int j = skipSpaces(i, to);
      if (j < to && s.charAt(j) == '\n') {
        j = skipSpaces(j + 1, to);
      }
      return j;
    }

    /** A shaped macro with its arguments read, written where it stood (who the person is: kept for the top). */
    private void render(Shaped m) {
      if (LatexHeader.MACROS.contains(m.name)) {
        who.add(m.name, m.args.stream().map(String::strip).toList(), m.option.strip());
        return;
      }
      StringBuilder out = out();
      switch (m.name) {
        case "section", "cvsection", "chapter" -> {
          String h = oneLine(m.arg(0));
          out.append("\n\n").append(h).append("\n");
          if (!h.isEmpty() && !preamble) {
            headings.add(h);
          }
        }
        case "subsection", "cvsubsection", "subsubsection" -> out.append("\n").append(oneLine(m.arg(0))).append("\n");
        case "cventry" -> cventry(m, out);
        case "cvitem", "cvline", "cvskill" -> out.append("\n").append(labelled(m.arg(0), m.arg(1))).append("\n");
        case "cvitemwithcomment" -> out.append("\n").append(labelled(m.arg(0), m.arg(1)))
            .append(m.arg(2).isEmpty() ? "" : " (" + oneLine(m.arg(2)) + ")").append("\n");
        case "cvdoubleitem" -> out.append("\n").append(labelled(m.arg(0), m.arg(1))).append("\n")
            .append(labelled(m.arg(2), m.arg(3))).append("\n");
        case "cvlistitem" -> out.append("\n- ").append(oneLine(m.arg(0))).append("\n");
        case "cvlistdoubleitem" -> out.append("\n- ").append(oneLine(m.arg(0))).append("\n- ")
            .append(oneLine(m.arg(1))).append("\n");
        case "cvhonor" -> out.append("\n- ").append(joined(", ", m.arg(0), m.arg(1), m.arg(2), m.arg(3)))
            .append("\n");
        case "href" -> {
          String text = m.arg(1);
          String url = m.arg(0).replaceFirst("^(?i)(mailto|tel):", "");
          out.append(text.isBlank() ? url : text);
        }
        case "begin", "end" -> lineEnd(out);
        default -> out.append(String.join(" ", m.args));
      }
    }

    /** moderncv: {dates}{title}{org}{city}{grade}{text}; awesome-cv: {title}{org}{place}{dates}{items}. */
    private void cventry(Shaped m, StringBuilder out) {
      boolean datesFirst = documentClass.equals("moderncv")
          || !documentClass.equals("awesome-cv") && m.arg(0).chars().anyMatch(Character::isDigit);
      String line = datesFirst ? joined(" | ", m.arg(1), m.arg(2), m.arg(3), m.arg(0))
          : joined(" | ", m.arg(0), m.arg(1), m.arg(2), m.arg(3));
      out.append("\n").append(line).append("\n");
      String grade = datesFirst ? oneLine(m.arg(4)) : "";
      if (!grade.isEmpty()) {
        out.append(grade).append("\n");
      }
      out.append(datesFirst ? m.arg(5) : m.arg(4)).append("\n");
    }

    /** An environment's own arguments are settings: "{tabular}{ll}", "{minipage}[t]{0.5\textwidth}". */
    private static int settings(String env) {
      return switch (env) {
        case "tabular", "longtable", "array", "minipage", "multicols", "supertabular", "adjustbox", "tabu" -> 1;
        case "tabularx", "tabulary", "wrapfigure" -> 2;
        default -> 0;
      };
    }

    private String labelled(String label, String text) {
      String l = oneLine(label);
      String t = oneLine(text);
      return l.isEmpty() ? t : t.isEmpty() ? l : l + ": " + t;
    }
  }

  static String oneLine(String s) {
    return s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String joined(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      String v = oneLine(p);
      if (!v.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : sep).append(v);
      }
    }
    return sb.toString();
  }

  /** A short piece read on its own (an item's label). */
  private static String plain(String latex) {
    Reader r = new Reader(latex);
    return oneLine(r.read().text());
  }

  /** For each "{" its matching "}" (and the reverse), or -1 when it has none; escaped braces are not braces. */
  static int[] braces(String s) {
    int[] match = new int[s.length()];
    java.util.Arrays.fill(match, -1);
    int[] stack = new int[64];
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        if (depth == stack.length) {
          stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = i;
      } else if (c == '}' && depth > 0) {
        int o = stack[--depth];
        match[o] = i;
        match[i] = o;
      }
    }
    return match;
  }
}
