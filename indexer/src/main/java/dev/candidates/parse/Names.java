package dev.candidates.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personal name at the start of a header part: 2–4 Han characters ("王芳 数据工程师"), a Chinese name glued to what
 * follows ("王晓明高级后端工程师": the surname list and the title lexicon tell where it ends), or 2–3 capitalized words.
 */
final class Names {
  /** Common Chinese surnames (single and compound), enough to tell a name from a word. */
  private static final Set<String> SURNAMES = Set.of(("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 "
      + "冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 "
      + "白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 "
      + "邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 "
      + "季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 "
      + "缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 "
      + "隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 "
      + "令狐 长孙 宇文 夏侯 轩辕 端木 独孤 南宫 西门").split(" "));
  /** Words that start a headline, never the last character of a name. */
  private static final Pattern AFTER_NAME = Pattern.compile("^(?:高级|资深|初级|中级|首席|后端|前端|全栈|软件|开发|工程|算法"
      + "|数据|产品|测试|运维|架构|技术|项目|经理|总监|主管|实习|研究|设计|求职|应聘|简历|男|女|先生|女士|大数据|人工|机器|"
      + "java|Java|北京|上海|深圳|杭州|广州|成都|南京|武汉|西安|苏州|个人|电话|手机|邮箱|联系|\\d)");
  private static final Pattern TITLE_WORDS = JobLine.TITLE_WORDS;
  private static final Pattern EN_NAME = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'.-]{0,30}\\s{1,3}\\p{Lu}[\\p{L}'.-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}'.-]{0,30}){0,2}(?=\\s*$|\\s{1,3}\\p{IsHan}{2,4}\\s*$)|\\p{Lu}[\\p{L}'.-]{0,30}\\s{1,3}\\p{Lu}[\\p{L}'.-]{0,30})(?:\\s|$)");
  /** Template words, never a person: "Your Name", "Your Location", "First Last". */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)^(?:your|my|first|full)\\b|\\b(?:name|location|address|resume|curriculum|vitae|cv)$|姓名|名字"
          + "|(?:简历|履历|履历书|履历表|简历表)$");
  private static final Set<String> NOT_NAMES = Set.of("姓名", "简历", "个人简历", "示例", "求职", "联系方式", "个人信息");
  /** "Dr. Ada Lovelace", "Prof Ada Lovelace": a form of address, not part of the name. */
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir)\\.?|博士|教授)\\s+(?=\\p{Lu}|\\p{IsHan})");
  /** "Ada Lovelace, PhD", "Ada Lovelace MBA": letters after the name, not part of it. */
  private static final Pattern POSTNOMINAL = Pattern.compile(
      ",?\\s+(?:Ph\\.?\\s?D\\.?|M\\.?D\\.?|MBA|MSc|M\\.Sc\\.|P\\.?Eng\\.?|CPA|PMP|CFA"
          // accountants' and nurses' letters: "Okafor-Bello, ACA", "Mensah-Holt RN", "FCA", "RGN", "CEng"
          + "|FCA|F?ACCA|ACA|CIMA|ACMA|FCCA|CEng|MIET|RN|RGN|RMN|BSN|DNP|NP|CISA|CISSP)(?=[\\s,|]|$)");

  /** "Hi, I'm Ada Lovelace", "你好，我是王芳": a greeting before the name, as a README's heading writes it. */
  private static final Pattern GREETING = Pattern.compile(
      "^(?i:(?:hi|hello|hey)(?: there)?\\s{0,2}[,!，]?\\s{0,3}(?:i['’]m|i am|my name is|this is)|i['’]m|my name is)\\s+"
          + "(?=\\p{Lu})|^(?:你好|大家好)?[，,！!]?\\s{0,2}我是\\s{0,2}(?=\\p{IsHan})");
  /** "MARGARET (MAGS) O'CONNELL", "Robert “Bob” Lee": a nickname between the names is no part of the name. */
  private static final Pattern NICKNAME = Pattern.compile(
      "(?<=\\p{L})\\s{1,3}(?:\\([\\p{L} .'-]{1,20}\\)|（[\\p{L} .'-]{1,20}）|\"[\\p{L} .'-]{1,20}\"|“[\\p{L} .'-]{1,20}”)"
          + "\\s{1,3}(?=\\p{Lu})");

  /** "Nurul Aisyah binti Kamarudin", "Arjun a/l Subramaniam": a Malay or Indian patronymic is part of the name. */
  private static final Pattern PATRONYMIC = Pattern.compile("^(\\p{Lu}[\\p{L}'.-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}'.-]{0,30}){0,2}"
      + "\\s{1,3}(?:bin|binti|binte|bte|a/l|a/p|s/o|d/o)\\s{1,3}\\p{Lu}[\\p{L}'.-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}'.-]{0,30})?)"
      + "(?=\\s*$|\\s*[|,·•(]|\\s{2,})");
  /** "吴 梦 瑶": a template's name spaced out per character. */
  private static final Pattern SPACED_HAN = Pattern.compile("^\\p{IsHan}(?: \\p{IsHan}){1,3}(?=\\s{2,}|\\s*$)");

  private Names() {}

  /** The name a header part starts with, or null. */
  static String leading(String part) {
    String p = part.strip();
    if (p.isEmpty() || p.length() > 200) {
      return null;
    }
    p = NICKNAME.matcher(GREETING.matcher(p).replaceFirst("")).replaceFirst(" ");
    p = POSTNOMINAL.matcher(HONORIFIC.matcher(p).replaceFirst("")).replaceFirst("");
    Matcher spaced = SPACED_HAN.matcher(p);
    if (spaced.lookingAt()) {
      p = spaced.group().replace(" ", "") + p.substring(spaced.end());
    }
    Matcher patronymic = PATRONYMIC.matcher(p);
    if (patronymic.lookingAt() && !TITLE_WORDS.matcher(patronymic.group(1)).find()) {
      return patronymic.group(1).replaceAll("\\s+", " ");
    }
    int han = 0;
    while (han < p.length() && han < 8 && isHan(p.charAt(han))) {
      han++;
    }
    if (han < p.length() && (p.charAt(han) == ':' || p.charAt(han) == '：')) {
      return null; // "简历编号：…": the word before a colon is a label
    }
    if (han >= 2 && han <= 4 && (han == p.length() || boundary(p.charAt(han)))) {
      String n = p.substring(0, han);
      if (!TITLE_WORDS.matcher(n).find() && !Section.BY_HEADER.containsKey(n) && !NOT_NAMES.contains(n)
          && Places.city(n) == null && !PLACEHOLDER.matcher(n).find()) {
        return n;
      }
    }
    if (han >= 3) { // glued: "王晓明高级后端工程师"
      String g = glued(p);
      if (g != null) {
        return g;
      }
    }
    Matcher en = EN_NAME.matcher(p);
    if (han == 0 && en.find()) {
      String n = en.group(1).replaceAll("\\s+", " ");
      if (!TITLE_WORDS.matcher(n).find() && Places.city(n) == null && !Section.isHeaderLine(n)
          && !Places.ORGANIZATION.matcher(n).find() && !PLACEHOLDER.matcher(n).find()) {
        return n.equals(n.toUpperCase(Locale.ROOT)) ? titleCase(n) : n;
      }
    }
    return null;
  }

  /** A surname, then one or two given-name characters, ending where a headline word begins. */
  private static String glued(String p) {
    for (int s = 2; s >= 1; s--) {
      if (p.length() < s + 1 || !SURNAMES.contains(p.substring(0, s))) {
        continue;
      }
      int given = 2;
      if (p.length() < s + 2 || !isHan(p.charAt(s + 1)) || AFTER_NAME.matcher(p.substring(s + 1)).find()) {
        given = 1;
      }
      if (AFTER_NAME.matcher(p.substring(s)).find()) {
        continue;
      }
      String n = p.substring(0, s + given);
      return TITLE_WORDS.matcher(n).find() ? null : n;
    }
    return null;
  }

  private static final Pattern NAME_LABEL = Pattern.compile("^(?:姓名|name)\\s{0,2}[:：]\\s*(.{1,30})$",
      Pattern.CASE_INSENSITIVE);

  /** A line that is only a name, anywhere near the top (a bilingual résumé may have it in one half only). */
  static String standalone(List<String> lines) {
    boolean beforeBody = true;
    boolean sidebar = false; // under "Contact" or "Top Skills" a capitalised pair is a skill, not a name
    for (int i = 0; i < lines.size() && i < 300; i++) {
      String l = lines.get(i).strip();
      if (l.length() > 40 || l.isEmpty()) {
        continue;
      }
      Matcher label = NAME_LABEL.matcher(l);
      if (label.find()) {
        String n = leading(label.group(1));
        if (n != null) {
          return n;
        }
      }
      boolean hanName = l.length() >= 2 && l.length() <= 4 && l.chars().allMatch(c -> isHan((char) c))
          && (SURNAMES.contains(l.substring(0, 1)) || SURNAMES.contains(l.substring(0, 2)));
      if (hanName && !TITLE_WORDS.matcher(l).find() && !Section.isHeaderLine(l)) {
        return l;
      }
      Section s = Section.of(l);
      sidebar |= s != null;
      if (i < 5 && !sidebar && l.matches("\\p{Lu}[a-z]{1,20}(?: \\p{Lu}[a-z]{1,20}){1,2}") && leading(l) != null) {
        return l;
      }
      // A LinkedIn PDF's sidebar (Contact, Top Skills, Languages) comes first: the name is the line above the
      // headline, before the summary or the jobs (below them such a pair is a referee's)
      beforeBody &= s != Section.SUMMARY && s != Section.EXPERIENCE && s != Section.EDUCATION;
      if (beforeBody && l.matches("\\p{Lu}[a-z]{1,20}(?: \\p{Lu}[a-z'-]{1,20}){1,2}(?:\\s{1,3}\\p{IsHan}{2,4})?")
          && i + 1 < lines.size()
          && LINKEDIN_HEADLINE.matcher(lines.get(i + 1)).find() && leading(l) != null) {
        return l;
      }
    }
    return null;
  }

  /** The "Title at Employer" line right below a name found on a line of its own, or null. */
  static String headlineBelow(List<String> lines, String name) {
    for (int i = 0; name != null && i + 1 < lines.size() && i < 300; i++) {
      if (lines.get(i).strip().equals(name)) {
        String next = lines.get(i + 1).strip();
        return LINKEDIN_HEADLINE.matcher(next).find() && next.length() <= 100 ? next : null;
      }
    }
    return null;
  }

  /** "Analytics Engineer at Copperline Health": a headline naming a title at an employer. */
  private static final Pattern LINKEDIN_HEADLINE = Pattern.compile("^\\S.{0,60}\\s(?:at|@)\\s(?:\\p{Lu}|\\p{IsHan})");

  /** "ASANTE-BOATENG" → "Asante-Boateng", "O'NEILL" → "O'Neill", "MCALLISTER" → "McAllister". */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      boolean mc = (c == 'C' || c == 'c') && i >= 1 && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2))
          && (s.charAt(i - 1) == 'M') && (i == 1 || !Character.isLetter(s.charAt(i - 2)));
      start = c == ' ' || c == '-' || c == '\'' || c == '’' || mc;
    }
    return sb.toString();
  }

  /** What may follow a name: a space, a separator or Latin letters ("李伟 Li Wei", "王芳/数据工程师"), not prose. */
  private static boolean boundary(char c) {
    return Character.isWhitespace(c) || "|｜/·•-（(".indexOf(c) >= 0 || c < 0x80 && Character.isLetter(c);
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
