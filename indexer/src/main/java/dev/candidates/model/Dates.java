package dev.candidates.model;

import java.time.YearMonth;
import java.util.regex.Pattern;

/** The one date format of the profile model: "YYYY-MM". */
public final class Dates {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private Dates() {}

  /** Returns the value unchanged when it is null, blank-free "YYYY-MM"; otherwise explains what is wrong. */
  public static String checkMonth(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (!MONTH.matcher(v).matches()) {
      throw new IllegalArgumentException(field + " must be \"YYYY-MM\" (or null), got \"" + shorten(v) + "\"");
    }
    return v;
  }

  public static YearMonth parse(String value) {
    if (value == null) {
      return null;
    }
    // "YYYY-MM" is what checkMonth lets through; read it without DateTimeFormatter (it runs per job per profile).
    if (value.length() == 7 && value.charAt(4) == '-' && digit(value, 0) && digit(value, 1) && digit(value, 2)
        && digit(value, 3) && digit(value, 5) && digit(value, 6)) {
      int year = (value.charAt(0) - '0') * 1000 + (value.charAt(1) - '0') * 100 + (value.charAt(2) - '0') * 10
          + (value.charAt(3) - '0');
      int month = (value.charAt(5) - '0') * 10 + (value.charAt(6) - '0');
      if (month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return YearMonth.parse(value); // anything else: its own result or error, as before
  }

  private static boolean digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  public static String format(YearMonth ym) {
    return ym == null ? null : ym.toString();
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
