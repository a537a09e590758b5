package dev.candidates.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Known cities and the shapes of a location ("Shenzhen", "Georgetown, TX", "Shenzhen / Overseas", "深圳"). */
final class Places {
  static final List<String> CITIES = List.of("Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu",
      "Nanjing", "Wuhan", "Xi'an", "Suzhou", "Tianjin", "Chongqing", "Xiamen", "Hong Kong", "Taipei", "Singapore",
      "Tokyo", "Seoul", "San Francisco", "Seattle", "New York", "London", "Berlin", "Toronto", "Vancouver",
      "Sydney", "Austin", "Boston", "Remote", "Los Angeles", "Chicago", "Paris", "Munich", "Amsterdam", "Dublin",
      "Bangalore", "Mumbai", "Istanbul", "Zurich", "Hsinchu", "Taichung", "Kaohsiung", "Dalian", "Qingdao", "Hefei",
      "Changsha", "Zhengzhou", "Jinan", "Shenyang", "Harbin", "Kunming", "Fuzhou", "Ningbo", "Wuxi", "Dongguan",
      "Zhuhai", "Foshan", "Macau", "Mountain View", "Palo Alto", "Sunnyvale", "San Jose", "Redmond", "Cambridge",
      "Madrid", "Barcelona", "Milan", "Rome", "Lisbon", "Porto", "Warsaw", "Prague", "Vienna", "Zurich", "Geneva",
      "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Brussels", "Lagos", "Nairobi", "Accra", "Cairo", "Dubai",
      "São Paulo", "Mexico City", "Buenos Aires", "Melbourne", "Auckland", "Montreal", "Denver", "Atlanta",
      "Portland", "Washington", "Dallas", "Houston", "Miami", "Philadelphia", "Pittsburgh", "Hyderabad", "Pune",
      "Delhi", "Chennai", "Manila", "Jakarta", "Bangkok", "Kuala Lumpur", "Hanoi", "Ho Chi Minh City", "Osaka",
      "Kyoto", "Busan", "Tel Aviv", "Edinburgh", "Manchester", "Hamburg", "Frankfurt", "Stuttgart", "Lyon",
      "北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "西安", "苏州", "天津", "重庆", "厦门", "香港",
      "台北", "新加坡", "东京", "远程", "大连", "青岛", "合肥", "长沙", "郑州", "济南", "沈阳", "哈尔滨", "昆明",
      "福州", "宁波", "无锡", "东莞", "珠海", "佛山", "新竹", "台中", "高雄", "澳门", "海外", "大阪", "名古屋", "横滨", "京都",
      "首尔", "伦敦", "纽约");
  /** The cities as reading folds text (大阪 → 大坂), to find them in folded text. */
  private static final List<String> FOLDED = CITIES.stream()
      .map(c -> dev.candidates.analysis.TextNormalizer.normalize(c.toLowerCase(Locale.ROOT))).toList();
  static final Pattern ORGANIZATION = Pattern.compile(
      "(?i)公司|集团|科技|网络|银行|大学|学院|研究|中心|报社|工作室|事务所|医院|工厂|商行|协会|基金会|\\b(?:inc|ltd|llc|corp|co|gmbh|bank|university|labs?"
          + "|technologies|technology|company|group|limited)\\b");
  /** Australia's states and territories as addresses abbreviate them ("Fitzroy North VIC 3068", "Tumut, NSW"). */
  static final String AU_STATES = "NSW|VIC|QLD|SA|WA|TAS|NT|ACT";

  /** "College Station, TX", "Georgetown, Texas": a place even when the city is not in the list. */
  private static final Pattern CITY_REGION = Pattern.compile(
      "\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,2}, ?(?:\\p{Lu}{2}|" + AU_STATES + "|\\p{Lu}[a-z]{2,20})(?:, ?\\p{Lu}[\\p{L} ]{1,20})?");

  /** "Belfast, Northern Ireland", "Cape Town, Western Cape": a region of two words, never a title's. */
  private static final Pattern CITY_REGION_2 = Pattern.compile(
      "\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20})?, ?\\p{Lu}[a-z]{2,20} \\p{Lu}[a-z]{2,20}");

