package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text that is not the candidate's: template advice left in, and a job ad's keyword-frequency list. */
final class TemplateText {
  /** {@code java(730)}, {@code 分布式（120）}: a keyword with a count. */
  private static final Pattern COUNTED = Pattern.compile("[\\p{L}\\p{N}+#./-]{1,30} ?[(（]\\d{1,6}[)）]");

  private TemplateText() {}

  /** A line wholly in parentheses that speaks to the writer ("（工作经历按逆序排列……）"): the template's advice. */
  static boolean isAdvice(String line) {
    if (line.length() < 8) {
      return false;
    }
    char a = line.charAt(0);
    char z = line.charAt(line.length() - 1);
    boolean wrapped = (a == '（' && z == '）') || (a == '(' && z == ')');
    if (!wrapped) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (Names.isHan(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines without a keyword-frequency list: lines that hold three or more counted keywords
   * ({@code java(730) spring(305) …}), and, when three or more lines hold one each ({@code - java(730)} then
   * {@code - spring(305)}), all of those.
   */
  static List<String> withoutKeywordCounts(List<String> lines) {
    if (lines == null) {
      return null;
    }
    int single = 0;
    for (String l : lines) {
      single += countedOnly(l) ? 1 : 0;
    }
    List<String> out = new ArrayList<>();
    boolean listed = false;
    for (String l : lines) {
      Matcher m = COUNTED.matcher(l);
      int n = 0;
      while (n < 3 && m.find()) {
        n++;
      }
      boolean counted = n >= 3 || single >= 3 && countedOnly(l);
      if (counted && !listed) {
        withoutIntroduction(out);
      }
      listed |= counted;
      if (!counted) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Drops the paragraph just above a keyword-frequency list ("本技能关键字列表是从最近招聘Java的数百份JD中统计出来的……")
   * and a short heading over it: they introduce the job ads' words, not the candidate's.
   */
  private static void withoutIntroduction(List<String> out) {
    int i = out.size();
    while (i > 0 && out.get(i - 1).isBlank()) {
      i--;
    }
    int end = i;
    while (i > 0 && !out.get(i - 1).isBlank() && !ResumeParser.BULLET.matcher(out.get(i - 1)).lookingAt()) {
      i--;
    }
    if (i == end) {
      return; // a list item above: the candidate's list goes on until the counted one
    }
    out.subList(i, out.size()).clear();
    int j = i;
    while (j > 0 && out.get(j - 1).isBlank()) {
      j--;
    }
    if (j > 0 && out.get(j - 1).strip().length() <= 20 && !ResumeParser.BULLET.matcher(out.get(j - 1)).lookingAt()
        && out.get(j - 1).indexOf('：') < 0 && out.get(j - 1).indexOf(':') < 0) {
      out.subList(j - 1, out.size()).clear();
    }
  }

  private static boolean countedOnly(String line) {
    String bare = ResumeParser.BULLET.matcher(line).replaceFirst("").strip();
    return bare.length() <= 40 && COUNTED.matcher(bare).matches();
  }
}
