package dev.candidates.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Résumé sections and the headers, English and Chinese, that open them. */
public enum Section {
  HEADER,
  /** Contact and basic-information blocks ("联系方式", "个人信息"): read for contacts, never for jobs. */
  PERSONAL("Contact", "Contact Information", "Contact Info", "Contacts", "Personal Information", "Personal Info",
      "Personal Details", "Personal Data", "Basic Information", "Basic Info", "联系方式", "个人信息", "基本信息", "个人资料", "联系信息",
      "基本资料", "候选人基本信息", "候选人信息", "候选人概况", "Candidate Information", "Candidate Details",
      // a European CV written in English keeps headings in its own language (French, German, Spanish)
      "Informations personnelles", "Coordonnées", "Persönliche Daten", "Kontakt", "Datos personales"),
  SUMMARY("Summary", "Profile", "Professional Summary", "About", "About Me", "Objective", "Career Objective",
      "Personal Statement", "Self Evaluation", "Career Summary", "Executive Summary", "Highlights",
      "个人简介", "职业概述", "自我评价", "个人总结", "简介", "个人优势", "关于我", "个人概述", "求职意向", "自我介绍",
      "个人评价", "职业目标", "About Myself", "Research Interests", "职务概要", "職務要約", "职务要约", "自我PR", "自己PR",
      "Profil", "Profil professionnel", "Résumé professionnel", "Kurzprofil", "Perfil", "Perfil profesional"),
  SKILLS("Skills", "Core Skills", "Technical Skills", "Tech Stack", "Technology Stack", "Technologies",
      "Skills & Tools", "Key Skills", "Professional Skills", "Skill", "Skill Set", "Skillset", "Competencies",
      "Core Competencies", "Technical Proficiencies", "Tools", "Skills & Abilities", "Skills and Tools",
      "Programming Skills", "Technical Skills & Tools", "Expertise", "Areas of Expertise", "IT Skills", "Toolkit",
      "Computer Skills", "Software Skills", "专长", "专长技能",
      "专业技能", "核心技能", "技术栈", "技能", "技能特长", "技术能力", "技能清单", "技能专长", "专业能力", "掌握技能",
      "技术技能", "个人技能", "技能证书", "Top Skills", "Digital Skills", "Digital Competences", "Job-related Skills",
      "技能标签", "活用できる知識・技能", "活用できる知识・技能", "可运用的知识、技能", "技能/证书", "技能与证书",
      "Compétences", "Compétences techniques", "Kenntnisse", "Fähigkeiten", "IT-Kenntnisse", "Habilidades",
      "Competencias", "Conocimientos"),
  EXPERIENCE("Experience", "Professional Experience", "Work Experience", "Work History", "Employment",
      "Employment History", "Career History", "Work", "Jobs", "Internship", "Internships", "Internship Experience",
      "Intership Experience", "Relevant Experience", "Industry Experience", "Working Experience",
      "Experiences", "Professional History", "Career", "Positions", "Academic Positions", "Appointments",
      "Academic Appointments", "Professional Appointments", "Research Positions",
      // a contractor's résumé splits its jobs by kind of engagement
      "Contracts", "Contract Roles", "Contract Work", "Contract Positions", "Permanent Roles", "Permanent Positions",
      "Freelance Work", "Employment Record",
      "工作经历", "工作经验", "职业经历", "任职经历", "工作履历", "实习经历", "实习经验", "工作及实习经历", "从业经历",
      "工作", "实习", "职务经历", "職務経歴", "职务履历", "工作经历及业绩",
      "Expérience", "Expériences", "Expérience professionnelle", "Expériences professionnelles", "Berufserfahrung",
      "Berufliche Erfahrung", "Beruflicher Werdegang", "Experiencia", "Experiencia profesional",
      "Experiencia laboral"),
  PROJECTS("Projects", "Highlighted Projects", "Key Projects", "Selected Projects", "Project Experience",
      "Personal Projects", "Open Source", "Open Source Projects", "Side Projects", "Academic Projects",
      "Project", "Research Projects", "Portfolio", "Selected Work", "Selected Works", "Work Samples", "Case Studies",
      "项目经历", "亮点项目", "项目经验", "主要项目", "项目", "专案经历", "专案经验", "开源项目", "个人项目", "项目作品",
      "开源项目和作品", "个人作品", "作品", "科研经历", "科研项目", "项目经历与成果",
      "Projets", "Projekte", "Proyectos"),
  EDUCATION("Education", "Education Background", "Educational Background", "Academic Background",
      "Education & Training", "Education and Training", "Academic", "Degrees", "Studies", "Schools", "Academic Studies",
      "Educational Qualification", "Educational Qualifications", "Academic Qualification", "Academic Qualifications",
      "Education Qualification", "Education Details", "Educational Details", "Academic Details", "Academic Record",
      "教育背景", "教育经历", "学历", "教育", "学习经历", "教育信息", "学历背景",
      "Formation", "Formations", "Diplômes", "Formation et diplômes", "Ausbildung", "Bildungsweg", "Studium",
      "Educación", "Formación", "Formación académica"),
  LANGUAGES("Languages", "Language Skills", "Language", "语言能力", "语言", "外语能力", "语言技能", "语文能力",
      "Langues", "Sprachen", "Sprachkenntnisse", "Idiomas"),
  /** Awards, contests, honours: dated like jobs but never jobs. */
  AWARDS("Awards", "Honors", "Honours", "Awards & Honors", "Awards & Honor", "Honors & Awards", "Awards and Honors",
      "Achievements", "Competitions", "Contests", "Scholarships", "Prizes",
      "荣誉奖项", "获奖情况", "奖项荣誉", "获奖经历", "荣誉", "奖项", "所获奖项", "竞赛经历", "竞赛获奖", "荣誉证书",
      "获奖", "奖励", "荣誉奖励", "竞赛", "荣誉与奖项", "Grants", "Grants and Awards", "Awards and Grants",
      "Fellowships", "Grants & Awards"),
  OTHER("Certifications", "Certificates", "Interests", "Hobbies", "Publications", "Activities", "Volunteer",
      "Volunteering", "Volunteer Experience", "Leadership", "References", "Extracurricular Activities", "Papers",
      "Additional Information", "Miscellaneous", "Hobbies & Interests", "Courses", "Coursework", "Patents",
      "Teaching", "Courses Taught", "Invited Talks", "Talks", "Service", "Professional Service",
      // an Indian CV closes with a signed declaration; referees are other people
      "Declaration", "Referees", "Referee", "References Available", "Extra-Curricular Activities",
      "证书", "兴趣爱好", "其他", "校园经历", "社会实践", "论文", "专利", "个人爱好", "爱好", "其它", "附加信息",
      "培训经历", "社团经历", "学生工作", "志愿者经历",
      // student-union posts and campus activities: dated like jobs, held at the school, not jobs
      "校内实践", "校内实践经历", "在校实践", "校园实践", "在校经历", "校内经历", "校内活动", "校园活动", "社团活动",
      "学生干部经历", "学生会工作", "课外活动", "校內實踐", "社團經歷", "在校經歷", "校園經歷",
      // a headhunter's report: the consultant's reasons and assessment, in the consultant's words
      "顾问推荐理由", "推荐理由", "顾问评价", "顾问面评", "顾问意见", "推荐意见", "面试评价", "Consultant's Assessment",
      "Consultant Assessment", "Reasons for Recommendation", "证书资质", "资格证书", "证照", "自传", "资格", "資格", "免许・资格",
      // a template's advice to its writer, left in: neither the candidate's skills nor jobs
      "Resume Writing Notes", "Resume Writing Tips", "Writing Notes", "Writing Tips", "Resume Tips", "Tips",
      "Template Notes", "How to Use This Template", "写作说明", "简历填写说明", "填写说明", "简历写作说明", "使用说明",
      "模板说明", "模板使用说明", "简历说明", "简历小贴士", "写作提示", "温馨提示",
      "Centres d'intérêt", "Centres d’intérêt", "Loisirs", "Intérêts", "Interessen", "Hobbys", "Intereses",
      "Aficiones");

