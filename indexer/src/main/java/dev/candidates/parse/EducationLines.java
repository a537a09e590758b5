package dev.candidates.parse;

import dev.candidates.model.Education;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The education section's lines, in any order: school, degree and dates on one line split by {@code |}, tabs, commas
 * or dashes (school first or degree first), or stacked on lines of their own, or as labelled values
 * ({@code 毕业院校：…}, {@code 学历：本科}). The school is the part with the strongest school word, so a university
 * beats the school or faculty of it that the same line names first.
 */
final class EducationLines {
  /** A Chinese school's name glossed in English in brackets. */
  private static final Pattern GLOSSED_SCHOOL = Pattern.compile("(\\p{IsHan}{2,}?)\\s*[(（]\\s*[A-Za-z][^()（）]*[)）]");
  static final Pattern SCHOOL_WORDS = Pattern.compile(
      "(?i)universi|college|institute|school|academy|politecnico|polytechnic|hochschule|[ée]cole|\\beth\\b|\\b(?:sekolah|smj?k|sjk|kolej|maktab)\\b|大学|学院|学校|书院|書院"
          + "|研究院|中学");
  static final Pattern DEGREE_WORDS = Pattern.compile(
      "(?i)\\b(?:bachelor|master|ph\\.?d|doctor|b\\.?sc?|m\\.?sc?|b\\.?eng|m\\.?eng|mba|b\\.?a|m\\.?a|associate)\\b"
          + "|\\b[bm]\\.e\\.|\\b(?:[bm]\\.?tech|bca|mca|bba|b\\.com|m\\.com|mbbs|sslc|puc|hsc|1[02]th|stpm|spm|uec|i?gcse|[ao][- ]levels?)\\b" // India, Malaysia, UK
          + "|diplom|licence|laurea|ingénieur|engineer's|本科|硕士|博士|学士|大专|专科|研究生|高中");
  /** A whole university or polytechnic; "School of Computing", "Faculty of Law", "软件学院" may be part of one. */
  private static final Pattern UNIVERSITY = Pattern.compile("(?i)universi|polytechnic|politecnico|hochschule|大学");
  private static final Pattern DEPARTMENT = Pattern.compile("(?i)^(?:school|faculty|department|dept\\.?) of\\b|系$");
  private static final Pattern SCHOOL_LABEL = Pattern.compile("(?i)毕业院校|毕业学校|就读院校|学校|school|university");
  private static final Pattern KEY = Pattern.compile("(?i)^(毕业院校|毕业学校|就读院校|院校|学校|学校名称|school|university"
      + "|institution|学历|学位|degree|专业|所学专业|major|field of study|时间|就读时间|在校时间|dates?|period)"
      + "\\s{0,3}[:：]\\s*");
  private static final Pattern LABEL_CELL = Pattern.compile("(?i)毕业院校|毕业学校|就读院校|院校|学校|学校名称|学历|学位"
      + "|专业|所学专业|时间|起止时间|就读时间|在校时间|qualifications?|board\\s*/\\s*university|university\\s*/\\s*board"
      + "|(?:school|college|institute|institution|university|board)(?:\\s*/\\s*(?:college|institute|university))?"
      + "|year(?: of passing)?|percentage|cgpa|gpa|grade|marks|course|degree|specialization|specialisation|duration");
  /** "Karnataka Secondary Education Examination Board", "CBSE": the board that set a school exam, not a school. */
  private static final Pattern EXAM_BOARD = Pattern.compile("(?i)\\bboard\\b|^(?:cbse|icse|isc)$");
  private static final Pattern SPLIT = Pattern.compile("\\s{0,8}(?:[|｜,，]|\\s{2,}|\\t|\\s[-–—]\\s)\\s{0,8}");

  /** "浙东师范学院（计算机科学与技术 · 本科）": the major and the degree in brackets after the school are cells of the line. */
  private static String degreeBrackets(String line) {
    Matcher m = SCHOOL_BRACKET.matcher(line);
    if (!m.find() || !DEGREE_WORDS.matcher(m.group(2)).find()) {
      return line;
    }
    return line.substring(0, m.start()) + m.group(1) + " | " + m.group(2).replaceAll("\\s[·•/]\\s", " | ") + " | "
        + line.substring(m.end());
  }

