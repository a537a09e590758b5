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
    return value == null ? null : YearMonth.parse(value);
  }

  public static String format(YearMonth ym) {
    return ym == null ? null : ym.toString();
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
