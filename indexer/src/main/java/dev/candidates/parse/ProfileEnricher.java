package dev.candidates.parse;

import dev.candidates.evidence.Evidence;
import dev.candidates.evidence.OthersContext;
import dev.candidates.model.Dates;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import dev.candidates.occupation.Occupation;
import dev.candidates.occupation.Occupations;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.LineMatches;
import dev.candidates.taxonomy.SkillMatcher.Mode;
import dev.candidates.taxonomy.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes what a profile says implicitly: its id (stable across re-adds), canonical skills, years per skill from the
 * dated jobs and projects whose text mentions them, total years from the union of job intervals, the résumé
 * language, the highest degree, and the searchable text. Everything here is derived, so input values for these
 * fields are replaced.
 *
 * <p>A little over 350 lines: each derived fact is a short method, and they stay together so that a fact is
 * computed once, in one place, for every writer.
 */
public final class ProfileEnricher {
  static final int MAX_SCAN = 300_000;
  /**
   * Month sets count from January 1950 ({@link #span} rejects earlier starts): from month 0 of year 0, every set was
   * a 3 KB array (~24,000 bits) zero-filled per concept per profile, for the same cardinalities.
   */
  private static final int FIRST_MONTH = 1950 * 12;

  private final Taxonomy taxonomy;
  private final Clock clock;
  private final WrittenScripts.Labels labels;

  public ProfileEnricher(Taxonomy taxonomy, Clock clock) {
    this.taxonomy = taxonomy;
    this.clock = clock;
    this.labels = new WrittenScripts.Labels(taxonomy);
  }

  /**
   * Every fact indexing needs about one profile, computed once here so that building its document is a pure
   * mapping (no taxonomy, no parser). Not part of the JSON contract.
   *
   * @param concepts concept ids the profile mentions (skills, roles, companies, domains)
   * @param broader broader concepts of those, not themselves mentioned (Kafka → message-queue)
   * @param titleConcepts concepts named in job titles and the headline (roles)
   * @param companyConcepts company concepts of the employers ("腾讯" and "Tencent" are one)
   * @param companies the employers as facet labels: the company concept's name when known, else as written
   * @param city the city when the location names a known one ("Shenzhen, China" → "Shenzhen"), else the location
   * @param asOf the month enrichment ran in (from the injected clock): recency counts from it
   * @param evidence for each concept, the strongest place the profile shows it (title, job, skills, ..., or only a
   *     mention about other people); years count only the person's own dated work and projects
   * @param occupation the role family and level, and the years in each family
   * @param written how often the résumé writes each concept and broader concept in each script
   * @param skillConcepts the concepts of the profile's canonical skills, whose years {@code skillYears} shows
   *     (under their display names)
   * @param updated the instant enrichment ran at, which the profile's {@code updated} writes out (the document's
   *     {@code updated} field takes it from here: parsing the string back was a fortieth of a build)
   */
  public record Facts(Profile profile, Set<String> concepts, Map<String, Double> yearsByConcept,
      Map<String, YearMonth> lastUsed, Set<String> broader, Set<String> titleConcepts, Set<String> companyConcepts,
      List<String> companies, String city, YearMonth asOf, Map<String, Evidence> evidence, Occupation occupation,
      WrittenScripts written, Set<String> skillConcepts, Instant updated) {

    public Evidence evidence(String conceptId) {
      return titleConcepts.contains(conceptId) ? Evidence.TITLE : evidence.getOrDefault(conceptId, Evidence.TEXT);
    }

    /** Whole months from the last use of a concept to {@link #asOf}; null when it was never used in a dated job. */
    public Long monthsSinceUse(String conceptId) {
      YearMonth last = lastUsed.get(conceptId);
      return last == null ? null : Math.max(0, (asOf.getYear() - last.getYear()) * 12L + asOf.getMonthValue()
          - last.getMonthValue());
    }
  }

