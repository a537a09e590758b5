package dev.candidates.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two résumé JSON standards mapped to a profile: JSON Resume 1.0 (jsonresume.org, with its pre-1.0 keys
 * {@code company}, {@code website}, {@code languages[].name}) and FRESH ({@code employment.history},
 * {@code education.history}, {@code skills.sets}, {@code service.history}). Any other JSON that is not the project's
 * own profile is flattened to text and parsed, with a warning, rather than refused.
 */
public final class JsonResumes {
  /** The project's own profile fields: JSON made mostly of these is a profile and stays strictly validated. */
  public static final Set<String> PROFILE_FIELDS = java.util.Arrays.stream(Profile.class.getRecordComponents())
      .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Pattern DATE = Pattern.compile("^\\s{0,4}((?:19|20)\\d{2})(?:[-./](\\d{1,2}))?");

  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d])\\*(?=\\S)|(?<=\\S)\\*(?![\\p{L}\\d])");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  public enum Shape { PROFILE, JSON_RESUME, FRESH, OTHER }

  /**
   * JSON Resume's sections besides {@code basics}. A builder's own export that shares only {@code basics} (Reactive
   * Resume keeps its jobs under {@code sections.experience.items}) is another shape: mapped as JSON Resume it would
   * lose every job, read as text it keeps them.
   */
  private static final List<String> JSON_RESUME_SECTIONS = List.of("work", "education", "skills", "projects",
      "volunteer", "awards", "certificates", "publications", "languages", "interests", "references", "meta");

  private static boolean hasAny(JsonNode node, List<String> keys) {
    for (String k : keys) {
      if (node.has(k)) {
        return true;
      }
    }
    return false;
  }

  private JsonResumes() {}

  public static Shape shape(JsonNode node) {
    if (!node.isObject()) {
      return Shape.OTHER;
    }
    String format = node.path("meta").path("format").asText("");
    if (format.toUpperCase(java.util.Locale.ROOT).startsWith("FRESH") || node.path("employment").has("history")
        || node.path("info").isObject() && node.path("contact").isObject()) {
      return Shape.FRESH;
    }
    if (node.path("$schema").asText("").contains("jsonresume") || node.path("basics").isObject()
        && (hasAny(node, JSON_RESUME_SECTIONS) || node.size() == 1)) {
      return Shape.JSON_RESUME;
    }
    int known = 0;
    for (var it = node.fieldNames(); it.hasNext();) {
      known += PROFILE_FIELDS.contains(it.next()) ? 1 : 0;
    }
    return known * 2 >= node.size() ? Shape.PROFILE : Shape.OTHER;
  }

  /** A JSON Resume, FRESH or other résumé JSON as a profile with warnings; {@code parser} reads the other shapes. */
  public static ParsedResume read(JsonNode node, ResumeParser parser) {
    return read(node, parser, "JSON");
  }

  /**
   * As {@link #read(JsonNode, ResumeParser)} for a tree read from {@code format} (JSON, or YAML: the same standards
   * written in YAML map the same way); the warning for another shape names the format.
   */
  public static ParsedResume read(JsonNode node, ResumeParser parser, String format) {
    String text = JsonText.flatten(node);
    return switch (shape(node)) {
      case JSON_RESUME -> withWarnings(jsonResume(node, text));
      case FRESH -> withWarnings(fresh(node, text));
      default -> {
        ParsedResume p = parser.read(text, "txt");
        List<String> w = new ArrayList<>();
        w.add("not a known résumé " + format + " format: read as text");
        w.addAll(p.warnings());
        yield new ParsedResume(p.profile(), w);
      }
    };
  }

  private static ParsedResume withWarnings(Profile p) {
    return new ParsedResume(p, ResumeWarnings.of(p));
  }

  private static Profile jsonResume(JsonNode r, String text) {
    JsonNode b = r.path("basics");
    List<Experience> jobs = new ArrayList<>();
    for (JsonNode w : r.path("work")) {
      jobs.add(new Experience(str(w, "name", "company"), str(w, "position"), month(w, "startDate"),
          end(w, "startDate", "endDate"), described(w, "summary", "description")));
    }
    List<Project> projects = new ArrayList<>();
    for (JsonNode p : r.path("projects")) {
      projects.add(new Project(str(p, "name"), joinedRoles(p.path("roles")), month(p, "startDate"),
          end(p, "startDate", "endDate"), described(p, "description", "summary")));
    }
    for (JsonNode v : r.path("volunteer")) {
      projects.add(new Project(str(v, "organization"), str(v, "position"), month(v, "startDate"),
          end(v, "startDate", "endDate"), described(v, "summary")));
    }
    List<Education> education = new ArrayList<>();
    for (JsonNode e : r.path("education")) {
      education.add(new Education(str(e, "institution"), str(e, "studyType"), str(e, "area"), month(e, "startDate"),
          month(e, "endDate")));
    }
    Set<String> skills = new LinkedHashSet<>();
    for (JsonNode s : r.path("skills")) {
      if (s.path("keywords").isEmpty()) {
        add(skills, str(s, "name")); // with keywords, the name labels their group ("Infrastructure", "Languages")
      }
      for (JsonNode k : s.path("keywords")) {
        add(skills, clean(k.asText()));
      }
    }
    List<String> languages = new ArrayList<>();
    for (JsonNode l : r.path("languages")) {
      add(languages, str(l, "language", "name"));
    }
    JsonNode loc = b.path("location");
    List<String> links = new ArrayList<>();
    add(links, str(b, "url", "website"));
    for (JsonNode pr : b.path("profiles")) {
      add(links, str(pr, "url"));
    }
    String name = str(b, "name");
    String label = str(b, "label");
    if (name == null && label != null) {
      // "Maren Okafor — Site Reliability Engineer": a builder that has no name field puts it in the headline
      String[] halves = label.split("\\s+[—–|-]\\s+", 2);
      String n = halves.length == 2 ? Names.leading(halves[0]) : null;
      if (n != null && n.equals(halves[0].strip())) {
        name = n;
        label = halves[1].strip();
      }
    }
    return new Profile(null, name, label, place(loc),
        str(b, "email"), str(b, "phone"), str(b, "summary"), List.copyOf(skills), jobs, projects, education,
        languages, null, null, null, null, null, text, links);
  }

  private static Profile fresh(JsonNode r, String text) {
    JsonNode info = r.path("info");
    JsonNode contact = r.path("contact");
    List<Experience> jobs = new ArrayList<>();
    for (JsonNode w : r.path("employment").path("history")) {
      jobs.add(new Experience(str(w, "employer", "organization"), str(w, "position", "title"), month(w, "start"),
          end(w, "start", "end"), described(w, "summary", "description")));
    }
    List<Project> projects = new ArrayList<>();
    for (JsonNode p : r.path("projects")) {
      projects.add(new Project(str(p, "title", "name"), str(p, "role"), month(p, "start"), end(p, "start", "end"),
          described(p, "summary", "description")));
    }
    for (JsonNode v : r.path("service").path("history")) {
      projects.add(new Project(str(v, "organization"), str(v, "position"), month(v, "start"), end(v, "start", "end"),
          described(v, "summary")));
    }
    List<Education> education = new ArrayList<>();
    for (JsonNode e : r.path("education").path("history")) {
      education.add(new Education(str(e, "institution", "title"), str(e, "studyType", "degree"), str(e, "area"),
          month(e, "start"), month(e, "end")));
    }
    Set<String> skills = new LinkedHashSet<>();
    for (JsonNode set : r.path("skills").path("sets")) {
      for (JsonNode s : set.path("skills")) {
        add(skills, s.isTextual() ? clean(s.asText()) : str(s, "name"));
      }
    }
    for (JsonNode s : r.path("skills").path("list")) {
      add(skills, s.isTextual() ? clean(s.asText()) : str(s, "name"));
    }
    List<String> languages = new ArrayList<>();
    for (JsonNode l : r.path("languages")) {
      add(languages, str(l, "language", "name"));
    }
    JsonNode loc = r.path("location");
    List<String> links = new ArrayList<>();
    add(links, str(contact, "website", "url"));
    for (JsonNode so : r.path("social")) {
      add(links, str(so, "url"));
    }
    return new Profile(null, clean(r.path("name").asText(null)), str(info, "label"),
        place(loc), str(contact, "email"), str(contact, "phone"),
        str(info, "brief", "summary"), List.copyOf(skills), jobs, projects, education, languages, null, null, null,
        null, null, text, links);
  }

  private static String described(JsonNode n, String... keys) {
    StringBuilder sb = new StringBuilder();
    String s = str(n, keys);
    if (s != null) {
      sb.append(s).append('\n');
    }
    for (JsonNode h : n.path("highlights")) {
      sb.append(clean(h.asText())).append('\n');
    }
    for (JsonNode k : n.path("keywords")) {
      sb.append(clean(k.asText())).append('\n');
    }
    String d = sb.toString().strip();
    return d.isEmpty() ? null : d;
  }

  private static String joinedRoles(JsonNode roles) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : roles) {
      add(out, clean(r.asText()));
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  /** The location object's city and region, or a location written as one string ("Oslo, Norway"). */
  private static String place(JsonNode loc) {
    return loc.isTextual() ? clean(loc.asText()) : place(loc.path("city"), loc.path("region"));
  }

  private static String place(JsonNode city, JsonNode region) {
    String c = clean(city.asText(null));
    String r = clean(region.asText(null));
    return c == null ? r : r == null || r.equalsIgnoreCase(c) ? c : c + ", " + r; // "Oslo, Oslo" is Oslo
  }

  /** "2013-01-31", "2013-01", "2013" → "2013-01"; anything else → null. */
  static String month(JsonNode n, String key) {
    Matcher m = DATE.matcher(n.path(key).asText(""));
    if (!m.find()) {
      return null;
    }
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    return month < 1 || month > 12 ? null : String.format(java.util.Locale.ROOT, "%s-%02d", m.group(1), month);
  }

  /** The end month; absent or "present" means current (null); an end before the start is unknown (= start). */
  private static String end(JsonNode n, String startKey, String endKey) {
    String s = month(n, startKey);
    String e = month(n, endKey);
    if (s != null && e != null && e.compareTo(s) < 0) {
      return s;
    }
    return e;
  }

  private static String str(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode v = n.path(k);
      if (v.isValueNode() && !v.isNull()) {
        String s = clean(v.asText());
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /** A field without HTML tags and Markdown emphasis (FRESH puts both in every field). */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String v = EMPHASIS.matcher(HtmlTags.strip(s).replace("**", "").replace("__", "")).replaceAll("");
    v = SPACES.matcher(v).replaceAll(" ").strip();
    return v.isEmpty() ? null : v;
  }

  private static void add(java.util.Collection<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }
}
