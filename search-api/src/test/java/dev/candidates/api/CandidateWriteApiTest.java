package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static dev.candidates.api.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Adding, replacing and deleting candidates over HTTP, and every way a write can be wrong. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CandidateWriteApiTest extends ServerFixture.PerTest {
  private static final String JSON = "application/json";
  private static final String TEXT = "text/plain; charset=utf-8";


  private List<String> searchIds(String q) {
    Response r = server.get("/api/search?q=" + enc(q));
    assertEquals(200, r.status(), r.body());
    return r.json().findValuesAsText("id");
  }

  @Test
  void a_posted_resume_is_created_and_found_by_the_very_next_search() {
    Response r = server.post("/api/candidates", TEXT, Fixtures.newResume("赵云 Zhao Yun", "zhao.yun@example.cn"));
    assertEquals(201, r.status(), r.body());
    String id = r.json().get("id").asText();
    JsonNode profile = r.json().get("profile");
    assertEquals(id, profile.get("id").asText());
    assertTrue(profile.get("skills").toString().contains("Rust"), "enriched: " + profile);
    assertTrue(profile.has("skillYears") && profile.has("totalYears") && profile.has("updated"), profile.toString());
    assertTrue(searchIds("Rust").contains(id));
    assertEquals(200, server.get("/api/candidates/" + id).status());
    assertEquals(Fixtures.PROFILES + 1, server.profiles());
  }

  @Test
  void posting_the_same_resume_again_updates_it_instead_of_duplicating_it() {
    String resume = Fixtures.newResume("赵云 Zhao Yun", "zhao.yun@example.cn");
    Response first = server.post("/api/candidates", TEXT, resume);
    Response second = server.post("/api/candidates", TEXT, resume.replace("Rust、Go", "Rust、Go、Elixir"));
    assertEquals(201, first.status(), first.body());
    assertEquals(200, second.status(), second.body());
    assertEquals(first.json().get("id"), second.json().get("id"));
    assertEquals(Fixtures.PROFILES + 1, server.profiles());
    assertEquals(1, server.get("/api/search?q=" + enc("Zhao Yun")).json().get("total").asInt());
  }

  @Test
  void a_json_profile_is_created_with_its_own_id_and_replaced_by_put() {
    Response created = server.post("/api/candidates", "application/json; charset=UTF-8",
        Fixtures.profileJson("api-1", "Ada Lovelace", "Haskell"));
    assertEquals(201, created.status(), created.body());
    assertEquals("api-1", created.json().get("id").asText());
    assertTrue(searchIds("Haskell").contains("api-1"));

    Response replaced = server.put("/api/candidates/api-1", JSON, Fixtures.profileJson("other-id", "Ada Lovelace",
        "Erlang"));
    assertEquals(200, replaced.status(), replaced.body());
    assertEquals("api-1", replaced.json().get("id").asText(), "the path id wins");
    assertEquals("api-1", replaced.json().get("profile").get("id").asText());
    assertFalse(searchIds("Haskell").contains("api-1"));
    assertTrue(searchIds("Erlang").contains("api-1"));
    assertEquals(404, server.get("/api/candidates/other-id").status());

    Response putNew = server.put("/api/candidates/api-2", TEXT, Fixtures.newResume("钱七", "qian.qi@example.cn"));
    assertEquals(201, putNew.status(), putNew.body());
    assertEquals("api-2", putNew.json().get("id").asText());
    assertEquals(Fixtures.PROFILES + 2, server.profiles());
  }

  @Test
  void a_deleted_candidate_is_gone_from_the_next_search_and_deleting_again_is_404() {
    assertTrue(searchIds("React").contains(Fixtures.FRONTEND_ID));
    Response r = server.delete("/api/candidates/" + Fixtures.FRONTEND_ID);
    assertEquals(204, r.status(), r.body());
    assertFalse(searchIds("React").contains(Fixtures.FRONTEND_ID));
    assertError(server.get("/api/candidates/" + Fixtures.FRONTEND_ID), 404, "not_found");
    assertError(server.delete("/api/candidates/" + Fixtures.FRONTEND_ID), 404, "not_found");
    assertEquals(Fixtures.PROFILES - 1, server.profiles());
  }

  @Test
  void api_writes_are_kept_beside_the_index_for_rebuilds() throws Exception {
    server.post("/api/candidates", JSON, Fixtures.profileJson("api-kept", "Grace Hopper", "COBOL"));
    server.delete("/api/candidates/" + Fixtures.DATA_ENGINEER_ID);
    try (var added = Files.list(server.store.addedDir())) {
      assertEquals(1, added.count());
    }
    try (var deleted = Files.list(server.store.deletedDir())) {
      assertEquals(1, deleted.count());
    }
  }

  @Test
  void a_bulk_upload_reports_each_line_and_writes_the_good_ones() {
    String body = String.join("\n",
        Fixtures.profileJson("bulk-1", "Alan Turing", "Lisp").replace("\n", " "),
        "",
        "{\"name\": \"broken\",",
        Fixtures.profileJson("bulk-2", "周杰", "Scala").replace("\n", " "),
        "{\"name\": \"Typo\", \"skilz\": [\"Go\"]}",
        "{\"name\": 1, \"skills\": \"Go\"}",
        "[1, 2]",
        Fixtures.profileJson(Fixtures.GO_ENGLISH_ID, "Daniel Mercer", "Go").replace("\n", " "),
        Fixtures.profileJson("bulk-1", "Alan Turing", "Prolog").replace("\n", " "),
        "{\"name\": \"Bad date\", \"experience\": [{\"start\": \"2020-13\"}]}",
        "");
    Response r = server.post("/api/candidates/_bulk", "application/x-ndjson", body);
    assertEquals(200, r.status(), r.body());
    JsonNode j = r.json();
    assertTrue(j.get("errors").asBoolean(), r.body());
    JsonNode results = j.get("items");
    int[][] expected = {{1, 201}, {3, 400}, {4, 201}, {5, 400}, {6, 400}, {7, 400}, {8, 200}, {9, 200}, {10, 400}};
    assertEquals(expected.length, results.size(), r.body());
    for (int i = 0; i < expected.length; i++) {
      JsonNode line = results.get(i);
      assertEquals(expected[i][0], line.get("line").asInt(), line.toString());
      assertEquals(expected[i][1], line.get("status").asInt(), line.toString());
      assertTrue(line.has("id"), line.toString());
      if (expected[i][1] == 400) {
        assertFalse(line.get("error").asText().isBlank(), line.toString());
      } else {
        assertFalse(line.has("error"), line.toString());
      }
    }
    assertEquals("bulk-1", results.get(0).get("id").asText());
    assertTrue(results.get(3).get("error").asText().contains("skilz"), results.get(3).toString());
    assertEquals(Fixtures.PROFILES + 2, server.profiles());
    assertTrue(searchIds("Prolog").contains("bulk-1"), "the later line wins");
    assertFalse(searchIds("Lisp").contains("bulk-1"));
    assertTrue(searchIds("Scala").contains("bulk-2"));

    for (String type : List.of("application/jsonl", "text/plain")) {
      Response again = server.post("/api/candidates/_bulk", type,
          Fixtures.profileJson("bulk-3", "Ken Thompson", "C").replace("\n", " "));
      assertEquals(200, again.status(), again.body());
      assertFalse(again.json().get("errors").asBoolean(), again.body());
    }
    assertEquals(Fixtures.PROFILES + 3, server.profiles());
  }

  @Test
  void writes_without_a_token_are_401_and_with_a_wrong_token_403() {
    byte[] body = Fixtures.profileJson("sneaky", "Mallory", "Go").getBytes(StandardCharsets.UTF_8);
    for (String[] call : new String[][] {{"POST", "/api/candidates"}, {"PUT", "/api/candidates/sneaky"},
        {"DELETE", "/api/candidates/" + Fixtures.GO_ENGLISH_ID}, {"POST", "/api/candidates/_bulk"},
        {"POST", "/api/reindex"}}) {
      Response none = server.send(call[0], call[1], JSON, body, null);
      assertError(none, 401, "unauthorized");
      assertEquals("Bearer", none.header("WWW-Authenticate"));
      assertError(server.send(call[0], call[1], JSON, body, "wrong-token"), 403, "forbidden");
      assertError(server.send(call[0], call[1], JSON, body, TestServer.TOKEN + "x"), 403, "forbidden");
    }
    Response basic = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/candidates"))
        .header("Authorization", "Basic dXNlcjpwYXNz").header("Content-Type", JSON)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
    assertError(basic, 401, "unauthorized");
    assertEquals(404, server.get("/api/candidates/sneaky").status());
    assertEquals("idle", server.get("/api/reindex").json().get("state").asText());
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  /** A body the API must refuse: what it is, how it is sent, and the answer it must get. */
  record Bad(String what, String contentType, byte[] body, int status, String code, String mentions) {
    @Override
    public String toString() {
      return what + " → " + status + " " + code;
    }
  }

  static List<Bad> badBodies() {
    byte[] invalidUtf8 = {'J', 'o', 'h', 'n', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, '\n'};
    return List.of(
        new Bad("malformed JSON", JSON, utf8("{\"name\": \"x\", "), 400, "malformed_json", "line 1"),
        new Bad("JSON with trailing text", JSON, utf8("{\"name\": \"x\"} trailing"), 400, "malformed_json", "JSON"),
        new Bad("plain text sent as JSON", JSON, utf8("not json at all"), 400, "malformed_json", "JSON"),
        new Bad("a string where a list belongs", JSON, utf8("{\"name\": \"x\", \"skills\": \"Go\"}"), 400,
            "invalid_profile", "skills"),
        new Bad("an object where a list belongs", JSON, utf8("{\"name\": \"x\", \"experience\": {\"company\": 1}}"),
            400, "invalid_profile", "experience"),
        new Bad("an unknown field", JSON, utf8("{\"name\": \"x\", \"favouriteColour\": \"blue\"}"), 400,
            "invalid_profile", "favouriteColour"),
        new Bad("a date that is not YYYY-MM", JSON, utf8("{\"name\": \"x\", \"experience\": [{\"start\": \"last "
            + "year\"}]}"), 400, "invalid_profile", "YYYY-MM"),
        new Bad("a JSON array", JSON, utf8("[{\"name\": \"x\"}]"), 400, "invalid_profile", "object"),
        new Bad("an empty profile", JSON, utf8("{}"), 400, "invalid_profile", "empty"),
        new Bad("an id with a slash", JSON, utf8("{\"id\": \"a/b\", \"name\": \"x\"}"), 400, "invalid_profile", "id"),
        new Bad("an empty JSON body", JSON, new byte[0], 400, "empty_body", "empty"),
        new Bad("an empty text body", TEXT, new byte[0], 400, "empty_body", "empty"),
        new Bad("a body of white space", TEXT, utf8("  \n\t "), 400, "empty_body", "empty"),
        new Bad("invalid UTF-8 text", TEXT, invalidUtf8, 400, "invalid_utf8", "UTF-8"),
        new Bad("invalid UTF-8 JSON", JSON, invalidUtf8, 400, "invalid_utf8", "UTF-8"),
        new Bad("a binary file", TEXT, utf8("PK\u0003\u0004\u0000\u0000binary"), 400, "binary_body", "text"),
        new Bad("XML", "application/xml", utf8("<profile/>"), 415, "unsupported_media_type", "application/json"),
        new Bad("no Content-Type", null, utf8("{\"name\": \"x\"}"), 415, "unsupported_media_type",
            "application/json"),
        new Bad("a charset other than UTF-8", "text/plain; charset=iso-8859-1", utf8("Name"), 415,
            "unsupported_media_type", "UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void a_bad_body_is_refused_with_a_clear_error_and_the_index_is_unchanged(Bad bad) {
    for (String[] call : new String[][] {{"POST", "/api/candidates"}, {"PUT", "/api/candidates/bad-1"}}) {
      Response r = server.send(call[0], call[1], bad.contentType(), bad.body(), TestServer.TOKEN);
      JsonNode e = assertError(r, bad.status(), bad.code());
      assertTrue(e.get("message").asText().contains(bad.mentions()), call[0] + ": " + e);
    }
    assertEquals(404, server.get("/api/candidates/bad-1").status());
    assertEquals(Fixtures.PROFILES, server.profiles());
    assertNull(server.store.addedDir().toFile().list(), "nothing archived");
  }

  @Test
  void bad_bulk_bodies_and_unknown_parameters_are_refused_and_the_index_is_unchanged() {
    assertError(server.post("/api/candidates/_bulk", JSON, "{}"), 415, "unsupported_media_type");
    assertError(server.post("/api/candidates/_bulk", "application/x-ndjson", "\n\n"), 400, "empty_body");
    assertError(server.send("POST", "/api/candidates/_bulk", "application/x-ndjson",
        new byte[] {'{', (byte) 0xFF, '}'}, TestServer.TOKEN), 400, "invalid_utf8");
    assertError(server.post("/api/candidates?dryRun=true", JSON, "{\"name\": \"x\"}"), 400, "unknown_parameter");
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  @Test
  void a_body_over_ten_megabytes_is_413_whether_or_not_its_length_is_declared() {
    byte[] big = new byte[(int) Limits.DEFAULT.maxBodyBytes() + 1024];
    Arrays.fill(big, (byte) 'a');
    assertError(server.send("POST", "/api/candidates", TEXT, big, TestServer.TOKEN), 413, "body_too_large");
    assertError(server.send("POST", "/api/candidates/_bulk", "application/x-ndjson", big, TestServer.TOKEN), 413,
        "body_too_large");
    // a streamed body has no Content-Length: the limit applies while reading
    Response chunked = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/candidates"))
        .header("Content-Type", TEXT).header("Authorization", "Bearer " + TestServer.TOKEN)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
    assertError(chunked, 413, "body_too_large");
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