  public Profile enrich(Profile p) {
    return facts(p).profile();
  }

  public Facts facts(Profile p) {
    YearMonth now = YearMonth.now(clock);
    String text = p.text() == null || p.text().isBlank() ? compose(p) : p.text();

    Map<String, BitSet> months = new HashMap<>();
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    Map<String, YearMonth> lastUsed = new HashMap<>();
    BitSet jobMonths = new BitSet();
    // The whole-text pass below repeats every description: its lines' matches are kept from the first pass.
    LineMatches lines = new LineMatches(taxonomy.matcher());
    // Listed skills first: the canonical skill list keeps this order.
    for (String s : p.skills()) {
      Concept c = taxonomy.lookup(s);
      note(evidence, c != null ? List.of(c.id()) : skillsIn(s), Evidence.SKILLS);
    }
    // Clauses about other people ("hired Python developers") are mentions: no years, no own evidence.
    for (Experience e : p.experience()) {
      int[] span = span(e.start(), e.end(), now);
      if (span != null) {
        jobMonths.set(span[0] - FIRST_MONTH, span[1] + 1 - FIRST_MONTH);
      }
      OthersContext.Split d = OthersContext.split(e.description());
      note(evidence, credit(lines, join(e.title(), d.own()), span, months, lastUsed, e.end(), now), Evidence.JOB);
      note(evidence, proseIn(lines, d.others()), Evidence.MENTION);
    }
    for (Project pr : p.projects()) {
      OthersContext.Split d = OthersContext.split(pr.description());
      note(evidence, credit(lines, join(pr.name(), pr.role(), d.own()), span(pr.start(), pr.end(), now),
          months, lastUsed, pr.end(), now), Evidence.PROJECT);
      note(evidence, proseIn(lines, d.others()), Evidence.MENTION);
    }
    for (Education ed : p.education()) {
      note(evidence, proseIn(lines, join(ed.degree(), ed.major())), Evidence.EDUCATION);
    }
    OthersContext.Split summary = OthersContext.split(join(p.headline(), p.summary()));
    note(evidence, proseIn(lines, summary.own()), Evidence.TEXT);
    note(evidence, proseIn(lines, summary.others()), Evidence.MENTION);
    // The rest of the text (a parsed résumé says more than its fields) only adds concepts no field showed.
    // Skills are recognized in the first MAX_SCAN characters; a longer text is still indexed in full.
    String scanned = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
    OthersContext.Split rest = OthersContext.split(withoutHeaders(scanned));
    for (String id : proseIn(lines, rest.own())) {
      evidence.putIfAbsent(id, Evidence.TEXT);
    }
    for (String id : proseIn(lines, rest.others())) {
      evidence.putIfAbsent(id, Evidence.MENTION);
    }
    Set<String> concepts = new LinkedHashSet<>(evidence.keySet());
    Set<String> titleConcepts = new LinkedHashSet<>(skillsIn(p.headline()));
    Set<String> companyConcepts = new LinkedHashSet<>();
    Set<String> companies = new LinkedHashSet<>();
    for (Experience e : p.experience()) {
      List<String> inCompany = skillsIn(e.company());
      concepts.addAll(inCompany);
      note(evidence, inCompany, Evidence.JOB);
      List<String> inTitle = skillsIn(e.title());
      concepts.addAll(inTitle);
      titleConcepts.addAll(inTitle);
      if (e.company() != null && !e.company().isBlank()) {
        companies.add(companyLabel(e.company(), inCompany));
        for (String id : inCompany) {
          if (taxonomy.get(id).category().equals("company")) {
            companyConcepts.add(id);
          }
        }
      }
    }
    concepts.addAll(titleConcepts);
    Set<String> broader = new LinkedHashSet<>();
    for (String id : concepts) {
      if (titleConcepts.contains(id) || evidence.get(id) != Evidence.MENTION) { // no broader skills of others
        broader.addAll(taxonomy.ancestors(id));
      }
    }
    broader.removeAll(concepts);

    Map<String, Double> yearsByConcept = new LinkedHashMap<>();
    for (var m : months.entrySet()) {
      yearsByConcept.put(m.getKey(), round(m.getValue().cardinality() / 12.0));
    }
    // Canonical skills: listed skills first, then what the text shows, by years; never a mention about others.
    List<String> skillIds = new ArrayList<>();
    for (String id : concepts) {
      Concept c = taxonomy.get(id);
      if (c != null && c.isSkill() && (titleConcepts.contains(id) || evidence.get(id) != Evidence.MENTION)) {
        skillIds.add(id);
      }
    }
    List<String> skills = new ArrayList<>();
    Map<String, Double> skillYears = new LinkedHashMap<>();
    List<String> byYears = new ArrayList<>(skillIds);
    byYears.sort((a, b) -> Double.compare(yearsByConcept.getOrDefault(b, 0.0), yearsByConcept.getOrDefault(a, 0.0)));
    for (String id : byYears) {
      skillYears.put(taxonomy.displayName(id), yearsByConcept.getOrDefault(id, 0.0));
    }
    for (String id : skillIds) {
      skills.add(taxonomy.displayName(id));
    }
    for (String s : p.skills()) {
      if (taxonomy.lookup(s) == null && taxonomy.matcher().conceptIds(s, Mode.SKILLS).isEmpty()
          && !skills.contains(s.strip())) {
        skills.add(s.strip()); // unknown to the taxonomy: keep as written
      }
    }
    double total = round(jobMonths.cardinality() / 12.0);
    Instant updated = Instant.now(clock);
    Profile out = p.withComputed(skills, total, skillYears, language(text),
        DegreeLevel.highest(p.education()).key(), updated.toString(), text);
    if (out.id() == null) {
      out = out.withId(deriveId(out));
    }
    Set<String> scored = new LinkedHashSet<>(concepts);
    scored.addAll(broader);
    WrittenScripts written = labels.count(scanned, scored);
    return new Facts(out, concepts, yearsByConcept, lastUsed, broader, titleConcepts, companyConcepts,
        List.copyOf(companies), locationLabel(p.location()), now, evidence, Occupations.of(p, now, total), written,
        new LinkedHashSet<>(skillIds), updated);
  }

