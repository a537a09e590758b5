package dev.candidates.api;

import static dev.candidates.api.TestServer.enc;
import static dev.candidates.api.TestServer.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.index.FieldRegistry;
import dev.candidates.occupation.RoleFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role family and level over real HTTP: the {@code role} and {@code level} facets and filters, {@code role:} and
 * {@code level:} in the query, and the profile's {@code occupation}.
 */
class OccupationApiTest {
  @TempDir
  static Path dir;
  static TestServer server;

  /** Invented people whose headline names their role and level, in either language. */
  static final List<String> PEOPLE = List.of(
      person("sre-en", "Ada Park", "Senior Site Reliability Engineer"),
      person("sre-zh", "王磊", "高级稳定性工程师"),
      person("fe-junior", "Li Na", "Junior Frontend Developer"),
      person("recruiter", "Sam Reed", "Lead Technical Recruiter"));

  static String person(String id, String name, String headline) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"headline\": \"" + headline + "\", "
        + "\"experience\": [{\"company\": \"Acme\", \"title\": \"" + headline + "\", \"start\": \"2020-01\", "
        + "\"end\": null, \"description\": \"Kafka and Go services\"}]}";
  }

  static void writePeople(Path data) throws IOException {
    Files.createDirectories(data);
    Files.writeString(data.resolve("people.jsonl"), String.join("\n", PEOPLE) + "\n");
  }

  @BeforeAll
  static void start() throws IOException {
    writePeople(dir.resolve("data"));
    server = TestServer.start(dir.resolve("data"), dir.resolve("index"));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static List<String> counts(JsonNode r, String dim) {
    List<String> values = new ArrayList<>();
    r.get("facets").get(dim).forEach(v -> values.add(v.get("value").asText() + "=" + v.get("count").asInt()));
    return values;
  }

  @Test
  void theRoleFacetCountsByFamilyAndTheLevelFacetInTheScalesOrder() {
    JsonNode j = server.get("/api/search?q=").json();
    assertEquals(List.of("sre=2", "frontend=1", "recruiter=1"), counts(j, "role"), j.toString());
    assertEquals(List.of("junior=1", "senior=2", "lead=1"), counts(j, "level"), "lowest level first");
    List<String> order = new ArrayList<>();
    j.get("facetOrder").forEach(d -> order.add(d.asText()));
    assertEquals(FieldRegistry.facetDimensions(), order);
    assertTrue(order.containsAll(List.of("role", "level")), order.toString());
  }

  @Test
  void theRoleAndLevelFiltersNarrowAndTheFilteredDimensionKeepsItsOtherValues() {
    JsonNode sre = server.get("/api/search?q=Kafka&role=sre").json();
    assertEquals(List.of("sre-en", "sre-zh"), sortedIds(sre));
    assertEquals(List.of("sre=2", "frontend=1", "recruiter=1"), counts(sre, "role"), "drill-sideways");
    assertEquals(List.of("senior=2"), counts(sre, "level"), "the other dimension counts the filtered hits");
    JsonNode both = server.get("/api/search?q=Kafka&role=sre&role=frontend&level=junior").json();
    assertEquals(List.of("fe-junior"), sortedIds(both), "values of one dimension OR, dimensions AND");
  }

  @Test
  void theRoleAndLevelFiltersAreClosedTakingTheirValuesInAnyCaseOrAsTheQueryDoes() {
    assertEquals(List.of("fe-junior"), sortedIds(server.get("/api/search?q=Kafka&role=" + enc("前端")).json()));
    assertEquals(List.of("sre-en", "sre-zh"), sortedIds(server.get("/api/search?q=Kafka&level=SENIOR").json()));
    JsonNode e = TestServer.assertError(server.get("/api/search?q=Kafka&role=wizard"), 400, "unknown_filter_value");
    assertTrue(e.get("message").asText().contains(String.join(", ", RoleFamily.keys())), e.toString());
    TestServer.assertError(server.get("/api/search?q=Kafka&level=emperor"), 400, "unknown_filter_value");
  }

  @Test
  void roleAndLevelInTheQueryTakeIdsOrWordsInEitherLanguage() {
    assertEquals(List.of("sre-en", "sre-zh"), sortedIds(server.get("/api/search?q=" + enc("role:sre")).json()));
    assertEquals(List.of("fe-junior"), sortedIds(server.get("/api/search?q=" + enc("role:前端")).json()));
    assertEquals(List.of("sre-en", "sre-zh"), sortedIds(server.get("/api/search?q=" + enc("level:资深")).json()));
    assertEquals(List.of("recruiter"), sortedIds(server.get("/api/search?q=" + enc("Kafka level:lead")).json()));
  }

  @Test
  void eachHitCarriesItsRoleAndLevelAsFacetValuesBesideTheWords() {
    JsonNode hits = server.get("/api/search?q=" + enc("role:sre")).json().get("hits");
    assertEquals(2, hits.size(), hits.toString());
    for (JsonNode hit : hits) {
      assertEquals("sre", hit.path("occupation").path("role").asText(), hit.toString());
      assertEquals("senior", hit.path("occupation").path("level").asText(), hit.toString());
      assertEquals("SRE · senior", hit.path("rankedAs").asText(), "the words stay as they were");
    }
  }

  @Test
  void anUnknownRoleOrLevelInTheQueryIsAClear400NamingTheValues() {
    TestServer.Response bad = server.get("/api/search?q=" + enc("role:wizard"));
    assertEquals(400, bad.status(), bad.body());
    assertEquals("query_syntax", bad.json().get("error").asText());
    assertTrue(bad.json().get("message").asText().contains("recruiter, hr"), bad.body());
    TestServer.Response level = server.get("/api/search?q=" + enc("level:emperor"));
    assertEquals(400, level.status(), level.body());
    assertTrue(level.json().get("message").asText().contains("intern, graduate, junior"), level.body());
  }

  @Test
  void theProfileCarriesItsRoleAndLevelBesideItsOwnFields() {
    TestServer.Response r = server.get("/api/candidates/sre-zh");
    assertEquals(200, r.status(), r.body());
    JsonNode p = r.json();
    assertEquals("sre", p.path("occupation").path("role").asText(), r.body());
    assertEquals("senior", p.path("occupation").path("level").asText(), r.body());
    assertEquals("王磊", p.path("name").asText(), "the profile's own fields stay at the top level");
    assertEquals("高级稳定性工程师", p.path("headline").asText());
    assertTrue(p.has("highestDegree") && p.has("skillYears"), r.body());
  }
}
