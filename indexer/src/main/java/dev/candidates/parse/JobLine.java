package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the company and the title from the text around a job's dates, scoring each part by its features in the manner
 * of OpenResume's parser: a legal suffix or an organisation word makes a company, a title word makes a title, a
 * place is a location and neither. Legal suffixes keep their commas ({@code Example Tech Co., Ltd.}), a remark in
 * parentheses is dropped, and {@code City / Region} is a location.
 */
final class JobLine {
  record Parts(String company, String title) {}

  static final Pattern TITLE_WORDS = Pattern.compile(
      "(?i)engineer|developer|programmer|manager|\\blead\\b|leader|architect|director|intern\\b|internship|analyst"
          + "|designer|scientist|consultant|specialist|head of|officer|administrator|recruiter|founder|\\bcto\\b"
          + "|\\bvp\\b|\\bsre\\b|assistant|associate\\b|professor|researcher|clerk|\\bstaff\\b|teacher"
          + "|lecturer|coordinator"
          + "|technician|president|supervisor|executive|representative|owner|partner\\b|student|fellow|tutor"
          // "Partners", "Associates": a firm's name; "Demand Planner", "Buyer": titles without the words above
          + "|\\b(?:planner|buyer|accountant|auditor|nurse|editor|writer|copywriter|translator|advisor|adviser"
          + "|attorney|lawyer|paralegal|economist|strategist|producer|pharmacist|physician|mechanic|apprentice"
          + "|trainee|treasurer|secretary|controller|operator|agent|principal|hrbp|hrd|hrm"
          + "|cadet|sergeant|corporal|lieutenant|colonel|commander|nco|airman|petty officer)\\b"
          + "|工程师|经理|负责人|总监|架构师|专家|实习|主管|设计师|分析师|开发|组长|研究员|顾问|招聘|运维|测试|产品|教授|职员"
          + "|助理|讲师|教师|主任|总裁|合伙人|创始人|专员|程序员|技术员|科学家|副总|董事|老师|助教|员工|会计|律师|护士|编辑|出纳|文员"
          // "调度员", "仓管员", "收银员": a Han word ending in 员 names a post ("会员", "成员", "委员会" do not)
          + "|(?<=\\p{IsHan})(?<![会成动])员(?![工会])"
          + "|策划|ceo|coo|cfo");
  static final Pattern COMPANY_WORDS = Pattern.compile(
      "(?i)有限公司|股份|公司|株式会社|集团|银行|科技|网络|信息技术|工作室|研究院|研究所|事务所|报社|医院|大学|学院|实验室|中心"
          + "|厂(?![长商])"
          + "|\\b(?:co\\.|ltd\\.?|inc\\.?|llc|l\\.l\\.c\\.|gmbh|corp\\.?|corporation|limited|plc|s\\.a\\.|ag|"
          + "technologies|technology|labs?|bank|group|studio|systems|solutions|software|company|holdings|university"
          + "|college|institute|networks|consulting|partners|capital|media|games|pharma"
          + "|staffing|logistics|analytics|apps|digital|academy|school|hospital|foundation|agency|services|association"
          + "|council)\\b");
  /** A legal form ending a name, in the case it is written in ("Volvohavn AB", "Fjordline AS", "Acme S.r.l."). */
  private static final Pattern LEGAL_END = Pattern.compile("(?:^|\\s)(?:AB|AS|ASA|A/S|ApS|Oy|Oyj|BV|B\\.V\\.|NV"
      + "|N\\.V\\.|LLP|Pvt\\.? Ltd\\.?|S\\.r\\.l\\.|S\\.p\\.A\\.|K\\.K\\.|Pty\\.? Ltd\\.?|S\\.A\\.S\\.|SAS|SARL"
      + "|EOOD|OOD|Kft\\.?|d\\.o\\.o\\.|S\\.A\\. de C\\.V\\.)$");
  /** "台中港联合会计师事务所", "某某人民医院": a Chinese name ends with what it is, whatever title words it holds. */
  private static final Pattern HAN_ORG_END = Pattern.compile("\\p{IsHan}{2,}(?:公司|会社|集团|事务所|银行|医院|研究院|研究所)$");
  /** "人力资源部", "人资课", "财务处", "华南区域组": a unit of the company, not part of the title. */
  private static final Pattern DEPARTMENT = Pattern.compile("\\p{IsHan}{1,10}(?:部|课|處|处|科|组|組|室|中心|事业部|团队|部门)");
  private static final Pattern GLUED_TITLE = Pattern.compile(
      "(\\p{IsHan}{2,}(?:股份有限公司|有限责任公司|有限公司|集团公司|集团))(\\p{IsHan}{2,12})");
  private static final Pattern LEGAL_COMMA = Pattern.compile(
      ",(?= {0,2}(?:Ltd|Inc|LLC|L\\.L\\.C|GmbH|Corp|Limited|S\\.A|AG|PLC|Co\\b)\\.?)");
  /** A remark in brackets, with the comma after it ("Developer (working student), Acme": the comma is the remark's). */
  private static final Pattern PARENTHETICAL = Pattern.compile(
      "(?:\\((?:[^()]|\\([^()]{0,40}\\)){0,120}\\)|（(?:[^（）]|（[^（）]{0,40}）){0,120}）)(?:\\s{0,2}[,，])?");
  /** "蓝晶电商（上海）有限公司": a bracketed place inside a Chinese company's name is part of the name. */
  private static final Pattern INNER_BRACKET = Pattern.compile(
      "(?<=\\p{IsHan})[(（]([\\p{IsHan}]{1,8})[)）](?=\\p{IsHan}{0,8}?(?:有限|股份|公司|集团|科技|网络|技术|电子|信息|银行))");
  /** "Harbourline Trading (HK) Ltd.", "Example (Shanghai) Co., Ltd.": a place in brackets before the legal form. */
  private static final Pattern LEGAL_BRACKET = Pattern.compile(
      "(?<=\\p{L} )\\((\\p{Lu}{2,5}|\\p{Lu}[a-z]{2,15}(?: \\p{Lu}[a-z]{1,15})?)\\)"
          + "(?= (?:Ltd|Limited|Inc|LLC|Co|GmbH|Pte|Pty|Sdn|Corp)\\b)"); // "(Hong Kong) Limited" too
  private static final Pattern STRONG = Pattern.compile("\\s*(?:[|｜]|\\s{2,}|\\t|\\s[-–—@·•]\\s|\\s+at\\s+)\\s*");
  private static final Pattern WEAK = Pattern.compile("\\s*[,，、]\\s*");
  /** US states, Canadian provinces and Australian states, as addresses abbreviate them. */
  private static final java.util.Set<String> REGION_CODES = java.util.Set.copyOf(java.util.Arrays.asList(("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL"
      + " IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI"
      + " WY ON QC BC AB MB SK NS NB NL PE " + Places.AU_STATES.replace('|', ' ')).split(" "))); // WA twice: a set
  private static final Pattern GLUED_PLACE = Pattern.compile("(\\S.{0,80} \\S+), ?(\\p{Lu}{2}|\\p{Lu}[a-z]{2,20})");
  private static final Pattern DECORATION = Pattern.compile("^[\\s#>*•·▪●◦■□➢:：-]+|[\\s*:：]+$");
  /** A title word that ends the part is its head noun: "Systems Administrator" is a title, not a company. */
  private static final Pattern TITLE_HEAD = Pattern.compile("(?:" + TITLE_WORDS.pattern() + ")[\\s.)）]*$");
  /** "6 years 2 months", "1 yr 5 mos", "[ 3年1个月 ]": a tenure, never a company or a title. */
  static final Pattern TENURE = Pattern.compile("(?i)^[\\[(（【]?\\s{0,3}(?:\\d{1,2}\\s{0,2}(?:years?|yrs?|months?|mos?)\\b"
      + "\\s{0,3}){1,2}[\\])）】]?$|^[\\[(（【]?\\s{0,3}(?:\\d{1,2}\\s{0,2}年(?:\\s{0,2}\\d{1,2}\\s{0,2}个?月)?|\\d{1,2}\\s{0,2}个?月)"
      + "\\s{0,3}[\\])）】]?$");
  /**
   * "星河跃迁（StarLeap）": a Latin name in brackets right after a Chinese one is the company's other name, kept with
   * it (a search for either finds the job); other brackets are remarks and go.
   */
  private static final Pattern ALIAS = Pattern.compile("(?<=\\p{IsHan})[(（]([A-Za-z][A-Za-z0-9 &.'-]{1,40})[)）]");

