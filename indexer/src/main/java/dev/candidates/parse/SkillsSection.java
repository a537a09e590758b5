package dev.candidates.parse;

import dev.candidates.taxonomy.SkillMatcher;
import dev.candidates.taxonomy.SkillMention;
import dev.candidates.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skills a résumé lists: the taxonomy's concepts in its skills section (and in a summary line that is only a
 * list after a verb of mastery), plus the listed items the taxonomy does not know, as written. {@link ListedSkills}
 * says what the items are; this class says which of them are skills and under which name.
 */
final class SkillsSection {
  private final Taxonomy taxonomy;

  SkillsSection(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The skills of a section's lines, in order; {@code written} is the résumé's, for items as it wrote them. */
  List<String> read(List<String> sectionLines, List<String> summary, AsWritten written) {
    List<String> skills = new ArrayList<>();
    List<String> skillLines = ListedSkills.withPhotoshop(strengthLists(sectionLines, summary));
    String skillText = joined(withoutGroupLabels(skillLines));
    if (skillText == null) {
      return skills;
    }
    List<String> listed = ListedSkills.of(skillLines);
    List<String> blanked = new ArrayList<>(ListedSkills.aside(skillLines));
    for (String item : listed) {
      if (partlyKnown(item)) { // its known word is no listed skill of its own
        blanked.add(item);
      }
    }
    for (String b : blanked) {
      skillText = skillText.replace(b, " ".repeat(b.length()));
    }
    for (String id : taxonomy.matcher().conceptIds(skillText, SkillMatcher.Mode.SKILLS)) {
      if (!NOT_SKILLS.contains(taxonomy.get(id).category())) {
        skills.add(taxonomy.displayName(id));
      }
    }
    // A listed item the taxonomy does not know ("Minitab", "北森") is still the candidate's skill, as written.
    for (String listedItem : listed) {
      String item = written.of(listedItem); // "營業稅申報" as written, not as folded
      if ((partlyKnown(item) || onlyRoles(taxonomy.matcher().conceptIds(item, SkillMatcher.Mode.SKILLS), item))
          && skills.stream().noneMatch(item::equalsIgnoreCase)) {
        skills.add(item);
      }
    }
    return skills;
  }

  /** "熟练掌握 Python、PyTorch、Spark" as a whole line: a list of skills, here under 个人优势 or a summary. */
  private static final Pattern STRENGTH_LIST = Pattern.compile(
      "^(?:熟练掌握|熟练使用|熟练运用|精通|熟悉|掌握|(?i:proficient (?:in|with)|skilled in))\\s*\\S[^，,。.；;]*[、,，][^。.；;]*$");

  /** The skills section's lines, and a summary's lines that are only a list of skills after a verb of mastery. */
  private static List<String> strengthLists(List<String> skillLines, List<String> summary) {
    List<String> extra = new ArrayList<>();
    for (String l : summary == null ? List.<String>of() : summary) {
      Matcher b = ResumeParser.BULLET.matcher(l);
      String body = b.lookingAt() ? l.substring(b.end()) : l;
      if (STRENGTH_LIST.matcher(body).matches() && ListedSkills.of(List.of(body)).size() >= 2) {
        extra.add(body);
      }
    }
    if (extra.isEmpty()) {
      return skillLines;
    }
    List<String> out = new ArrayList<>(skillLines == null ? List.of() : skillLines);
    out.addAll(extra);
    return out;
  }

  /**
   * True when the taxonomy knows nothing of an item but a role inside it: "社群运营" is a skill of operations work,
   * "运营" alone the role (which the section's text gave, and {@link #NOT_SKILLS} drops).
   */
  private boolean onlyRoles(List<String> ids, String item) {
    return ids.stream().allMatch(id -> "role".equals(taxonomy.get(id).category()))
        && (ids.isEmpty() || taxonomy.lookup(item) == null);
  }

  /** A word with a capital inside it ("SageMaker", "CloudWatch"), not a module code ("APO") or a plain word. */
  private static final Pattern BRAND = Pattern.compile("[A-Za-z][a-z]+[A-Z]");

  /** Words of an item: "SAP APO", "Contract Negotiation", "AutoCAD Civil 3D". */
  private static final Pattern ITEM_WORDS = Pattern.compile(
      "[A-Za-z][A-Za-z&+-]*(?: [A-Za-z0-9][A-Za-z0-9&+-]*){1,2}|\\p{IsHan}{2,4}[A-Za-z]{2,}");

  /** A Chinese item of a few characters, one compound word ("合并报表", "用户研究"). */
  private static final Pattern HAN_ITEM = Pattern.compile("\\p{IsHan}{3,6}");

  /** "常用设计模式", "主流框架": a word of degree before a skill makes no kind of it. */
  private static final Pattern GENERAL = Pattern.compile("(?:常用|常见|主流|基本|基础|各种|各类|多种|相关|一般|简单|高级|熟练|深入|完整)的?");

  /**
   * A listed item the taxonomy knows only by one of its words ("SAP APO", "Contract Negotiation", "Demand
   * Forecasting"): a product or a kind of that skill, recorded as written rather than as the broader skill.
   */
  private boolean partlyKnown(String item) {
    boolean han = HAN_ITEM.matcher(item).matches();
    if (!han && !ITEM_WORDS.matcher(item).matches() || taxonomy.lookup(item) != null) {
      return false;
    }
    List<SkillMention> found = taxonomy.matcher().find(item, SkillMatcher.Mode.SKILLS);
    if (found.size() != 1) {
      return false;
    }
    SkillMention m = found.get(0);
    if (han) { // a Chinese compound's head is its last word: "合并报表" is a kind of 报表, "报表开发" is not
      return m.end() == item.length() && m.start() >= 2 && !GENERAL.matcher(item.substring(0, m.start())).matches()
          && !NOT_SKILLS.contains(taxonomy.get(m.conceptId()).category());
    }
    String rest = (item.substring(0, m.start()) + " " + item.substring(m.end())).strip();
    if (rest.codePoints().noneMatch(Character::isLetter)) {
      return false; // "Java 8": a version of the skill, not a kind of it ("AutoCAD Civil 3D" is one)
    }
    // "AWS SageMaker": a brand inside a platform the taxonomy knows is recorded as that platform
    return item.substring(m.start(), m.end()).indexOf(' ') < 0 && !BRAND.matcher(rest).find()
        && !NOT_SKILLS.contains(taxonomy.get(m.conceptId()).category()); // "Weibo open platform": an employer's
  }

  /** An employer ("微博开放平台") or a role ("招聘", "HR") named in a skills section is not a skill of the candidate. */
  private static final Set<String> NOT_SKILLS = Set.of("company", "role");

  /** "- **Frontend:** React, TypeScript", "Cloud: AWS, GCP": a label before a list names its group, not a skill. */
  private static final Pattern GROUP_LABEL = Pattern.compile(
      "^([\\s\\-*•·▪]{0,4})\\**([^:：,，|*]{1,30}?)\\**\\s{0,2}[:：]\\s{0,2}\\**\\s{0,2}(?=\\S)");

  private static List<String> withoutGroupLabels(List<String> lines) {
    if (lines == null) {
      return null;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      Matcher m = GROUP_LABEL.matcher(l);
      int cell = m.lookingAt() ? -1 : ListedSkills.cellLabelEnd(l);
      out.add(m.lookingAt() ? m.group(1) + l.substring(m.end()) : cell > 0 ? l.substring(cell) : l);
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
}
