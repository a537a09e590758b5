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

  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,，、;；|•]|\\s[·/]\\s|\\s-\\s)\\s*");
  /** "熟练使用 Excel": the verb before a list is no part of its first item. */
  private static final Pattern LEAD_VERB = Pattern.compile("^(?:熟练使用|熟练掌握|熟练运用|能够使用|熟悉|掌握|精通|熟练|了解|使用|会用)\\s*");
  /** Certificates and exam grades listed beside skills (CET-6, 计算机二级, 568分) are not skills. */
  private static final Pattern CERTIFICATE = Pattern.compile("(?i)^(?:CET|TEM|IELTS|TOEFL|TOEIC|JLPT|N[1-5]$)|级|证|合格|\\d分");
  private static final Pattern SENTENCE = Pattern.compile("[。！？!?]|\\.\\s|\\.$|\\s(?:and|with|for|in|of|to)\\s");
  private static final int MAX_ITEM = 32;
  private static final Pattern CONTACT_OR_DATE = Pattern.compile("@|\\d[\\d ()-]{6,}\\d|\\b(?:19|20)\\d{2}\\b");
  /** Keys of a flattened JSON skills block ("items", "keywords") are no items of it. */
  private static final java.util.Set<String> KEY_WORDS = java.util.Set.of("items", "keywords", "name", "level");

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
      String line = raw;
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
        if (bar > 0 && bar <= 24 && line.substring(0, bar).chars().noneMatch(c -> c == ',' || c == '，' || c == '、')) {
          label = line.substring(0, bar).strip();
          line = line.substring(bar + 1);
        }
      }
      if (label != null) {
        Section s = Section.BY_HEADER.get(Section.bare(label).toLowerCase(Locale.ROOT));
        if (s != null && s != Section.SKILLS || label.isEmpty()) {
          continue; // "Languages: …", "Interests | …": another section's row
        }
      }
      if (CONTACT_OR_DATE.matcher(line).find() || DateRange.findFirst(line) != null) {
        continue; // "电话：… | 邮箱：… | 上海", "Cologne, 20 October 2026": a contact or a date line, no list of skills
      }
      List<String> items = items(line);
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

  private static final Pattern LABEL = Pattern.compile("^\\**([^:：,，|*]{1,30}?)\\**\\s{0,2}[:：]\\s*");

  /** A line's items, or null when one of them reads as prose. */
  private static List<String> items(String line) {
    List<String> out = new ArrayList<>();
    for (String part : split(line)) {
      String it = LEAD_VERB.matcher(part.replaceAll("[(（][^)）]*[)）]?", "").strip()).replaceFirst("")
          .replaceFirst("等$", "").strip();
      if (it.isEmpty()) {
        continue;
      }
      if (it.length() > MAX_ITEM || it.split("\\s+").length > 4 || SENTENCE.matcher(it).find()
          || hanCount(it) > 8) {
        return null;
      }
      if (!CERTIFICATE.matcher(it).find() && !Places.isLocation(it) && !KEY_WORDS.contains(it.toLowerCase(Locale.ROOT))
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

  private static int hanCount(String s) {
    return (int) s.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }
}
