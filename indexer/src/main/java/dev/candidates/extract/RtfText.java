package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * An RTF document to text. RTF is a plain-text format, so a small reader is enough: groups, control words, Unicode
 * escapes ({@code \\uN} with its {@code \\ucN} fallback skipped) and code-page bytes ({@code \\'hh}, decoded with the
 * document's {@code \\ansicpg}, e.g. 936 for Chinese). Destinations that are not body text (font and colour tables,
 * pictures, field instructions, metadata) are skipped.
 */
final class RtfText {
  private static final int MAX_DEPTH = 500;
  private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
      "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
      "datastore", "xmlnstbl", "fldinst", "filetbl", "revtbl", "header", "headerl", "headerr", "headerf", "footer",
      "footerl", "footerr", "footerf", "footnote", "bkmkstart", "bkmkend", "shppict", "nonshppict", "mmathPr",
      "pgdsctbl", "wgrffmtfilter", "xe", "tc");

  private RtfText() {}

  /** Per-group state: skipping this destination, and how many fallback characters follow a \\u escape. */
  private record Group(boolean skip, int uc) {}

  static String read(byte[] b, ExtractionLimits limits) throws ExtractionException {
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream pending = new ByteArrayOutputStream(); // \'hh bytes, decoded together (DBCS)
    Charset cs = Charset.forName("windows-1252");
    Deque<Group> stack = new ArrayDeque<>();
    Group g = new Group(false, 1);
    int skipFallback = 0;
    int i = 0;
    int n = b.length;
    while (i < n && out.length() < limits.maxChars()) {
      if ((i & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
        throw new ExtractionException(Kind.TIMEOUT, "extraction cancelled");
      }
      int c = b[i] & 0xFF;
      if (c != '\\' || i + 1 >= n || b[i + 1] != '\'') {
        flush(pending, out, cs);
      }
      if (c == '{') {
        if (stack.size() >= MAX_DEPTH) {
          throw new ExtractionException(Kind.CORRUPT, "the RTF document is damaged (groups nested too deeply)");
        }
        stack.push(g);
        i++;
        if (i + 1 < n && b[i] == '\\' && b[i + 1] == '*') {
          g = new Group(true, g.uc()); // an optional destination we do not know
          i += 2;
        }
        continue;
      }
      if (c == '}') {
        g = stack.isEmpty() ? g : stack.pop();
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        i++;
        continue;
      }
      if (c != '\\') {
        if (skipFallback > 0) {
          skipFallback--;
        } else if (!g.skip()) {
          out.append((char) c);
        }
        i++;
        continue;
      }
      // a control symbol or word
      if (i + 1 >= n) {
        break;
      }
      char s = (char) (b[i + 1] & 0xFF);
      if (s == '\'') {
        int v = i + 3 < n ? hex(b[i + 2], b[i + 3]) : -1;
        i += 4;
        if (skipFallback > 0) {
          skipFallback--;
        } else if (v >= 0 && !g.skip()) {
          pending.write(v);
        }
        continue;
      }
      if (!Character.isLetter(s)) {
        i += 2;
        if (!g.skip()) {
          switch (s) {
            case '\\', '{', '}' -> out.append(s);
            case '~' -> out.append(' ');
            case '_' -> out.append('-');
            case '\n', '\r' -> out.append('\n');
            default -> { } // \- optional hyphen, \* handled above
          }
        }
        continue;
      }
      int j = i + 1;
      while (j < n && Character.isLetter((char) (b[j] & 0xFF)) && j - i < 40) {
        j++;
      }
      String word = new String(b, i + 1, j - i - 1, StandardCharsets.ISO_8859_1);
      int k = j;
      if (k < n && (b[k] == '-' || Character.isDigit((char) (b[k] & 0xFF)))) {
        k++;
        while (k < n && Character.isDigit((char) (b[k] & 0xFF)) && k - j < 11) {
          k++;
        }
      }
      Integer param = k > j ? parseInt(new String(b, j, k - j, StandardCharsets.ISO_8859_1)) : null;
      if (k < n && b[k] == ' ') {
        k++; // the delimiter space belongs to the control word
      }
      i = k;
      if (SKIPPED.contains(word)) {
        g = new Group(true, g.uc());
        continue;
      }
      switch (word) {
        case "ansicpg" -> cs = codePage(param, cs);
        case "uc" -> g = new Group(g.skip(), param == null ? 1 : Math.max(0, param));
        case "u" -> {
          if (!g.skip() && param != null) {
            out.append((char) (param < 0 ? param + 65536 : param));
          }
          skipFallback = g.uc();
        }
        case "par", "line", "row", "sect", "page" -> text(out, g, "\n");
        case "tab" -> text(out, g, "\t");
        case "cell" -> text(out, g, " | ");
        case "bullet" -> text(out, g, "•");
        case "emdash" -> text(out, g, "—");
        case "endash" -> text(out, g, "–");
        case "lquote", "rquote" -> text(out, g, "'");
        case "ldblquote", "rdblquote" -> text(out, g, "\"");
        case "emspace", "enspace", "qmspace" -> text(out, g, " ");
        default -> { }
      }
    }
    flush(pending, out, cs);
    return out.toString().replaceAll("(?m)\\s*\\|\\s*$", "");
  }

  private static void text(StringBuilder out, Group g, String s) {
    if (!g.skip()) {
      out.append(s);
    }
  }

  private static void flush(ByteArrayOutputStream pending, StringBuilder out, Charset cs) {
    if (pending.size() > 0) {
      out.append(new String(pending.toByteArray(), cs));
      pending.reset();
    }
  }

  private static Charset codePage(Integer page, Charset fallback) {
    if (page == null) {
      return fallback;
    }
    try {
      return switch (page) {
        case 936 -> Charset.forName("GB18030");
        case 950 -> Charset.forName("Big5");
        case 932 -> Charset.forName("Shift_JIS");
        case 949 -> Charset.forName("x-windows-949");
        case 65001 -> StandardCharsets.UTF_8;
        default -> Charset.forName("windows-" + page);
      };
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static int hex(byte a, byte b) {
    int x = Character.digit((char) (a & 0xFF), 16);
    int y = Character.digit((char) (b & 0xFF), 16);
    return x < 0 || y < 0 ? -1 : x * 16 + y;
  }

  private static Integer parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
