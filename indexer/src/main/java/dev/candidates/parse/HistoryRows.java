package dev.candidates.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 履历书's history table, one event a row: "| 2014 | 4 | 株式会社例 入社（营业部 营业担当） |" joins the company,
 * "| 2018 | 6 | 株式会社例 退社 |" leaves it, "现在在职中" says the last is current. Each 入社 row is a job (its title
 * the last word before the comma in its bracket), ending at the 退社 row that names the same company.
 */
final class HistoryRows {
  record Job(String company, String title, YearMonth start, YearMonth end) {}

  private static final Pattern ROW = Pattern.compile(
      "^[|｜]?\\s*((?:19|20)\\d{2})\\s*(?:年\\s*)?[|｜]\\s*(\\d{1,2})\\s*(?:月\\s*)?[|｜]\\s*(.+?)\\s*[|｜]?\\s*$");
  private static final Pattern JOIN = Pattern.compile("^(.+?)\\s*(?:入社|入职|入所|就职)\\s*(?:[(（]([^)）]*)[)）])?");
  private static final Pattern LEAVE = Pattern.compile("(?:退社|离职|退职)");

  private HistoryRows() {}

  static List<Job> read(List<String> lines) {
    List<Job> out = new ArrayList<>();
    for (String line : lines) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) {
        continue;
      }
      YearMonth at;
      try {
        at = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } catch (RuntimeException e) {
        continue;
      }
      String event = m.group(3);
      Matcher join = JOIN.matcher(event);
      if (join.find() && !LEAVE.matcher(event).find()) {
        String company = join.group(1).strip();
        if (company.isEmpty() || company.length() > 60) {
          continue;
        }
        out.add(new Job(company, title(join.group(2)), at, null));
      } else if (LEAVE.matcher(event).find()) {
        for (int k = out.size() - 1; k >= 0; k--) {
          Job j = out.get(k);
          if (j.end() == null && event.startsWith(j.company())) {
            out.set(k, new Job(j.company(), j.title(), j.start(), at));
            break;
          }
        }
      }
    }
    return out;
  }

  /** "国际物流课 主任，负责中日海运": the department, then the title, then what the job did. */
  private static String title(String remark) {
    if (remark == null || remark.isBlank()) {
      return null;
    }
    String head = remark.split("[，,；;]")[0].strip();
    String[] words = head.split("\\s+");
    String last = words[words.length - 1];
    return last.isEmpty() ? null : last;
  }
}
