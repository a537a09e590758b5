package dev.candidates.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate profile. The JSON field names are a public contract (see data/README.md). {@code totalYears},
 * {@code skillYears}, {@code resumeLanguage}, {@code highestDegree} and {@code updated} are computed by the indexer;
 * values given for them in input are replaced. {@code links} are the candidate's own addresses (GitHub, LinkedIn, a
 * homepage), as written.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "name", "headline", "location", "email", "phone", "summary", "skills", "experience",
    "projects", "education", "languages", "links", "totalYears", "skillYears", "resumeLanguage", "highestDegree", "updated", "text"})
public record Profile(
    String id,
    String name,
    String headline,
    String location,
    String email,
    String phone,
    String summary,
    List<String> skills,
    List<Experience> experience,
    List<Project> projects,
    List<Education> education,
    List<String> languages,
    Double totalYears,
    Map<String, Double> skillYears,
    String resumeLanguage,
    String highestDegree,
    String updated,
    String text,
    List<String> links) {

  public static final int MAX_ID_LENGTH = 128;
  /** The JSON key of {@link #text}, for a reader that takes only the text from a stored profile. */
  public static final String TEXT_KEY = "text";
  /**
   * The longest name, contact, skill, language, company, title, school, degree or major: these are facets and
   * keywords, and past 32,766 bytes (8,191 chars of 4-byte UTF-8) Lucene refuses the whole document. Free text
   * (headline, summary, descriptions, text) has no such limit: its over-long words are simply not indexed.
   */
  public static final int MAX_LABEL_LENGTH = 2000;

  public Profile {
    if (id != null) {
      id = id.strip();
      if (id.isEmpty()) {
        id = null;
      } else if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
        throw new IllegalArgumentException(
            "id must be at most " + MAX_ID_LENGTH + " characters with no '/', '\\' or control characters");
      }
    }
    // Loops rather than streams, and a field's name spelled only for a refusal: every profile is built twice per
    // indexing (read, then enriched), and the streams and names were a fortieth of a build.
    skills = present(skills, true);
    experience = present(experience, false);
    projects = present(projects, false);
    education = present(education, false);
    languages = present(languages, false);
    links = links == null ? List.of() : distinctStripped(links);
    skillYears = skillYears == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skillYears));
    label("name", -1, "", name);
    label("location", -1, "", location);
    label("email", -1, "", email);
    label("phone", -1, "", phone);
    for (int i = 0; i < skills.size(); i++) {
      label("skills", i, "", skills.get(i));
    }
    for (int i = 0; i < languages.size(); i++) {
      label("languages", i, "", languages.get(i));
    }
    for (int i = 0; i < links.size(); i++) {
      label("links", i, "", links.get(i));
    }
    for (int i = 0; i < experience.size(); i++) {
      label("experience", i, ".company", experience.get(i).company());
      label("experience", i, ".title", experience.get(i).title());
    }
    for (int i = 0; i < education.size(); i++) {
      label("education", i, ".school", education.get(i).school());
      label("education", i, ".degree", education.get(i).degree());
      label("education", i, ".major", education.get(i).major());
    }
  }

  /** The non-null items (and, for strings when {@code notBlank}, the non-blank ones), unmodifiable. */
  private static <T> List<T> present(List<T> items, boolean notBlank) {
    if (items == null) {
      return List.of();
    }
    java.util.ArrayList<T> kept = new java.util.ArrayList<>(items.size());
    for (T t : items) {
      if (t != null && !(notBlank && ((String) t).isBlank())) {
        kept.add(t);
      }
    }
    return List.copyOf(kept);
  }

  /** The non-blank links, stripped, each once, in order. */
  private static List<String> distinctStripped(List<String> links) {
    java.util.LinkedHashSet<String> kept = new java.util.LinkedHashSet<>();
    for (String s : links) {
      if (s != null && !s.isBlank()) {
        kept.add(s.strip());
      }
    }
    return List.copyOf(kept);
  }

  /**
   * Refuses an over-long label, naming its field ({@code name}, {@code skills[2]}, {@code experience[0].title}; an
   * index below 0 names the field alone): a 400 for the client, never a failure in the index.
   */
  private static void label(String field, int index, String part, String value) {
    if (value != null && value.length() > MAX_LABEL_LENGTH) {
      String name = index < 0 ? field : field + "[" + index + "]" + part;
      throw new IllegalArgumentException(name + " is " + value.length() + " characters long; at most "
          + MAX_LABEL_LENGTH + " are allowed");
    }
  }

  /** A profile without links. */
  public Profile(String id, String name, String headline, String location, String email, String phone,
      String summary, List<String> skills, List<Experience> experience, List<Project> projects,
      List<Education> education, List<String> languages, Double totalYears, Map<String, Double> skillYears,
      String resumeLanguage, String highestDegree, String updated, String text) {
    this(id, name, headline, location, email, phone, summary, skills, experience, projects, education, languages,
        totalYears, skillYears, resumeLanguage, highestDegree, updated, text, null);
  }

  /** A profile as given, before enrichment computes its highest degree. */
  public Profile(String id, String name, String headline, String location, String email, String phone,
      String summary, List<String> skills, List<Experience> experience, List<Project> projects,
      List<Education> education, List<String> languages, Double totalYears, Map<String, Double> skillYears,
      String resumeLanguage, String updated, String text) {
    this(id, name, headline, location, email, phone, summary, skills, experience, projects, education, languages,
        totalYears, skillYears, resumeLanguage, null, updated, text, null);
  }

  public Profile withId(String newId) {
    return new Profile(newId, name, headline, location, email, phone, summary, skills, experience, projects,
        education, languages, totalYears, skillYears, resumeLanguage, highestDegree, updated, text, links);
  }

  public Profile withLinks(List<String> newLinks) {
    return new Profile(id, name, headline, location, email, phone, summary, skills, experience, projects,
        education, languages, totalYears, skillYears, resumeLanguage, highestDegree, updated, text, newLinks);
  }

  public Profile withComputed(List<String> newSkills, double total, Map<String, Double> years, String lang,
      String degree, String when, String fullText) {
    return new Profile(id, name, headline, location, email, phone, summary, newSkills, experience, projects,
        education, languages, total, years, lang, degree, when, fullText, links);
  }
}
