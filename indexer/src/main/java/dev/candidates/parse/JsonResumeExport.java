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
    ArrayNode profiles = json.createArrayNode();
    for (String link : p.links()) {
      String network = network(link);
      if (network == null && !b.has("url")) {
        b.put("url", link); // the homepage
      } else {
        ObjectNode o = profiles.addObject();
        if (network != null) {
          o.put("network", network);
        }
        o.put("url", link);
      }
    }
    if (!profiles.isEmpty()) {
      b.set("profiles", profiles);
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

  /** The network a link's host names ("GitHub" for github.com/x), or null for a homepage. */
  static String network(String link) {
    String l = link.toLowerCase(java.util.Locale.ROOT);
    for (String[] n : NETWORKS) {
      if (l.contains(n[0])) {
        return n[1];
      }
    }
    return null;
  }

  private static final String[][] NETWORKS = {{"github.com", "GitHub"}, {"gitlab.com", "GitLab"},
      {"gitee.com", "Gitee"}, {"linkedin.com", "LinkedIn"}, {"twitter.com", "Twitter"}, {"x.com/", "X"},
      {"stackoverflow.com", "Stack Overflow"}, {"zhihu.com", "Zhihu"}, {"weibo.com", "Weibo"},
      {"juejin.cn", "Juejin"}, {"csdn.net", "CSDN"}};

  private static void put(ObjectNode o, String key, String value) {
    if (value != null && !value.isBlank()) {
      o.put(key, value);
    }
  }
}