  private static List<String> proseIn(LineMatches lines, String text) {
    return text == null || text.isBlank() ? List.of() : lines.conceptIds(text, Mode.PROSE);
  }

  /** Keeps the strongest evidence per concept; the first place seen keeps the concept's order. */
  private static void note(Map<String, Evidence> evidence, java.util.Collection<String> ids, Evidence where) {
    for (String id : ids) {
      evidence.merge(id, where, Evidence::strongest);
    }
  }

  private List<String> skillsIn(String text) {
    return text == null ? List.of() : taxonomy.matcher().conceptIds(text, Mode.SKILLS);
  }

  /** "腾讯" and "Tencent" are one company facet. */
  private String companyLabel(String company, List<String> conceptsInIt) {
    Concept c = taxonomy.lookup(company);
    if (c == null) {
      for (String id : conceptsInIt) {
        if (taxonomy.get(id).category().equals("company")) {
          c = taxonomy.get(id);
          break;
        }
      }
    }
    String label = c != null && c.category().equals("company") ? c.displayName() : company.strip();
    return label.length() > 80 ? label.substring(0, 80) : label;
  }

  /** The city when the location names a known one ("Shenzhen, China" → "Shenzhen"), else the location. */
  static String locationLabel(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    String city = ResumeParser.cityOf(location);
    String label = city != null ? city : location.strip();
    return label.length() > 80 ? label.substring(0, 80) : label;
  }

