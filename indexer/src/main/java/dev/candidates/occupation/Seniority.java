package dev.candidates.occupation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A candidate's level, lowest first, and the words that name it in a title or a query, in both languages
 * ("应届生" = new grad, "资深"/"高级" = senior, "首席"/"专家" = staff or principal, "总监" = director).
 */
public enum Seniority {
  INTERN("intern", "\\b(?:interns?|internship|trainee)\\b|实习生?"),
  GRADUATE("graduate", "\\b(?:new[ -]?grads?|graduates?|fresh(?:er)?|recent grad\\w*|campus hire)\\b|应届(?:毕业)?生?|校招|毕业生"),
  JUNIOR("junior", "\\b(?:junior|jr\\.?|entry[ -]level)(?=\\W|$)|初级|助理"),
  MID("mid", "\\bmid[ -]?(?:level|senior)?\\b|中级"),
  SENIOR("senior", "\\b(?:senior|sr\\.?)(?=\\W|$)|资深|高级"),
  STAFF("staff", "\\b(?:staff|principal|distinguished)\\b|首席|专家"),
  LEAD("lead", "\\b(?:lead|leader|head|team lead|tech lead)\\b|负责人|主管|组长|带头人"),
  DIRECTOR("director", "\\b(?:director|vp|vice president|head of engineering|cto|chief)\\b|总监|副总裁|首席技术官");

  /** Checked in this order: "Senior Director" is a director, "Lead Data Engineering Intern" an intern. */
  private static final Seniority[] BY_PRECEDENCE = {INTERN, GRADUATE, DIRECTOR, STAFF, LEAD, SENIOR, MID, JUNIOR};
  /** "Manager"/"经理" is a level only where it is not the role's own name (a product manager is not a lead). */
  private static final Pattern MANAGER = Pattern.compile("\\bmanagers?\\b|经理", Pattern.CASE_INSENSITIVE);

  /** "manager", "经理": a lead when the role's own name does not contain it. */
  public static Pattern managerWords() {
    return MANAGER;
  }

  private final String id;
  private final Pattern words;

  Seniority(String id, String words) {
    this.id = id;
    this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public String id() {
    return id;
  }

  public Pattern words() {
    return words;
  }

  /** Every level's id, lowest first: the values of the {@code level} facet, in its display order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Seniority::id).toList();
  }

  /**
   * The id of the level a query or filter value names: its id in any case ({@code senior}), else the level its
   * words name in either language ({@code 资深} is senior, {@code 应届生} graduate); null when it names none.
   */
  public static String keyOf(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (Seniority s : values()) {
      if (s.id.equalsIgnoreCase(value.strip())) {
        return s.id;
      }
    }
    Seniority named = named(value);
    return named == null ? null : named.id;
  }

  private static final TitleMemo<Seniority> BY_TITLE = new TitleMemo<>(8192, Seniority::read);

  /** The level a title or a headline names, or null when it names none. */
  public static Seniority named(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    return BY_TITLE.get(title);
  }

  private static Seniority read(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    for (Seniority s : BY_PRECEDENCE) {
      if (s.words.matcher(t).find()) {
        return s;
      }
    }
    return null;
  }

  /** The level of {@code years} of work when no title says it. */
  public static Seniority ofYears(double years) {
    return years < 2.5 ? JUNIOR : years < 6 ? MID : SENIOR;
  }
}