  private JobLine() {}

  /** The parts of a line (dates already cut out) that are neither empty nor places. */
  static List<String> parts(String line) {
    List<String> out = new ArrayList<>(glued(line));
    out.replaceAll(p -> p.replace("\u0006", " · "));
    return out;
  }

  /** {@link #parts}, a company's English name after " · " still glued to it ({@link #keepEnglishNames}). */
  private static List<String> glued(String line) {
    String s = ContactBlock.cap(line);
    s = LEGAL_COMMA.matcher(s).replaceAll("\u0001");
    s = keepAliases(s);
    s = keepEnglishNames(s);
    s = INNER_BRACKET.matcher(s).replaceAll("\u0002$1\u0003");
    s = LEGAL_BRACKET.matcher(s).replaceAll("\u0004$1\u0005");
    s = titledBrackets(s);
    s = PARENTHETICAL.matcher(s).replaceAll(" | ");
    List<String> out = new ArrayList<>();
    String[] strongs = STRONG.split(s);
    for (int k = 0; k < strongs.length; k++) {
      String v = withoutGluedPlace(withoutTrailingPlace(clean(strongs[k])));
      int comma = v.indexOf(',');
      boolean titled = comma > 0 && TITLE_WORDS.matcher(v.substring(0, comma)).find(); // "Senior Buyer, Castings"
      if (!v.isEmpty() && !titled && Places.isLocation(v.replace('\u0001', ','))) {
        v = companyBeforeCity(v, strongs, k);
      }
      if (v.isEmpty()) {
        continue;
      }
      if (titled && v.indexOf(',', comma + 1) < 0 && !LEGAL_END.matcher(v).find()
          && namesEmployer(strongs, k, words(v.substring(comma + 1)))) {
        // "Graduate Trainee, Logistics — Konkan Freight": a longer name has its own part, so the comma qualifies the
        // title ("Senior Engineer, Lagan Retail Analytics — Belfast" names the employer after the comma)
        String w = clean(v).replace('\u0001', ',').replace('\u0002', '（').replace('\u0003', '）')
            .replace('\u0004', '(').replace('\u0005', ')');
        out.add(w);
        continue;
      }
      for (String weak : WEAK.split(v)) {
        String w = clean(weak).replace('\u0001', ',').replace('\u0002', '（').replace('\u0003', '）')
            .replace('\u0004', '(').replace('\u0005', ')');
        Matcher glued = GLUED_TITLE.matcher(w);
        if (glued.matches() && titleScore(glued.group(2)) > 0) {
          out.add(glued.group(1)); // "江苏沿海建设工程有限公司财务部主管会计": the company, then its department and title
          out.add(glued.group(2));
        } else if (!w.isEmpty() && !Places.isLocation(w) && !isNoise(w)) {
          out.add(w);
        }
      }
    }
    for (int k = out.size() - 1; k > 0; k--) {
      if (EMPLOYMENT_TYPE.matcher(out.get(k)).matches()) {
        out.remove(k);
      }
    }
    // "字节跳动 数据工程师": a Chinese part holding company and title separated by one space.
    if (out.size() == 1 && out.get(0).contains(" ") && out.get(0).indexOf('\u0006') < 0
        && Names.isHan(out.get(0).charAt(0))) {
      String[] words = out.get(0).split("\\s+(?![^（(]*[）)])"); // not inside "（BlueWhale Games）"
      if (words.length == 2 || words.length == 3 && Places.isLocation(words[2])) {
        return new ArrayList<>(List.of(words[0], words[1]));
      }
      if (words.length == 3 && HAN_ORG_END.matcher(words[0]).matches() && titleScore(words[2]) > 0) {
        // "板信电子股份有限公司 人资课 人资专员": the company, its department, the title
        return new ArrayList<>(List.of(words[0], DEPARTMENT.matcher(words[1]).matches() ? words[2]
            : words[1] + " " + words[2]));
      }
    }
    return out;
  }

