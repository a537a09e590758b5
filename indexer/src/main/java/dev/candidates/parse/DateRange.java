package dev.candidates.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date range as résumés write it: {@code 2022.08 - Present}, {@code 2019/03–至今}, {@code 2016年5月到今},
 * {@code *2020 年 8 月 - 至今*}, {@code 22年5月-23年2月}, {@code 2019-09-01 至 2023-07-01}, {@code Aug. 2018 – May 2021},
 * {@code Summer 2013}, {@code 2015-2018}, {@code 03/2019 - 05/2021}, {@code 01/03/2019 – CURRENT} (day first), {@code Jan '21 – Mar '22}. A null {@code end} means "until now". A bare year
 * starts in January and ends in January, so 2015-2018 is three years.
 *
 * <p>When the end cannot be known — a reversed range, a placeholder ({@code 202X}, {@code xxxx.xx}) or a single date —
 * {@code endUnknown} is true and {@code end} equals {@code start}: no duration rather than a nonsense one.
 *
 * <p>The grammar is a bounded point pattern (no quantifier runs over unbounded input) tried at each candidate
 * position, then a separator and a second point looked for in a window of a few dozen characters: linear time.
 */
public record DateRange(YearMonth start, YearMonth end, int from, int to, boolean endUnknown) {

  public DateRange(YearMonth start, YearMonth end, int from, int to) {
    this(start, end, from, to, false);
  }

