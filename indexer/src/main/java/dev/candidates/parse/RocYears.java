package dev.candidates.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Taiwan's Republic of China (民國) calendar: "民國110年3月～民國112年2月" is March 2021 to February 2023 (year 1 is 1912).
 * Rewritten to Gregorian years before the date grammar reads the text, and the end of a range that leaves out the
 * era ("民國107年8月～110年2月") with it.
 */
final class RocYears {
  private RocYears() {}

  /** The era before a year of one to three digits; the text is folded, so 國 reads 国. */
  private static final Pattern ROC = Pattern.compile("(?:中华)?民国\\s{0,2}(\\d{1,3})\\s{0,2}年");
  /** The end of a range right after a rewritten year: "～110年2月". */
  private static final Pattern RANGE_END = Pattern.compile("^(\\d{1,2}月)?\\s{0,3}(?:[～~\\-–—－至到]|到)\\s{0,3}(\\d{2,3})\\s{0,2}年");

  static String gregorian(String text) {
    if (text.indexOf("民国") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = ROC.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append(year(m.group(1))).append('年');
      last = m.end();
      Matcher end = RANGE_END.matcher(text).region(last, Math.min(text.length(), last + 16));
      if (end.lookingAt()) {
        out.append(text, last, end.start(2)).append(year(end.group(2))).append('年');
        last = end.end();
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  private static int year(String roc) {
    return 1911 + Integer.parseInt(roc);
  }
}
