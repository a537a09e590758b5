package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint, declared through {@link Routes}, checks who is calling and which query parameters it got. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EndpointAccessTest {
  /** Every endpoint of the API with a request that would otherwise succeed or fail for another reason. */
  record Endpoint(String method, String path, Access access) {}

  static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("GET", "/api/search?q=go", Access.READER),
      new Endpoint("GET", "/api/suggest?prefix=ja", Access.READER),
      new Endpoint("POST", "/api/candidates", Access.ADMIN),
      new Endpoint("POST", "/api/candidates/_bulk", Access.ADMIN),
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

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

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
  void every_admin_endpoint_refuses_a_request_without_a_token_before_reading_its_parameters() {
    for (Endpoint e : ENDPOINTS) {
      if (e.access() == Access.ADMIN) {
        assertError(call(e, "sise=3", null), 401, "unauthorized");
      }
    }
  }
}
