package dev.candidates.occupation;

import java.util.Map;

/**
 * Who the candidate is: the family of their work and their level, read from the headline, the titles and the
 * years, and the years they worked in each family ("8 years frontend" counts frontend jobs only).
 */
public record Occupation(RoleFamily family, Seniority level, Map<RoleFamily, Double> yearsByFamily) {
  public Occupation {
    yearsByFamily = Map.copyOf(yearsByFamily);
  }

  public double yearsIn(RoleFamily f) {
    return yearsByFamily.getOrDefault(f, 0.0);
  }

  /** "SRE · senior", as explanations and the profile page show it. */
  public String words() {
    return (family == null ? "" : family.words() + " · ") + level.id();
  }
}
