package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.api.TestServer.Response;
import dev.candidates.extract.MediaTypes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The audit log over real HTTP (who read or changed whom, {@code ./candidates audit --id}), {@code no-store} on
 * personal data, and the HTTP layer's clean 4xx for malformed requests, in the product's words.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditAndCleanErrorsTest extends ServerFixture.PerClass {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path auditFile() {
    return server.store.root().resolve(AuditLog.FILE);
  }

  /** The audit lines written while {@code action} ran. */
  private static List<JsonNode> linesDuring(Runnable action) throws IOException {
    int before = Files.exists(auditFile()) ? Files.readAllLines(auditFile(), StandardCharsets.UTF_8).size() : 0;
    action.run();
    List<String> all = Files.exists(auditFile()) ? Files.readAllLines(auditFile(), StandardCharsets.UTF_8)
        : List.of();
    List<JsonNode> out = new ArrayList<>();
    for (String l : all.subList(before, all.size())) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  private static List<String> ids(JsonNode line) {
    List<String> ids = new ArrayList<>();
    line.get("ids").forEach(i -> ids.add(i.asText()));
    return ids;
  }

  @Test
  void reading_a_profile_or_its_file_leaves_one_line_with_who_what_whom_when_and_from_where() throws IOException {
    List<JsonNode> lines = linesDuring(() -> assertEquals(200,
        server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID, TestServer.READ_TOKEN).status()));
    assertEquals(1, lines.size(), lines::toString);
    JsonNode l = lines.get(0);
    assertEquals("reader", l.get("user").asText());
    assertEquals("read", l.get("action").asText());
    assertEquals(List.of(Fixtures.GO_ENGLISH_ID), ids(l));
    assertEquals("127.0.0.1", l.get("client").asText());
    assertTrue(l.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), l.toString());
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(auditFile()));

    assertTrue(linesDuring(() -> assertEquals(404, server.get("/api/candidates/nobody-here").status())).isEmpty(),
        "a failed read shows no one");
  }

  @Test
  void a_search_is_logged_with_the_ids_it_showed_and_only_when_it_showed_someone() throws IOException {
    List<JsonNode> lines = linesDuring(() -> {
      Response r = server.get("/api/search?q=" + TestServer.enc("Go Kafka"), TestServer.READ_TOKEN);
      assertEquals(200, r.status(), r.body());
      assertTrue(r.body().contains(Fixtures.GO_ENGLISH_ID));
    });
    assertEquals(1, lines.size(), lines::toString);
    assertEquals("search", lines.get(0).get("action").asText());
    assertTrue(ids(lines.get(0)).contains(Fixtures.GO_ENGLISH_ID), lines.toString());
    assertTrue(linesDuring(() -> assertEquals(0, server.get("/api/search?q=zzzqqqxxx").json().get("total").asInt()))
        .isEmpty());
    assertTrue(linesDuring(() -> server.get("/api/stats")).isEmpty(), "no personal data in stats");
  }

  @Test
  void writes_are_logged_and_audit_lists_who_saw_or_changed_a_candidate() throws IOException {
    String json = Fixtures.profileJson("audit-1", "Audrey Auditee", "Go");
    assertEquals(201, server.post("/api/candidates", "application/json", json).status());
    assertEquals(200, server.get("/api/candidates/audit-1", TestServer.READ_TOKEN).status());
    assertEquals(200, server.put("/api/candidates/audit-1", "application/json", json).status());
    assertEquals(204, server.delete("/api/candidates/audit-1").status());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = dev.candidates.Main.run(new String[] {"audit", "--id", "audit-1", "--index",
        server.store.root().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(4, rows.size(), rows::toString);
    List<String> what = rows.stream().map(r -> Arrays.stream(r.split("\\s+")).skip(1).limit(2)
        .reduce((a, b) -> a + " " + b).orElse("")).toList();
    assertEquals(List.of("admin write", "reader read", "admin write", "admin delete"), what);
    assertTrue(rows.get(0).endsWith("127.0.0.1"), rows.get(0));
  }

  @Test
  void responses_with_personal_data_are_not_to_be_cached_and_health_may_be() {
    assertEquals("no-store", server.get("/api/search?q=go").header("Cache-Control"));
    assertEquals("no-store", server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID).header("Cache-Control"));
    assertEquals("no-store", server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID + "/similar")
        .header("Cache-Control"));
    assertNull(server.get("/api/health").header("Cache-Control"));
  }

  @Test
  void a_malformed_percent_escape_is_a_400_instead_of_a_search_for_everyone() {
    var j = assertError(rawGet("/api/search?q=%ZZ"), 400, "invalid_query_string");
    assertTrue(j.get("message").asText().contains("%ZZ"), j.toString());
    assertError(rawGet("/api/search?q=go%2"), 400, "invalid_query_string");
    assertError(rawGet("/api/search?q=%FF%FE"), 400, "invalid_query_string");
    assertError(rawGet("/api/suggest?prefix=%G1"), 400, "invalid_query_string");
    assertEquals(200, server.get("/api/search?q=" + TestServer.enc("100% Go 上海")).status(), "well-formed escapes");
  }

  @Test
  void a_content_type_that_is_not_a_media_type_is_refused_cleanly() {
    byte[] body = Fixtures.profileJson("ct-1", "Cee Tee", "Go").getBytes(StandardCharsets.UTF_8);
    for (String type : List.of(";;;", ";", "/", "text/", "multipart/", "a/b/c; ;=;")) {
      Response r = sendAlone(type, body);
      assertTrue(r.status() == 415 || r.status() == 400, type + ": " + r.status() + " " + r.body());
      assertError(r, r.status(), r.status() == 415 ? "unsupported_media_type" : r.json().get("error").asText());
    }
    assertEquals(404, server.get("/api/candidates/ct-1").status());
  }

  @Test
  void a_malformed_multipart_body_is_a_400_that_says_how_to_send_the_file() {
    byte[] garbage = "this is not a multipart body".getBytes(StandardCharsets.UTF_8);
    for (String type : List.of("multipart/form-data; boundary=xyz", "multipart/form-data",
        "multipart/form-data; boundary=")) {
      Response r = sendAlone(type, garbage);
      var j = assertError(r, 400, r.json().get("error").asText());
      assertTrue(j.get("message").asText().contains("\"file\""), type + ": " + j);
    }
    byte[] truncated = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 and then nothing").getBytes(StandardCharsets.UTF_8);
    Response r = sendAlone("multipart/form-data; boundary=xyz", truncated);
    assertError(r, 400, r.json().get("error").asText());
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  @Test
  void messages_name_no_java_types_or_exceptions() {
    List<Response> answers = List.of(
        server.post("/api/candidates", "application/json", "{\"name\": {\"first\": \"Ada\"}}"),
        server.post("/api/candidates", "application/json", "{\"name\": \"Ada\", \"skills\": \"Go\"}"),
        server.post("/api/candidates", "application/json", "{\"name\": \"Ada\", \"experience\": [1]}"),
        server.post("/api/candidates", "application/json", "[1, 2]"),
        server.send("POST", "/api/candidates", MediaTypes.DOCX, brokenDocx(), TestServer.TOKEN));
    for (Response r : answers) {
      assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
      String message = r.json().get("message").asText();
      assertFalse(message.matches("(?s).*\\b(java|javax|org|com|io)\\.[a-z]+\\..*"), message);
      assertFalse(message.matches("(?s).*[A-Za-z]+(Exception|Error)\\b.*"), message);
      assertFalse(message.contains("`"), message);
    }
  }

  /**
   * A POST on a connection of its own: the server may close a connection after refusing a body it did not read,
   * and a pooled connection closed that way fails the next request before it is sent.
   */
  private static Response sendAlone(String contentType, byte[] body) {
    try (java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1).build()) {
      var r = http.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/candidates"))
          .header("Content-Type", contentType).header("Authorization", "Bearer " + TestServer.TOKEN)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET written by hand: Java's HTTP client refuses to send a malformed URL. */
  private static Response rawGet(String pathAndQuery) {
    try (Socket s = new Socket("127.0.0.1", server.app.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
          + TestServer.TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(answer.substring(9, 12));
      String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
      String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line : head.lines().skip(1).toList()) {
        int colon = line.indexOf(':');
        headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
      if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
        body = unchunk(body);
      }
      return new Response(status, body, java.net.http.HttpHeaders.of(headers, (a, b) -> true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (true) {
      int eol = chunked.indexOf("\r\n", i);
      int size = Integer.parseInt(chunked.substring(i, eol).strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(chunked, eol + 2, eol + 2 + size);
      i = eol + 2 + size + 2;
    }
  }

  /** A Word file whose document part stops in the middle of its XML. */
  static byte[] brokenDocx() {
    byte[] whole = FileUploadTest.docx("Ada Lovelace\nAnalyst\nExperience\nBabbage & Co | Analyst | 2019 - 2021");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(whole));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          content = Arrays.copyOf(content, content.length / 2);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
