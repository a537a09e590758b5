package dev.candidates.parse;

import dev.candidates.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact block: name, headline, location, e-mail and phone, found anywhere in the header lines, in any order,
 * also when a PDF glued them into one line with {@code |}. Lines are capped before any regex runs on them.
 */
final class ContactBlock {
  record Contact(String name, String headline, String location, String email, String phone, List<String> links) {
    Contact withLocation(String place) {
      return new Contact(name, headline, place, email, phone, links);
    }

    Contact withName(String written) {
      return new Contact(written, headline, location, email, phone, links);
    }
  }

  static final int MAX_LINE = 400;
  /** A second "label：" on the same line after a space: where the labelled value before it ends. */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s+(?=[\\p{IsHan}A-Za-z-]{1,12}\\s{0,2}[:：])");
  private static final Pattern SPLIT = Pattern.compile("[\\s\u3000]*(?:[|｜]|\\s{2,}|\u3000|\\t| · | • | / |·| [–—] )[\\s\u3000]*");
  private static final Pattern SURNAME_GIVEN = Pattern.compile("\\p{IsHan}{1,2} \\p{IsHan}{1,3}");
  private static final String LABELS = "name|full name|display name|candidate name|姓名|候选人姓名|候选人|location|所在地|所在城市|城市|现居|现居地|居住地"
      + "|现居城市|居住城市|address|home address|home|residence|地址|现住址|住址|现住所|现居住地|通讯地址|家庭住址|town|city|email|e-mail|mail|邮箱|电子邮箱|phone|mobile|tel|cell|电话|手机|联系电话|手机号|微信|wechat"
      + "|website|github|linkedin|blog|博客|主页|求职意向|意向城市|期望城市|target|性别|年龄|出生年月|出生日期|出生|籍贯|民族"
      + "|政治面貌|婚姻状况|婚姻|学历|工作年限|gender|sex|age|birthday|date of birth|nationality|qq|期望薪资|期望职位|headline"
      + "|希望职称|意向岗位|求职岗位|目标职位|期望岗位|应聘职位|应聘岗位|户口|户籍|户口所在地|求职状态|到岗时间|期望";
  /** Labels whose value is the post the candidate seeks: their headline. */
  private static final Pattern HEADLINE_LABEL = Pattern.compile(
      "求职意向|target|headline|期望职位|希望职称|意向岗位|求职岗位|目标职位|期望岗位|应聘职位|应聘岗位|期望");
  private static final Pattern LABEL = Pattern.compile("^(?i)(" + LABELS + ")\\s{0,3}[:：]\\s*");
  /** "张三 大数据开发工程师 意向城市：杭州": a known label inside a part starts a part of its own, with its value. */
  private static final Pattern INNER_LABEL = Pattern.compile("\\s+(?=(?i:" + LABELS + ")\\s{0,3}[:：])");
  private static final Pattern LINK = Pattern.compile(
      "(?i)https?://|www\\.|\\b(?:github|gitee|linkedin|gitlab|twitter|x)\\.com|\\.(?:io|dev|me|cn|com|net|org)(?:/|\\b)");
  private static final Pattern ROMANIZED_NAME = Pattern.compile("\\p{Lu}[a-z]+(?:[ -]\\p{Lu}?[a-z]+){1,2}");
  /** One to three capitalised words: what an unlisted city looks like on a contact line. */
  private static final Pattern PLACE_LIKE = Pattern.compile("\\p{Lu}[\\p{L}'.-]{2,20}(?: \\p{Lu}[\\p{L}'.-]{1,20}){0,2}");
  private static final Pattern PLACEHOLDER_NAME = Pattern.compile(
      "(?i)姓名|名字|简历|个人简历|求职简历|resume|curriculum vitae|cv|your .*|name|first last|full name");

