package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A résumé pasted into an e-mail: the mail's header ({@code From:}, {@code Subject:}, …), the covering letter above a
 * separator ({@code -------- CV --------}) and the mail client's line wrapping are not the résumé. Also mends a date
 * broken over two lines ({@code Jun} / {@code 2017 - Feb 2021}) in any text.
 */
final class MailText {
  private static final Pattern HEADER = Pattern.compile(
      "(?i)^(?:from|sent|date|to|cc|bcc|subject|reply-to|发件人|收件人|抄送|主题|发送时间|日期)\\s?[:：].*");
  /** "-------- CV --------", "----- Original Message -----", "=====": a line that only frames the mail's parts. */
  private static final Pattern SEPARATOR = Pattern.compile("^[-=_~*]{3,}[^-=_~*]{0,40}[-=_~*]{3,}$|^[-=_~*]{5,}$");
  private static final Pattern SENT_FROM = Pattern.compile("(?i)^sent from my .{1,40}$|^发自我的.{1,20}$");
  private static final Pattern MONTH_END = Pattern.compile("(?i)(?:^|[\\s,(])(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
      + "|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\\.?$");
  private static final Pattern YEAR_START = Pattern.compile("^(?:19|20)\\d\\d\\b.*");
  /** "Engineer, Mar 2021 - now": the words before the dates are one piece, the end of the line above. */
  private static final Pattern FRAGMENT_THEN_DATE = Pattern.compile("^[\\p{L}][\\p{L}'.&-]*(?: [\\p{L}'.&-]+){0,2},? ");
  private static final int WRAP = 80;

  private MailText() {}

  /** The text without a mail's header and covering letter, its wrapped lines joined; other text as it came. */
  static String read(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (mail(lines)) {
      lines = unwrapped(withoutLetter(lines));
    }
    return String.join("\n", withDatesJoined(lines));
  }

  /** Two or more header fields among the first non-blank lines. */
  private static boolean mail(List<String> lines) {
    int fields = 0;
    int seen = 0;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (++seen > 6) {
        break;
      }
      fields += HEADER.matcher(l.strip()).matches() ? 1 : 0;
    }
    return fields >= 2;
  }

  private static List<String> withoutLetter(List<String> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++; // the header fields and a subject wrapped onto the next line
    }
    List<String> rest = new ArrayList<>(lines.subList(i, lines.size()));
    // the covering letter: what lies above the first separator near the top
    for (int k = 0; k < Math.min(rest.size(), 60); k++) {
      if (SEPARATOR.matcher(rest.get(k).strip()).matches()) {
        rest = new ArrayList<>(rest.subList(k + 1, rest.size()));
        break;
      }
    }
    // a closing separator with at most a line or two after it ("-------- end --------")
    for (int k = rest.size() - 1; k >= 0 && k >= rest.size() - 4; k--) {
      if (SEPARATOR.matcher(rest.get(k).strip()).matches()) {
        rest = new ArrayList<>(rest.subList(0, k));
        break;
      }
    }
    rest.removeIf(l -> SENT_FROM.matcher(l.strip()).matches());
    return rest;
  }

  /**
   * Joins what the mail client wrapped: a line ending in a comma or inside a name, continued by one that starts in
   * lower case, or by a piece and the dates ("Corrib Medical Ltd, Galway - Senior Quality" / "Engineer, Mar 2021 -
   * now").
   */
  private static List<String> unwrapped(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String s = l.strip();
      if (!out.isEmpty() && !s.isEmpty()) {
        String prev = out.get(out.size() - 1);
        String p = prev.strip();
        boolean open = !p.isEmpty() && p.length() <= WRAP && ".:;!?。：；".indexOf(p.charAt(p.length() - 1)) < 0
            && !Section.isHeaderLine(p) && !ResumeParser.BULLET.matcher(s).lookingAt() && !SEPARATOR.matcher(s).matches();
        boolean continues = Character.isLowerCase(s.codePointAt(0)) || p.endsWith(",")
            || FRAGMENT_THEN_DATE.matcher(s).lookingAt() && DateRange.findFirst(s) != null
                && DateRange.findFirst(p) == null && s.length() <= WRAP;
        if (open && continues) {
          out.set(out.size() - 1, prev.stripTrailing() + " " + s);
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  /** "…, Jun" / "2017 - Feb 2021": a month ending a line and its year opening the next are one date. */
  private static List<String> withDatesJoined(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      if (!out.isEmpty()) {
        String prev = out.get(out.size() - 1);
        if (MONTH_END.matcher(prev.stripTrailing()).find() && YEAR_START.matcher(l.strip()).matches()) {
          out.set(out.size() - 1, prev.stripTrailing() + " " + l.strip());
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }
}
