package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a list-shaped skills section ("Minitab, Six Sigma, CAPA", "北森、Moka", one short item per bullet):
 * what the candidate lists, known to the taxonomy or not. Prose lines ("熟悉分布式系统的设计与实现。") give none,
 * and neither do the rows of another section's label ("Languages: German (native)", "Interests | Cycling").
 */
final class ListedSkills {
  private ListedSkills() {}

  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,，、;；|•✔✓]|\\s[·/]\\s|\\s-\\s)\\s*");
  /** "熟练使用 Excel": the verb before a list is no part of its first item. */
  private static final Pattern LEAD_VERB = Pattern.compile("^(?:熟练使用|熟练掌握|熟练运用|能够使用|熟悉|掌握|精通|熟练|了解|使用|会用)\\s*");
  /** Certificates and exam grades listed beside skills (CET-6, 计算机二级, 568分) are not skills. */
  private static final Pattern CERTIFICATE = Pattern.compile("(?i)^(?:CET|TEM|IELTS|TOEFL|TOEIC|JLPT|N[1-5]$)|级|证|合格|\\d分");
  private static final Pattern SENTENCE = Pattern.compile("[。！？!?]|\\.\\s|\\.$|\\s(?:and|with|for|in|of|to)\\s");
  private static final int MAX_ITEM = 32;
  private static final Pattern CONTACT = Pattern.compile("@|\\d[\\d ()-]{6,}\\d");
  /** "20 October 2026", "2023年", "03/2021": an item that is only a date ("Employment Act 1955" is a skill). */
  private static final Pattern DATE_ITEM = Pattern.compile("(?i)^(?:\\d{1,2}[./\\s]\\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul"
      + "|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*)?(?:\\d{1,2}[./]\\s*)?(?:19|20)\\d{2}(?:[./-]\\d{1,2}){0,2}年?$");
  /** "Methods   usability testing, surveys": a row's label set off by a run of spaces instead of a colon. */
  private static final Pattern SPACED_LABEL = Pattern.compile("^([A-Za-z][A-Za-z &/-]{1,24}?)\\s{3,}(?=\\S)");
  /** "其他：A、B", "Other: …" inside a skills section: more skills, not the other-section's row. */
  private static final java.util.Set<String> MORE_OF_THE_SAME = java.util.Set.of("其他", "其它", "other", "others",
      "misc", "miscellaneous");
  /** "Supplier Development 供应商开发": an item glossed in the other script is one item, as first written. */
  private static final Pattern GLOSSED = Pattern.compile(
      "^([A-Za-z][A-Za-z0-9 &+./'-]*?)\\s+\\p{IsHan}[\\p{IsHan}\\s]*$|^(\\p{IsHan}+)\\s+[A-Za-z][A-Za-z &'-]*$");
  /** "Python ●●●●○", "SQL ★★★☆☆", "Excel █████░": a skill bar's marks say how well, and part items like a comma. */
  private static final Pattern RATING = Pattern.compile("\\s*[●○◐◑◒◓⬤◯★☆✩✪■□▪▫◼◻█░▒▓]{2,}\\s*");
  /** "办公软件<tab>Photoshop、剪映": a table row saved as text, its first cell the label of the list in the next. */
  private static final Pattern CELL_LABEL = Pattern.compile(
      "^([^\\t,，、;；|:：]{1,16}?)(?:\\t+|(?<=\\p{IsHan})\\s{2,})(?=\\S)"); // "HubSpot   ✔ Canva" is two items

  /**
   * Where the list of a "label<tab>a、b、c" row starts, or -1: the first cell is a label when the rest is a list
   * and the cell is none of its items.
   */
  static int cellLabelEnd(String line) {
    Matcher m = CELL_LABEL.matcher(line);
    if (!m.lookingAt() || m.group(1).isBlank()) {
      return -1;
    }
    String rest = line.substring(m.end());
    return SEPARATORS.matcher(rest).find() ? m.end() : -1;
  }

  /** "Axure  墨刀  SQL  用户研究": a tab or a run of spaces parts a tag list that has no other separator. */
  private static final Pattern WIDE_GAP = Pattern.compile("\\t+|\\s{2,}");
  /** Keys of a flattened JSON skills block ("items", "keywords") are no items of it. */
  private static final java.util.Set<String> KEY_WORDS = java.util.Set.of("items", "keywords", "name", "level");

  /** A skills matrix's other cells ("Python | 10 | Expert"): years and levels, not skills. */
  private static final Pattern MATRIX_CELL = Pattern.compile("(?i)\\d{1,2}(?:\\.\\d)?\\+?\\s*(?:years?|yrs?|年)?"
      + "|expert|advanced|intermediate|beginner|basic|proficient|familiar|novice|working knowledge"
      + "|skills?|years?(?: of experience)?|level|proficiency|精通|熟练|熟悉|了解|掌握|一般|良好|入门|年限|程度|熟练程度");

  /** The section's listed items, in order, as written (without a parenthetical: "Excel (VBA)" is Excel). */
  static List<String> of(List<String> lines) {
    List<String> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    List<List<String>> rows = new ArrayList<>();
    int singles = 0;
    int bulletedSingles = 0;
    for (String raw : lines) {
      String line = RATING.matcher(raw).replaceAll(", ").strip();
      Matcher b = ResumeParser.BULLET.matcher(line);
      boolean bulleted = b.lookingAt();
      if (bulleted) {
        line = line.substring(b.end());
      }
      String label = null;
      Matcher g = LABEL.matcher(line);
      if (g.lookingAt()) {
        label = g.group(1).strip();
        line = line.substring(g.end());
      } else {
        int bar = line.indexOf('|');
        Matcher sp = SPACED_LABEL.matcher(line);
        if (bar > 0 && bar <= 24 && line.substring(0, bar).chars().noneMatch(c -> c == ',' || c == '，' || c == '、')) {
          label = line.substring(0, bar).strip();
          line = line.substring(bar + 1);
        } else if (sp.lookingAt()) {
          label = sp.group(1).strip();
          line = line.substring(sp.end());
        } else if (cellLabelEnd(line) > 0) {
          label = line.substring(0, cellLabelEnd(line)).strip();
          line = line.substring(cellLabelEnd(line));
        }
      }
      if (label != null) {
        String key = Section.key(label);
        Section s = Section.BY_HEADER.get(key);
        if (label.isEmpty() || s != null && s != Section.SKILLS && !MORE_OF_THE_SAME.contains(key)
            && !(s == Section.LANGUAGES && noSpokenLanguage(line))) {
          continue; // "Languages: German (native)", "Interests | …": another section's row
        }
      }
      if (CONTACT.matcher(line).find() || DateRange.findFirst(line) != null) {
        continue; // "电话：… | 邮箱：… | 上海", "Cologne, 20 October 2026": a contact or a date line, no list of skills
      }
      List<String> items = items(tagList(line));
      if (items == null) {
        continue;
      }
      if (items.size() == 1) {
        singles++;
        bulletedSingles += bulleted ? 1 : 0;
      }
      rows.add(items);
    }
    boolean singlesAreAList = singles >= 2 && singles == rows.size() || bulletedSingles >= 2;
    for (List<String> items : rows) {
      if (items.size() > 1 || singlesAreAList) {
        for (String it : items) {
          if (out.stream().noneMatch(o -> o.equalsIgnoreCase(it))) {
            out.add(it);
          }
        }
      }
    }
    return out;
  }

  /**
   * What a skills section holds that names no skill of the candidate, for the taxonomy not to read: rows under
   * another section's label ("语言能力：CET-6，普通话二级甲等") and certificates listed among the items ("CET-4").
   */
  static List<String> aside(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String raw : lines == null ? List.<String>of() : lines) {
      Matcher b = ResumeParser.BULLET.matcher(raw);
      String line = b.lookingAt() ? raw.substring(b.end()) : raw;
      Matcher g = LABEL.matcher(line);
      if (g.lookingAt()) {
        String key = Section.key(g.group(1).strip());
        Section s = Section.BY_HEADER.get(key);
        String rest = line.substring(g.end());
        if (s != null && s != Section.SKILLS && !MORE_OF_THE_SAME.contains(key)
            && !(s == Section.LANGUAGES && noSpokenLanguage(rest))) {
          out.add(rest.strip()); // the label itself is gone from the text the taxonomy reads
          continue;
        }
        line = rest;
      }
      for (String part : split(line)) {
        String it = part.strip();
        if (!it.isEmpty() && CERTIFICATE.matcher(it).find() && it.length() <= MAX_ITEM && hanCount(it) <= 8
            && !SENTENCE.matcher(it).find()) { // "对企业级应用有深刻理解" is prose, no certificate
          out.add(it);
        }
      }
    }
    return out;
  }

  /** Image, video and layout tools, or words about design: beside them, "PS" is Photoshop. */
  private static final Pattern DESIGN = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:AI|PR|AE|CDR|C4D|Illustrator|Premiere"
      + "|After Effects|InDesign|Lightroom|CorelDRAW|Figma|Sketch|Canva)(?![\\p{L}\\d])|剪映|美图秀秀|会声会影|设计|修图|剪辑"
      + "|(?i)design");
  private static final Pattern PS = Pattern.compile("(?<![\\p{L}\\d.])PS(?![\\p{L}\\d.])");

  /**
   * A skills section with "PS" written as Photoshop: "Excel、SPSS、PS、剪映" beside design and media tools; elsewhere
   * ("P.S.", "PS4", PostScript in a printer engineer's list) it stays as written.
   */
  static List<String> withPhotoshop(List<String> lines) {
    if (lines == null || lines.stream().noneMatch(l -> PS.matcher(l).find())
        || lines.stream().noneMatch(l -> DESIGN.matcher(l).find())) {
      return lines;
    }
    return lines.stream().map(l -> PS.matcher(l).replaceAll("Photoshop")).toList();
  }

  private static final Pattern LABEL = Pattern.compile("^\\**([^:：,，|*]{1,30}?)\\**\\s{0,2}[:：]\\s*");

  /**
   * A line of three or more short tags set apart by wide gaps (a job site's 技能标签, a table row saved as text) with
   * commas instead; any other line as it is ("Python   Expert" is a label and a level, not two skills).
   */
  private static String tagList(String line) {
    if (SEPARATORS.matcher(line).find()) {
      return line;
    }
    String[] tags = WIDE_GAP.split(line.strip());
    if (tags.length < 3) {
      return line;
    }
    for (String t : tags) {
      if (t.length() > MAX_ITEM || t.split(" ").length > 3) {
        return line;
      }
    }
    return String.join(", ", tags);
  }

  /** A line's items, or null when one of them reads as prose. */
  private static List<String> items(String line) {
    List<String> out = new ArrayList<>();
    for (String part : split(line)) {
      String it = LEAD_VERB.matcher(part.replaceAll("[(（][^)）]*[)）]?", "").strip()).replaceFirst("")
          .replaceFirst("等$", "").strip();
      Matcher gloss = GLOSSED.matcher(it);
      if (gloss.matches()) {
        it = (gloss.group(1) != null ? gloss.group(1) : gloss.group(2)).strip();
      }
      if (it.isEmpty() || DATE_ITEM.matcher(it).matches()) {
        continue;
      }
      if (it.length() > MAX_ITEM || it.split("\\s+").length > 4 || SENTENCE.matcher(it).find()
          || hanCount(it) > 8) {
        return null;
      }
      if (!CERTIFICATE.matcher(it).find() && !Places.isLocation(it) && !KEY_WORDS.contains(it.toLowerCase(Locale.ROOT))
          && !MATRIX_CELL.matcher(it).matches() && !it.matches("[-+=|:\\s]+")
          && !Section.BY_HEADER.containsKey(it.toLowerCase(Locale.ROOT))) {
        out.add(it);
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Split at separators outside parentheses ("English (fluent, C1)" is one item). */
  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
      if (depth == 0) {
        Matcher m = SEPARATORS.matcher(line).region(i, line.length());
        if (m.lookingAt() && m.end() > i) {
          out.add(sb.toString());
          sb.setLength(0);
          i = m.end() - 1;
          continue;
        }
      }
      sb.append(c);
    }
    out.add(sb.toString());
    return out;
  }

  /**
   * "Languages: C, C++, Python" under IT Skills lists programming languages; "Languages: English" or "语言能力：CET-6"
   * spoken ones.
   */
  private static boolean noSpokenLanguage(String row) {
    for (String part : split(row)) {
      String p = part.replaceAll("[(（].*", "").replaceAll("\\s*[–—-].*", "").strip().toLowerCase(Locale.ROOT);
      if (ResumeParser.SPOKEN.contains(p) || CERTIFICATE.matcher(p).find()) { // "CET-6", "普通话二级甲等"
        return false;
      }
    }
    return true;
  }

  private static int hanCount(String s) {
    return (int) s.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }
}
