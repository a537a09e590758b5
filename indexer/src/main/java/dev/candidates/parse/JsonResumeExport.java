package dev.candidates.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;

/** A profile written out as a JSON Resume 1.0 document (the inverse of {@link JsonResumes}' mapping). */
public final class JsonResumeExport {
  public static final String SCHEMA =
      "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

  private JsonResumeExport() {}

  public static ObjectNode of(Profile p, ObjectMapper json) {
    ObjectNode r = json.createObjectNode();
    r.put("$schema", SCHEMA);
    ObjectNode b = r.putObject("basics");
    put(b, "name", p.name());
    put(b, "label", p.headline());
    put(b, "email", p.email());
    put(b, "phone", p.phone());
    put(b, "summary", p.summary());
    if (p.location() != null) {
      b.putObject("location").put("city", p.location());
    }
    ArrayNode work = r.putArray("work");
    for (Experience e : p.experience()) {
      ObjectNode w = work.addObject();
      put(w, "name", e.company());
      put(w, "position", e.title());
      put(w, "startDate", e.start());
      put(w, "endDate", e.end());
      put(w, "summary", e.description());
    }
    ArrayNode projects = r.putArray("projects");
    for (Project pr : p.projects()) {
      ObjectNode o = projects.addObject();
      put(o, "name", pr.name());
      if (pr.role() != null) {
        o.putArray("roles").add(pr.role());
      }
      put(o, "startDate", pr.start());
      put(o, "endDate", pr.end());
      put(o, "description", pr.description());
    }
    ArrayNode education = r.putArray("education");
    for (Education e : p.education()) {
      ObjectNode o = education.addObject();
      put(o, "institution", e.school());
      put(o, "studyType", e.degree());
      put(o, "area", e.major());
      put(o, "startDate", e.start());
      put(o, "endDate", e.end());
    }
    ArrayNode skills = r.putArray("skills");
    for (String s : p.skills()) {
      ObjectNode o = skills.addObject();
      o.put("name", s);
      Double years = p.skillYears().get(s);
      if (years != null) {
        o.put("level", years + " years");
      }
    }
    ArrayNode languages = r.putArray("languages");
    for (String l : p.languages()) {
      languages.addObject().put("language", l);
    }
    ObjectNode meta = r.putObject("meta");
    put(meta, "id", p.id());
    put(meta, "lastModified", p.updated());
    return r;
  }

  private static void put(ObjectNode o, String key, String value) {
    if (value != null && !value.isBlank()) {
      o.put(key, value);
    }
  }
}
