package dev.candidates.occupation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of work a title names, in both languages. Checked in declaration order, so the specific comes before
 * the general: "Technical Recruiter" is a recruiter before it is technical, "Data Engineering Intern" is data,
 * "Operations Manager, IT Infrastructure" is IT operations and "运营经理" business operations.
 */
public enum RoleFamily {
  RECRUITER("recruiter", "recruit|talent acquisition|headhunt|招聘|猎头"),
  HR("hr", "\\bhr\\b|hrbp|human resources|people partner|人力资源|人事"),
  MARKETING("marketing", "marketing|\\bbrand\\b|growth|市场|营销|品牌"),
  PRODUCT("product manager", "product manager|product owner|产品经理|产品负责人|产品总监"),
  PROJECT("project manager", "project manager|program manager|scrum master|delivery manager|项目经理|项目管理"),
  DESIGN("designer", "designer|\\bux\\b|\\bui\\b|设计师|交互设计|视觉设计"),
  SRE("SRE", "site reliability|\\bsre\\b|稳定性"),
  DEVOPS("DevOps", "devops|platform engineer|cloud engineer|infrastructure engineer|运维开发|云平台"),
  OPS("IT operations", "it operations|\\bit infrastructure|system administrator|sysadmin|运维|系统管理"),
  BUSINESS_OPS("business operations", "operations|运营"),
  DBA("DBA", "\\bdba\\b|database administrator|数据库管理员|数据库工程师"),
  SECURITY("security", "security|penetration|安全|渗透"),
  QA("QA", "\\bqa\\b|\\btest|tester|quality|测试|质量"),
  ML("machine learning", "machine learning|\\bml\\b|deep learning|\\bai\\b|computer vision|\\bcv\\b|\\bnlp\\b"
      + "|algorithm|research scientist|算法|机器学习|深度学习|视觉|大模型|人工智能"),
  DATA_SCIENCE("data science", "data scien|data analy|business analy|数据科学|数据分析"),
  DATA("data engineering", "data engineer|big data|data platform|\\betl\\b|数据工程|数据开发|大数据|数仓|实时计算"),
  EMBEDDED("embedded", "embedded|firmware|嵌入式|固件"),
  MOBILE("mobile", "\\bios\\b|android|mobile|移动|安卓|客户端"),
  GAME("games", "\\bgame|游戏"),
  FULLSTACK("full-stack", "full[ -]?stack|全栈"),
  FRONTEND("frontend", "front[ -]?end|react|vue|angular|javascript|\\bweb developer|前端"),
  ARCHITECT("architect", "architect|架构师"),
  MANAGEMENT("engineering management", "director|engineering manager|r&d manager|development manager|\\bvp\\b|\\bcto\\b"
      + "|head of engineering|总监|研发经理|技术经理|开发经理|首席技术官|技术vp"),
  BACKEND("backend", "back[ -]?end|server|\\bsearch engineer|systems engineer|\\bjava\\b|golang|\\bgo\\b|python"
      + "|node\\.?js|\\bphp\\b|c\\+\\+|\\brust\\b|scala|\\.net|c#|后端|后台|服务端|搜索|系统工程师|java|python"),
  SOFTWARE("software engineering", "engineer|developer|programmer|工程师|开发|程序员|研发");

  private final String words;
  private final Pattern pattern;

  RoleFamily(String words, String pattern) {
    this.words = words;
    this.pattern = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The index and facet value: "sre", "frontend", "product". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** How an explanation names it: "SRE", "machine learning". */
  public String words() {
    return words;
  }

  /** Families whose own name contains "manager": there "manager" is the role, not a level. */
  public boolean managerIsTheRole() {
    return this == PRODUCT || this == PROJECT || this == RECRUITER || this == HR || this == MARKETING
        || this == BUSINESS_OPS;
  }

  /** Every family's id, in declaration order: the values of the {@code role} facet and of {@code role:}. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(RoleFamily::id).toList();
  }

  /**
   * The id of the family a query or filter value names: its id or words in any case ({@code sre},
   * {@code "product manager"}), else the family a title with those words would have ({@code 前端} is frontend);
   * null when it names none.
   */
  public static String keyOf(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    for (RoleFamily f : values()) {
      if (f.id().equalsIgnoreCase(v) || f.words.equalsIgnoreCase(v)) {
        return f.id();
      }
    }
    RoleFamily named = of(v);
    return named == null ? null : named.id();
  }

  private static final TitleMemo<RoleFamily> BY_TITLE = new TitleMemo<>(8192, RoleFamily::read);

  /** The family a title names, or null. */
  public static RoleFamily of(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    return BY_TITLE.get(title);
  }

  private static RoleFamily read(String title) {
    for (RoleFamily f : values()) {
      if (f.pattern.matcher(title).find()) {
        return f;
      }
    }
    return null;
  }
}