  /** Headers too common as a list label ("语言：Go、Java") to open a section when followed by a colon. */
  static final java.util.Set<String> INLINE_TOO_GENERIC = java.util.Set.of("语言", "项目", "教育", "简介", "技能", "languages",
      "工作", "实习", "作品", "荣誉", "奖项", "竞赛", "获奖", "奖励", "爱好", "证书", "其他", "其它", "论文", "专利", "work",
      "tools", "project", "language", "skill", "career", "contact", "portfolio", "学历", "求职意向", "jobs", "academic",
      "positions", "teaching", "service", "talks", "appointments", "grants", "contracts", "tips", "formation", "资格",
      "profil", "perfil", "kontakt", "studium");

  /** Headers added for whole-line use only: as words inside one-line text they are too often not headers. */
  static final java.util.Set<String> RUNNING_TEXT_GENERIC = java.util.Set.of("work", "jobs", "career", "tools",
      "project", "language", "skill", "academic", "degrees", "highlights", "contact", "contacts", "activities",
      "volunteer", "leadership", "references", "papers", "courses", "coursework", "patents", "miscellaneous",
      "volunteering", "portfolio", "internship", "internships", "experiences", "honors", "honours", "achievements",
      "competitions", "contests", "scholarships", "prizes", "competencies", "skillset", "open source", "positions",
      "appointments", "teaching", "talks", "service", "grants", "fellowships", "contracts", "tips", "declaration",
      "referees", "referee",
      // other languages' headings: as words in English running text they are not headings ("team formation")
      "formation", "formations", "profil", "perfil", "kontakt", "studium", "expérience", "expériences", "experiencia",
      "projets", "projekte", "proyectos", "langues", "sprachen", "idiomas", "loisirs", "intérêts", "interessen",
      "hobbys", "intereses", "kenntnisse", "habilidades", "ausbildung", "educación", "formación", "diplômes",
      "compétences", "competencias", "conocimientos", "fähigkeiten", "aficiones", "coordonnées");

