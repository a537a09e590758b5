package dev.candidates.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * RenderCV input (docs.rendercv.com) mapped to a profile: the header of {@code cv} (name, location, email, phone,
 * website, social networks) and {@code cv.sections}, a map of free titles to lists of entries. An entry's keys tell
 * its type (experience: {@code company}/{@code position}; education: {@code institution}/{@code area}; one-line:
 * {@code label}/{@code details}; bullet; numbered; publication; normal: {@code name}/{@code date}; text: a string);
 * the section's title tells what it means ("Experience", "Work history", "工作经历"; "Projects"; "Skills",
 * "专业技能"; "Awards"), so a project or an award written as a normal entry is never a job. {@code design},
 * {@code locale} and {@code rendercv_settings} only style the PDF and are not read.
 */
public final class RenderCvResumes {
  /** What a section's title says it holds. */
  enum Kind { SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, LANGUAGES, OTHER, UNKNOWN }

  /**
   * Title words, tried in this order ("Professional summary" is a summary, "Volunteer experience" a project, "Research
   * experience" a job); a word matches a whole word of the title, a Chinese word any part of it.
   */
  private static final List<Map.Entry<Kind, List<String>>> TITLES = List.of(
      Map.entry(Kind.SUMMARY, List.of("summary", "about", "profile", "objective", "introduction", "overview", "bio",
          "简介", "自我评价", "个人总结", "概述", "求职意向", "关于我")),
      Map.entry(Kind.SKILLS, List.of("skill", "skills", "technologies", "technology", "technical", "tech", "stack",
          "competencies", "expertise", "tools", "toolbox", "技能", "技术", "专长")),
      Map.entry(Kind.EDUCATION, List.of("education", "academic", "academics", "studies", "schooling", "教育", "学历",
          "学习经历")),
      Map.entry(Kind.PROJECTS, List.of("project", "projects", "volunteer", "volunteering", "open", "portfolio",
          "项目", "志愿")),
      Map.entry(Kind.OTHER, List.of("award", "awards", "honors", "honours", "achievements", "publication",
          "publications", "papers", "patents", "talks", "presentations", "certifications", "certificates", "courses",
          "interests", "hobbies", "references", "activities", "extracurricular", "获奖", "荣誉", "论文", "证书", "兴趣",
          "爱好", "专利", "校园", "社团")),
      Map.entry(Kind.EXPERIENCE, List.of("experience", "experiences", "employment", "work", "career", "professional",
          "jobs", "positions", "internship", "internships", "history", "工作", "实习", "职业", "任职", "经历")),
      Map.entry(Kind.LANGUAGES, List.of("languages", "language", "语言")));

  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})\\]\\([^)\\s]{1,1000}\\)");
  private static final Pattern NOW = Pattern.compile("(?iu)\\s*(present|current|now|ongoing|today|至今|今|现在)\\s*");

  /** Where a social network's username goes (RenderCV's own list). */
  private static final Map<String, String> NETWORKS = Map.ofEntries(
      Map.entry("linkedin", "https://linkedin.com/in/"), Map.entry("github", "https://github.com/"),
      Map.entry("gitlab", "https://gitlab.com/"), Map.entry("orcid", "https://orcid.org/"),
      Map.entry("stackoverflow", "https://stackoverflow.com/users/"),
      Map.entry("researchgate", "https://researchgate.net/profile/"), Map.entry("youtube", "https://youtube.com/@"),
      Map.entry("google scholar", "https://scholar.google.com/citations?user="), Map.entry("x", "https://x.com/"),
      Map.entry("twitter", "https://x.com/"), Map.entry("telegram", "https://t.me/"),
      Map.entry("leetcode", "https://leetcode.com/u/"), Map.entry("instagram", "https://instagram.com/"),
      Map.entry("imdb", "https://imdb.com/name/"));

  private RenderCvResumes() {}

  /** A RenderCV input: its résumé under {@code cv}, with a name or sections. */
  public static boolean isRenderCv(JsonNode node) {
    JsonNode cv = node.path("cv");
    return cv.isObject() && (cv.has("name") || cv.path("sections").isObject());
  }

  public static ParsedResume read(JsonNode node) {
    Profile p = profile(node.path("cv"));
    return new ParsedResume(p, ResumeWarnings.of(p));
  }

  private static Profile profile(JsonNode cv) {
    List<Experience> jobs = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    List<Education> education = new ArrayList<>();
    List<String> skills = new ArrayList<>(); // the skills section's lines, read as the text parser reads them
    List<String> languages = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (var section : cv.path("sections").properties()) {
      Kind kind = kind(section.getKey());
      JsonNode entries = section.getValue();
      for (JsonNode e : entries.isArray() ? entries : List.of(entries)) {
        read(kind, e, jobs, projects, education, skills, languages, summary);
      }
    }
    List<String> links = new ArrayList<>();
    for (JsonNode w : list(cv.path("website"))) {
      add(links, text(w));
    }
    for (JsonNode s : cv.path("social_networks")) {
      add(links, social(text(s.path("network")), text(s.path("username"))));
    }
    String phone = first(cv.path("phone"));
    if (phone != null && phone.regionMatches(true, 0, "tel:", 0, 4)) {
      phone = phone.substring(4).strip();
    }
    return new Profile(null, text(cv.path("name")), first(cv.path("headline"), cv.path("label")),
        text(cv.path("location")), first(cv.path("email")), phone,
        summary.isEmpty() ? null : String.join("\n", summary),
        ListedSkills.of(skills), jobs, projects, education, languages, null, null, null, null, null,
        JsonText.flatten(cv), links);
  }

  /** One entry of a section whose title says {@code kind}. */
  private static void read(Kind kind, JsonNode e, List<Experience> jobs, List<Project> projects,
      List<Education> education, List<String> skills, List<String> languages, List<String> summary) {
    if (e.isValueNode()) { // a text entry
      line(kind, text(e), skills, languages, summary);
    } else if (e.has("company") || e.has("position")) {
      String company = text(e.path("company"));
      String position = text(e.path("position"));
      String[] dates = dates(e);
      // Company and position make a job wherever it is listed, but under "Volunteering" or "Awards".
      if (kind == Kind.PROJECTS) {
        projects.add(new Project(company, position, dates[0], dates[1], described(e)));
      } else if (kind != Kind.OTHER && kind != Kind.EDUCATION) {
        jobs.add(new Experience(company, position, dates[0], dates[1], described(e)));
      }
    } else if (e.has("institution")) {
      if (kind != Kind.OTHER && kind != Kind.PROJECTS) { // an institution under "Certifications" is no school
        String[] dates = dates(e);
        education.add(new Education(text(e.path("institution")), text(e.path("degree")), text(e.path("area")),
            dates[0], dates[1]));
      }
    } else if (e.has("label") || e.has("details")) {
      String label = text(e.path("label"));
      String details = text(e.path("details"));
      switch (kind) {
        case SKILLS -> add(skills, label == null || details == null ? Objects.requireNonNullElse(details, label)
            : label + ": " + details); // "Languages: Kotlin, Go"
        case LANGUAGES -> add(languages, label != null ? label : details);
        case SUMMARY -> add(summary, label == null ? details : details == null ? label : label + ": " + details);
        default -> { } // kept in the text
      }
    } else if (e.has("bullet") || e.has("number") || e.has("reversed_number")) {
      line(kind, first(e.path("bullet"), e.path("number"), e.path("reversed_number")), skills, languages, summary);
    } else if (e.has("name") && !e.has("authors")) {
      // A normal entry: a project, an award, a talk… what the section's title says, never a job by itself.
      String name = text(e.path("name"));
      String[] dates = dates(e);
      switch (kind) {
        case PROJECTS -> projects.add(new Project(name, null, dates[0], dates[1], described(e)));
        case EXPERIENCE -> jobs.add(new Experience(name, null, dates[0], dates[1], described(e)));
        case EDUCATION -> education.add(new Education(name, null, null, dates[0], dates[1]));
        case SKILLS -> add(skills, name);
        default -> { } // kept in the text
      }
    }
  }

  /** A line of text (a text or bullet entry): skills listed, a language, or a line of the summary. */
  private static void line(Kind kind, String line, List<String> skills, List<String> languages,
      List<String> summary) {
    if (line == null) {
      return;
    }
    switch (kind) {
      case SKILLS -> add(skills, line);
      case LANGUAGES -> add(languages, line);
      case SUMMARY -> add(summary, line);
      default -> { } // kept in the text
    }
  }

  /** The title's meaning: "work_experience", "Professional Experience", "工作经历" are jobs. */
  static Kind kind(String title) {
    String t = title.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT).strip();
    List<String> words = Arrays.asList(t.split("[^\\p{L}\\p{N}]+"));
    for (var e : TITLES) {
      for (String w : e.getValue()) {
        if (w.codePointAt(0) >= 0x2E80 ? t.contains(w) : words.contains(w)) {
          return e.getKey();
        }
      }
    }
    return Kind.UNKNOWN;
  }

  /**
   * Start and end months: {@code start_date}/{@code end_date} ("2022-04", "2019", "present"; no end means
   * current), or a free {@code date} ("2020 – 2022", "Summer 2019"). An end that cannot be read, or a single date,
   * is unknown: it equals the start.
   */
  private static String[] dates(JsonNode e) {
    String start = month(text(e.path("start_date")));
    if (start != null) {
      String endText = text(e.path("end_date"));
      if (endText == null || NOW.matcher(endText).matches()) {
        return new String[] {start, null};
      }
      String end = month(endText);
      return new String[] {start, end == null || end.compareTo(start) < 0 ? start : end};
    }
    String date = text(e.path("date"));
    if (date == null) {
      return new String[] {null, null};
    }
    DateRange r = DateRange.findFirst(date);
    if (r == null) {
      r = DateRange.findSingle(date);
    }
    return r == null ? new String[] {null, null}
        : new String[] {r.start().toString(), r.end() == null ? null : r.end().toString()};
  }

  private static String month(String text) {
    DateRange r = text == null ? null : DateRange.findSingle(text);
    YearMonth m = r == null ? null : r.start();
    return m == null ? null : m.toString();
  }

  /** An entry's summary and highlights, one a line. */
  private static String described(JsonNode e) {
    List<String> lines = new ArrayList<>();
    add(lines, text(e.path("summary")));
    for (JsonNode h : e.path("highlights")) {
      add(lines, text(h));
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String social(String network, String username) {
    if (network == null || username == null) {
      return null;
    }
    String n = network.toLowerCase(Locale.ROOT);
    if (n.equals("mastodon") && username.matches("@[^@\\s]+@[^@\\s]+")) {
      String[] parts = username.split("@");
      return "https://" + parts[2] + "/@" + parts[1];
    }
    String base = NETWORKS.get(n);
    return base == null ? network + ": " + username : base + username;
  }

  /** The first text of values that may each be one value or a list of them (RenderCV 2 takes lists of e-mails). */
  private static String first(JsonNode... nodes) {
    for (JsonNode n : nodes) {
      for (JsonNode v : list(n)) {
        String s = text(v);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private static Iterable<JsonNode> list(JsonNode n) {
    return n.isArray() ? n : n.isMissingNode() || n.isNull() ? List.of() : List.of(n);
  }

  /** A scalar's text without Markdown links and emphasis, or null. */
  private static String text(JsonNode n) {
    if (n == null || !n.isValueNode() || n.isNull()) {
      return null;
    }
    return JsonResumes.clean(LINK.matcher(n.asText()).replaceAll("$1"));
  }

  private static void add(Collection<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }
}
