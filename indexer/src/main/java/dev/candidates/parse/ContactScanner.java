package dev.candidates.parse;

/**
 * Finds an e-mail address and a phone number anywhere in a line, by hand rather than by regex: each character is
 * looked at a bounded number of times, so a hostile 20 KB token costs microseconds (issue 14).
 */
final class ContactScanner {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  private ContactScanner() {}

  /** The first plausible e-mail address in {@code s}, or null. */
  static String email(String s) {
    int from = 0;
    while (true) {
      int at = s.indexOf('@', from);
      if (at < 0) {
        return null;
      }
      from = at + 1;
      int b = at;
      while (b > 0 && at - b < MAX_LOCAL && isLocal(s.charAt(b - 1))) {
        b--;
      }
      int e = at + 1;
      while (e < s.length() && e - at <= MAX_DOMAIN && isDomain(s.charAt(e))) {
        e++;
      }
      while (e > at + 1 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')) {
        e--;
      }
      while (b < at && s.charAt(b) == '.') {
        b++;
      }
      if (b == at || e == at + 1) {
        continue;
      }
      String domain = s.substring(at + 1, e);
      int dot = domain.lastIndexOf('.');
      if (dot <= 0 || domain.length() - dot - 1 < 2 || !letters(domain.substring(dot + 1))) {
        continue;
      }
      return s.substring(b, e);
    }
  }

  /**
   * The first phone number in {@code s}: 7–15 digits with spaces, dashes, dots or parentheses between them, an
   * optional leading {@code +}. A masked number ({@code 139****1111}, {@code 155xxxxxx06}) is none; so is a date.
   */
  static String phone(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean startable = isDigit(c) || (c == '+' || c == '(') && i + 1 < n && (isDigit(s.charAt(i + 1))
          || s.charAt(i + 1) == '+');
      if (!startable || i > 0 && (isDigit(s.charAt(i - 1)) || Character.isLetter(s.charAt(i - 1))
          && s.charAt(i - 1) < 0x2E80 || s.charAt(i - 1) == '*' || s.charAt(i - 1) == '.')) {
        i++;
        continue;
      }
      int j = i;
      int digits = 0;
      boolean dots = false;
      while (j < n && j - i < 24 && (isDigit(s.charAt(j)) || isPhoneSeparator(s.charAt(j)))) {
        if (isDigit(s.charAt(j))) {
          digits++;
        } else if (s.charAt(j) == '.') {
          dots = true;
        }
        j++;
      }
      int end = j;
      while (end > i && !isDigit(s.charAt(end - 1))) {
        end--;
      }
      boolean masked = j < n && (s.charAt(j) == '*' || s.charAt(j) == 'x' || s.charAt(j) == 'X'
          || s.charAt(j) == '×');
      boolean glued = end < n && Character.isLetter(s.charAt(end)) && s.charAt(end) < 0x2E80 && end == j;
      String run = s.substring(i, end);
      if (!masked && !glued && digits >= 7 && digits <= 15 && !(dots && digits != 11)
          && DateRange.findFirst(run) == null && !looksLikeYearSpan(run)) {
        return run.strip();
      }
      i = Math.max(j, i + 1);
      while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '*' || s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
        i++; // skip the rest of a masked or rejected number
      }
    }
    return null;
  }

  private static boolean looksLikeYearSpan(String run) {
    String d = run.replaceAll("[^0-9]", "");
    return d.length() == 8 && (d.startsWith("19") || d.startsWith("20")) && (d.startsWith("19", 4)
        || d.startsWith("20", 4)) && !run.startsWith("+");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPhoneSeparator(char c) {
    return c == ' ' || c == '-' || c == '–' || c == '—' || c == '.' || c == '(' || c == ')' || c == '+'
        || c == '\u00A0';
  }

  private static boolean isLocal(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
  }

  private static boolean isDomain(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
  }

  private static boolean letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