  /** A bracket right after a Chinese name: "杭州某科技有限公司（高级前端工程师）". */
  private static final Pattern AFTER_HAN_BRACKET = Pattern.compile("(?<=\\p{IsHan})[（(]([^（）()]{2,24})[）)]");

  /**
   * A title in brackets after the company is the job's title, not a remark ("（实习）", "（集团子公司）" stay remarks,
   * and so does a bracket after a title).
   */
  private static String titledBrackets(String s) {
    if (s.indexOf('（') < 0 && s.indexOf('(') < 0) {
      return s;
    }
    Matcher m = AFTER_HAN_BRACKET.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1).strip();
      String before = s.substring(0, m.start());
      before = before.substring(Math.max(before.lastIndexOf('|'), before.lastIndexOf('｜')) + 1).strip();
      // "人力资源经理（招聘与组织发展）": after a title, the bracket qualifies it
      // "自由职业（UI设计）": after "freelance" the bracket names the work whatever its words
      boolean title = (titleScore(inner) > 0 || EMPLOYMENT_TYPE.matcher(before).matches()) && companyScore(inner) <= 0
          && !EMPLOYMENT_TYPE.matcher(inner).find() && titleScore(before) <= 0;
      m.appendReplacement(b, Matcher.quoteReplacement(title ? " | " + inner + " | " : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * "Kattegat Freight, Halmstad — Logistics Coordinator": a name and a city read as "District, City", but beside a
   * title and no company on the line the name is the employer's. Empty when it is only a place.
   */
  private static String companyBeforeCity(String v, String[] strongs, int at) {
    int comma = v.lastIndexOf(',');
    int lead = 0;
    while (lead < strongs.length && clean(strongs[lead]).isEmpty()) {
      lead++;
    }
    if (comma <= 0 || strongs.length < 2 || at != lead) {
      return ""; // the employer leads its line; "Engineer | Santa Clara, California" names a place after the title
    }
    String head = v.substring(0, comma).strip();
    String tail = v.substring(comma + 1).strip();
    if (head.split("\\s+").length < 2 || Places.city(head) != null || head.indexOf(',') >= 0
        || REGION_CODES.contains(tail) || !(Places.city(tail) != null || tail.matches("\\p{Lu}[\\p{L}'.-]+"))) {
      return "";
    }
    boolean title = false;
    for (int k = 0; k < strongs.length; k++) {
      String o = clean(strongs[k]);
      if (k == at || o.isEmpty()) {
        continue;
      }
      if (companyScore(o) > 0) {
        return "";
      }
      title |= titleScore(o) > 0;
    }
    return title ? head : "";
  }

  /**
   * "Quillfeather Media Boston, MA": a place glued to the part by one space (LaTeX's {@code \\hfill} flattened) is
   * cut off: the fewest last words before {@code , XX} (a two-letter region) or that name a known city.
   */
  static String withoutGluedPlace(String v) {
    Matcher m = GLUED_PLACE.matcher(v);
    if (!m.matches()) {
      return v;
    }
    String[] words = m.group(1).split(" ");
    String region = m.group(2);
    boolean stateCode = REGION_CODES.contains(region);
    for (int k = 1; k < words.length && k <= 3; k++) {
      String place = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
      if (!Character.isUpperCase(place.charAt(0))) {
        return v;
      }
      if (Places.city(place) != null && Places.city(m.group(1).substring(0, m.group(1).length() - place.length()))
          == null || stateCode && k == 1 && words.length >= 3 && Places.city(m.group(1)) == null) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - k));
      }
    }
    return v;
  }

  /** "United States Army, Fort Example, TX", "Acme, Camp Example, Republic of Korea": a base or site and its region. */
  private static final Pattern TRAILING_PLACE = Pattern.compile("(.{2,80}?), (\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2})"
      + ", (\\p{Lu}{2}|\\p{Lu}[\\p{L}]+(?: (?:of )?\\p{Lu}[\\p{L}]+){0,2})");

  /**
   * The place after an employer's name cut off when the part ends in "Place, Region" and the region is a state
   * code or a known place: the middle words name where, not who.
   */
  static String withoutTrailingPlace(String v) {
    Matcher m = TRAILING_PLACE.matcher(v);
    if (!m.matches() || companyScore(m.group(2)) > 0 || titleScore(m.group(2)) > 0) {
      return v;
    }
    String region = m.group(3);
    boolean known = REGION_CODES.contains(region) || Places.isLocation(region)
        || region.startsWith("Republic of ") || Places.isLocation(m.group(2) + ", " + region);
    return known ? m.group(1) : v;
  }

  /**
   * "深圳鹏城新能源科技有限公司 · Pengcheng New Energy": a Chinese company's name and its English one are one name, as in
   * brackets ({@link #keepAliases}); a place or a title after the dot stays a part of its own.
   */
  private static final Pattern ENGLISH_NAME = Pattern.compile("(\\p{IsHan}{2,40}(?:公司|会社|集团|事务所|银行|医院|研究院|研究所))"
      + " · ([A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){0,5})(?=$|\\s*[|｜\\t]|\\s{2,}|\\s[-–—@·•]\\s)");

  private static String keepEnglishNames(String s) {
    Matcher m = ENGLISH_NAME.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(2).strip();
      boolean remark = Places.isLocation(name) || TITLE_WORDS.matcher(name).find();
      m.appendReplacement(sb, Matcher.quoteReplacement(remark ? m.group() : m.group(1) + "\u0006" + name));
    }
    return m.appendTail(sb).toString();
  }

  private static String keepAliases(String s) {
    Matcher m = ALIAS.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String alias = m.group(1).strip();
      boolean remark = Places.isLocation(alias) || TITLE_WORDS.matcher(alias).find();
      m.appendReplacement(sb, Matcher.quoteReplacement(remark ? m.group() : "\u0002" + alias + "\u0003"));
    }
    return m.appendTail(sb).toString();
  }

  /** The company and title among the parts, by score; either may be null. */
  static Parts pick(List<String> parts) {
    if (parts.isEmpty()) {
      return new Parts(null, null);
    }
    int company = -1;
    int best = Integer.MIN_VALUE;
    for (int i = 0; i < parts.size(); i++) {
      // a title with its qualifier, kept whole ("Graduate Trainee, Logistics"), is the employer only if nothing else is
      int score = companyScore(parts.get(i)) - i
          - (parts.get(i).contains(", ") && titleScore(parts.get(i)) > 0 ? 2 : 0);
      if (score > best) {
        best = score;
        company = i;
      }
    }
    int title = -1;
    int bestTitle = Integer.MIN_VALUE;
    for (int i = 0; i < parts.size(); i++) {
      if (i == company) {
        continue;
      }
      int score = titleScore(parts.get(i)) - i;
      if (score > bestTitle) {
        bestTitle = score;
        title = i;
      }
    }
    if (SUB_UNIT.matcher(parts.get(company)).find()) {
      for (int i = company + 1; i < parts.size(); i++) {
        if (INSTITUTION.matcher(parts.get(i)).find()) {
          company = i; // "Professor, School of Physics, Example University": the university employs, not the school
          break;
        }
      }
      if (title == company) {
        title = -1;
        bestTitle = Integer.MIN_VALUE;
        for (int i = 0; i < parts.size(); i++) {
          if (i != company && titleScore(parts.get(i)) - i > bestTitle) {
            bestTitle = titleScore(parts.get(i)) - i;
            title = i;
          }
        }
      }
    }
    String c = parts.get(company);
    if (parts.size() > 1 && parts.stream().allMatch(p -> titleScore(p) > 0 && companyScore(p) <= 0)) {
      // "Data Analyst, then Senior Data Analyst": the last title held there
      return new Parts(null, parts.get(parts.size() - 1).replaceFirst("(?i)^(?:and )?(?:then|later|promoted to) ", ""));
    }
    if (parts.size() == 1 && titleScore(c) > 0 && companyScore(c) <= 0) {
      return new Parts(null, c); // "Research Assistant": a title alone, the company is on another line
    }
    return new Parts(c, title < 0 ? null : parts.get(title));
  }

  /** A school, department or institute inside a university, and the university itself. */
  private static final Pattern SUB_UNIT = Pattern.compile("(?i)^(?:school|department|dept\\.?|faculty|division|college"
      + "|institute|cent(?:re|er)|laboratory|lab) (?:of|for)\\b|\\b(?:institute|laboratory|labs?|cent(?:re|er))$"
      + "|(?:学院|系|研究所|实验室)$");
  private static final Pattern INSTITUTION = Pattern.compile("(?i)universit|hochschule|大学");

  /** Another part of the line, not {@code k}, that can be the employer: neither a place, a title nor a remark. */
  private static boolean namesEmployer(String[] strongs, int k, int qualifierWords) {
    for (int j = 0; j < strongs.length; j++) {
      String o = j == k ? "" : clean(strongs[j]);
      if (!o.isEmpty() && o.indexOf(',') < 0 && !Places.isLocation(o) && !isNoise(o) && titleScore(o) <= 0
          && !DATE_LIKE.matcher(o).find() && words(o) > qualifierWords) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}");

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  static int companyScore(String p) {
    int s = 0;
    if (COMPANY_WORDS.matcher(p).find() || LEGAL_END.matcher(p).find()) {
      s += 4;
    }
    if (TITLE_WORDS.matcher(p).find()) {
      s -= 4;
    }
    if (TITLE_HEAD.matcher(p).find()) {
      s -= 3;
    }
    if (p.length() > 60) {
      s -= 3;
    }
    if (HAN_ORG_END.matcher(p).find()) {
      s += 4;
    }
    return s;
  }

  static int titleScore(String p) {
    int s = 0;
    if (TITLE_WORDS.matcher(p).find()) {
      s += 4;
    }
    if (TITLE_HEAD.matcher(p).find()) {
      s += 2;
    }
    if ((COMPANY_WORDS.matcher(p).find() || LEGAL_END.matcher(p).find()) && !TITLE_WORDS.matcher(p).find()) {
      s -= 3;
    }
    if (p.length() > 50) {
      s -= 3;
    }
    if (HAN_ORG_END.matcher(p).find()) {
      s -= 6;
    }
    return s;
  }

  /**
   * "Acme · Full-time", "深蓝零售 · 全职": LinkedIn's employment type after the company names the kind of job, not its
   * title (which sits on the line above). First on its line ("Freelance · Mobile Developer") it stands for the employer.
   */
  static final Pattern EMPLOYMENT_TYPE = Pattern.compile("(?i)full[- ]time|part[- ]time|contract|freelance|self[- ]employed"
      + "|permanent|temporary|seasonal|internship|apprenticeship|全职|兼职|实习|自由职业|合同工|临时工");

  private static boolean isNoise(String w) {
    return w.equals("-") || w.matches("[\\[\\]【】()（）]{1,4}") || w.equals("至今") || w.equalsIgnoreCase("present") || w.matches("[\\d\\s./-]{1,12}")
        || TENURE.matcher(w).matches() || w.codePoints().noneMatch(Character::isLetterOrDigit); // "◆", "▶"
  }

  /** "【Product Manager】": a part wholly in lenticular brackets is what they frame. */
  private static final Pattern FRAMED = Pattern.compile("^【([^【】]{1,80})】$");

  static String clean(String s) {
    String v = DECORATION.matcher(s).replaceAll("").strip();
    v = v.replace("**", "").replace("__", "").strip();
    Matcher framed = FRAMED.matcher(v);
    return framed.matches() ? framed.group(1).strip() : v;
  }
}