  /**
   * "女", "28岁", "本科", "5年工作经验", "2026届", "硕士在读", "Age 31": a fact about the person a job site prints in
   * the header's cells, never their headline.
   */
  private static final Pattern PERSONAL_FACT = Pattern.compile("(?i)[男女]|male|female|\\d{1,2}\\s?岁|age\\s?\\d{1,2}"
      + "|(?:大专|专科|本科|硕士|博士|研究生|mba)(?:在读|学历)?|\\d{1,2}\\s?年(?:以上)?(?:工作)?经验|工作\\s?\\d{1,2}\\s?年"
      + "|\\d{2,4}\\s?届(?:毕业生)?|(?:已婚|未婚)|\\d{1,2}\\+?\\s?years?(?: of)? experience"
      // a job site's status cell ("在职-考虑机会"), a labelled cell of the grid ("户口：江苏南通")
      + "|(?:在职|离职|应届)[\\p{IsHan}\\s,，、/-]{0,10}|open to work|\\p{IsHan}{2,6}\\s?[:：].*"
      // what is left of a contact cell once its number is taken
      + "|e-?mail|phone|tel|mobile|wechat|qq"
      // a personal-details label whose value a padded colon set apart ("Father's Name     : …")
      + "|(?:father|mother|spouse|husband|wife)'?s? name|date of birth|dob|marital status|nationality|religion|gender"
      + "|passport(?: no\\.?)?|languages known|permanent address|notice period|(?:current|expected) ctc|ctc");

  private ContactBlock() {}