  private static final Pattern SCHOOL_BRACKET = Pattern.compile("(\\p{IsHan}{2,20}(?:大学|学院|学校|书院|書院))[（(]([^（）()]{2,40})[）)]");

  /** "工商管理硕士（MBA，在职）": a comma inside brackets is the remark's, not a cell's edge (marked, then restored). */
  private static String bracketCommas(String line) {
    StringBuilder b = new StringBuilder(line.length());
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      depth += c == '(' || c == '（' ? 1 : (c == ')' || c == '）') && depth > 0 ? -1 : 0;
      b.append(depth > 0 && c == ',' ? '\u0006' : depth > 0 && c == '，' ? '\u0007' : c);
    }
    return depth == 0 ? b.toString() : line; // an unclosed bracket protects nothing
  }

  private EducationLines() {}

  static List<Education> read(List<String> lines) {
    List<Education> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    String pendingDegree = null; // "Bachelor of Arts" on its own line, above the school it was earned at
    for (String raw : lines) {
      String line = ResumeParser.BULLET.matcher(raw).replaceFirst("");
      Matcher kv = KEY.matcher(line);
      String key = kv.lookingAt() ? keyKind(kv.group(1)) : "";
      line = kv.lookingAt() ? line.substring(kv.end()) : line;
      Education last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (key.equals("degree") || key.equals("major")) {
        String v = JobLine.clean(line);
        if (v.isEmpty()) {
          continue;
        }
        if (last != null && key.equals("degree") && last.degree() == null) {
          out.set(out.size() - 1, new Education(last.school(), v, last.major(), last.start(), last.end()));
        } else if (last != null && key.equals("major") && last.major() == null) {
          out.set(out.size() - 1, new Education(last.school(), last.degree(), v, last.start(), last.end()));
        } else if (key.equals("degree")) {
          pendingDegree = v;
        }
        continue;
      }
      DateRange r = DateRange.findFirst(line);
      if (r == null) {
        r = DateRange.findSingle(line);
        r = r != null && line.length() - r.to() < 3 ? r : null; // "…大学 2019.06": a single date at the end
      }
      // "…, Computer Engineering (2014 – 2018)": the brackets around the dates go with them
      String rest = r == null ? line : line.substring(0, r.from()).replaceFirst("[(（\\[]\\s*$", "") + " | "
          + line.substring(r.to()).replaceFirst("^\\s*[)）\\]]", "");
      List<String> parts = new ArrayList<>();
      for (String p : SPLIT.split(bracketCommas(degreeBrackets(rest)))) {
        String v = JobLine.clean(p.replace('\u0006', ',').replace('\u0007', '，'));
        if (!v.isEmpty() && !LABEL_CELL.matcher(v).matches()) {
          parts.add(v); // "| 起止时间 | 学校 | 专业 | 学历 |": a table's labels name no school
        }
      }
      int at = bestSchool(parts);
      String school = at < 0 ? null : parts.get(at);
      String degree = null;
      List<String> others = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        String v = parts.get(i);
        if (i == at) {
          continue;
        }
        if (degree == null && DEGREE_WORDS.matcher(v).find() && v.length() < 40) {
          degree = v;
        } else if (!Places.isLocation(v) && !(at >= 0 && SCHOOL_WORDS.matcher(v).find())) {
          others.add(v);
        }
      }
      if (school == null && r == null && degree != null && others.isEmpty()) {
        if (last != null && last.degree() == null && pendingDegree == null) {
          out.set(out.size() - 1, new Education(last.school(), degree, last.major(), last.start(), last.end()));
        } else {
          pendingDegree = degree;
        }
        continue;
      }
      if (school == null && (r == null || degree == null || last != null && last.start() == null
          && last.degree() == null)) {
        if (r != null && last != null && last.start() == null) {
          out.remove(out.size() - 1); // the dates of the line above, on their own line
          out.add(new Education(last.school(), last.degree() != null ? last.degree() : degree, last.major(),
              ResumeParser.start(r), ResumeParser.end(r)));
        }
        continue;
      }
      if (last != null && school != null && school.equals(last.school()) && r == null) {
        continue;
      }
      Matcher gloss = school == null ? null : GLOSSED_SCHOOL.matcher(school);
      if (gloss != null && gloss.matches()) {
        school = gloss.group(1); // "輔仁山大學 (Furen Mountain University)": the name and its translation
      }
      if (school != null && school.indexOf(' ') > 0 && Names.isHan(school.charAt(0))) {
        // "北京理工大学 计算机科学与技术 本科": the school, its major and degree separated by single spaces
        String run = school;
        school = null;
        for (String w : run.split(" +")) {
          if (school == null && SCHOOL_WORDS.matcher(w).find()) {
            school = w;
          } else if (degree == null && DEGREE_WORDS.matcher(w).find() && w.length() < 10) {
            degree = w;
          } else {
            others.add(0, w);
          }
        }
      }
      if (school == null && r != null && !others.isEmpty()) {
        school = others.remove(0); // "INSA Lyon — Diplôme d'ingénieur (2012 – 2017)": a dated line of the section
      }
      if (degree == null && pendingDegree != null) {
        degree = pendingDegree;
      }
      pendingDegree = null;
      String major = others.isEmpty() ? null : others.get(0);
      if (last != null && last.school() == null && school != null && r == null) {
        // "BSc Computer Science, 2011 – 2015" / "University of the Gold Coast, Cape Coast": the school under its degree
        out.set(out.size() - 1, new Education(school, last.degree() != null ? last.degree() : degree,
            last.major() != null ? last.major() : major, last.start(), last.end()));
        continue;
      }
      out.add(new Education(school, degree, major, ResumeParser.start(r), ResumeParser.end(r)));
    }
    return Entries.withoutTranslations(out);
  }

  /** The part naming the school: a university over a college or institute over the school or faculty of one. */
  private static int bestSchool(List<String> parts) {
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < parts.size(); i++) {
      String v = parts.get(i);
      if (v.length() >= 80 || !SCHOOL_WORDS.matcher(v).find() || EXAM_BOARD.matcher(v).find()) {
        continue;
      }
      int score = UNIVERSITY.matcher(v).find() ? 3 : DEPARTMENT.matcher(v).find() ? 1 : 2;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static String keyKind(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.matches("学历|学位|degree")) {
      return "degree";
    }
    if (k.matches("专业|所学专业|major|field of study")) {
      return "major";
    }
    return k.matches("时间|就读时间|在校时间|dates?|period") ? "date" : "school";
  }

  /** "本科/萌鹿大学计算机系", "毕业院校：…大学": the school named beside a degree in the personal block. */
  static List<Education> inPersonal(List<String> personal, List<String> header) {
    List<String> lines = new ArrayList<>(personal);
    lines.addAll(header.size() > 12 ? header.subList(0, 12) : header);
    for (String line : lines) {
      String l = ContactBlock.cap(line);
      if (!DEGREE_WORDS.matcher(l).find() && !SCHOOL_LABEL.matcher(l).find()) {
        continue;
      }
      String degree = null;
      String school = null;
      for (String p : l.split("[/|｜,，、;；]|[:：]|\\s{2,}")) {
        String v = JobLine.clean(ResumeParser.BULLET.matcher(p).replaceFirst(""));
        if (school == null && SCHOOL_WORDS.matcher(v).find() && v.length() <= 40
            && !JobLine.TITLE_WORDS.matcher(v).find()) {
          school = v;
        } else if (degree == null && DEGREE_WORDS.matcher(v).find() && v.length() < 20) {
          degree = v;
        }
      }
      if (school != null) {
        String major = null;
        int end = school.indexOf("大学") >= 2 ? school.indexOf("大学") + 2
            : school.indexOf("学院") >= 2 ? school.indexOf("学院") + 2 : -1;
        if (end > 0 && end < school.length() && Names.isHan(school.charAt(end))) {
          major = school.substring(end); // "萌鹿大学计算机系": the school, then its department
          school = school.substring(0, end);
        }
        return List.of(new Education(school, degree, major, null, null));
      }
    }
    return List.of();
  }
}
