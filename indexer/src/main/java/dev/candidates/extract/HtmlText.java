package dev.candidates.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML résumé (a saved web page or a job site's export) to text: scripts, styles and the head are dropped, block
 * elements become line breaks, list items become "- " lines, table cells are joined with " | ", and character
 * references are decoded. The charset comes from a byte-order mark or a {@code <meta>} declaration, else UTF-8.
 */
final class HtmlText {
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern DROPPED = Pattern.compile(
      "(?is)<!--.*?-->|<(script|style|head|noscript|template|svg)\\b.*?</\\1\\s*>");
  private static final Pattern BLOCK = Pattern.compile(
      "(?i)</?(?:p|div|br|tr|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|section|article|header|footer|aside|main|nav"
          + "|blockquote|pre|hr|address|form|fieldset|figure|figcaption)\\b[^>]*>");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]{2,8});");
  private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("amp", "&"),
      Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
      Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
      Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
      Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("times", "×"), Map.entry("eacute", "é"),
      Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("aacute", "á"), Map.entry("uuml", "ü"),
      Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"),
      Map.entry("iacute", "í"), Map.entry("oacute", "ó"), Map.entry("ntilde", "ñ"), Map.entry("deg", "°"),
      Map.entry("emsp", " "), Map.entry("ensp", " "), Map.entry("thinsp", " "), Map.entry("shy", "\u00AD"));

  private HtmlText() {}

  static String read(byte[] bytes) {
    String html = decode(bytes);
    String t = html.replaceAll("[ \\t\\r\\n\\f]+", " "); // HTML collapses source white space
    t = DROPPED.matcher(t).replaceAll(" ");
    t = LIST_ITEM.matcher(t).replaceAll("\n- ");
    t = CELL_END.matcher(t).replaceAll(" | ");
    t = BLOCK.matcher(t).replaceAll("\n");
    t = TAG.matcher(t).replaceAll("");
    t = ENTITY.matcher(t).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
    StringBuilder sb = new StringBuilder();
    for (String line : t.split("\n")) {
      String l = line.strip().replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll(" {2,}", " ");
      if (!l.isEmpty() && !l.equals("-")) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  private static String entity(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return "\uFFFD";
    }
    return ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), "&" + name + ";");
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