  /** "São Paulo Area", "Greater Boston", "Bay Area": LinkedIn's place names. */
  private static final Pattern AREA = Pattern.compile(
      "(?:Greater )?\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,3} (?:Area|Region|Metropolitan Area)"
          + "|Greater \\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,2}");

  private Places() {}

  /** A short part that names a place, not a company that contains one. */
  static boolean isLocation(String part) {
    int firstComma = part.indexOf(',');
    if (part.length() > 40 || ORGANIZATION.matcher(part).find() || JobLine.companyScore(part) > 0
        || firstComma > 0 && JobLine.companyScore(part.substring(0, firstComma)) > 0) {
      return false;
    }
    int script = scriptChange(part);
    if (script > 0) { // "深圳 Shenzhen": the place in both scripts
      return isLocation(part.substring(0, script).strip()) && isLocation(part.substring(script).strip());
    }
    int slash = part.indexOf('/');
    if (slash > 0) { // "Shenzhen / Overseas", "Remote / Beijing"
      String a = part.substring(0, slash).strip();
      String b = part.substring(slash + 1).strip();
      return !a.isEmpty() && !b.isEmpty() && (isLocation(a) || isLocation(b)) && a.length() < 20 && b.length() < 20;
    }
    // "Mitte, Berlin" is a place; "Elbe Data Works, Hamburg" is a company and its city
    int comma = part.indexOf(',');
    boolean districtFirst = comma < 0 || part.substring(0, comma).strip().split("\\s+").length <= 2
        || city(part.substring(comma + 1)) == null;
    if ((CITY_REGION.matcher(part).matches() || AREA.matcher(part).matches()) && districtFirst) {
      return true;
    }
    if (CITY_REGION_2.matcher(part).matches() && JobLine.titleScore(part) == 0 && JobLine.companyScore(part) == 0) {
      return true;
    }
    String c = city(part);
    if (c == null || part.length() > 30) {
      return false;
    }
    String lower = part.toLowerCase(Locale.ROOT);
    String city = c.toLowerCase(Locale.ROOT);
    return lower.startsWith(city) || lower.endsWith(city) && isHanOnly(part)
        && adminPrefix(part.substring(0, part.length() - city.length()))
        || districtFirst && (lower.endsWith(", " + city) || lower.matches(".*,\\s*" + Pattern.quote(city) + "(,.*)?"));
  }

  /** Where "深圳 Shenzhen" turns from Han to Latin after a space, or -1. */
  private static int scriptChange(String part) {
    int sp = part.indexOf(' ');
    if (sp <= 0 || sp + 1 >= part.length() || part.indexOf(' ', sp + 1) >= 0 && !isHanOnly(part.substring(0, sp))) {
      return -1;
    }
    boolean hanLeft = isHanOnly(part.substring(0, sp));
    boolean latinRight = part.substring(sp + 1).codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp)
        == Character.UnicodeScript.HAN);
    return hanLeft && latinRight ? sp + 1 : -1;
  }

  /** "广东省深圳", "中国上海": what may stand before a city in a place name. */
  private static boolean adminPrefix(String p) {
    return p.isEmpty() || p.equals("中国") || p.endsWith("省") || p.endsWith("市") || p.endsWith("区");
  }

  private static boolean isHanOnly(String s) {
    return s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /** The first listed city in folded text, as that text writes it ("大坂" in "大坂府大坂市北区…"), or null. */
  static String cityIn(String folded) {
    String lower = folded.toLowerCase(Locale.ROOT);
    for (int i = 0; i < FOLDED.size(); i++) {
      int at = lower.indexOf(FOLDED.get(i));
      if (at >= 0 && !CITIES.get(i).equals("Remote") && !CITIES.get(i).equals("远程")) {
        return folded.substring(at, at + FOLDED.get(i).length());
      }
    }
    return null;
  }

  static String city(String part) {
    if (part.length() > 2_000) {
      return null;
    }
    String lower = part.toLowerCase(Locale.ROOT);
    String remote = null;
    for (String c : CITIES) {
      if (lower.contains(c.toLowerCase(Locale.ROOT))) {
        if (!c.equals("Remote") && !c.equals("远程")) {
          return c;
        }
        remote = c; // "Bristol (remote or on-site)": a city named beside "remote" is the place
      }
    }
    return remote;
  }
}
