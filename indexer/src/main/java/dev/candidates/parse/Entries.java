package dev.candidates.parse;

import dev.candidates.model.Education;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated entries of a section (jobs or projects): a line with a date range — or a single date at its end — opens an
 * entry, the lines after it describe it. The company and title come from that line, the line before it (a heading
 * above its dates) or the line after it (a title under its company), scored by {@link JobLine}. Key-value blocks
 * ({@code 单位名称：…} / {@code 实习时间：…}) are entries too. A bilingual résumé's translated copy of an entry counts once.
 */
final class Entries {
  record Entry(String first, String second, DateRange range, String description) {}

  private enum Key { ORG, TITLE, DATE }

  private static final String ORG_KEYS = "公司|公司名称|单位|单位名称|工作单位|雇主|实习单位|company|employer|organization"
      + "|organisation|项目名称|project name|公司名稱|單位|單位名稱|工作單位|實習單位";
  private static final String TITLE_KEYS = "职位名称|岗位名称|职务名称|担任职位|工作职位|职位|岗位|职务|"
      + "担任职务|实习岗位|实习职位|应聘岗位|角色|title|position|role|job title|designation"
      + "|職位名稱|職務名稱|職位|職務|擔任職務|擔任職位"; // Taiwan and Hong Kong job sites
  /** "职位：嵌入式工程师    部门：研发二部": another label after a wide gap ends the value. */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s{2,}[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z ]{0,7}[:：].*$");
  private static final String DATE_KEYS = "时间|起止时间|工作时间|实习时间|任职时间|项目时间|在职时间|日期|date|dates|period"
      + "|duration|起訖時間|起迄時間|任職時間|在職時間|工作時間|時間";
  private static final Pattern KEY_VALUE = Pattern.compile("^(" + ORG_KEYS + "|" + TITLE_KEYS + "|" + DATE_KEYS
      + ")\\s{0,6}[:：]\\s{0,8}(.*)$", Pattern.CASE_INSENSITIVE); // "Duration    : …" aligned in a column
  private static final Pattern TITLE_KEY = Pattern.compile(TITLE_KEYS);
  private static final Pattern DATE_KEY = Pattern.compile(DATE_KEYS);
  private static final Pattern PLACEHOLDER = Pattern.compile("[xX×*]{3,}|[xX]{2,}公司|xxx.*");
  /** "| 工作单位 | 齐鲁智造… |", "| 职务 | 测试工程师 |": a Word table's label cell names nothing itself. */
  private static final Pattern LABEL_CELL = Pattern.compile("(?:" + ORG_KEYS + "|" + TITLE_KEYS + "|" + DATE_KEYS
      + "|所在部门|部门|工作内容|工作描述|职责|工作职责)", Pattern.CASE_INSENSITIVE);
  /** "Career break — Jul 2021 – Aug 2023", "职业空窗期": time between jobs, dated like one, is not a job. */
  private static final Pattern CAREER_BREAK = Pattern.compile("(?i)(?:career|employment)\\s(?:break|gap|pause|change"
      + "|transition|pivot)|retraining"
      + "|sabbatical|gap year|(?:parental|maternity|paternity|family|medical) leave|full-time (?:carer|caregiver|parent)"
      + "|职业空[窗档]期?|空[窗档]期|职业间歇|间歇期|待业|全职(?:妈妈|爸爸|家长)|育儿假|产假");

  /** A postal address on its own line: a street with its number, or a city with its state and ZIP code. */
  private static final Pattern ADDRESS = Pattern.compile("\\d{1,6}[A-Za-z]? (?:[NSEW]\\.? )?\\p{Lu}[\\p{L}.'-]*"
      + "(?: [\\p{L}\\d][\\p{L}.'-]*){0,4} (?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way"
      + "|Pkwy|Parkway|Pl|Place|Ct|Court|Hwy|Highway|Sq|Square|Plaza)\\.?(?: (?:NE|NW|SE|SW|N|S|E|W))?"
      + "(?:,? (?:Suite|Ste\\.?|Floor|Fl\\.?|#) ?\\S{1,6})?"
      + "|\\p{Lu}[\\p{L}.' -]{1,30}, ?\\p{Lu}{2} \\d{5}(?:-\\d{4})?(?: (?:United States|USA|US))?");

