package dev.candidates.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings the lexicon does not list but composes from its words: a head word that names the section and the
 * modifiers résumés put before it ("Professional Profile", "Summary of Qualifications", "Work Experiences",
 * "自我描述", "计算机技能", "实习工作经历"). Words alone too common in running text ("Training", "能力") need a
 * modifier; a heading of other words stays unknown.
 */
final class HeadingWords {
  private HeadingWords() {}

  private static final String MODIFIER = "(?:professional|relevant|key|selected|select|core|technical|tech|work"
      + "|working|career|additional|other|personal|research|industry|academic|notable|major|recent|previous|related"
      + "|general|transferable|it|computer|software|programming|digital|business|functional|full[- ]time|part[- ]time"
      + "|employment|job|summary of|areas of|my|organi[sz]ational|corporate|prior|past|overall|industrial"
      + "|practical|international|overseas|detailed|contract|contracting|freelance|consulting|consultancy|interim"
      + "|permanent|agency|laboratory|lab|experimental|analytical|executive|management|leadership|board"
      + "|non-executive|board & non-executive|board and non-executive)";
  private static final String HEAD = "(summary|summaries|profile|overview|objectives?|statement|introduction|bio"
      + "|skills|competenc(?:ies|es)|proficienc(?:ies|y)|expertise|technologies|tools|abilities|strengths"
      + "|experiences?|employment|history|qualifications|education|training|achievements|accomplishments|awards"
      + "|honou?rs|certifications|certificates|licen[cs]es|projects|languages|interests|publications|development"
      + "|techniques|career|appointments|roles)";
  private static final Pattern LATIN = Pattern.compile(
      "(?i)((?:" + MODIFIER + "\\s+){1,2})?" + HEAD + "(?:\\s*(?:&|and|/)\\s*" + HEAD + ")?");
  /** "Summary of Qualifications", "Qualifications Summary": a summary, whichever comes first. */
  private static final Pattern QUALIFICATIONS_SUMMARY = Pattern.compile(
      "(?i)(?:summary|overview|highlights) of (?:qualifications|skills|experience)|qualifications (?:summary|profile)"
          + "|career (?:highlights|snapshot)");

  private static final Pattern HAN = Pattern.compile("(个人|自我|专业|核心|职业|计算机|电脑|IT|软件|办公|综合|其他|其它"
      + "|主要|相关|全职|兼职|实习|工作|实习工作|工作与实习|工作及实习)(描述|总结|陈述|评价|介绍|概述|简介|概况|亮点"
      + "|技能|能力|特长|专长|技术|经历|经验|履历|业绩|成就|证书|资质)");

  /** The section a heading composes, or null; {@code key} is the heading, bare and lower-cased. */
  static Section of(String key) {
    if (key.length() > 48) {
      return null;
    }
    if (QUALIFICATIONS_SUMMARY.matcher(key).matches()) {
      return Section.SUMMARY;
    }
    Matcher h = HAN.matcher(key);
    if (h.matches()) {
      return han(h.group(1), h.group(2));
    }
    Matcher m = LATIN.matcher(key);
    if (!m.matches()) {
      return null;
    }
    String modifier = m.group(1) == null ? "" : m.group(1).strip();
    return latin(modifier, m.group(2).toLowerCase(java.util.Locale.ROOT));
  }

  private static Section latin(String modifier, String head) {
    boolean modified = !modifier.isEmpty();
    return switch (head) {
      case "summary", "summaries", "profile", "objective", "objectives" -> Section.SUMMARY;
      // "Overview" alone heads a project's or a company's paragraph as often as the résumé's
      case "overview", "statement", "introduction", "bio" -> modified ? Section.SUMMARY : null;
      case "skills", "competencies", "competences", "proficiencies", "proficiency", "expertise", "technologies",
          "tools", "abilities", "strengths", "techniques" -> Section.SKILLS;
      case "experience", "experiences", "employment" -> Section.EXPERIENCE;
      // "Executive Career", "Board Appointments", "Leadership Roles": jobs; "Career" alone is the lexicon's
      case "career", "appointments", "roles" -> modified && !modifier.matches("(?i)research|academic|personal")
          ? Section.EXPERIENCE : null;
      // "History" alone is a subject; "Work History", "Employment History" are jobs
      case "history" -> modified && !modifier.matches("(?i)research|academic|personal") ? Section.EXPERIENCE : null;
      case "education" -> Section.EDUCATION;
      case "projects" -> Section.PROJECTS;
      case "languages" -> Section.LANGUAGES;
      case "achievements", "accomplishments", "awards", "honors", "honours" -> Section.AWARDS;
      // courses, licences, a modifier's training: read, but never as jobs or schools
      case "training", "development", "qualifications" -> modified ? Section.OTHER : null;
      default -> Section.OTHER;
    };
  }

  private static Section han(String modifier, String head) {
    return switch (head) {
      case "描述", "总结", "陈述", "评价", "介绍", "概述", "简介", "概况", "亮点" ->
          modifier.matches("个人|自我|职业|综合|专业") ? Section.SUMMARY : null;
      case "技能", "能力", "特长", "专长", "技术" -> modifier.matches("实习|全职|兼职|工作与实习|工作及实习|实习工作")
          ? null : Section.SKILLS;
      case "经历", "经验", "履历" -> modifier.matches("主要|相关|全职|兼职|实习|工作|职业|实习工作|工作与实习|工作及实习")
          ? Section.EXPERIENCE : null;
      case "业绩", "成就" -> Section.AWARDS;
      default -> Section.OTHER; // 证书, 资质
    };
  }
}
