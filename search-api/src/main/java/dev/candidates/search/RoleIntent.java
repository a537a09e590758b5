package dev.candidates.search;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.occupation.Seniority;
import dev.candidates.taxonomy.SkillMatcher;
import dev.candidates.taxonomy.SkillMention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query understanding for who the recruiter asks for: a level ("senior", "应届生", "初级", "资深", "staff", "实习生",
 * "经理") and the generic role nouns ("engineer", "developer", "工程师", "开发"). Neither is a word the profile must
 * contain: "senior data engineer" wants data engineers ranked by level, and "Python developer" a Python engineer
 * whether the résumé says developer, engineer or 工程师. Words inside a taxonomy label stay where they are
 * ("product manager", "tech lead", "前端开发" are roles of their own).
 *
 * @param level the level asked for, or null
 * @param rest the query text without the level and the role nouns (blanked, so positions keep)
 * @param roleNouns the role nouns taken out: they still add a little score, as soft words
 */
record RoleIntent(Seniority level, String rest, List<String> roleNouns) {
  private static final Pattern ROLE_NOUN = Pattern.compile(
      "\\b(?:engineers?|developers?|programmers?|devs?|specialists?)\\b|开发工程师|工程师|程序员|开发|研发");

  /*
   * The level words as written (lower case), matched against the query lower-cased char for char: Unicode
   * case-insensitive matching of ten patterns was 4 % of a bare search. Same length, so positions still hold.
   */
  private static final Map<Seniority, Pattern> LEVEL_WORDS = levelWords();
  private static final Pattern MANAGER_WORDS = Pattern.compile(Seniority.managerWords().pattern());

  private static Map<Seniority, Pattern> levelWords() {
    Map<Seniority, Pattern> m = new EnumMap<>(Seniority.class);
    for (Seniority s : Seniority.values()) {
      m.put(s, Pattern.compile(s.words().pattern()));
    }
    return m;
  }

  static RoleIntent read(String raw, SkillMatcher matcher) {
    String text = TextNormalizer.normalize(raw);
    List<SkillMention> mentions = matcher.find(text, SkillMatcher.Mode.QUERY);
    char[] out = text.toCharArray();
    char[] folded = text.toCharArray();
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Character.toLowerCase(folded[i]);
    }
    String lower = new String(folded);
    Seniority level = null;
    int levelAt = Integer.MAX_VALUE;
    for (Seniority s : Seniority.values()) {
      Matcher m = LEVEL_WORDS.get(s).matcher(lower);
      while (m.find()) {
        if (!inMention(mentions, m.start(), m.end())) {
          blank(out, m.start(), m.end());
          if (m.start() < levelAt) {
            level = s;
            levelAt = m.start();
          }
        }
      }
    }
    List<String> nouns = new ArrayList<>();
    for (Pattern p : List.of(MANAGER_WORDS, ROLE_NOUN)) {
      Matcher m = p.matcher(lower);
      while (m.find()) {
        if (!inMention(mentions, m.start(), m.end()) && out[m.start()] != ' ') {
          blank(out, m.start(), m.end());
          nouns.add(text.substring(m.start(), m.end()));
          if (p != ROLE_NOUN && level == null) {
            level = Seniority.LEAD; // "运维经理", "IT operations manager": a manager of that work
          }
        }
      }
    }
    String rest = new String(out);
    if (rest.isBlank() && level == null) {
      return new RoleIntent(null, raw, List.of()); // only "engineer": search the word itself
    }
    return new RoleIntent(level, rest, List.copyOf(nouns));
  }

  private static boolean inMention(List<SkillMention> mentions, int start, int end) {
    for (SkillMention m : mentions) {
      if (start < m.end() && m.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static void blank(char[] out, int start, int end) {
    for (int i = start; i < end; i++) {
      out[i] = ' ';
    }
  }
}
