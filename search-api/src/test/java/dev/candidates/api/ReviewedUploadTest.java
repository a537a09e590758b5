package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parse without saving, save a reviewed upload, and what happens to the original file when a candidate is
 * replaced or deleted: over real HTTP, on a real index.
 */
class ReviewedUploadTest extends ServerFixture.PerTest {
  static final String HTML = "<html><body><h1>Oskar Lindqvist</h1>"
      + "<p>Platform Engineer | Stockholm | oskar.lindqvist@example.se</p>"
      + "<h2>Experience</h2><p>Nordlys AB | Platform Engineer | 2018.02 - Present</p>"
      + "<p>Runs Kubernetes and Terraform for forty teams.</p></body></html>";
  static final String BOUNDARY = "----candidates-review";

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void closeTheClient() {
    http.close(); // before the server stops (the fixture's own @AfterEach runs after this one)
  }

  static byte[] form(byte[] file, String profileJson) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"oskar-cv.html\""
        + "\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(file);
    if (profileJson != null) {
      b.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"profile\"\r\n"
          + "Content-Type: application/json\r\n\r\n" + profileJson).getBytes(StandardCharsets.UTF_8));
    }
    b.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  Response sendForm(String method, String path, byte[] body) {
    return server.send(method, path, "multipart/form-data; boundary=" + BOUNDARY, body, TestServer.TOKEN);
  }

  byte[] download(String id) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.uri("/api/candidates/" + id + "/file"))
        .header("Authorization", "Bearer " + TestServer.TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    return r.statusCode() == 200 ? r.body() : null;
  }

  List<Path> keptFiles() throws IOException {
    Path files = server.store.root().resolve("files");
    if (!Files.isDirectory(files)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(files)) {
      return s.toList();
    }
  }

  @Test
  void parse_answers_the_profile_its_warnings_and_text_and_indexes_nothing() throws Exception {
    for (Response r : List.of(
        server.post("/api/candidates/_parse", "text/html", HTML),
        sendForm("POST", "/api/candidates/_parse", form(HTML.getBytes(StandardCharsets.UTF_8), null)),
        server.post("/api/candidates/_parse", "text/plain", Fixtures.newResume("孙悟空", "wukong@example.cn")),
        server.post("/api/candidates/_parse", "application/json", Fixtures.profileJson("p-1", "Ada", "Go")))) {
      assertEquals(200, r.status(), r.body());
      JsonNode j = r.json();
      assertTrue(j.get("profile").has("id") && j.get("profile").has("skills"), r.body());
      assertTrue(j.get("warnings").isArray(), r.body());
      assertTrue(j.has("text"), r.body());
    }
    JsonNode html = server.post("/api/candidates/_parse", "text/html", HTML).json();
    assertEquals("Oskar Lindqvist", html.get("profile").get("name").asText());
    assertTrue(html.get("text").asText().contains("Nordlys AB"), html.toString());
    assertEquals(Fixtures.PROFILES, server.profiles(), "nothing indexed");
    assertEquals(List.of(), keptFiles(), "nothing kept");
    assertError(server.post("/api/candidates/_parse", "application/json", "{\"skilz\": []}"), 400,
        "invalid_profile");
    assertError(server.send("POST", "/api/candidates/_parse", "text/plain", HTML.getBytes(StandardCharsets.UTF_8),
        null), 401, "unauthorized");
  }

  /** A JSON Resume without a name and with two undated jobs. */
  private static final String UNDATED_JOBS =
      "{\"basics\": {\"email\": \"nemo@example.com\"}, \"work\": [{\"name\": \"Acme\"}, {\"name\": \"Beta\"}]}";

  @Test
  void warnings_come_with_their_codes_and_values_beside_the_sentences() {
    for (Response r : List.of(
        server.post("/api/candidates/_parse", "application/json", UNDATED_JOBS),
        server.post("/api/candidates", "application/json", UNDATED_JOBS))) {
      assertTrue(r.status() == 200 || r.status() == 201, r.body());
      JsonNode j = r.json();
      JsonNode details = j.get("warningDetails");
      assertEquals(j.get("warnings").size(), details.size(), r.body());
      for (int i = 0; i < details.size(); i++) {
        assertEquals(j.get("warnings").get(i).asText(), details.get(i).get("message").asText(), r.body());
        assertFalse(details.get(i).get("code").asText().equals("other"), r.body());
      }
      assertEquals("name_missing", details.get(0).get("code").asText(), r.body());
      JsonNode undated = null;
      for (JsonNode d : details) {
        undated = d.get("code").asText().equals("jobs_undated") ? d : undated;
      }
      assertEquals("2", undated.at("/params/count").asText(), r.body());
    }
  }

  @Test
  void a_created_candidate_answers_201_with_its_id_and_warnings() {
    Response r = server.post("/api/candidates", "text/plain", Fixtures.newResume("猪八戒", "bajie@example.cn"));
    assertEquals(201, r.status(), r.body());
    assertFalse(r.json().get("id").asText().isBlank(), r.body());
    assertTrue(r.json().get("warnings").isArray(), r.body());
  }

  @Test
  void a_reviewed_upload_indexes_the_corrected_profile_and_keeps_the_original_file() throws Exception {
    String corrected = """
        {"id": "oskar", "name": "Oskar Lindqvist", "headline": "Staff Platform Engineer",
         "skills": ["Kubernetes", "Terraform", "Elixir"]}""";
    byte[] file = HTML.getBytes(StandardCharsets.UTF_8);
    Response r = sendForm("POST", "/api/candidates", form(file, corrected));
    assertEquals(201, r.status(), r.body());
    assertEquals("oskar", r.json().get("id").asText());
    assertEquals("/api/candidates/oskar/file", r.json().get("file").asText());
    assertEquals("Staff Platform Engineer", server.get("/api/candidates/oskar").json().get("headline").asText());
    assertTrue(server.get("/api/search?q=Elixir").json().findValuesAsText("id").contains("oskar"),
        "the corrected skills are searchable");
    assertArrayEquals(file, download("oskar"));

    Response put = sendForm("PUT", "/api/candidates/oskar", form(file, corrected.replace("Elixir", "Erlang")));
    assertEquals(200, put.status(), put.body());
    assertTrue(server.get("/api/search?q=Erlang").json().findValuesAsText("id").contains("oskar"));
    assertArrayEquals(file, download("oskar"));
    assertEquals(2, keptFiles().size(), "one file and its description: " + keptFiles());
  }

  @Test
  void a_put_without_a_file_stops_serving_the_old_one_unless_it_keeps_it_deliberately() throws Exception {
    Response up = server.post("/api/candidates", "text/html", HTML);
    assertEquals(201, up.status(), up.body());
    String id = up.json().get("id").asText();
    assertArrayEquals(HTML.getBytes(StandardCharsets.UTF_8), download(id));

    Response kept = server.put("/api/candidates/" + id + "?keepFile=true", "application/json",
        Fixtures.profileJson(id, "Oskar Lindqvist", "Terraform"));
    assertEquals(200, kept.status(), kept.body());
    assertArrayEquals(HTML.getBytes(StandardCharsets.UTF_8), download(id), "kept deliberately");

    Response replaced = server.put("/api/candidates/" + id, "application/json",
        Fixtures.profileJson(id, "Oskar Lindqvist", "Ansible"));
    assertEquals(200, replaced.status(), replaced.body());
    assertError(server.get("/api/candidates/" + id + "/file"), 404, "not_found");
    assertEquals(List.of(), keptFiles(), "the old file is gone from the disk too");
  }

  @Test
  void deleting_a_candidate_removes_its_profile_original_file_and_archive_entry() throws Exception {
    Response up = server.post("/api/candidates", "text/html", HTML);
    String id = up.json().get("id").asText();
    assertEquals(2, keptFiles().size());
    try (Stream<Path> added = Files.list(server.store.addedDir())) {
      assertEquals(1, added.count());
    }
    assertEquals(204, server.delete("/api/candidates/" + id).status());
    assertError(server.get("/api/candidates/" + id), 404, "not_found");
    assertError(server.get("/api/candidates/" + id + "/file"), 404, "not_found");
    assertEquals(List.of(), keptFiles());
    try (Stream<Path> added = Files.list(server.store.addedDir())) {
      assertEquals(0, added.count(), "no archived copy of the profile");
    }
  }
}
