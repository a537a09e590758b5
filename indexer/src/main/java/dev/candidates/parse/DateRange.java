package dev.candidates.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date range as résumés write it: {@code 2022.08 - Present}, {@code 2019/03–至今}, {@code 2018年7月 - 2020年4月},
 * {@code Mar 2017 – Present}, {@code 2015-2018}, {@code 2020.04-2022.07}, {@code 03/2019 - 05/2021}. A null
 * {@code end} means "until now". A bare year starts in January and ends in January, so 2015-2018 is three years.
 */
public record DateRange(YearMonth start, YearMonth end, int from, int to) {

  private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String POINT = "(?:((?:19|20)\\d{2})\\s*(?:[./-]\\s*(\\d{1,2})(?!\\d)|年\\s*(\\d{1,2})\\s*月?)?"
      + "|" + MONTH_NAME + "\\s*,?\\s*((?:19|20)\\d{2})"
      + "|(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2}))";
  private static final String NOW = "(present|now|current|today|till now|to date|至今|现在|目前|今)";
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\d.])" + POINT + "\\s*(?:-{1,2}|–|—|~|～|to|至|－|until)\\s*(?:" + POINT + "|" + NOW + ")(?![\\d])",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** Every date range in the text, in order. Never throws. */
  public static List<DateRange> findAll(String text) {
    List<DateRange> out = new ArrayList<>();
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      YearMonth s = point(m, 1);
      YearMonth e = m.group(15) != null ? null : point(m, 8);
      if (s == null || (m.group(15) == null && e == null)) {
        continue;
      }
      if (e != null && e.isBefore(s)) {
        continue;
      }
      out.add(new DateRange(s, e, m.start(), m.end()));
    }
    return out;
  }

  public static DateRange findFirst(String text) {
    List<DateRange> all = findAll(text);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Groups base..base+6: year, month (dotted), month (年月), month name, year, month (MM/YYYY), year. */
  private static YearMonth point(Matcher m, int base) {
    try {
      if (m.group(base) != null) {
        int year = Integer.parseInt(m.group(base));
        String mm = m.group(base + 1) != null ? m.group(base + 1) : m.group(base + 2);
        int month = mm == null ? 1 : Integer.parseInt(mm);
        return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
      }
      if (m.group(base + 3) != null) {
        int month = MONTHS.get(m.group(base + 3).substring(0, 3).toLowerCase(Locale.ROOT));
        return YearMonth.of(Integer.parseInt(m.group(base + 4)), month);
      }
      if (m.group(base + 5) != null) {
        int month = Integer.parseInt(m.group(base + 5));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(m.group(base + 6)), month) : null;
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }
}