  static Contact read(List<String> header, List<String> personal, List<String> allLines) {
    List<String> head = new ArrayList<>();
    for (String l : header.size() > 10 ? header.subList(0, 10) : header) {
      head.add(cap(l));
    }
    for (String l : personal.size() > 20 ? personal.subList(0, 20) : personal) {
      head.add(cap(l));
    }
    String email = null;
    String phone = null;
    for (String l : head) {
      email = email == null ? ContactScanner.email(l) : email;
    }
    for (String l : head) { // a labelled phone first ("手机：…", "Tel: …"), then any number in the header
      if (phone == null && labelled(l, "phone|mobile|tel|cell|电话|手机|联系电话|手机号")) {
        phone = ContactScanner.phone(l);
      }
    }
    for (String l : head) {
      phone = phone == null ? ContactScanner.phone(l) : phone;
    }
    for (int i = 0; i < allLines.size() && i < 400 && (email == null || phone == null); i++) {
      String l = cap(allLines.get(i));
      email = email == null ? ContactScanner.email(l) : email;
      if (phone == null && labelled(l, "phone|mobile|tel|cell|电话|手机|联系电话|手机号")) {
        phone = ContactScanner.phone(l);
      }
    }
    String name = null;
    String headline = null;
    String location = null;
    List<String> parts = new ArrayList<>();
    List<String> near = new ArrayList<>(header.size() > 10 ? header.subList(0, 10) : header);
    near.addAll(personal.size() > 12 ? personal.subList(0, 12) : personal);
    java.util.Set<String> besideContacts = new java.util.HashSet<>();
    for (String raw : near) {
      String line = padded(cap(raw));
      boolean contactLine = email != null && line.contains(email) || phone != null && line.contains(phone);
      List<String> split = new ArrayList<>();
      for (String q : SPLIT.split(ResumeParser.BULLET.matcher(line).replaceFirst(""))) {
        split.addAll(atInnerLabels(q));
      }
      split = labelCells(split);
      for (String p : split) {
        Matcher a = POSTAL_LINE.matcher(p.strip());
        if (location == null && a.matches()) {
          location = a.group(1) + ", " + a.group(2); // the candidate's own address before any other place
        }
        Matcher au = AU_POSTAL_LINE.matcher(p.strip());
        if (location == null && au.matches()) {
          location = au.group(1) + " " + au.group(2);
        }
      }
      for (String p : split) {
        Matcher label = LABEL.matcher(p.strip());
        String key = label.find() ? label.group(1).toLowerCase(Locale.ROOT) : "";
        String v = label.replaceFirst("").strip();
        boolean nameKey = key.endsWith("name") || key.equals("姓名") || key.startsWith("候选人");
        if (nameKey) {
          v = v.replaceFirst("^(.+?)\\s*[(（][^()（）]*[)）]$", "$1"); // "高桥 美咲（中文名：高美咲）": a remark on it
        }
        if (!key.isEmpty()) {
          v = NEXT_LABEL.split(v, 2)[0]; // "现居：成都 电话：139…": one space (a folded 　) before the next label
        }
        if (nameKey && name == null && SURNAME_GIVEN.matcher(v).matches()) {
          name = v; // "姓名：高桥 美咲": a surname and a given name parted as written (Japanese, some Chinese)
          continue;
        }
        if (nameKey) {
          name = name == null && !v.isEmpty() ? Names.leading(v) != null ? Names.leading(v) : v : name;
          continue;
        }
        boolean place = key.matches("location|所在地|所在城市|城市|现居|现居地|居住地|现居城市|居住城市|意向城市|期望城市|address"
            + "|home address|home|residence|地址|现住址|住址|现住所|现居住地|通讯地址|家庭住址|town|city");
        if (place && location == null && !v.isEmpty() && (v.length() > 40 || v.chars().anyMatch(Character::isDigit))) {
          v = addressPlace(v); // "ul. Długa 12, 31-147, Kraków, Poland (Home)": the city and country
        }
        if (place && location == null && !v.isEmpty() && v.length() <= 40) {
          location = v; // a labelled place is a place even when the city list does not know it
          continue;
        }
        if (!key.isEmpty() && !place) {
          if (HEADLINE_LABEL.matcher(key).matches()) {
            headline = headline == null ? v : headline;
          }
          continue;
        }
        v = email == null ? v : v.replace(email, " ");
        v = phone == null ? v : v.replace(phone, " ");
        String kept = withoutLinks(v);
        if (kept.matches("[(（][^()（）]{1,20}[)）]")) {
          continue; // "www.linkedin.com/in/x (LinkedIn)": the link's own caption
        }
        if (!kept.isEmpty()) {
          parts.add(kept);
          if (contactLine && PLACE_LIKE.matcher(kept).matches() && !JobLine.TITLE_WORDS.matcher(kept).find()
              && !Places.ORGANIZATION.matcher(kept).find()) {
            besideContacts.add(kept.strip());
          }
        }
      }
    }
    for (String p : parts) {
      String v = email == null ? p : p.replace(email, " ");
      v = phone == null ? v : v.replace(phone, " ");
      v = v.replaceAll("\\s+", " ").strip();
      if (v.isEmpty() || ContactScanner.email(v) != null) {
        continue;
      }
      if (name == null && (v.length() <= 40 || v.indexOf(' ') > 0 && v.indexOf(' ') < 12)) {
        String n = Names.leading(v);
        if (n != null && !PLACEHOLDER_NAME.matcher(n).matches()) {
          name = n;
          int at = v.toLowerCase(Locale.ROOT).indexOf(n.toLowerCase(Locale.ROOT));
          // not found as written: the name was mended (a nickname cut, capitals folded), the part was the name
          v = at < 0 ? "" : v.substring(at + n.length()).replaceAll("^[\\s,，/、-]+", "").strip();
          if (ROMANIZED_NAME.matcher(v).matches() || v.isEmpty()) {
            continue; // "李伟 Li Wei": the same name in Latin letters, not a headline
          }
        }
      }
      String unremarked = v.replaceAll("\\s*[(（][^()（）]{0,80}[)）]", "").strip();
      if (location == null && !unremarked.equals(v) && !unremarked.isEmpty() && Places.isLocation(unremarked)) {
        location = unremarked; // "Bristol, UK (remote or on-site in the South West)": the place, not its remark
        continue;
      }
      if (location == null) {
        if (Places.isLocation(v)) {
          location = v;
          continue;
        }
        String c = Places.city(v);
        if (c != null && !Places.ORGANIZATION.matcher(v).find()) {
          int at = v.toLowerCase(Locale.ROOT).indexOf(c.toLowerCase(Locale.ROOT));
          Matcher region = Pattern.compile("^\\Q" + v.substring(at, at + c.length()) + "\\E(?:,\\s*[A-Z]{2}\\b"
              + "|,\\s*[A-Z][a-z]+)?").matcher(v.substring(at));
          String loc = region.find() ? region.group() : c;
          location = loc;
          v = (v.substring(0, at) + " " + v.substring(at + loc.length())).replaceAll("\\s+", " ").strip();
        }
      }
      if (location == null && name != null && besideContacts.contains(v) && !v.equals(name)) {
        location = v; // "e-mail · phone · Gothenburg": a capitalised word beside the contacts is the place
        continue;
      }
      if (headline == null && !v.isEmpty() && v.length() <= 100 && !v.matches(".*\\d{4}.*")
          && !PLACEHOLDER_NAME.matcher(v).matches() && !PERSONAL_FACT.matcher(v).matches()
          && v.charAt(0) != ':' && v.charAt(0) != '：' // the value of a label a padded colon set apart
          && "!！。?？".indexOf(v.charAt(v.length() - 1)) < 0 // a sentence ("赵老师好，简历如下，谢谢！"), no headline
          // a Chinese cell names a post by a title word ("Golang开发", "算法工程师"); "最高学历", "户口" name none
          && (v.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c)) || JobLine.TITLE_WORDS.matcher(v).find()) && !Section.isHeaderLine(v) && v.codePointCount(0, v.length()) > 1) {
        headline = v;
      }
    }
    if (name == null) {
      name = Names.standalone(allLines);
      headline = headline == null ? Names.headlineBelow(allLines, name) : headline;
    }
    if (headline != null && name != null && headline.equals(name)) {
      headline = null;
    }
    return new Contact(name, headline, location, email, phone, links(head));
  }

  /** "姓    名：" spaced to line up, or "Name:     value": the padding is no part separator. */
  private static final Pattern PADDED_LABEL = Pattern.compile("(?<![\\p{IsHan}])(\\p{IsHan})[ \t]{1,6}(\\p{IsHan})(?=\\s{0,2}[:：])");
  private static final Pattern PADDED_VALUE = Pattern.compile("(?i)^((?:" + LABELS + ")\\s{0,3}[:：])\\s{2,}(?=\\S)");

  static String padded(String line) {
    String l = PADDED_LABEL.matcher(line).replaceAll("$1$2");
    return PADDED_VALUE.matcher(l).replaceFirst("$1 ");
  }

  /**
   * A part cut before each known label that follows at least two words of its own: "张三 工程师 意向城市：杭州" is
   * cut, "Email address: …" and "first name: …" are one label each.
   */
  private static List<String> atInnerLabels(String part) {
    List<String> out = new ArrayList<>();
    Matcher m = INNER_LABEL.matcher(part);
    int from = 0;
    while (m.find()) {
      String before = part.substring(from, m.start()).strip();
      if (before.split("\\s+").length >= 2 && !LABEL.matcher(before).find()) {
        out.add(before);
        from = m.end();
      }
    }
    out.add(part.substring(from));
    return out;
  }

  /** "Killeen, TX 76549", "Silver Spring, MD 20906 US": a street address's last line, the candidate's city. */
  private static final Pattern POSTAL_LINE = Pattern.compile(
      "(?:[^,]{1,60},\\s?){0,3}(\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,2}), ?(\\p{Lu}{2}) \\d{5}(?:-\\d{4})?"
          + "(?:,? (?:US|USA|United States))?");
  /** "Unit 7, 41 Harcourt Street, Fitzroy North VIC 3068": an Australian address ends in suburb, state, postcode. */
  private static final Pattern AU_POSTAL_LINE = Pattern.compile(
      "(?:[^,]{1,60},\\s?){0,3}(\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,2}) (" + Places.AU_STATES + ")"
          + " \\d{4}(?:,? Australia)?");
  private static final Pattern LABEL_ONLY = Pattern.compile("(?i)(?:" + LABELS + ")");

  /** "| Phone | +49 221 … |": a table's label cell and the value beside it are one labelled part. */
  private static List<String> labelCells(List<String> split) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      String p = split.get(i).strip();
      if (i + 1 < split.size() && LABEL_ONLY.matcher(p).matches() && !split.get(i + 1).isBlank()) {
        out.add(p + ": " + split.get(++i).strip());
      } else {
        out.add(split.get(i));
      }
    }
    return out;
  }

  /**
   * The place in a full address: a Chinese or Japanese one ("〒530-0001 大阪府大阪市北区…") names its city, a Latin
   * one ends with it ({@link #addressTail}).
   */
  static String addressPlace(String address) {
    if (address.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
      String c = Places.cityIn(address);
      return c == null ? address : c;
    }
    return addressTail(address);
  }

  /** "Leeds LS6 2AB": a British town and its postcode, one part of an address, kept as written. */
  private static final Pattern UK_POSTCODE_PLACE = Pattern.compile(
      "\\p{Lu}[\\p{L}.' -]{1,30} [A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}");

  /**
   * The last two parts of a full address that hold no digits but a British postcode (its city and country), or the
   * address.
   */
  static String addressTail(String address) {
    String a = address.replaceAll("\\s*[(（][^()（）]{0,20}[)）]\\s*$", "");
    List<String> kept = new ArrayList<>();
    String[] parts = a.split("\\s*[,，]\\s*");
    for (int i = parts.length - 1; i >= 0 && kept.size() < 2; i--) {
      parts[i] = parts[i].replaceFirst("^\\d{4,6}\\s+(?=\\p{L})", ""); // "46011 Valencia": the postcode before the city
      parts[i] = parts[i].replaceFirst("(?<=\\p{L})\\s*[-–]?\\s*\\d{5,6}$", ""); // "Bengaluru - 560102": after it
      if (parts[i].isEmpty() || parts[i].chars().anyMatch(Character::isDigit)
          && !UK_POSTCODE_PLACE.matcher(parts[i]).matches()) {
        break;
      }
      kept.add(0, parts[i]);
    }
    return kept.isEmpty() ? address : String.join(", ", kept);
  }

  /** At most this many links are kept from the header. */
  private static final int MAX_LINKS = 8;
  private static final Pattern LINK_TOKEN = Pattern.compile("[^\\s|｜,，;；()（）<>\"'、]+");

  /**
   * The candidate's own addresses in the header ("github.com/example", "https://example.dev", "linkedin.com/in/x"),
   * as written, without e-mail addresses and trailing punctuation.
   */
  static List<String> links(List<String> head) {
    List<String> out = new ArrayList<>();
    for (String line : head) {
      Matcher m = LINK_TOKEN.matcher(line);
      while (m.find() && out.size() < MAX_LINKS) {
        String t = m.group().replaceAll("[.:：。]+$", "");
        int colon = t.indexOf('：');
        t = colon >= 0 ? t.substring(colon + 1) : t;
        if (t.length() < 5 || t.indexOf('@') >= 0 && !t.contains("://") || !LINK.matcher(t).find()) {
          continue;
        }
        if (!t.contains("://") && t.indexOf(':') > 0 && !t.startsWith("www.")) {
          t = t.substring(t.indexOf(':') + 1); // "GitHub:github.com/x": the label glued to its value
        }
        if (LINK.matcher(t).find() && !out.contains(t) && t.chars().noneMatch(c -> Names.isHan((char) c))
            && !t.matches("(?i)(?:asp)?\\.net(?:\\s.*)?")) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The part without its link-like words ("John Doe yourwebsite.com" → "John Doe"). */
  private static String withoutLinks(String part) {
    StringBuilder sb = new StringBuilder();
    for (String w : part.strip().split("\\s+")) {
      if (!w.isEmpty() && !LINK.matcher(w).find()) {
        sb.append(sb.isEmpty() ? "" : " ").append(w);
      }
    }
    return sb.toString();
  }

  private static boolean labelled(String line, String labels) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String l : labels.split("\\|")) {
      if (lower.contains(l)) {
        return true;
      }
    }
    return line.contains("☎") || line.contains("📞");
  }

  static String cap(String line) {
    return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
  }

  private static final java.util.regex.Pattern PIN = java.util.regex.Pattern.compile("^\\s*\uD83D\uDCCD\uFE0F?\\s*(.{2,60})$");

  /**
   * "📍 Kowloon, Hong Kong" beside the e-mail or phone, wherever a text box put the contact block (after the jobs):
   * the candidate's place. A pin on a job's line, away from the contacts, marks the employer's.
   */
  static String pinnedPlace(String source, Contact contact) {
    String[] lines = source.split("\n");
    for (int i = 0; i < lines.length; i++) {
      java.util.regex.Matcher m = PIN.matcher(lines[i]);
      if (!m.matches() || DateRange.findFirst(m.group(1)) != null || DateRange.findSingle(m.group(1)) != null) {
        continue;
      }
      for (int j = Math.max(0, i - 3); j < Math.min(lines.length, i + 4); j++) {
        String l = lines[j];
        if (j != i && (contact.email() != null && l.contains(contact.email())
            || contact.phone() != null && l.contains(contact.phone()))) {
          String place = ResumeParser.clean(m.group(1)).strip();
          int han = place.codePoints().anyMatch(cp -> !TextNormalizer.isHan((char) cp)) ? hanTail(place) : -1;
          return han > 0 ? place.substring(0, han).strip() : place; // "Kowloon, Hong Kong 香港九龍": one script
        }
      }
    }
    return null;
  }

  /** Where a Latin place's translation in Han characters begins ("Kowloon, Hong Kong 香港九龍"), or -1. */
  private static int hanTail(String place) {
    int sp = place.lastIndexOf(' ');
    return sp > 0 && place.substring(sp + 1).chars().allMatch(c -> TextNormalizer.isHan((char) c))
        && !TextNormalizer.isHan(place.charAt(0)) ? sp : -1;
  }
}