  private static final String Y4 = "((?:19|20)\\d{2})";
  /**
   * A month's name in English, and in the French, German, Spanish and Portuguese a European CV written in English
   * keeps for its dates ("Depuis janvier 2021", "März 2019", "sept. 2015"); {@link #monthNamed} reads it.
   */
  private static final String MONTH_NAME = "(jan(?:uary|v(?:ier)?|uar|eiro)?|j[äÄa]nner|ene(?:ro)?"
      + "|f[éÉe]v(?:r(?:ier)?|ereiro)?|feb(?:ruary|ruar|rero)?|mar(?:ch|s|zo|[çÇc]o)?|m[äÄ]r(?:z)?|marz|apr(?:il)?"
      + "|avr(?:il)?|abr(?:il)?|may(?:o)?|mai(?:o)?|jun(?:e|i|io|ho)?|juin|jul(?:y|i|io|ho)?|juil(?:let)?"
      + "|aug(?:ust)?|ao[uûÛ]t|ago(?:sto)?|sep(?:t(?:ember|embre|iembre)?)?|set(?:embro|iembre)?"
      + "|o[ck]t(?:ober|obre|ubre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?"
      + "|d[éÉe]c(?:ember|embre)?|dez(?:ember|embro)?|dic(?:iembre)?)\\.?";
  private static final Pattern POINT = Pattern.compile("(?<![\\d.A-Za-z])(?:"
      + Y4 + "(?: {0,2}[./-] {0,2}(\\d{1,2})(?!\\d)(?:[./-]\\d{1,2}(?!\\d))?| {0,2}年(?: {0,2}(\\d{1,2}) {0,2}月?)?)?"
      + "(?![\\dxX])"
      + "|" + MONTH_NAME + " {0,2},? {0,2}" + Y4
      + "|(spring|summer|fall|autumn|winter) {0,2},? {0,2}" + Y4
      + "|(\\d{1,2}) {0,2}/ {0,2}" + Y4
      + "|(\\d{2}) {0,2}年 {0,2}(\\d{1,2}) {0,2}月"
      + "|((?:19|20)[\\dxX]{2}(?:[./-][xX\\d]{1,2})?|[xX]{4}(?:[./-][xX]{1,2})?)(?![\\dA-Za-z])"
      + "|(\\d{1,2})[./](\\d{1,2})[./]" + Y4 + "(?!\\d)"
      + "|" + MONTH_NAME + " {0,2}['’‘](\\d{2})(?!\\d)"
      + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR = Pattern.compile(
      "[ *]{0,3}(?:-{1,2}|–|—|~|～|－|→|to|至|到|until)[ *]{0,3}", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOW = Pattern.compile(
      "(?:present|now|current|today|till now|till date|until date|to date|pr[ée]sent|aujourd['’]hui|actuel(?:lement)?|heute|aktuell|"
          + "presente|actualidad|atual|至今|现在|目前|仍在[職职]|在[職职]中|在[職职]|迄今|今)(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
  /** "since 03/2019", "seit 2019", "自 2019.03 起": a start alone at the head of its line or table cell, until now. */
  private static final Pattern SINCE = Pattern.compile("[\\s•·*-]{0,6}(since|seit|depuis|desde|自)\\s{0,3}",
      Pattern.CASE_INSENSITIVE);
  private static final int PLACEHOLDER = 12;
  /** A month name's first three letters, accents folded, in each language {@link #MONTH_NAME} reads. */
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("ene", 1),
      Map.entry("feb", 2), Map.entry("fev", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("avr", 4),
      Map.entry("abr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("aou", 8), Map.entry("ago", 8), Map.entry("sep", 9),
      Map.entry("set", 9), Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("out", 10), Map.entry("nov", 11),
      Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dic", 12));
  private static final Map<String, Integer> SEASONS = Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9,
      "winter", 12);

  /**
   * "19.03-至今", "16.07-19.02": two-digit years with their months, read only as a range (alone, "3.10" is a version
   * and "12.5" a number).
   */
  private static final Pattern SHORT_RANGE = Pattern.compile("(?<![\\d.A-Za-z])(\\d{2})\\.(0?[1-9]|1[0-2])"
      + "[ *]{0,2}(?:-{1,2}|–|—|~|～|至|到)[ *]{0,2}(?:(\\d{2})\\.(0?[1-9]|1[0-2])(?![\\d.]| ?[%％倍])|(至今|现在|今|present|now))",
      Pattern.CASE_INSENSITIVE);

  /** Every date range in the text, in order. Never throws. */
  public static List<DateRange> findAll(String text) {
    List<DateRange> out = fullYears(text);
    Matcher s = SHORT_RANGE.matcher(text);
    while (s.find()) {
      int from = s.start();
      if (out.stream().anyMatch(r -> r.from() < s.end() && from < r.to())) {
        continue; // inside a range of full years already read
      }
      YearMonth a = YearMonth.of(century(s.group(1)), Integer.parseInt(s.group(2)));
      YearMonth e = s.group(3) == null ? null : YearMonth.of(century(s.group(3)), Integer.parseInt(s.group(4)));
      DateRange r = e != null && e.isBefore(a) ? new DateRange(a, a, from, s.end(), true)
          : new DateRange(a, e, from, s.end());
      int at = 0;
      while (at < out.size() && out.get(at).from() < from) {
        at++;
      }
      out.add(at, r);
    }
    return out;
  }

  /** "19" → 2019, "98" → 1998: a two-digit year of a working life. */
  private static int century(String yy) {
    int y = Integer.parseInt(yy);
    return y <= 50 ? 2000 + y : 1900 + y;
  }

  private static List<DateRange> fullYears(String text) {
    List<DateRange> out = new ArrayList<>();
    Matcher m = POINT.matcher(text);
    int i = 0;
    while (i < text.length() && m.find(i)) {
      i = Math.max(m.end(), m.start() + 1);
      YearMonth a = point(m);
      boolean placeholderStart = m.group(PLACEHOLDER) != null;
      if (a == null && !placeholderStart) {
        continue;
      }
      Matcher sep = SEPARATOR.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12));
      if (!sep.lookingAt()) {
        int head = Math.max(Math.max(text.lastIndexOf('\n', m.start() - 1), text.lastIndexOf('|', m.start() - 1)),
            text.lastIndexOf('｜', m.start() - 1)) + 1;
        Matcher since = SINCE.matcher(text.substring(head, m.start()));
        if (a != null && m.start() - head <= 20 && since.matches()) {
          out.add(new DateRange(a, null, head + since.start(1), m.end())); // "since 03/2019 | Acme GmbH": until now
        }
        continue;
      }
      int at = sep.end();
      Matcher now = NOW.matcher(text).region(at, Math.min(text.length(), at + 12));
      Matcher b = POINT.matcher(text).region(at, Math.min(text.length(), at + 24));
      b.useTransparentBounds(true);
      if (now.lookingAt()) {
        i = now.end();
        if (a != null) {
          out.add(new DateRange(a, null, m.start(), now.end()));
        }
      } else if (a != null && sep.group().charAt(0) != ' '
          && openEnd(text, m.end() + sep.group().stripTrailing().length())) {
        // "2021.06--　　苏通港航…": a 履历's open end, until now
        out.add(new DateRange(a, null, m.start(), m.end() + sep.group().stripTrailing().length()));
      } else if (b.lookingAt()) {
        i = b.end();
        YearMonth e = point(b);
        if (a == null) {
          continue; // "xxxx.xx - xxxx.xx": no start, so no dates at all
        }
        if (b.group(PLACEHOLDER) != null || e == null || e.isBefore(a)) {
          out.add(new DateRange(a, a, m.start(), b.end(), true));
        } else {
          out.add(new DateRange(a, e, m.start(), b.end()));
        }
      }
    }
    return out;
  }

  /**
   * Nothing after a range's dash, written close to its start, but the end of the line or a gap of spaces before the
   * entry's text ("2019 - Acme Corp" is a year and a dash that parts it from the company).
   */
  private static boolean openEnd(String text, int at) {
    int spaces = 0;
    while (at + spaces < text.length() && (text.charAt(at + spaces) == ' ' || text.charAt(at + spaces) == '\u3000')) {
      spaces++;
    }
    return at + spaces == text.length() || text.charAt(at + spaces) == '\n' || spaces >= 2;
  }

  public static DateRange findFirst(String text) {
    List<DateRange> all = findAll(text);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The first single date ("Summer 2013", "2019.06") in the text, as a range with an unknown end; or null. */
  public static DateRange findSingle(String text) {
    Matcher m = POINT.matcher(text);
    while (m.find()) {
      YearMonth a = point(m);
      if (a != null) {
        return new DateRange(a, a, m.start(), m.end(), true);
      }
    }
    return null;
  }

  /** The month a point names; null for a placeholder or an impossible month. */
  private static YearMonth point(Matcher m) {
    try {
      if (m.group(1) != null) {
        String mm = m.group(2) != null ? m.group(2) : m.group(3);
        return month(Integer.parseInt(m.group(1)), mm == null ? 1 : Integer.parseInt(mm));
      }
      if (m.group(4) != null) {
        return month(Integer.parseInt(m.group(5)), monthNamed(m.group(4)));
      }
      if (m.group(6) != null) {
        return month(Integer.parseInt(m.group(7)), SEASONS.get(m.group(6).toLowerCase(Locale.ROOT)));
      }
      if (m.group(8) != null) {
        return month(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(8)));
      }
      if (m.group(10) != null) {
        return month(2000 + Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)));
      }
      if (m.group(16) != null) {
        // "Jan '21": the century the apostrophe leaves out, this one up to '50
        int yy = Integer.parseInt(m.group(17));
        return month(yy > 50 ? 1900 + yy : 2000 + yy, monthNamed(m.group(16)));
      }
      if (m.group(13) != null) {
        // "15/09/2016", "01.03.2019": day first (Europass, most of the world) unless the first number cannot be a
        // day of a month because the second is over 12 ("09/15/2016", American order)
        int a = Integer.parseInt(m.group(13));
        int b = Integer.parseInt(m.group(14));
        return month(Integer.parseInt(m.group(15)), b > 12 ? a : b);
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  /** The month a name gives: its first three letters with accents folded; "juin" and "juil" by their fourth. */
  private static Integer monthNamed(String name) {
    String n = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    if (n.startsWith("jui")) {
      return n.length() > 3 && n.charAt(3) == 'l' ? 7 : 6;
    }
    return MONTHS.get(n.substring(0, 3));
  }

  private static YearMonth month(int year, int month) {
    return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
  }
}
