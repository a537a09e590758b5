package dev.candidates.solrpeer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * One enriched profile (as our index stores it: computed skills, skillYears, totalYears, text) → one Solr
 * document. Solr gets the facts our enricher computed rather than computing them itself, so its indexing rate is
 * that of Solr alone.
 */
final class ProfileDocs {
  private ProfileDocs() {}

  static SolrInputDocument from(JsonNode p) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", p.path("id").asText());
    addText(d, "name", p.path("name"));
    addText(d, "headline", p.path("headline"));
    addText(d, "title", p.path("headline"));
    addText(d, "location", p.path("location"));
    String location = p.path("location").asText("");
    if (!location.isBlank()) {
      int comma = location.indexOf(',');
      d.addField("location_facet", (comma < 0 ? location : location.substring(0, comma)).strip());
    }
    Set<String> companies = new LinkedHashSet<>();
    for (JsonNode e : p.path("experience")) {
      addText(d, "title", e.path("title"));
      addText(d, "company", e.path("company"));
      if (e.hasNonNull("company") && !e.path("company").asText().isBlank()) {
        companies.add(e.path("company").asText().strip());
      }
    }
    for (String c : companies) {
      d.addField("companies", c);
    }
    addText(d, "text", p.path("text"));
    for (JsonNode s : p.path("skills")) {
      d.addField("skills", s.asText());
    }
    p.path("skillYears").fields().forEachRemaining(e -> d.addField(skillYearsField(e.getKey()),
        (float) e.getValue().asDouble()));
    double total = p.path("totalYears").asDouble(0);
    d.addField("total_years", (float) total);
    d.addField("years_bucket", total < 3 ? "0-2" : total < 6 ? "3-5" : total <= 10 ? "6-10" : "10+");
    d.addField("lang", p.path("resumeLanguage").asText("en"));
    return d;
  }

  /** "Go" → sy_go, "C++" → sy_c__, "Spring Boot" → sy_spring_boot. */
  static String skillYearsField(String skill) {
    return "sy_" + skill.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }

  private static void addText(SolrInputDocument d, String field, JsonNode v) {
    if (v != null && v.isTextual() && !v.asText().isBlank()) {
      d.addField(field, v.asText());
    }
  }
}