  /** Credits the interval to each concept the text mentions and to their broader concepts; returns the mentions. */
  private Set<String> credit(LineMatches lines, String text, int[] span, Map<String, BitSet> months,
      Map<String, YearMonth> lastUsed, String end, YearMonth now) {
    Set<String> direct = new LinkedHashSet<>(lines.conceptIds(text, Mode.PROSE));
    if (span == null || text.isBlank()) {
      return direct;
    }
    YearMonth last = end == null ? now : Dates.parse(end);
    Set<String> ids = new LinkedHashSet<>(direct);
    for (String id : direct) {
      ids.addAll(taxonomy.ancestors(id)); // trpc-go years are Go years too
    }
    for (String id : ids) {
      Concept c = taxonomy.get(id);
      if (c == null || c.category().equals("company")) {
        continue;
      }
      months.computeIfAbsent(id, k -> new BitSet()).set(span[0] - FIRST_MONTH, span[1] + 1 - FIRST_MONTH);
      lastUsed.merge(id, last, (a, b) -> a.isAfter(b) ? a : b);
    }
    return direct;
  }

  /** The text without its section-header lines: "教育背景" is a header, not the domain Education. */
  static String withoutHeaders(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      sb.append(Section.isHeaderLine(line) ? " ".repeat(line.length()) : line).append('\n');
    }
    return Section.blankInlineHeaders(sb.toString());
  }

  /** Month indices [first, last] of a dated interval, "present" meaning now; null when undated or reversed. */
  static int[] span(String start, String end, YearMonth now) {
    if (start == null) {
      return null;
    }
    YearMonth s = Dates.parse(start);
    YearMonth e = end == null ? now : Dates.parse(end);
    if (e.isAfter(now)) {
      e = now;
    }
    if (e.isBefore(s) || s.getYear() < 1950) {
      return null;
    }
    // A job from 2019-03 to 2019-03 is one month; 2019-03 to 2020-03 is twelve.
    int first = s.getYear() * 12 + s.getMonthValue() - 1;
    int last = e.getYear() * 12 + e.getMonthValue() - 1;
    return new int[] {first, Math.max(first, last - 1)};
  }

  private static double round(double years) {
    return Math.round(years * 10) / 10.0;
  }

  /** "en", "zh" or "mixed": see {@link ResumeLanguage#of}. */
  public static String language(String text) {
    return ResumeLanguage.of(text).key();
  }

  /** Searchable text for a profile given as JSON without its original résumé text. */
  static String compose(Profile p) {
    StringBuilder sb = new StringBuilder();
    appendLine(sb, p.name());
    appendLine(sb, p.headline());
    appendLine(sb, p.location());
    appendLine(sb, p.summary());
    if (!p.skills().isEmpty()) {
      appendLine(sb, String.join(", ", p.skills()));
    }
    for (Experience e : p.experience()) {
      appendLine(sb, join(e.company(), e.title()));
      appendLine(sb, e.description());
    }
    for (Project pr : p.projects()) {
      appendLine(sb, join(pr.name(), pr.role()));
      appendLine(sb, pr.description());
    }
    for (Education ed : p.education()) {
      appendLine(sb, join(ed.school(), ed.degree(), ed.major()));
    }
    return sb.toString().strip();
  }

  private static void appendLine(StringBuilder sb, String s) {
    if (s != null && !s.isBlank()) {
      sb.append(s.strip()).append('\n');
    }
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        sb.append(p).append('\n');
      }
    }
    return sb.toString();
  }

  /** Same person, same id: from the e-mail, else the phone digits, else a hash of the whitespace-collapsed text. */
  static String deriveId(Profile p) {
    String basis;
    if (p.email() != null && !p.email().isBlank()) {
      basis = "email:" + p.email().strip().toLowerCase(Locale.ROOT);
    } else if (p.phone() != null && p.phone().replaceAll("\\D", "").length() >= 6) {
      basis = "phone:" + p.phone().replaceAll("\\D", "");
    } else {
      basis = "text:" + (p.text() == null ? "" : p.text().strip().replaceAll("\\s+", " "));
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return "c-" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
