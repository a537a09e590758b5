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
  /** "Thanks,", "Best regards,", "此致": the close of the mail the résumé was pasted into. */
  private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(?:thanks|thank you|many thanks|best|best regards"
      + "|kind regards|warm regards|regards|cheers|sincerely|yours sincerely|谢谢|多谢|此致|祝好|顺祝商祺)[\\s,，!！.。]*$");
  /** A sign-off this near the end closes the mail; further up it is a line of the résumé. */
  private static final int SIGN_OFF_TAIL = 6;

  private MailText() {}

  /** The text without a mail's header and covering letter, its wrapped lines joined; other text as it came. */
  static String read(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (mail(lines)) {
      lines = unwrapped(withoutSignOff(withoutLetter(lines)));
    } else {
      lines = withoutCoverLetter(lines);
    }
    return String.join("\n", withDatesJoined(lines));
  }

  /** "Dear Ms. Zhou,", "尊敬的招聘负责人：": a letter's salutation as the file's first line. */
  private static final Pattern SALUTATION = Pattern.compile(
      "(?i)^(?:dear\\s.{1,60}|to whom it may concern[,:]?|hiring manager[,:]|尊敬的.{1,30}|.{0,12}您好[,，:：!！]?)$");
  /** "Yours sincerely,", "此致 敬礼": where a covering letter closes, its writer's name under it. */
  private static final Pattern LETTER_CLOSE = Pattern.compile("(?i)^(?:yours (?:sincerely|faithfully|truly)|sincerely"
      + "|best regards|kind regards|warm regards|regards|respectfully|with thanks|此致|敬礼|此致\\s*敬礼)[\\s,，.。!！]*$");

  /**
   * A covering letter above the résumé in the same file ("Dear Ms. Zhou, … Yours sincerely, / Patrick Lau", then
   * the résumé): the letter's name, phone and places are not the header's; the résumé starts after its close.
   */
  private static List<String> withoutCoverLetter(List<String> lines) {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size() || !SALUTATION.matcher(lines.get(first).strip()).matches()) {
      return lines;
    }
    for (int k = first + 1; k < Math.min(lines.size(), first + 60); k++) {
      if (!LETTER_CLOSE.matcher(lines.get(k).strip()).matches()) {
        continue;
      }
      int at = k + 1;
      while (at < lines.size() && lines.get(at).isBlank()) {
        at++;
      }
      if (at < lines.size() && lines.get(at).strip().length() <= 40
          && !SEPARATOR.matcher(lines.get(at).strip()).matches()) {
        at++; // the writer's name under the close
      }
      while (at < lines.size() && (lines.get(at).isBlank() || SEPARATOR.matcher(lines.get(at).strip()).matches())) {
        at++; // and the rule under the letter
      }
      List<String> rest = lines.subList(at, lines.size());
      return rest.stream().filter(l -> !l.isBlank()).count() >= 3 ? new ArrayList<>(rest) : lines;
    }
    return lines;
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
    // the covering letter: what lies above the first separator near the top, and the header of the mail it
    // forwards ("-----Original Message-----", then From:/Sent:/To:/Subject:), as often as it was forwarded
    for (int round = 0; round < 4; round++) {
      int cut = -1;
      for (int k = 0; k < Math.min(rest.size(), 60); k++) {
        if (SEPARATOR.matcher(rest.get(k).strip()).matches()) {
          cut = k + 1;
          break;
        }
      }
      int body = cut < 0 ? -1 : afterHeader(rest, cut);
      if (cut < 0 || round > 0 && body == cut) {
        break; // past the first, only a separator that opens a forwarded mail's header cuts ("-- end --" does not)
      }
      rest = new ArrayList<>(rest.subList(body, rest.size()));
      if (body == cut) {
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
            && !Section.isHeaderLine(p) && Section.of(p) == null && !ResumeParser.BULLET.matcher(s).lookingAt() && !SEPARATOR.matcher(s).matches();
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

  /** Where the text after {@code from} starts once a header block (two or more fields) there is skipped. */
  private static int afterHeader(List<String> lines, int from) {
    int j = from;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    int fields = j;
    while (fields < lines.size() && HEADER.matcher(lines.get(fields).strip()).matches()) {
      fields++;
    }
    return fields - j >= 2 ? fields : from;
  }

  /**
   * The mail without its close: the sign-off after the pasted résumé, the sender's name under it and a
   * confidentiality footer are neither skills nor jobs.
   */
  private static List<String> withoutSignOff(List<String> lines) {
    int after = 0;
    for (int i = lines.size() - 1; i >= 0 && after <= SIGN_OFF_TAIL; i--) {
      String l = lines.get(i).strip();
      if (l.isEmpty()) {
        continue;
      }
      if (SIGN_OFF.matcher(l).matches()) {
        return new ArrayList<>(lines.subList(0, i));
      }
      after++;
    }
    return lines;
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
