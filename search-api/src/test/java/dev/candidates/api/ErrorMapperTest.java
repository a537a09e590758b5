package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import dev.candidates.search.InvalidRequestException;
import dev.candidates.search.QuerySyntaxException;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The error mapping on a real Javalin server whose routes fail in each way a handler can: client mistakes keep
 * their status and message, anything unexpected is a JSON 500 that gives nothing away.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorMapperTest {
  private static final String SECRET = "/home/secret/index at dev.candidates.Internal.method(Internal.java:42)";
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.before(SecurityHeaders::apply);
      ErrorMapper.register(config, Limits.DEFAULT);
      config.routes.get("/runtime", ctx -> {
        throw new IllegalStateException(SECRET);
      });
      config.routes.get("/io", ctx -> {
        throw new IOException(SECRET);
      });
      config.routes.get("/error", ctx -> {
        throw new StackOverflowError(SECRET);
      });
      config.routes.get("/query", ctx -> {
        throw new QuerySyntaxException("unbalanced quotes");
      });
      config.routes.get("/request", ctx -> {
        throw new InvalidRequestException("size must be between 1 and 100");
      });
      config.routes.get("/profile", ctx -> {
        throw new InvalidProfileException("unknown field \"x\"");
      });
      config.routes.get("/javalin", ctx -> {
        throw new BadRequestResponse("bad");
      });
      config.routes.get("/jetty", ctx -> {
        throw new HttpException.RuntimeException(400, "Too many form keys");
      });
    }).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    HTTP.close();
    app.stop();
  }

  private static Response get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.body(), r.headers());
  }

  @Test
  void an_unexpected_exception_is_a_json_500_without_internals() throws Exception {
    for (String path : new String[] {"/runtime", "/io", "/error"}) {
      Response r = get(path);
      JsonNode e = assertError(r, 500, "internal_error");
      assertEquals(ErrorMapper.INTERNAL_MESSAGE, e.get("message").asText());
      assertFalse(r.body().contains("secret"), r.body());
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }
  }

  @Test
  void client_mistakes_keep_their_status_and_message() throws Exception {
    assertEquals("unbalanced quotes", assertError(get("/query"), 400, "query_syntax").get("message").asText());
    assertError(get("/request"), 400, "invalid_request");
    assertError(get("/profile"), 400, "invalid_profile");
    assertError(get("/javalin"), 400, "bad_request");
    assertError(get("/jetty"), 400, "bad_request");
    assertError(get("/missing"), 404, "not_found");
  }
}
