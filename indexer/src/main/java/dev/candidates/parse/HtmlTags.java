package dev.candidates.parse;

/** Markup left in a field (FRESH, Markdown HTML blocks): tags removed by one linear scan, common entities decoded. */
final class HtmlTags {
  private HtmlTags() {}

  static String strip(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '<') {
        int close = s.indexOf('>', i);
        boolean tag = close > i && close - i < 200 && i + 1 < s.length()
            && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!');
        if (tag) {
          String name = s.substring(i + 1, Math.min(close, i + 4)).toLowerCase(java.util.Locale.ROOT);
          sb.append(name.startsWith("br") || name.startsWith("p") || name.startsWith("li") || name.startsWith("/p")
              || name.startsWith("div") ? "\n" : "");
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&nbsp;", " ");
  }
}