  /** Endings of a section title the lexicon does not know ("情感经历", "Leadership Activities"). */
  private static final java.util.regex.Pattern UNKNOWN_HEADER = java.util.regex.Pattern.compile(
      "(?:经历|经验|信息|情况|荣誉|奖项|作品|爱好|评价|背景|成果|证书|活动)$"
          + "|(?i)^[a-z][a-z &/]{0,40}\\b(?:experience|history|activities|interests|awards|honors|information"
          + "|details|background|involvement|publications|references|achievements|certifications|hobbies)$");

  /**
   * The section a line opens, or null: the lexicon, also for a bilingual header ("教育背景 Education Background",
   * "Skills 专业技能") whose other half is a translation.
   */
  static Section of(String line) {
    if (line.length() > 60) {
      return null;
    }
    String key = key(line);
    Section s = BY_HEADER.get(key);
    if (s != null) {
      return s;
    }
    java.util.regex.Matcher remarked = REMARKED_HEADING.matcher(key);
    if (remarked.matches() && BY_HEADER.containsKey(remarked.group(1))
        && DateRange.findFirst(remarked.group(2)) == null) { // "工作经历（按时间顺序）", "工作经历（4段）"
      return BY_HEADER.get(remarked.group(1));
    }
    java.util.regex.Matcher ordered = ORDER_REMARK.matcher(key);
    if (ordered.matches() && BY_HEADER.containsKey(ordered.group(1))) { // "Work Experience (most recent first)"
      return BY_HEADER.get(ordered.group(1));
    }
    java.util.regex.Matcher glossed = GLOSSED_HEADING.matcher(key);
    if (glossed.matches() && key.chars().noneMatch(Character::isDigit) && glossed.group(1).length() <= 20) { // "活用できる知识・技能（可运用的知识、技能）", "工作经历 (Work Experience)"
      // a translation (the other script) or a second known heading; "Work history (Completed jobs)" is neither
      Section a = BY_HEADER.get(glossed.group(1).strip());
      Section b = BY_HEADER.get(glossed.group(2).strip());
      boolean otherScript = isHanChar(glossed.group(1).charAt(0)) != isHanChar(glossed.group(2).strip().charAt(0));
      if (a != null && (b != null || otherScript)) {
        return a;
      }
      if (b != null && otherScript) {
        return b;
      }
    }
    Section translated = translated(key);
    if (translated != null) {
      return translated;
    }
    int split = -1;
    for (int i = 1; i < key.length(); i++) {
      if (isHanChar(key.charAt(i)) != isHanChar(key.charAt(i - 1)) && key.charAt(i) != ' ') {
        split = i;
        break;
      }
      if (key.charAt(i) == ' ' && i + 1 < key.length() && isHanChar(key.charAt(i + 1)) != isHanChar(key.charAt(0))) {
        split = i + 1;
        break;
      }
    }
    // "技术栈： Java, Redis": what follows a colon is the label's value, not the header's translation
    if (split < 0 || key.indexOf(':') >= 0 || key.indexOf('：') >= 0) {
      return null;
    }
    String a = key.substring(0, split).strip();
    String b = key.substring(split).strip();
    Section sa = BY_HEADER.get(a);
    Section sb = BY_HEADER.get(b);
    // The other half must be a translation: a header itself, or (after a Chinese header) a short Latin phrase.
    if (sa != null && (sb == sa || sb == null && isHanChar(a.charAt(0)) && b.length() <= 40
        && b.chars().noneMatch(c -> Character.isDigit(c) || isHanChar((char) c)))) {
      return sa;
    }
    // After a Latin header, a short Han phrase is its translation too, in a script the lexicon lacks ("工作經驗").
    if (sa != null && sb == null && !isHanChar(a.charAt(0)) && b.length() <= 8
        && b.chars().allMatch(c -> isHanChar((char) c))) {
      return sa;
    }
    return null;
  }

