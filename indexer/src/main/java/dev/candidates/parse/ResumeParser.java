package dev.candidates.parse;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.diagnostics.FailureLog;
import dev.candidates.model.Dates;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import dev.candidates.taxonomy.SkillMatcher;
import dev.candidates.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based, bilingual résumé parser: plain text in, {@link Profile} out. It finds section headers (on their own line
 * or run into one-line text extracted from a PDF), the contact header, dated jobs, projects and education, and
 * recognizes skills with the taxonomy. What it cannot parse it leaves empty; the full text is always kept. It never
 * throws.
 */
public final class ResumeParser {
  /** Structure is parsed from the first part of very large inputs; the whole text is still kept and indexed. */
  static final int MAX_PARSE_CHARS = 200_000;

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+?\\d[\\d ()-]{6,18}\\d)(?![\\d])");
  private static final Pattern ROMANIZED_NAME = Pattern.compile("\\p{Lu}[a-z]+(?:[ -]\\p{Lu}?[a-z]+){1,2}");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪●◦■□➢>]|\\d{1,2}[.)、])\\s*");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:[|｜]|\\s{2,}|\\t| · | • | / )\\s*");
  private static final Pattern TITLE_WORDS = Pattern.compile(
      "(?i)engineer|developer|programmer|manager|lead|architect|director|intern|analyst|designer|scientist"
          + "|consultant|specialist|head of|officer|administrator|recruiter|founder|cto|vp|sre|工程师|经理|负责人"
          + "|总监|架构师|专家|实习|主管|设计师|分析师|开发|组长|研究员|顾问|招聘|运维|测试|产品");
  private static final Pattern SCHOOL_WORDS = Pattern.compile(
      "(?i)universit|college|institute|school|academy|大学|学院|学校|研究院");
  private static final Pattern DEGREE_WORDS = Pattern.compile(
      "(?i)\\b(?:bachelor|master|ph\\.?d|doctor|b\\.?sc?|m\\.?sc?|b\\.?eng|m\\.?eng|mba|b\\.?a|m\\.?a)\\b.*"
          + "|本科|硕士|博士|学士|大专|专科|研究生");
  private static final Set<String> SPOKEN = Set.of("english", "chinese", "mandarin", "cantonese", "japanese",
      "korean", "german", "french", "spanish", "英语", "中文", "普通话", "粤语", "日语", "韩语", "德语", "法语");
  static final List<String> CITIES = List.of("Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu",
      "Nanjing", "Wuhan", "Xi'an", "Suzhou", "Tianjin", "Chongqing", "Xiamen", "Hong Kong", "Taipei", "Singapore",
      "Tokyo", "Seoul", "San Francisco", "Seattle", "New York", "London", "Berlin", "Toronto", "Vancouver",
      "Sydney", "Austin", "Boston", "Remote", "北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "西安",
      "苏州", "天津", "重庆", "厦门", "香港", "台北", "新加坡", "东京", "远程");

  private static final FailureLog FAILURES = new FailureLog(ResumeParser.class, "parsing the résumé");

  private final Taxonomy taxonomy;

  public ResumeParser(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public Profile parse(String original) {
    String text = original == null ? "" : original;
    try {
      return parseOrThrow(text);
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug must not lose the résumé: keep it searchable as text, and say so with the id it will get.
      Profile textOnly = new Profile(null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
          List.of(), List.of(), null, null, null, null, text);
      FAILURES.failed(ProfileEnricher.deriveId(textOnly), "the profile keeps its text only", e);
      return textOnly;
    }
  }

  private Profile parseOrThrow(String original) {
    String text = clean(original.length() > MAX_PARSE_CHARS ? original.substring(0, MAX_PARSE_CHARS) : original);
    if (isOneLine(text)) {
      text = breakOneLine(text);
    }
    Map<Section, List<String>> sections = split(text);
    List<String> header = sections.getOrDefault(Section.HEADER, List.of());
    Contact contact = contact(header, text);
    String summary = joined(sections.get(Section.SUMMARY));
    List<Experience> jobs = new ArrayList<>();
    for (Entry e : entries(sections.get(Section.EXPERIENCE))) {
      jobs.add(new Experience(e.first, e.second, Dates.format(e.range.start()), Dates.format(e.range.end()),
          e.description));
    }
    if (!sections.containsKey(Section.EXPERIENCE) && !sections.containsKey(Section.PROJECTS)) {
      // No headers at all: dated lines that are not education are most likely jobs.
      List<String> body = new ArrayList<>();
      for (var s : sections.entrySet()) {
        if (s.getKey() != Section.EDUCATION) {
          body.addAll(s.getValue());
        }
      }
      for (Entry e : entries(body)) {
        if (!SCHOOL_WORDS.matcher(e.first + " " + e.second).find()) {
          jobs.add(new Experience(e.first, e.second, Dates.format(e.range.start()), Dates.format(e.range.end()),
              e.description));
        }
      }
    }
    List<Project> projects = new ArrayList<>();
    for (Entry e : entries(sections.get(Section.PROJECTS))) {
      projects.add(new Project(e.first, e.second, Dates.format(e.range.start()), Dates.format(e.range.end()),
          e.description));
    }
    List<Education> education = education(sections.get(Section.EDUCATION));
    List<String> skills = new ArrayList<>();
    String skillText = joined(sections.get(Section.SKILLS));
    if (skillText != null) {
      for (String id : taxonomy.matcher().conceptIds(skillText, SkillMatcher.Mode.SKILLS)) {
        skills.add(taxonomy.displayName(id));
      }
    }
    List<String> languages = new ArrayList<>();
    String langText = joined(sections.get(Section.LANGUAGES));
    if (langText != null) {
      for (String part : langText.split("[,，、;；/|\\s]+")) {
        String p = part.replaceAll("[(（].*", "").strip();
        if (SPOKEN.contains(p.toLowerCase(Locale.ROOT))) {
          languages.add(p);
        }
      }
    }
    return new Profile(null, contact.name, contact.headline, contact.location, contact.email, contact.phone, summary,
        skills, jobs, projects, education, languages, null, null, null, null, original);
  }

  // ---------------------------------------------------------------- text clean-up and one-line text

  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = TextNormalizer.fold(s.charAt(i));
      if (c == '\r') {
        continue;
      }
      if (c == '\uFEFF' || (c < 0x20 && c != '\n' && c != '\t') || Character.isSurrogate(c) && !validSurrogate(s, i)) {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static boolean isOneLine(String text) {
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    return lines <= 3 && text.length() > 150;
  }

  /** Puts line breaks back into text that lost them: before headers, before each dated entry, before bullets. */
  static String breakOneLine(String text) {
    String t = text;
    for (String h : Section.BY_HEADER.keySet()) {
      boolean cjk = TextNormalizer.isHan(h.charAt(0));
      if (cjk && h.length() < 3) {
        continue; // "技能", "项目", "教育" are too common inside sentences
      }
      Pattern p = cjk
          ? Pattern.compile("(?<=^|[\\s。；;:：|])" + Pattern.quote(h) + "(?=[\\s:：])")
          : Pattern.compile("(?<=^|\\s)(" + capitalized(h) + "|" + Pattern.quote(h.toUpperCase(Locale.ROOT))
              + ")(?=\\s*[:：]|\\s+(?=\\p{Lu}|\\p{IsHan}|\\d))");
      t = p.matcher(t).replaceAll(m -> "\n" + Matcher.quoteReplacement(m.group()) + "\n");
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (DateRange r : DateRange.findAll(t)) {
      int headerStart = entryHeaderStart(t, last, r.from());
      out.append(t, last, headerStart).append('\n').append(t, headerStart, r.to()).append('\n');
      last = r.to();
    }
    out.append(t.substring(last));
    return out.toString().replaceAll("\\s+(?=[•·▪●]\\s*)", "\n").replaceAll("(?<=[。;；])\\s*", "\n");
  }

  private static String capitalized(String lowerHeader) {
    StringBuilder sb = new StringBuilder();
    for (String w : lowerHeader.split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(Pattern.quote(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
    }
    return sb.toString();
  }

  /** Where "Company | Title | City | " in front of a date range starts, looking back no further than {@code min}. */
  private static int entryHeaderStart(String t, int min, int dateStart) {
    int start = dateStart;
    int k = dateStart;
    while (true) {
      int j = k - 1;
      while (j >= min && t.charAt(j) == ' ') {
        j--;
      }
      if (j < min || (t.charAt(j) != '|' && t.charAt(j) != '｜')) {
        break;
      }
      // The segment before this bar runs back to the previous bar, a line or sentence end, or 60 characters.
      int b = j - 1;
      while (b >= min && t.charAt(b) != '|' && t.charAt(b) != '｜' && t.charAt(b) != '\n' && j - b < 60
          && !sentenceEnd(t, b)) {
        b--;
      }
      start = b + 1;
      while (start < j && t.charAt(start) == ' ') {
        start++;
      }
      if (b < min || (t.charAt(b) != '|' && t.charAt(b) != '｜')) {
        break;
      }
      k = b + 1;
    }
    if (start < dateStart) {
      return Math.max(min, start);
    }
    // "字节跳动 数据工程师 2020.04-至今": take up to two words before the date.
    int s = dateStart;
    for (int w = 0; w < 2; w++) {
      int e = s;
      while (e > min && t.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > min && t.charAt(b - 1) != ' ' && t.charAt(b - 1) != '\n' && !sentenceEnd(t, b - 1)) {
        b--;
      }
      if (b == e) {
        break;
      }
      s = b;
    }
    return Math.max(min, s);
  }

  private static boolean sentenceEnd(String t, int i) {
    char c = t.charAt(i);
    if (c == '。' || c == '；' || c == '！' || c == '？') {
      return true;
    }
    return (c == '.' || c == ';' || c == '!' || c == '?') && i + 1 < t.length() && t.charAt(i + 1) == ' ';
  }

  // ---------------------------------------------------------------- sections

  private static Map<Section, List<String>> split(String text) {
    Map<Section, List<String>> out = new EnumMap<>(Section.class);
    Section current = Section.HEADER;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean bulleted = BULLET.matcher(line).lookingAt() && !line.startsWith("#");
      String bare = line.replaceAll("^[#*=\\-\\s【\\[]+|[】\\]*=\\s]+$", "").strip();
      Section header = null;
      String rest = null;
      String key = bare.replaceAll("[:：]$", "").strip().toLowerCase(Locale.ROOT);
      if (Section.BY_HEADER.containsKey(key) && bare.length() < 40) {
        header = Section.BY_HEADER.get(key);
      } else {
        Matcher m = Pattern.compile("^([^:：]{2,30})[:：]\\s*(.+)$").matcher(bare);
        String k = m.matches() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
        if (!bulleted && Section.BY_HEADER.containsKey(k) && !Section.INLINE_TOO_GENERIC.contains(k)) {
          header = Section.BY_HEADER.get(m.group(1).strip().toLowerCase(Locale.ROOT));
          rest = m.group(2);
        }
      }
      if (header != null) {
        current = header;
        out.computeIfAbsent(current, k -> new ArrayList<>());
        if (rest != null && !rest.isBlank()) {
          out.get(current).add(rest.strip());
        }
      } else {
        out.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
      }
    }
    return out;
  }

  private static String joined(List<String> lines) {
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    String s = String.join("\n", lines).strip();
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------- contact header

  private record Contact(String name, String headline, String location, String email, String phone) {}

  private static Contact contact(List<String> header, String text) {
    String email = null;
    String phone = null;
    String head = String.join("\n", header.size() > 8 ? header.subList(0, 8) : header);
    Matcher em = EMAIL.matcher(head.isEmpty() ? text : head);
    if (em.find()) {
      email = em.group();
    }
    Matcher ph = PHONE.matcher(head.isEmpty() ? text : head);
    while (ph.find()) {
      String digits = ph.group(1).replaceAll("\\D", "");
      if (digits.length() >= 8 && digits.length() <= 15 && DateRange.findFirst(ph.group(1)) == null) {
        phone = ph.group(1).strip();
        break;
      }
    }
    String name = null;
    String headline = null;
    String location = null;
    List<String> parts = new ArrayList<>();
    for (String line : header.size() > 6 ? header.subList(0, 6) : header) {
      for (String p : SPLIT.split(line.replaceAll("^[#>*\\s]+|\\*+$", ""))) {
        String v = p.replaceAll("^(?i)(name|姓名|location|所在地|城市|现居|email|邮箱|phone|电话|手机)\\s*[:：]\\s*", "")
            .strip();
        if (!v.isEmpty()) {
          parts.add(v);
        }
      }
    }
    List<String> cleaned = new ArrayList<>();
    for (String p : parts) {
      String v = EMAIL.matcher(p).replaceAll(" ");
      if (phone != null) {
        v = v.replace(phone, " ");
      }
      v = v.replaceAll("\\s+", " ").strip();
      if (v.isEmpty()) {
        continue;
      }
      // "王芳 数据工程师 北京" or "Nathan Cole Machine Learning Engineer Seattle, WA": one part holding several.
      String n = name == null ? nameOf(v) : null;
      if (n != null && v.length() > n.length() + 1) {
        name = n;
        v = v.substring(n.length()).strip();
        if (ROMANIZED_NAME.matcher(v).matches()) {
          v = ""; // "李伟 Li Wei": the same name in Latin letters, not a headline
        }
      }
      String c = city(v);
      if (c != null && !isLocation(v) && location == null) {
        int at = v.toLowerCase(Locale.ROOT).indexOf(c.toLowerCase(Locale.ROOT));
        String tail = v.substring(at);
        Matcher region = Pattern.compile("^" + Pattern.quote(v.substring(at, at + c.length()))
            + "(?:,\\s*[A-Z]{2}\\b|,\\s*[A-Z][a-z]+)?").matcher(tail);
        String loc = region.find() ? region.group() : c;
        if (!ORGANIZATION.matcher(v).find()) {
          location = loc;
          v = (v.substring(0, at) + " " + v.substring(at + loc.length())).replaceAll("\\s+", " ").strip();
        }
      }
      if (!v.isEmpty()) {
        cleaned.add(v);
      }
    }
    for (String p : cleaned) {
      String city = city(p);
      if (location == null && city != null && isLocation(p)) {
        location = p;
        continue;
      }
      if (name == null) {
        name = nameOf(p);
        if (name != null) {
          continue;
        }
      }
      if (headline == null && p.length() <= 100 && !p.matches(".*\\d{4}.*")) {
        headline = p;
      }
    }
    return new Contact(name, headline, location, email, phone);
  }

  private static final Pattern ORGANIZATION = Pattern.compile(
      "(?i)公司|集团|科技|网络|银行|大学|学院|研究|中心|\\b(?:inc|ltd|llc|corp|co|gmbh|bank|university|labs?|technologies)\\b");

  /** A short part that names a place ("Shenzhen", "Shanghai, China", "深圳"), not a company that contains one. */
  static boolean isLocation(String part) {
    String c = city(part);
    if (c == null || part.length() > 30 || ORGANIZATION.matcher(part).find()) {
      return false;
    }
    String lower = part.toLowerCase(Locale.ROOT);
    String city = c.toLowerCase(Locale.ROOT);
    return lower.startsWith(city) || lower.endsWith(", " + city) || lower.matches(".*,\\s*" + Pattern.quote(city)
        + "(,.*)?");
  }

  private static String city(String part) {
    for (String c : CITIES) {
      if (part.regionMatches(true, 0, c, 0, c.length()) || part.endsWith(c)
          || part.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }

  /** A plausible personal name at the start of a header part: 2–4 Han characters, or 2–4 capitalized words. */
  private static String nameOf(String part) {
    Matcher zh = Pattern.compile("^(\\p{IsHan}{2,4})(?:\\s|$)").matcher(part + " ");
    if (zh.find() && !TITLE_WORDS.matcher(zh.group(1)).find() && !Section.BY_HEADER.containsKey(zh.group(1))) {
      return zh.group(1);
    }
    // Two capitalized words ("Nathan Cole"), three only when that is the whole part ("Mary Ann Lee").
    Matcher en = Pattern.compile("^(\\p{Lu}[\\p{L}'.-]+\\s+\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+(?=\\s*$))?)"
        + "(?:\\s|$)").matcher(part);
    if (en.find() && !TITLE_WORDS.matcher(en.group(1)).find() && city(en.group(1)) == null
        && !Section.BY_HEADER.containsKey(en.group(1).toLowerCase(Locale.ROOT))) {
      return en.group(1);
    }
    return null;
  }

  // ---------------------------------------------------------------- dated entries

  private record Entry(String first, String second, DateRange range, String description) {}

  /** Jobs or projects: a line with a date range opens an entry; the lines after it describe it. */
  private static List<Entry> entries(List<String> lines) {
    List<Entry> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    String first = null;
    String second = null;
    DateRange range = null;
    StringBuilder desc = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      DateRange r = DateRange.findFirst(line);
      boolean header = r != null && (r.from() < 60 || line.length() - r.to() < 20 || line.contains("|"));
      if (header) {
        if (range != null) {
          out.add(new Entry(first, second, range, desc.toString().strip()));
        }
        range = r;
        desc.setLength(0);
        String rest = (line.substring(0, r.from()) + " | " + line.substring(r.to())).strip();
        List<String> parts = new ArrayList<>();
        for (String p : rest.split("\\s*(?:[|｜,，]|\\s{2,}|\\t|\\s[-–—@]\\s|\\s+at\\s+|[()（）])\\s*")) {
          String v = BULLET.matcher(p).replaceFirst("").strip();
          if (!v.isEmpty() && !isLocation(v)) {
            parts.add(v);
          }
        }
        if (parts.isEmpty() && previous != null && previous.length() < 80) {
          for (String p : previous.split("\\s*(?:[|｜,，]|\\s{2,}|\\s[-–—@]\\s|\\s+at\\s+)\\s*")) {
            if (!p.isBlank() && !isLocation(p.strip())) {
              parts.add(p.strip());
            }
          }
          if (desc.isEmpty() && !out.isEmpty()) {
            // the previous line was this entry's header, not the last entry's description
          }
        }
        if (parts.size() == 1 && parts.get(0).contains(" ") && TextNormalizer.isHan(parts.get(0).charAt(0))) {
          parts = new ArrayList<>(List.of(parts.get(0).split("\\s+")));
        }
        first = parts.isEmpty() ? null : parts.get(0);
        second = parts.size() > 1 ? parts.get(1) : null;
        // "Senior Engineer | Tencent": the title came first.
        if (first != null && second != null && TITLE_WORDS.matcher(first).find()
            && !TITLE_WORDS.matcher(second).find()) {
          String t = first;
          first = second;
          second = t;
        }
      } else if (range != null) {
        desc.append(BULLET.matcher(line).replaceFirst("")).append('\n');
      }
      previous = line;
    }
    if (range != null) {
      out.add(new Entry(first, second, range, desc.toString().strip()));
    }
    return out;
  }

  private static List<Education> education(List<String> lines) {
    List<Education> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (String line : lines) {
      DateRange r = DateRange.findFirst(line);
      String rest = r == null ? line : line.substring(0, r.from()) + " | " + line.substring(r.to());
      String school = null;
      String degree = null;
      List<String> others = new ArrayList<>();
      for (String p : rest.split("\\s*(?:[|｜,，]|\\s{2,}|\\t|\\s[-–—]\\s)\\s*")) {
        String v = BULLET.matcher(p).replaceFirst("").strip();
        if (v.isEmpty()) {
          continue;
        }
        if (school == null && SCHOOL_WORDS.matcher(v).find()) {
          school = v;
        } else if (degree == null && DEGREE_WORDS.matcher(v).find() && v.length() < 40) {
          degree = v;
        } else if (!isLocation(v)) {
          others.add(v);
        }
      }
      if (school == null && (r == null || degree == null)) {
        continue;
      }
      String major = others.isEmpty() ? null : others.get(0);
      out.add(new Education(school, degree, major, r == null ? null : Dates.format(r.start()),
          r == null ? null : Dates.format(r.end())));
    }
    return out;
  }

  /** The known city a location string names, or null. */
  public static String cityOf(String location) {
    return location == null ? null : city(location);
  }
}
