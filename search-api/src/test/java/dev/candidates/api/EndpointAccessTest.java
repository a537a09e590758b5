package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, declared through {@link Routes}, checks who is calling (no token 401, a reader on a write 403,
 * health open) and which query parameters it got.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EndpointAccessTest extends ServerFixture.PerClass {
  /** Every endpoint of the API with a request that would otherwise succeed or fail for another reason. */
  record Endpoint(String method, String path, Access access) {}

  static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("GET", "/api/search?q=go", Access.READER),
      new Endpoint("GET", "/api/suggest?prefix=ja", Access.READER),
      new Endpoint("POST", "/api/candidates", Access.ADMIN),
      new Endpoint("POST", "/api/candidates/_bulk", Access.ADMIN),
      new Endpoint("POST", "/api/candidates/_parse", Access.ADMIN),
      new Endpoint("GET", "/api/candidates/" + Fixtures.GO_ENGLISH_ID, Access.READER),
      new Endpoint("PUT", "/api/candidates/" + Fixtures.GO_ENGLISH_ID, Access.ADMIN),
      new Endpoint("DELETE", "/api/candidates/no-such-id", Access.ADMIN),
      new Endpoint("GET", "/api/candidates/" + Fixtures.GO_ENGLISH_ID + "/similar", Access.READER),
      new Endpoint("GET", "/api/candidates/" + Fixtures.GO_ENGLISH_ID + "/file", Access.READER),
      new Endpoint("POST", "/api/reindex", Access.ADMIN),
      new Endpoint("GET", "/api/reindex", Access.READER),
      new Endpoint("GET", "/api/health", Access.OPEN),
      new Endpoint("GET", "/api/stats", Access.READER),
      new Endpoint("GET", "/api/openapi.json", Access.READER));

  private static TestServer.Response call(Endpoint e, String extraQuery, String token) {
    String sep = e.path().contains("?") ? "&" : "?";
    String path = extraQuery == null ? e.path() : e.path() + sep + extraQuery;
    byte[] body = e.method().equals("GET") || e.method().equals("DELETE") ? null
        : "{\"name\": \"Nobody\"}".getBytes(StandardCharsets.UTF_8);
    return server.send(e.method(), path, body == null ? null : "application/json", body, token);
  }

  @Test
  void an_unknown_parameter_is_refused_on_every_endpoint_with_what_it_takes() {
    for (Endpoint e : ENDPOINTS) {
      var j = assertError(call(e, "sise=3", TestServer.TOKEN), 400, "unknown_parameter");
      assertTrue(j.get("message").asText().contains("\"sise\""), e + ": " + j);
    }
  }

  @Test
  void every_endpoint_but_health_refuses_a_request_without_a_token_before_reading_its_parameters() {
    for (Endpoint e : ENDPOINTS) {
      if (e.access() != Access.OPEN) {
        TestServer.Response r = call(e, "sise=3", null);
        assertError(r, 401, "unauthorized");
        assertEquals("Bearer", r.header("WWW-Authenticate"), e.toString());
      }
    }
  }

  @Test
  void health_is_open_to_anyone() {
    TestServer.Response r = server.get("/api/health", null);
    assertEquals(200, r.status(), r.body());
    assertEquals("ok", r.json().get("status").asText());
  }

  @Test
  void a_reader_token_reads_everything_an_admin_reads() {
    for (Endpoint e : ENDPOINTS) {
      if (e.access() == Access.READER) {
        TestServer.Response asReader = call(e, null, TestServer.READ_TOKEN);
        TestServer.Response asAdmin = call(e, null, TestServer.TOKEN);
        assertEquals(asAdmin.status(), asReader.status(), e + ": " + asReader.body());
        assertTrue(asReader.status() == 200 || e.path().endsWith("/file"), e + ": " + asReader.body());
      }
    }
    assertEquals(200, server.get("/api/search?q=" + TestServer.enc("Go Kafka"), TestServer.READ_TOKEN).status());
  }

  @Test
  void a_reader_token_on_a_write_is_403_and_changes_nothing() {
    for (Endpoint e : ENDPOINTS) {
      if (e.access() == Access.ADMIN) {
        var j = assertError(call(e, null, TestServer.READ_TOKEN), 403, "forbidden");
        assertTrue(j.get("message").asText().contains("admin token"), e + ": " + j);
      }
    }
    assertEquals(Fixtures.PROFILES, server.profiles());
    assertEquals("idle", server.get("/api/reindex").json().get("state").asText());
  }

  @Test
  void an_admin_token_writes() {
    TestServer.Response created = server.send("POST", "/api/candidates", "application/json",
        Fixtures.profileJson("access-1", "Ada Access", "Go").getBytes(StandardCharsets.UTF_8), TestServer.TOKEN);
    assertEquals(201, created.status(), created.body());
    TestServer.Response replaced = server.send("PUT", "/api/candidates/access-1", "application/json",
        Fixtures.profileJson("access-1", "Ada Access", "Rust").getBytes(StandardCharsets.UTF_8), TestServer.TOKEN);
    assertEquals(200, replaced.status(), replaced.body());
    assertEquals(204, server.delete("/api/candidates/access-1").status());
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  @Test
  void a_named_user_from_the_tokens_file_counts_at_once_with_their_role_and_the_file_keeps_only_a_digest()
      throws Exception {
    TokensFile users = TokensFile.of(server.store.root());
    String alice = users.add("alice", Role.READER);
    String bob = users.add("bob", Role.ADMIN);
    try {
      assertEquals(200, server.get("/api/search?q=go", alice).status());
      assertError(server.send("DELETE", "/api/candidates/no-such-id", null, null, alice), 403, "forbidden");
      assertEquals(404, server.send("DELETE", "/api/candidates/no-such-id", null, null, bob).status());

      String file = Files.readString(users.path(), StandardCharsets.UTF_8);
      assertFalse(file.contains(alice) || file.contains(bob), "no token in the file: " + file);
      assertTrue(file.contains(TokenDigest.hex(TokenDigest.sha256(alice))), file);
      assertTrue(file.contains("alice\treader\t") && file.contains("bob\tadmin\t"), file);
      assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
          Files.getPosixFilePermissions(users.path()));

      assertTrue(users.remove("alice"));
      assertError(server.get("/api/search?q=go", alice), 403, "forbidden");
    } finally {
      users.remove("alice");
      users.remove("bob");
    }
  }

  @Test
  void a_wrong_or_malformed_token_is_refused_on_reads_too() {
    assertError(server.get("/api/search?q=go", "wrong-token"), 403, "forbidden");
    assertError(server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID, TestServer.READ_TOKEN + "x"), 403,
        "forbidden");
    TestServer.Response basic = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/search?q=go"))
        .header("Authorization", "Basic dXNlcjpwYXNz").GET());
    assertError(basic, 401, "unauthorized");
  }
}