  /** A Chinese heading and a short remark on it in brackets: how it is ordered, how many entries, how recent. */
  private static final java.util.regex.Pattern REMARKED_HEADING =
      java.util.regex.Pattern.compile("(\\p{IsHan}{2,8})\\s*[(（]([\\p{IsHan}\\d\\s、，,]{1,12})[)）]");

  private static final java.util.regex.Pattern LATIN_THEN_HAN =
      java.util.regex.Pattern.compile("([a-z][a-z &/-]{2,40}?)\\s*(\\p{IsHan}{2,8})");

  /** A heading and, in brackets, how its entries are ordered or chosen: "Contract History (most recent first)". */
  static final java.util.regex.Pattern ORDER_REMARK = java.util.regex.Pattern.compile(
      "(?i)([a-z][a-z &/-]{1,40}?)\\s*[(（](?:(?:most recent|latest|newest|oldest) first|(?:in )?(?:reverse )?"
          + "chronological(?: order)?|selected|abridged|continued|cont(?:'d|\\.|inued)?|summary)[)）]");

  private static final java.util.regex.Pattern GLOSSED_HEADING =
      java.util.regex.Pattern.compile("([^()（）]{2,30}?)\\s*[(（]([^()（）]{2,30})[)）]");

  /**
   * "EXPÉRIENCES PROFESSIONNELLES / EXPERIENCE", "Formation | Education": a heading and its translation parted by a
   * slash or a bar, either side known. A word as common in running text as "Work" must be matched by a known other
   * half, so that "Work / life balance" opens nothing.
   */
  private static Section translated(String key) {
    int at = key.indexOf(" / ");
    if (at < 0) {
      at = key.indexOf(" | ");
    }
    if (at <= 0 || key.indexOf(" / ", at + 3) >= 0 || key.indexOf(" | ", at + 3) >= 0
        || key.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    String a = key.substring(0, at).strip();
    String b = key.substring(at + 3).strip();
    Section sa = BY_HEADER.get(a);
    Section sb = BY_HEADER.get(b);
    if (sa != null && sb != null) {
      return sa;
    }
    String known = sa != null ? a : b;
    Section s = sa != null ? sa : sb;
    String other = sa != null ? b : a;
    // a translation is a phrase; "Languages | Kotlin, Java" is a table row, a label and its list
    return s != null && !RUNNING_TEXT_GENERIC.contains(known) && !other.isEmpty() && other.length() <= 40
        && other.chars().noneMatch(c -> ",，、;；()".indexOf(c) >= 0) ? s : null;
  }

  /** Words of a heading the lexicon does not know, by the section they name; not-a-job words first. */
  private static final java.util.regex.Pattern OTHER_WORDS = java.util.regex.Pattern.compile(
      "(?i)volunteer|award|honou?r|interest|hobb|publication|certif|reference|activit|leadership|志愿|奖|荣誉|爱好|证书|活动");
  private static final java.util.regex.Pattern EXPERIENCE_WORDS = java.util.regex.Pattern.compile(
      "(?i)experience|employment|\\bwork|career|positions|\\bcontracts?\\b|\\broles\\b|工作|实习|任职|履历");
  private static final java.util.regex.Pattern EDUCATION_WORDS = java.util.regex.Pattern.compile(
      "(?i)education|academic|qualification|degree|学历|教育|学业");
  private static final java.util.regex.Pattern SKILL_WORDS = java.util.regex.Pattern.compile(
      "(?i)skill|technolog|toolbox|stack|技能|技术");
  private static final java.util.regex.Pattern PROJECT_WORDS = java.util.regex.Pattern.compile("(?i)project|项目");

  /**
   * The section a line the file set as a heading opens: the lexicon's, else the one its words name ("Where I Have
   * Worked", "Toolbox"), else {@link #OTHER}, so that what follows an unknown heading is never taken for jobs.
   */
  static Section ofHeading(String line) {
    Section s = of(line);
    if (s != null) {
      return s;
    }
    String b = bare(line);
    if (OTHER_WORDS.matcher(b).find()) {
      return OTHER;
    }
    if (EXPERIENCE_WORDS.matcher(b).find()) {
      return EXPERIENCE;
    }
    if (EDUCATION_WORDS.matcher(b).find()) {
      return EDUCATION;
    }
    if (SKILL_WORDS.matcher(b).find()) {
      return SKILLS;
    }
    return PROJECT_WORDS.matcher(b).find() ? PROJECTS : OTHER;
  }

  /**
   * The section a heading the lexicon lacks composes of its words ({@link HeadingWords}), or null. Weaker than the
   * lexicon: the caller decides whether the line stands where a heading can.
   */
  static Section composed(String line) {
    if (line.length() > 60) {
      return null;
    }
    String key = key(line);
    java.util.regex.Matcher ordered = ORDER_REMARK.matcher(key);
    Section s = HeadingWords.of(ordered.matches() ? ordered.group(1) : key);
    java.util.regex.Matcher both = LATIN_THEN_HAN.matcher(key);
    if (s == null && both.matches()) { // "Skills & Techniques 实验技能": a composed heading and its translation
      Section a = HeadingWords.of(both.group(1).strip());
      Section b = BY_HEADER.getOrDefault(both.group(2), HeadingWords.of(both.group(2)));
      return a != null && (b == null || b == a) ? a : null;
    }
    return s;
  }

  /** A heading compared as a key: without decoration, case and spaces (extraction may space or join words). */
  public static String headingKey(String line) {
    StringBuilder sb = new StringBuilder();
    key(line).codePoints().filter(c -> !Character.isWhitespace(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** A short line that reads as a section title the lexicon does not know: what follows is not a job. */
  static boolean looksLikeUnknownHeader(String line) {
    String b = bare(line);
    return b.length() >= 2 && b.length() <= 30 && UNKNOWN_HEADER.matcher(b).find() && DateRange.findFirst(b) == null
        && b.indexOf('，') < 0 && b.indexOf(',') < 0 && b.indexOf('。') < 0 && b.indexOf(':') < 0
        && b.indexOf('：') < 0;
  }

  private static boolean isHanChar(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private final List<String> headers;

  Section(String... headers) {
    this.headers = List.of(headers);
  }

  /**
   * Rules, frames and marks drawn on both sides of a heading ("— 教育背景 —", "~ Education ~", "■ 技能", "| Skills |",
   * "〔工作经历〕"); bullets that open list items ("•", "·") are not among them.
   */
  static final String FRAME = "—–~■□◆◇●○▶►▌▍▋▊▐▎★☆|〔〕「」『』《》";

  /** The decoration around a header; {@link #isHeaderLine} strips it by hand (it runs on every line). */
  static final java.util.regex.Pattern HEADER_DECORATION =
      java.util.regex.Pattern.compile("^[#*=\\-\\s【\\[" + FRAME + "]+|[】\\]*=:：\\-\\s" + FRAME + "]+$");


  /** True when the whole line is a section header (so its words are not résumé content). */
  public static boolean isHeaderLine(String line) {
    if (line.length() > 60) {
      return false; // no header is that long; skip the work on every line of a long résumé
    }
    return BY_HEADER.containsKey(key(line));
  }

  /** The line without its decoration: what {@code HEADER_DECORATION.matcher(line.strip()).replaceAll("")} leaves. */
  static String bare(String line) {
    String s = line.strip();
    int i = 0;
    int n = s.length();
    while (i < n && isLeadingDecoration(s.charAt(i))) {
      i++;
    }
    // The regex's $ also matches before a final line terminator; the only one strip() leaves is U+0085.
    boolean nel = n > i && s.charAt(n - 1) == '\u0085';
    int j = nel ? n - 1 : n;
    while (j > i && isTrailingDecoration(s.charAt(j - 1))) {
      j--;
    }
    return unspaced((nel ? s.substring(i, j) + '\u0085' : s.substring(i, j)).strip());
  }

  /**
   * A line as the lexicon is keyed: bare, lower-cased, in Simplified Chinese and half-width ("■ 專長技能" and
   * "ＳＫＩＬＬＳ" are headings the lexicon knows).
   */
  static String key(String line) {
    String k = dev.candidates.analysis.TextNormalizer.normalize(bare(line).toLowerCase(Locale.ROOT));
    java.util.regex.Matcher n = NUMBERED.matcher(k);
    return n.lookingAt() && n.end() < k.length() ? k.substring(n.end()) : k;
  }

  /** "一、工作经历", "（二）教育背景", "3. Education": a report's numbered heading is that heading. */
  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
      "(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．)）](?!\\d))\\s*");

  /** "W O R K   E X P E R I E N C E": a template's letter-spaced heading; single spaces part letters, wider ones words. */
  private static final java.util.regex.Pattern LETTER_SPACED =
      java.util.regex.Pattern.compile("\\p{L}(?: \\p{L}){2,}(?: {2,}\\p{L}(?: \\p{L})+)*");

  /** A letter-spaced heading as its words ("WORK EXPERIENCE"); any other text as it is (checked cheaply first). */
  static String unspaced(String s) {
    if (s.length() < 5 || s.charAt(1) != ' ' || s.charAt(3) != ' ' || !LETTER_SPACED.matcher(s).matches()) {
      return s;
    }
    return String.join(" ", java.util.Arrays.stream(s.split(" {2,}")).map(w -> w.replace(" ", "")).toList());
  }

  private static boolean isRegexSpace(char c) { // \s without UNICODE_CHARACTER_CLASS
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isLeadingDecoration(char c) {
    return c == '#' || c == '*' || c == '=' || c == '-' || c == '【' || c == '[' || isRegexSpace(c)
        || FRAME.indexOf(c) >= 0;
  }

  private static boolean isTrailingDecoration(char c) {
    return c == '】' || c == ']' || c == '*' || c == '=' || c == ':' || c == '：' || c == '-' || isRegexSpace(c)
        || FRAME.indexOf(c) >= 0;
  }

  /** Long Chinese headers run into one-line text ("… 教育背景 中国农业大学 …"), blanked to spaces. */
  static String blankInlineHeaders(String text) {
    String out = text;
    for (String h : BY_HEADER.keySet()) {
      if (h.length() >= 4 && Character.UnicodeScript.of(h.charAt(0)) == Character.UnicodeScript.HAN) {
        out = out.replace(h, " ".repeat(h.length()));
      }
    }
    return out;
  }

  /** Lowercased header → section, longest headers first (so "Work Experience" wins over "Experience"). */
  static final Map<String, Section> BY_HEADER = build();

  private static Map<String, Section> build() {
    Map<String, Section> all = new java.util.TreeMap<>(
        (a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    for (Section s : values()) {
      for (String h : s.headers) {
        all.put(dev.candidates.analysis.TextNormalizer.normalize(h.toLowerCase(Locale.ROOT)), s);
      }
    }
    return new LinkedHashMap<>(all);
  }
}
