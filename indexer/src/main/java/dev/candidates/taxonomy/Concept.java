package dev.candidates.taxonomy;

import java.util.List;
import java.util.Set;

/**
 * One skill, practice, domain, role or company, with every way candidates write it. {@code english.get(0)} is the
 * canonical display name used in profiles.
 */
public record Concept(String id, String category, List<String> english, List<String> chinese, List<String> aliases,
    List<String> broader, Set<String> flags, int line) {

  public Concept {
    english = List.copyOf(english);
    chinese = List.copyOf(chinese);
    aliases = List.copyOf(aliases);
    broader = List.copyOf(broader);
    flags = Set.copyOf(flags);
  }

  public String displayName() {
    return english.isEmpty() ? chinese.get(0) : english.get(0);
  }

  /** Companies and roles are indexed as concepts but are not listed among a candidate's skills. */
  public boolean isSkill() {
    return !isCompany() && !isRole();
  }

  /** An employer ("Tencent" = "腾讯"). */
  public boolean isCompany() {
    return category.equals("company");
  }

  /** A job role ("Backend Engineer", "前端工程师"). */
  public boolean isRole() {
    return category.equals("role");
  }

  public boolean cased() {
    return flags.contains("cased");
  }

  /** A common word as well as a skill ({@code yarn}, {@code less}, {@code eclipse}): matched as written only. */
  public boolean word() {
    return flags.contains("word");
  }

  public List<String> allLabels() {
    var all = new java.util.ArrayList<String>(english);
    all.addAll(chinese);
    all.addAll(aliases);
    return all;
  }
}
