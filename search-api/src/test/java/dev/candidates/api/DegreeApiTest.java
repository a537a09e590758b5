package dev.candidates.api;

import static dev.candidates.api.TestServer.enc;
import static dev.candidates.api.TestServer.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The degree field over real HTTP: degree:master in the query, degree= as a filter, the facet and the profile. */
class DegreeApiTest {
  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("people.jsonl"), String.join("\n",
        profile("m1", "Kafka engineer", "Tsinghua University", "Master of Engineering"),
        profile("m2", "后端工程师", "北京大学", "硕士研究生"),
        profile("b1", "Kafka engineer", "Zhejiang University", "BSc"),
        profile("d1", "Kafka researcher", "MIT", "Ph.D.")) + "\n");
    server = TestServer.start(data, dir.resolve("index"));
  }

  private static String profile(String id, String headline, String school, String degree) {
    return "{\"id\": \"" + id + "\", \"name\": \"Person " + id + "\", \"headline\": \"" + headline + "\", "
        + "\"experience\": [{\"company\": \"Acme\", \"title\": \"Engineer\", \"start\": \"2019-01\", \"end\": null, "
        + "\"description\": \"Kafka and Go services\"}], \"education\": [{\"school\": \"" + school + "\", "
        + "\"degree\": \"" + degree + "\"}]}";
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void degreeMasterInTheQueryFindsTheMastersOfBothLanguages() {
    TestServer.Response r = server.get("/api/search?q=" + enc("degree:master"));
    assertEquals(200, r.status(), r.body());
    assertEquals(List.of("m1", "m2"), sortedIds(r.json()));
  }

  @Test
  void theDegreeFilterNarrowsAndTheFacetCountsEveryLevelInOrder() {
    TestServer.Response r = server.get("/api/search?q=Kafka&degree=master&degree=doctorate");
    assertEquals(200, r.status(), r.body());
    JsonNode j = r.json();
    assertEquals(List.of("d1", "m1", "m2"), sortedIds(j));
    List<String> values = new ArrayList<>();
    j.get("facets").get("degree").forEach(v -> values.add(v.get("value").asText() + "=" + v.get("count").asInt()));
    assertEquals(List.of("bachelor=1", "master=2", "doctorate=1"), values, "every value of the filtered dimension");
    List<String> order = new ArrayList<>();
    j.get("facetOrder").forEach(d -> order.add(d.asText()));
    assertEquals(List.of("skills", "role", "level", "companies", "location", "years", "language", "degree"), order);
  }

  @Test
  void theProfileCarriesItsHighestDegree() {
    TestServer.Response r = server.get("/api/candidates/d1");
    assertEquals(200, r.status(), r.body());
    assertEquals("doctorate", r.json().get("highestDegree").asText());
  }

  @Test
  void anUnknownDegreeOrAMisspeltFilterIsAClear400() {
    TestServer.Response bad = server.get("/api/search?q=" + enc("degree:wizard"));
    assertEquals(400, bad.status(), bad.body());
    assertEquals("query_syntax", bad.json().get("error").asText());
    assertTrue(bad.json().get("message").asText().contains("bachelor, master"), bad.body());
    TestServer.Response typo = server.get("/api/search?q=Kafka&degre=master");
    assertEquals(400, typo.status(), typo.body());
    assertTrue(typo.json().get("message").asText().contains("did you mean \"degree\""), typo.body());
  }
}