  /** What follows a single date at the start of a line is an entry's heading: a company and maybe a title. */
  private static boolean datedHead(String rest) {
    if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0)) && "|｜:：-–—".indexOf(rest.charAt(0)) < 0) {
      return false; // "2015年度优秀员工": the date is part of a phrase
    }
    String head = rest.strip();
    if (head.isEmpty() || head.length() > 90 || sentence(head) || head.indexOf('，') >= 0 || head.indexOf('。') >= 0) {
      return false;
    }
    for (String p : parts(head)) {
      if (JobLine.companyScore(p) > 0) {
        return true;
      }
    }
    return false;
  }

  /** "…, extended to permanent in June 2025": a sentence ends in that date, no entry begins with it. */
  private static final Pattern PROSE_BEFORE_DATE = Pattern.compile(
      "(?i)\\s\\p{Ll}+\\s+(?:in|since|on|from|until|till|by|after|before|as of|effective|around)\\s*$");

  /** "… wrote code." ends a sentence; "Example S.A." and "Acme Inc." do not. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?:^|\\s)\\p{Ll}[\\p{Ll}\\d]*[.!?]$");

  private Entries() {}

  static List<Entry> read(List<String> lines, boolean jobs) {
    List<Entry> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    // LinkedIn: "Acme" / "6 years 2 months" / then title and dates for each role held there. The tenure line goes;
    // the line above it names the company of the roles below that name no company of their own.
    List<String> kept = new ArrayList<>(lines.size());
    java.util.Set<Integer> groups = new java.util.HashSet<>();
    for (String l : taskTables(wrapped(lines, jobs), jobs)) {
      if (jobs && ADDRESS.matcher(JobLine.clean(l)).matches()) {
        continue; // "1200 Example Ave SE" / "Rockville, MD 20850 United States": the employer's address, not its name
      }
      if (jobs && JobLine.TENURE.matcher(JobLine.clean(l)).matches()) {
        if (!kept.isEmpty() && plainLine(kept.get(kept.size() - 1))) {
          groups.add(kept.size() - 1);
        }
        continue;
      }
      kept.add(l);
    }
    lines = kept;
    String group = null;
    String first = null;
    String second = null;
    DateRange range = null;
    boolean open = false;
    boolean keyed = false;
    int datedByKey = -9; // the line where "时间：…" opened the entry, its company and title still to come
    int taken = -1; // the last line an entry took as its company or title: no heading of the entry below it
    StringBuilder desc = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (groups.contains(i)) {
        group = JobLine.clean(line);
      }
      String bare = JobLine.clean(ResumeParser.BULLET.matcher(line).replaceFirst(""));
      Matcher kv = KEY_VALUE.matcher(bare.length() > 300 ? bare.substring(0, 300) : bare);
      if (kv.matches()) {
        Key key = key(kv.group(1).toLowerCase(Locale.ROOT));
        String value = JobLine.clean(NEXT_LABEL.matcher(kv.group(2)).replaceFirst(""));
        if (key == Key.ORG && open && first == null && second == null && range != null && i - datedByKey <= 2) {
          first = placeholder(value) ? null : value; // "时间：…" then "公司：…": the dates came first in the block
          keyed = true;
          continue;
        }
        if (key == Key.ORG && (!keyed || first != null || range != null)) {
          String above = i > 0 && i - 1 > taken ? titleAbove(lines.get(i - 1)) : null;
          if (above != null && desc.toString().endsWith(above + "\n")) {
            desc.setLength(desc.length() - above.length() - 1); // the title heading this block, not the last one's
          }
          close(out, open, first, second, range, desc);
          first = placeholder(value) ? null : value;
          second = above; // "### Senior Engineer" / "**Company:** Acme" / "**Dates:** …": the title heads the block
          range = null;
          open = true;
          keyed = true;
          desc.setLength(0);
          continue;
        }
        String company = key == Key.TITLE && (!keyed || second != null) ? companyHeading(lines, i) : null;
        if (company != null) {
          // "1. Nandi Softech Pvt. Ltd., Bengaluru" / "Designation : …" / "Duration : …": an unlabelled company line
          // heads a block of labelled rows
          String prevBare = JobLine.clean(ResumeParser.BULLET.matcher(lines.get(i - 1)).replaceFirst("")) + "\n";
          if (desc.toString().endsWith(prevBare)) {
            desc.setLength(desc.length() - prevBare.length());
          }
          close(out, open, first, second, range, desc);
          first = company;
          second = placeholder(value) ? null : value;
          range = null;
          open = true;
          keyed = true;
          desc.setLength(0);
          continue;
        }
        if (keyed && key == Key.TITLE && second == null) {
          second = placeholder(value) ? null : value;
          continue;
        }
        if (keyed && key == Key.DATE && range == null) {
          DateRange r = DateRange.findFirst(value);
          range = r != null ? r : DateRange.findSingle(value);
          continue;
        }
      }
      DateRange r = DateRange.findFirst(line);
      if (r == null) {
        DateRange s = DateRange.findSingle(line);
        if (s != null && inRemark(line, s)) {
          s = null;
        }
        if (s != null && line.length() < 120 && (line.length() - s.to() < 3 && !PROSE_BEFORE_DATE.matcher(
            line.substring(0, s.from())).find() || bare.equals(line.substring(s.from(), s.to()).strip()))) {
          r = s; // "Cash bank, clerk      1930.09": one date at the end of an entry line
        } else if (s != null && jobs && line.length() < 120 && JobLine.clean(line.substring(0, s.from())).isEmpty()
            && datedHead(line.substring(s.to()))) {
          r = s; // "2015年　蜀道信息技术有限公司　产品助理（实习）": one date opening an entry line
        }
      }
      boolean prose = r != null && ResumeParser.BULLET.matcher(line).lookingAt() && !line.contains("|")
          && (line.length() > 50 || r.to() < line.length() && "，,。：:".indexOf(line.charAt(r.to())) >= 0
              || inRemark(line, r) || open && bracketed(line, r) && within(r, range))
          // "- 为某机构重写官网（Next.js，2024.01 – 2024.02）", "- 重做官网视觉（2024.02 – 2024.03）": a gig inside the entry
          && !(jobs && jobHead(bare, r, line));
      boolean header = r != null && !prose && (r.from() < 60 || line.length() - r.to() < 20 || line.contains("|"));
      if (!header) {
        if (open) {
          desc.append(bare).append('\n');
        }
        continue;
      }
      String beforeDesc = desc.toString();
      boolean wasOpen = open;
      close(out, open, first, second, range, desc);
      keyed = false;
      range = r;
      open = true;
      List<String> parts = parts(aroundDates(line, r));
      boolean dateLabel = kv.matches() && key(kv.group(1).toLowerCase(Locale.ROOT)) == Key.DATE;
      if (dateLabel) {
        parts = List.of(); // "项目时间：2025.03 – 至今" under the project's heading: the label names nothing
        datedByKey = i;
      }
      if (jobs && !parts.isEmpty() && featureless(parts) && i > 0 && heading(lines.get(i - 1))
          && !featureless(parts(lines.get(i - 1)))
          && (JobLine.clean(line.substring(0, r.from())).replaceAll("[|｜*\\s]", "").isEmpty()
              || parts(lines.get(i - 1)).size() >= 2)) {
        // under a company alone, the name before the dates is the title: "东莞富源五金制品厂" / "叉车司机 | 2013年8月-…"
        // but under a title alone, a name before the dates is the employer's: "Sales Intern" / "Aire Valley Hotels | 2019"
        parts = List.of(); // "*Jan 2022 – Mar 2024* · Medellín" under "Founder & CTO, Panela Labs": a place, a remark
      }
      boolean fromPrev = parts.isEmpty();
      if (parts.isEmpty() && i > 0 && lines.get(i - 1).length() < 100 && DateRange.findFirst(lines.get(i - 1)) == null
          && !Section.isHeaderLine(lines.get(i - 1)) && !sentence(lines.get(i - 1))
          && !(dateLabel && LABELLED.matcher(lines.get(i - 1)).lookingAt()) && i - 1 > taken
          && !((ResumeParser.BULLET.matcher(lines.get(i - 1)).lookingAt()
              || wasOpen && featureless(parts(lines.get(i - 1)))) && companyBelow(lines, i))) {
        String prev = lines.get(i - 1);
        parts = parts(prev);
        String prevBare = JobLine.clean(ResumeParser.BULLET.matcher(prev).replaceFirst("")) + "\n";
        if (!out.isEmpty() && beforeDesc.endsWith(prevBare)) { // that line was this entry's heading
          Entry last = out.remove(out.size() - 1);
          String d = beforeDesc.substring(0, beforeDesc.length() - prevBare.length()).strip();
          out.add(new Entry(last.first(), last.second(), last.range(), d));
        }
      }
      JobLine.Parts picked = jobs ? JobLine.pick(parts) : new JobLine.Parts(parts.isEmpty() ? null : parts.get(0),
          parts.size() > 1 ? parts.get(1) : null);
      first = picked.company();
      second = picked.title();
      if (jobs && !fromPrev && parts.size() == 2 && JobLine.titleScore(parts.get(0)) > 0
          && JobLine.companyScore(parts.get(1)) <= 0 && JobLine.titleScore(parts.get(1)) <= 0
          && parts.get(1).split("\\s+").length <= 3 && line.contains(parts.get(0) + ", " + parts.get(1)) && i > 0
          && heading(lines.get(i - 1)) && parts(lines.get(i - 1)).size() == 1
          && JobLine.companyScore(parts(lines.get(i - 1)).get(0)) > 0) {
        // "Victoria Harbour Capital Limited" / "Assistant Vice President, FP&A    Jul 2022 – Present": the company
        // above, the title and its qualifier on the dates' line
        first = null;
        second = parts.get(0) + ", " + parts.get(1);
      }
      if (jobs && second != null && parts.size() == 2 && parts.get(0).equals(first) && JobLine.companyScore(first) > 0
          && placeLike(second) && (line + "\n" + (i > 0 ? lines.get(i - 1) : "")).contains(", " + second)) {
        second = null; // "Aurelis Chemie AG, Leverkusen": the company's city, the title is on its own row
      }
      if (jobs && !fromPrev && parts.size() == 1 && first != null && second == null && i > 0
          && heading(lines.get(i - 1)) && JobLine.companyScore(first) <= 0) {
        // "东莞顺达通供应链管理有限公司" / "仓管员 | 2016年3月-2020年5月": the one name beside the dates, under a line
        // that is only a company, is the title (even one the title words do not know)
        List<String> above = parts(lines.get(i - 1));
        if (above.size() == 1 && JobLine.companyScore(above.get(0)) > 0 && JobLine.titleScore(above.get(0)) <= 0) {
          second = first;
          first = null;
        }
      }
      if (jobs && !fromPrev && first == null && second != null && i > 0 && heading(lines.get(i - 1))) {
        // "Liffey Payments – Dublin" / "Senior Project Manager (03/2021 – Present)": the company above the title
        List<String> above = parts(lines.get(i - 1));
        JobLine.Parts a = JobLine.pick(above);
        if (above.size() == 2 && above.get(0).equals(a.company()) && placeLike(above.get(1))
            && lines.get(i - 1).contains(",")) {
          a = new JobLine.Parts(a.company(), null); // "KATTEGAT SOFTWARE, Malmö": a city the list does not know
          above = List.of(a.company());
        }
        if (above.size() == 1 && a.company() != null && JobLine.titleScore(a.company()) <= 0
            && (JobLine.companyScore(a.company()) > 0 || nameLike(a.company()))) {
          first = a.company();
          group = first; // the roles dated below it, until another company, were held there (a promotion)
          String prevBare = JobLine.clean(ResumeParser.BULLET.matcher(lines.get(i - 1)).replaceFirst("")) + "\n";
          if (wasOpen && !out.isEmpty() && beforeDesc.endsWith(prevBare)) {
            Entry last = out.remove(out.size() - 1);
            out.add(new Entry(last.first(), last.second(), last.range(),
                beforeDesc.substring(0, beforeDesc.length() - prevBare.length()).strip()));
          }
        }
      }
      // "Senior Engineer" / "Acme Corp" / "January 2019 - Present": the title above its company, then the dates
      boolean titleAbove = first != null && second == null;
      if (jobs && fromPrev && (first == null && second != null || titleAbove) && i > 1
          && (parts.size() == 1 || first == null) // one title, or "Analyst, then Senior Analyst"
          && plainLine(lines.get(i - 2))
          && (!wasOpen || beforeDesc.endsWith(JobLine.clean(lines.get(i - 2)) + "\n"
              + JobLine.clean(lines.get(i - 1)) + "\n"))) {
        // "Acme Corp" / "Senior Engineer" / "January 2019 - Present": company, title, then the dates
        List<String> above = parts(lines.get(i - 2));
        String a = above.size() == 1 ? above.get(0) : null;
        Matcher nc = NAME_CITY.matcher(JobLine.clean(lines.get(i - 2)));
        if (above.size() == 2 && placeLike(above.get(1)) && lines.get(i - 2).contains(", " + above.get(1))) {
          a = above.get(0); // "Halloway Insurance Group, Sheffield": the company and its city
        } else if (above.isEmpty() && nc.matches() && nameLike(nc.group(1)) && nc.group(1).contains(" ")) {
          a = nc.group(1); // "Merrow Building Society, Preston", read whole as "District, City"
        }
        if (titleAbove && above.size() > 1 && JobLine.titleScore(above.get(0)) > 0
            && above.stream().allMatch(x -> JobLine.companyScore(x) <= 0)) {
          a = JobLine.clean(lines.get(i - 2)); // "Senior Manager, Operations Practice": a title and its practice
        }
        boolean fits = a != null && a.indexOf(':') < 0 && a.indexOf('：') < 0 && (titleAbove ? JobLine.titleScore(a) > 0 && JobLine.companyScore(a) <= 0
            : JobLine.titleScore(a) <= 0);
        if (fits) {
          if (titleAbove) {
            second = a;
          } else {
            first = a;
          }
          Entry last = out.isEmpty() || !wasOpen ? null : out.remove(out.size() - 1);
          if (last != null) {
            String d = last.description();
            int cut = d.lastIndexOf(JobLine.clean(lines.get(i - 2)));
            out.add(new Entry(last.first(), last.second(), last.range(), cut < 0 ? d : d.substring(0, cut).strip()));
          }
        }
      }
      if (jobs && first == null && second != null && group != null) {
        first = group; // another role at the company named above its tenure
      } else if (jobs && first != null && !first.equals(group)) {
        group = null;
      }
      if (jobs && second == null && i + 1 < lines.size()) {
        // "职位：技术经理" under the dates, after the company's facts ("所属行业：…", "公司规模：…")
        int j = i + 1;
        while (j < lines.size() && j <= i + 3 && INFO.matcher(JobLine.clean(lines.get(j))).lookingAt()) {
          j++;
        }
        Matcher t = j < lines.size() ? KEY_VALUE.matcher(JobLine.clean(lines.get(j))) : null;
        String info = String.join("\n", lines.subList(i + 1, Math.min(j, lines.size())));
        if (t != null && t.matches() && key(t.group(1).toLowerCase(Locale.ROOT)) == Key.TITLE
            && !placeholder(JobLine.clean(NEXT_LABEL.matcher(t.group(2)).replaceFirst("")))) {
          second = JobLine.clean(NEXT_LABEL.matcher(t.group(2)).replaceFirst(""));
          desc.append(info.isEmpty() ? "" : info + "\n");
          i = j;
        } else if (j > i + 1 && j < lines.size() && plainLine(lines.get(j)) && !Section.isHeaderLine(lines.get(j))) {
          // "质量部 测试开发工程师": the department and the title on the line after the facts
          String title = bestTitle(parts(lines.get(j)));
          if (title != null) {
            second = title;
            desc.append(info).append('\n');
            i = j;
          }
        }
      }
      if (jobs && !fromPrev && parts.size() == 2 && parts.get(0).equals(second) && parts.get(1).equals(first)
          && JobLine.companyScore(first) <= 0 && JobLine.titleScore(first) <= 0 && i + 1 < lines.size()
          && heading(lines.get(i + 1)) && !KEY_VALUE.matcher(JobLine.clean(lines.get(i + 1))).matches()) {
        // "[ 06/2016 – 12/2016 ] Intern – Web Development" over "Ayuntamiento de Benicalap": a title and its field on
        // the dates' line, the employer under it (written as a name, not a place, a title or a phrase)
        List<String> np = parts(lines.get(i + 1));
        String head = JobLine.clean(aroundDates(line, r).replaceAll("^[\\s|]+|[\\s|]+$", ""));
        if (np.size() == 1 && JobLine.titleScore(np.get(0)) <= 0 && nameLike(np.get(0)) && !placeLike(np.get(0))
            && !Places.isLocation(np.get(0)) && head.indexOf('|') < 0) {
          first = np.get(0);
          second = head;
          i++;
        }
      }
      if ((first == null || second == null) && i + 1 < lines.size() && jobs) {
        String next = lines.get(i + 1);
        String core = REMARK.matcher(next).replaceAll("").strip(); // "Supervisor (hired full-time in Jan 2025)"
        boolean plain = core.length() < 90 && DateRange.findFirst(core) == null && DateRange.findSingle(core) == null
            && !ResumeParser.BULLET.matcher(next).lookingAt() && !Section.isHeaderLine(next)
            && !KEY_VALUE.matcher(JobLine.clean(next)).matches();
        List<String> np = plain && plainLine(core) ? parts(core) : List.of();
        if (!np.isEmpty() && np.size() <= 3) {
          JobLine.Parts n = JobLine.pick(np);
          String title = bestTitle(np);
          if (first == null && n.company() != null) {
            first = n.company();
            second = second == null ? n.title() : second;
            i++;
            if (second == null && i + 1 < lines.size() && heading(lines.get(i + 1))) {
              // "2018.03 – 2021.05" / "天府互娱网络有限公司" / "高级UI设计师": dates, company, then title, stacked
              List<String> tp = parts(lines.get(i + 1));
              if (tp.size() == 1 && JobLine.titleScore(tp.get(0)) > 0 && JobLine.companyScore(tp.get(0)) <= 0) {
                second = tp.get(0);
                i++;
              }
            }
          } else if (second == null && first != null && title != null
              && (np.size() <= 2 || np.get(0).equals(title))) {
            second = title; // "First Sergeant (E-8), Headquarters Company, Support Battalion": the unit follows
            i++;
          }
        }
      }
      if (jobs && !fromPrev && first != null && second == null && i > 0 && heading(lines.get(i - 1))) {
        // "Mobile Engineer" / "Lingotto Mobility S.r.l. | 2021.05 - Present": the title above its company's dates
        List<String> above = parts(lines.get(i - 1));
        String prevBare = JobLine.clean(ResumeParser.BULLET.matcher(lines.get(i - 1)).replaceFirst("")) + "\n";
        if (above.size() == 1 && JobLine.titleScore(above.get(0)) > 0 && JobLine.companyScore(above.get(0)) <= 0
            && (!wasOpen || beforeDesc.endsWith(prevBare))) {
          second = above.get(0);
          if (wasOpen && !out.isEmpty()) {
            Entry last = out.remove(out.size() - 1);
            out.add(new Entry(last.first(), last.second(), last.range(),
                beforeDesc.substring(0, beforeDesc.length() - prevBare.length()).strip()));
          }
        }
      }
      if (first == null && second != null && !jobs) {
        first = second;
        second = null;
      }
      taken = i;
    }
    close(out, open, first, second, range, desc);
    if (jobs) {
      out.removeIf(Entries::careerBreak);
      out = nestedRoles(out);
      out = tabledDuties(out);
    }
    return withoutTranslatedEntries(out);
  }

  /** "黔味坊食品有限公司\t负责新品上市传播": a row of a separate duties table, the company's cell first. */
  private static final Pattern DUTY_ROW = Pattern.compile("(\\S[^\\t]{1,60}?)\\t+(\\S.*)");

  /**
   * A Word table résumé may list the jobs in one table and what was done in each in another ("主要工作内容", one row
   * per company): the rows that name another entry's company go to that entry, and the table's own caption goes.
   */
  private static List<Entry> tabledDuties(List<Entry> in) {
    java.util.Map<String, Integer> byCompany = new java.util.HashMap<>();
    for (int k = 0; k < in.size(); k++) {
      if (in.get(k).first() != null) {
        byCompany.putIfAbsent(in.get(k).first(), k);
      }
    }
    if (byCompany.size() < 2) {
      return in;
    }
    List<StringBuilder> desc = new ArrayList<>();
    in.forEach(e -> desc.add(new StringBuilder()));
    boolean moved = false;
    for (int k = 0; k < in.size(); k++) {
      String[] lines = in.get(k).description().split("\n", -1);
      List<String> kept = new ArrayList<>();
      for (String l : lines) {
        Matcher m = DUTY_ROW.matcher(l);
        Integer to = m.matches() ? byCompany.get(JobLine.clean(m.group(1))) : null;
        if (to == null) {
          kept.add(l);
          continue;
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).matches("\\p{IsHan}{2,8}|(?i)(?:main |key )?(?:duties|responsibilities)")) {
          kept.remove(kept.size() - 1); // "主要工作内容": the caption of the duties table
        }
        desc.get(to).append(m.group(2).strip()).append('\n');
        moved = true;
      }
      desc.get(k).insert(0, String.join("\n", kept).strip() + "\n");
    }
    if (!moved) {
      return in;
    }
    List<Entry> out = new ArrayList<>(in.size());
    for (int k = 0; k < in.size(); k++) {
      Entry e = in.get(k);
      out.add(new Entry(e.first(), e.second(), e.range(), desc.get(k).toString().strip()));
    }
    return out;
  }

  /**
   * "2016.03 - 至今　某控股集团" over "2022.01 - 至今　区域财务经理" and "2019.04 - 2021.12　应付组主管": a company dated
   * alone, with nothing under it but roles dated inside its span, is where the roles that name no company of their
   * own were held (moves inside a group); its own line is not a job.
   */
  private static List<Entry> nestedRoles(List<Entry> in) {
    List<Entry> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Entry e = in.get(i);
      int end = i + 1;
      boolean unnamed = false;
      if (e.first() != null && e.second() == null && e.range() != null && e.description().isBlank()) {
        while (end < in.size() && in.get(end).range() != null && within(in.get(end).range(), e.range())) {
          unnamed |= in.get(end).first() == null && in.get(end).second() != null;
          end++;
        }
      }
      if (!unnamed) {
        out.add(e);
        continue;
      }
      for (int k = i + 1; k < end; k++) {
        Entry role = in.get(k);
        out.add(role.first() == null ? new Entry(e.first(), role.second(), role.range(), role.description()) : role);
      }
      i = end - 1;
    }
    return out;
  }

  /** "Merrow Building Society, Preston (hybrid)": a name, then one or two capitalised words of its city. */
  private static final Pattern NAME_CITY = Pattern.compile(
      "([^,]{3,60}), \\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+)?(?:\\s*[(（][^()（）]{0,30}[)）])?");

  /** A remark in brackets, dates and all, that does not change what the line names. */
  private static final Pattern REMARK = Pattern.compile("\\s*[(（][^()（）]{0,120}[)）]"
      + "(?!\\s*(?:Co\\.|Co,|Ltd|Limited|Inc|LLC|GmbH|Pte|Pty|Sdn|Corp|有限|股份))"); // "(Suzhou) Co., Ltd." is the name

  /**
   * "Research Assistant, Human-Computer Interaction Lab," / "National Tamsui University": a dated heading that ends
   * in a comma goes on with the next line, the employer wrapped under it.
   */
  private static List<String> wrapped(List<String> lines, boolean jobs) {
    if (!jobs) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
      if (l.stripTrailing().endsWith(",") && l.length() < 160 && DateRange.findFirst(l) != null && !next.isEmpty()
          && next.length() < 80 && DateRange.findFirst(next) == null && DateRange.findSingle(next) == null
          && !ResumeParser.BULLET.matcher(next).lookingAt() && !Section.isHeaderLine(next) && !sentence(next)) {
        out.add(l.stripTrailing() + " " + next);
        i++;
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** A column label of a table of tasks inside a job ("期间｜业务内容｜规模｜职位", "Period | Project | Team | Role"). */
  private static final Pattern TASK_COLUMN = Pattern.compile("(?i)期间|期間|时间|時間|业务内容|業務内容|工作内容|项目|項目"
      + "|规模|規模|人数|团队规模|职位|職位|角色|担当|period|dates?|project|tasks?|scope|team(?: size)?|role|position");

  private static final Pattern TITLE_COLUMN = Pattern.compile("(?i)职位|職位|角色|担当|职务|role|position|title");

  /**
   * "期间｜业务内容｜规模｜职位" and its rows under a company (a 职务经历书, a Japanese shokumu keirekisho): the tasks
   * done there, dated inside the job's own dates, are its description, not jobs. Each row becomes a bullet line
   * whose dates a comma follows, which the reading below takes for prose.
   */
  private static List<String> taskTables(List<String> lines, boolean jobs) {
    if (!jobs) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    int columns = 0;
    int titleColumn = -1;
    boolean dated = false; // a job's own dates above: a table before any is the section's list of jobs, left alone
    for (String l : lines) {
      String[] cells = l.strip().split("\\s*[|｜]\\s*");
      if (columns == 0 && dated && cells.length >= 3 && cells.length <= 6
          && java.util.Arrays.stream(cells).allMatch(c -> c.length() <= 12 && TASK_COLUMN.matcher(c).find())
          && DateRange.findFirst(l) == null) {
        columns = cells.length; // the table's header row: dropped
        titleColumn = -1;
        for (int c = 0; c < cells.length; c++) {
          titleColumn = TITLE_COLUMN.matcher(cells[c]).matches() ? c : titleColumn;
        }
        continue;
      }
      if (columns > 0 && cells.length == columns) {
        if (titleColumn >= 0) {
          out.add("职位：" + cells[titleColumn]); // the latest row's role is the job's title, as a 职位 row gives it
          titleColumn = -1;
        }
        out.add("• " + String.join("，", cells));
        continue;
      }
      columns = 0;
      dated |= DateRange.findFirst(l) != null;
      out.add(l);
    }
    return out;
  }

  /**
   * The company a title row's block is headed by, or null: the line above names a company and no title, and a
   * labelled date row follows within two lines.
   */
  private static String companyHeading(List<String> lines, int at) {
    String prev = at == 0 ? "" : ResumeParser.BULLET.matcher(lines.get(at - 1)).replaceFirst(""); // "1. Acme Ltd."
    if (at == 0 || !heading(prev) || KEY_VALUE.matcher(JobLine.clean(prev)).matches()) {
      return null;
    }
    boolean datedBelow = false;
    for (int j = at + 1; j < lines.size() && j <= at + 2; j++) {
      Matcher d = KEY_VALUE.matcher(JobLine.clean(lines.get(j)));
      datedBelow |= d.matches() && key(d.group(1).toLowerCase(Locale.ROOT)) == Key.DATE;
    }
    List<String> above = parts(prev);
    if (!datedBelow || above.isEmpty() || above.size() > 2) {
      return null;
    }
    String c = above.get(0);
    return JobLine.companyScore(c) > 0 && JobLine.titleScore(c) <= 0
        && (above.size() == 1 || placeLike(above.get(1)) || Places.isLocation(above.get(1))) ? c : null;
  }

  /**
   * "・處理勞健保" / "2018年8月～2021年2月" / "板信電子股份有限公司　人資專員": under dates alone, a line naming a company
   * heads the entry; the bullet or the plain line of description above them ends the last one.
   */
  private static boolean companyBelow(List<String> lines, int at) {
    if (at + 1 >= lines.size() || !plainLine(lines.get(at + 1))) {
      return false;
    }
    return parts(lines.get(at + 1)).stream().anyMatch(p -> JobLine.companyScore(p) > 0);
  }

  /** A short line above a "Company:" row that reads as a title and not as a company, as it is cleaned; or null. */
  private static String titleAbove(String line) {
    String t = JobLine.clean(ResumeParser.BULLET.matcher(line).replaceFirst(""));
    boolean plain = !t.isEmpty() && t.length() <= 80 && DateRange.findFirst(t) == null && !Section.isHeaderLine(line)
        && !sentence(line) && !LABELLED.matcher(t).lookingAt() && !KEY_VALUE.matcher(t).matches();
    return plain && JobLine.titleScore(t) > 0 && JobLine.companyScore(t) <= 0 ? t : null;
  }

  /** "描述：…", "Tech stack: …": a labelled line of the entry above, never the heading of a keyed block below it. */
  private static final Pattern LABELLED = Pattern.compile("^[\\p{IsHan}A-Za-z ]{1,12}[:：]");

  /** A line's company and title candidates ({@link JobLine#parts}) without a table's label cells. */
  private static List<String> parts(String line) {
    List<String> out = new ArrayList<>(JobLine.parts(line));
    out.removeIf(p -> LABEL_CELL.matcher(p).matches());
    if (out.size() >= 2 && out.stream().anyMatch(p -> !COMPANY_FACT.matcher(p).matches())) {
      out.removeIf(p -> COMPANY_FACT.matcher(p).matches());
    }
    return out;
  }

  /**
   * "大甲鐵工股份有限公司｜製造業｜500人以上", "Acme | Logistics | 51-200 employees": a job board's industry and
   * headcount cells beside the company name, neither a company nor a title ("…實業" and "…企業" are company names).
   */
  private static final Pattern COMPANY_FACT = Pattern.compile("(?:\\d+\\s*[~～\\-–至到]\\s*)?\\d+\\s*人(?:以上|以下|左右)?"
      + "|(?:少于|少於|不足)\\s*\\d+\\s*人|(?!.*(?:实业|實業|企业|企業|职业|職業|专业|專業)$)\\p{IsHan}{1,6}(?:业|業)"
      + "|(?i)(?:\\d+\\s*[-–]\\s*)?\\d[\\d,]*\\+?\\s*employees");

  /** The range written inside brackets: "（2024.02 – 2024.03）". */
  private static boolean bracketed(String line, DateRange r) {
    int open = Math.max(line.lastIndexOf('(', r.from()), line.lastIndexOf('（', r.from()));
    int close = r.to() < line.length() ? Math.max(line.indexOf(')', r.to()), line.indexOf('）', r.to())) : -1;
    return open >= 0 && close >= 0 && line.substring(open + 1, r.from()).indexOf(')') < 0
        && line.substring(open + 1, r.from()).indexOf('）') < 0;
  }

  /** {@code inner} lies inside {@code outer}, an open end counting as now. */
  private static boolean within(DateRange inner, DateRange outer) {
    return outer != null && !inner.start().isBefore(outer.start())
        && (outer.end() == null || inner.end() != null && !inner.end().isAfter(outer.end()));
  }

  /** Time between jobs ("Career break"), dated like a job and named like nothing else: not a job. */
  private static boolean careerBreak(Entry e) {
    String a = e.first() == null ? "" : e.first();
    String b = e.second() == null ? "" : e.second();
    return CAREER_BREAK.matcher(a).find() && JobLine.companyScore(b) <= 0 || a.isEmpty() && CAREER_BREAK.matcher(b).find();
  }

  /** "Manager (promoted from Consultant, 2017)": a date inside a bracketed remark is the remark's, not the entry's. */
  private static boolean inRemark(String line, DateRange d) {
    int open = Math.max(line.lastIndexOf('(', d.from()), line.lastIndexOf('（', d.from()));
    if (open < 0) {
      return false;
    }
    int close = -1;
    for (int i = d.to(); i < line.length() && close < 0; i++) {
      close = line.charAt(i) == ')' || line.charAt(i) == '）' ? i : -1;
    }
    if (close < 0 || line.substring(open, d.from()).indexOf(')') >= 0 || line.substring(open, d.from()).indexOf('）') >= 0) {
      return false;
    }
    String words = line.substring(open + 1, d.from()) + line.substring(d.to(), close);
    return words.codePoints().filter(Character::isLetter).count() >= 3;
  }

  /** Facts about the company or the job under its dates, neither its title nor its description. */
  private static final Pattern INFO = Pattern.compile("^(?:所属行业|行业|公司规模|规模|公司性质|企业性质|所在部门|部门"
      + "|汇报对象|下属人数|工作地点|industry|company size|department|reports to|location"
      + "|salary|hours per week|series|pay plan|grade|事业内容|事業内容|业务内容|资本金|資本金|员工数|従業員数|雇佣形态"
      + "|雇用形態|employment type|公司介绍|公司简介)\\s{0,3}[:：]",
      Pattern.CASE_INSENSITIVE);

  /** The part that reads as a title and not as a company, or null. */
  private static String bestTitle(List<String> parts) {
    String best = null;
    for (String p : parts) {
      if (JobLine.titleScore(p) > 0 && JobLine.companyScore(p) <= 0
          && (best == null || JobLine.titleScore(p) > JobLine.titleScore(best))) {
        best = p;
      }
    }
    return best;
  }

  /** The line with its dates cut out, and the brackets around them ("Acme (2019–2022)"). */
  private static String aroundDates(String line, DateRange r) {
    int from = r.from();
    int to = r.to();
    while (from > 0 && line.charAt(from - 1) == ' ') {
      from--;
    }
    int end = to;
    while (end < line.length() && line.charAt(end) == ' ') {
      end++; // "[ 01/09/2020 – Current ] Backend Developer": Europass spaces its brackets
    }
    if (from > 0 && end < line.length() && "([（【".indexOf(line.charAt(from - 1)) >= 0
        && ")]）】".indexOf(line.charAt(end)) >= 0) {
      from--;
      to = end + 1;
    }
    return line.substring(0, from) + " | " + line.substring(to);
  }

  /**
   * "- Staff Engineer @ Acme (2022–present) — design system": a bulleted line whose words before the dates are a
   * title and a company is an entry's heading, not a sentence that mentions a date.
   */
  private static boolean jobHead(String bare, DateRange r, String line) {
    int cut = line.length() - bare.length(); // the bullet's length
    if (r.from() - cut <= 0 || r.from() - cut > 90) {
      return false;
    }
    String head = line.substring(cut, r.from()).replaceAll("[\\s(（\\[【]+$", "");
    if (sentence(head) || head.indexOf('，') >= 0 || head.indexOf('。') >= 0) {
      return false;
    }
    List<String> parts = parts(head);
    JobLine.Parts p = JobLine.pick(parts);
    return parts.size() >= 2 && parts.size() <= 3 && p.company() != null && p.title() != null
        && JobLine.titleScore(p.title()) > 0 && JobLine.companyScore(p.company()) >= 0;
  }

  /** "… wrote code.", "… in Python and Spark." or "…负责支付。": a sentence, not a heading. */
  private static boolean sentence(String l) {
    String s = l.strip();
    return SENTENCE_END.matcher(s).find() || s.endsWith("。") || s.endsWith(".") && s.indexOf('|') < 0
        && LOWER_WORD.matcher(s).results().limit(3).count() >= 3;
  }

  /** A word in lower case: sentences have several, a company's name ("Acme Software S.r.l.") has none. */
  private static final Pattern LOWER_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}\\p{L}*");

  /** Parts with neither a company's nor a title's words: a place or a remark the city list does not know. */
  private static boolean featureless(List<String> parts) {
    for (String p : parts) {
      if (JobLine.companyScore(p) != 0 || JobLine.titleScore(p) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The line above the dates may be the entry's heading: short, undated, not a section header, not a sentence. */
  private static boolean heading(String l) {
    return l.length() < 100 && DateRange.findFirst(l) == null && DateRange.findSingle(l) == null
        && !Section.isHeaderLine(l) && plainLine(l);
  }

  /** "Malmö", "Gothenburg", "Cape Coast": one or two capitalised words with neither a company's nor a title's words. */
  private static boolean placeLike(String s) {
    return s.length() <= 30 && s.matches("\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+)?") && JobLine.companyScore(s) == 0
        && JobLine.titleScore(s) == 0;
  }

  /** "Liffey Payments", "Bank of Lagos", "黄浦云信": written as a name, without the lower-case words of a phrase. */
  private static boolean nameLike(String s) {
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !CONNECTORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "and", "the", "for", "de", "du",
      "la", "le", "der", "von", "van", "y", "e", "&");

  /** A short line that is not a sentence: may name a company or a title. */
  private static boolean plainLine(String l) {
    // "ACME — *Senior Developer* (Contract, 6 months, via Northgate Talent)": the remark does not lengthen the name
    String s = REMARK.matcher(l).replaceAll("").strip();
    return s.length() <= 70 && !sentence(s) && s.indexOf('，') < 0
        && s.indexOf('；') < 0
        && DateRange.findFirst(s) == null && !ResumeParser.BULLET.matcher(s).lookingAt();
  }

  private static void close(List<Entry> out, boolean open, String first, String second, DateRange range,
      StringBuilder desc) {
    if (open && (first != null || second != null || range != null)) {
      out.add(new Entry(first, second, range, desc.toString().strip()));
    }
    desc.setLength(0);
  }

  private static Key key(String k) {
    if (TITLE_KEY.matcher(k).matches()) {
      return Key.TITLE;
    }
    if (DATE_KEY.matcher(k).matches()) {
      return Key.DATE;
    }
    return Key.ORG;
  }

  private static boolean placeholder(String v) {
    return v.isEmpty() || PLACEHOLDER.matcher(v).matches();
  }

  /** "三闾大学，副教授 1931.09 - 1934.06" then "Sanlu University, Associate Professor 1931.09 - 1934.06": one job. */
  private static List<Entry> withoutTranslatedEntries(List<Entry> in) {
    return withoutTranslations(in, Entry::first, e -> e.range() == null ? null : e.range().start(),
        e -> e.range() == null ? null : e.range().end());
  }

  static List<Education> withoutTranslations(List<Education> in) {
    return withoutTranslations(in, Education::school, Education::start, Education::end);
  }

  /** Drops an entry that repeats the one before it in the other language: same dates, name in the other script. */
  private static <T> List<T> withoutTranslations(List<T> in, Function<T, String> name, Function<T, Object> start,
      Function<T, Object> end) {
    List<T> out = new ArrayList<>();
    // the scripts of the names kept so far, by their dates: looking each entry up, not scanning all kept before it,
    // keeps thousands of entries linear
    Map<Span, Scripts> kept = new HashMap<>();
    for (T e : in) {
      Span dates = new Span(start.apply(e), end.apply(e));
      // beside its original, or in a second half that gives the whole résumé again in the other language
      Scripts seen = kept.get(dates);
      boolean translation = dates.start() != null && name.apply(e) != null && seen != null
          && (han(name.apply(e)) ? seen.other : seen.han);
      if (!translation) {
        out.add(e);
        if (name.apply(e) != null) {
          Scripts s = kept.computeIfAbsent(dates, d -> new Scripts());
          s.han |= han(name.apply(e));
          s.other |= !han(name.apply(e));
        }
      }
    }
    return out;
  }

  /** An entry's start and end, either of them null when not given. */
  private record Span(Object start, Object end) {}

  /** Whether a kept entry of some dates was named in Han script, and whether one was named in another. */
  private static final class Scripts {
    boolean han;
    boolean other;
  }

  private static boolean han(String s) {
    return s != null && !s.isEmpty() && Names.isHan(s.charAt(0));
  }
}
