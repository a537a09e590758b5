package dev.candidates.occupation;

import dev.candidates.model.Dates;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a profile's {@link Occupation}: the headline first, then the current title, then the others, then years. */
public final class Occupations {
  private Occupations() {}

  public static Occupation of(Profile p, YearMonth now, double totalYears) {
    List<Experience> jobs = new ArrayList<>(p.experience());
    jobs.sort(Comparator.comparing((Experience e) -> e.start() == null ? "" : e.start()).reversed());
    List<String> titles = new ArrayList<>();
    titles.add(folded(p.headline()));
    jobs.forEach(e -> titles.add(folded(e.title())));

    RoleFamily family = null;
    for (String t : titles) {
      RoleFamily f = RoleFamily.of(t);
      if (f != null && f != RoleFamily.SOFTWARE) {
        family = f;
        break;
      }
      family = family == null ? f : family;
    }
    Seniority level = null;
    for (int i = 0; i < Math.min(2, titles.size()) && level == null; i++) { // the headline, the current title
      level = levelOf(titles.get(i), family);
    }
    if (level == null) {
      level = totalYears < 1 && recentlyGraduated(p, now) ? Seniority.GRADUATE : Seniority.ofYears(totalYears);
    }

    Map<RoleFamily, BitSet> months = new EnumMap<>(RoleFamily.class);
    for (Experience e : jobs) {
      int[] span = monthSpan(e, now);
      RoleFamily f = RoleFamily.of(folded(e.title()));
      if (f == null || f == RoleFamily.SOFTWARE) {
        f = family;
      }
      if (span != null && f != null) {
        months.computeIfAbsent(f, k -> new BitSet()).set(span[0], span[1] + 1);
      }
    }
    Map<RoleFamily, Double> years = new EnumMap<>(RoleFamily.class);
    months.forEach((f, m) -> years.put(f, Math.round(m.cardinality() / 1.2) / 10.0));
    return new Occupation(family, level, years);
  }

  /** A title as the role and level words read it: "資深會計專員" is written as it was, and read as "资深会计专员". */
  private static String folded(String title) {
    return title == null ? null : dev.candidates.analysis.TextNormalizer.normalize(title);
  }

  /** The level a title names, "manager" counting as a lead where it is not the role's own name. */
  public static Seniority levelOf(String title, RoleFamily family) {
    Seniority s = Seniority.named(title);
    if (s == null && title != null && Seniority.managerWords().matcher(title).find()
        && (family == null || !family.managerIsTheRole() || RoleFamily.of(title) == RoleFamily.MANAGEMENT)) {
      s = Seniority.LEAD;
    }
    return s;
  }

  /** Studies that ended within a year (or end in the future): a graduate, when work is not yet a year long. */
  private static boolean recentlyGraduated(Profile p, YearMonth now) {
    for (Education ed : p.education()) {
      if (ed.end() != null && !Dates.parse(ed.end()).isBefore(now.minusMonths(12))) {
        return true;
      }
    }
    return false;
  }

  /** Months since 1950 of a dated job, "present" meaning now; null when undated or reversed. */
  private static int[] monthSpan(Experience e, YearMonth now) {
    if (e.start() == null) {
      return null;
    }
    YearMonth s = Dates.parse(e.start());
    YearMonth end = e.end() == null || Dates.parse(e.end()).isAfter(now) ? now : Dates.parse(e.end());
    if (end.isBefore(s) || s.getYear() < 1950) {
      return null;
    }
    int first = (s.getYear() - 1950) * 12 + s.getMonthValue() - 1;
    int last = (end.getYear() - 1950) * 12 + end.getMonthValue() - 1;
    return new int[] {first, Math.max(first, last - 1)};
  }
}
