package dev.candidates.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Résumé sections and the headers, English and Chinese, that open them. */
public enum Section {
  HEADER,
  SUMMARY("Summary", "Profile", "Professional Summary", "About", "About Me", "Objective", "Career Objective",
      "个人简介", "职业概述", "自我评价", "个人总结", "简介", "个人优势", "关于我", "个人概述"),
  SKILLS("Skills", "Core Skills", "Technical Skills", "Tech Stack", "Technology Stack", "Technologies",
      "Skills & Tools", "Key Skills", "专业技能", "核心技能", "技术栈", "技能", "技能特长", "技术能力", "技能清单"),
  EXPERIENCE("Experience", "Professional Experience", "Work Experience", "Work History", "Employment",
      "Employment History", "Career History", "工作经历", "工作经验", "职业经历", "任职经历", "工作履历"),
  PROJECTS("Projects", "Highlighted Projects", "Key Projects", "Selected Projects", "Project Experience",
      "项目经历", "亮点项目", "项目经验", "主要项目", "项目", "专案经历", "专案经验"),
  EDUCATION("Education", "Education Background", "教育背景", "教育经历", "学历", "教育"),
  LANGUAGES("Languages", "Language Skills", "语言能力", "语言"),
  OTHER("Certifications", "Certificates", "Awards", "Interests", "Hobbies", "Publications", "证书", "荣誉奖项",
      "获奖情况", "兴趣爱好", "其他");

  /** Headers too common as a list label ("语言：Go、Java") to open a section when followed by a colon. */
  static final java.util.Set<String> INLINE_TOO_GENERIC = java.util.Set.of("语言", "项目", "教育", "简介", "技能", "languages");

  private final List<String> headers;

  Section(String... headers) {
    this.headers = List.of(headers);
  }

  /** The decoration around a header; {@link #isHeaderLine} strips it by hand (it runs on every line). */
  static final java.util.regex.Pattern HEADER_DECORATION =
      java.util.regex.Pattern.compile("^[#*=\\-\\s【\\[]+|[】\\]*=:：\\s]+$");

  /** True when the whole line is a section header (so its words are not résumé content). */
  public static boolean isHeaderLine(String line) {
    if (line.length() > 60) {
      return false; // no header is that long; skip the work on every line of a long résumé
    }
    return BY_HEADER.containsKey(bare(line).toLowerCase(Locale.ROOT));
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
    return (nel ? s.substring(i, j) + '\u0085' : s.substring(i, j)).strip();
  }

  private static boolean isRegexSpace(char c) { // \s without UNICODE_CHARACTER_CLASS
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isLeadingDecoration(char c) {
    return c == '#' || c == '*' || c == '=' || c == '-' || c == '【' || c == '[' || isRegexSpace(c);
  }

  private static boolean isTrailingDecoration(char c) {
    return c == '】' || c == ']' || c == '*' || c == '=' || c == ':' || c == '：' || isRegexSpace(c);
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
        all.put(h.toLowerCase(Locale.ROOT), s);
      }
    }
    return new LinkedHashMap<>(all);
  }
}
