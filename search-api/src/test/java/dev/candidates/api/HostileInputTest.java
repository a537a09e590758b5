package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import dev.candidates.extract.BoundedWorkers;
import dev.candidates.extract.MediaTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Résumés built to cost the server (issue 14), over real HTTP against the real server: each is answered with a 4xx,
 * or a 201 when it is a real résumé with a long line, no worker is left busy with it, and a normal upload right after
 * is indexed. The timeouts only guard against a hang; nothing here measures time.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest extends ServerFixture.PerTest {

  Response upload(String contentType, byte[] body) {
    return server.send("POST", "/api/candidates", contentType, body, TestServer.TOKEN);
  }

  /** Every extraction worker is free again, and a plain résumé posted now is parsed and indexed. */
  void assertTheServerIsFreeAndANormalUploadWorks(String name) throws InterruptedException {
    BoundedWorkers workers = TestServer.env().reader().extractor().workers();
    while (workers.busy() > 0) {
      Thread.sleep(20); // a stopped job ends at its next check; the class timeout guards a hang
    }
    Response r = server.post("/api/candidates", "text/plain; charset=utf-8",
        Fixtures.newResume(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com"));
    assertEquals(201, r.status(), r.body());
    assertEquals(name, r.json().get("profile").get("name").asText());
  }

  @ParameterizedTest(name = "a token of {0} chars")
  @ValueSource(ints = {20_000, 80_000, 1_000_000})
  void a_real_resume_with_one_huge_token_on_line_two_is_indexed(int length) throws Exception {
    String resume = Fixtures.newResume("Gao Feng", "gao.feng@example.com");
    String hostile = resume.replaceFirst("\n", "\n" + "a".repeat(length) + "\n");
    Response r = server.post("/api/candidates", "text/plain; charset=utf-8", hostile);
    assertEquals(201, r.status(), r.body());
    assertEquals("Gao Feng", r.json().get("profile").get("name").asText());
    assertEquals("gao.feng@example.com", r.json().get("profile").get("email").asText());
    assertTrue(server.get("/api/search?q=Zephyr").body().contains(r.json().get("id").asText()));
    assertTheServerIsFreeAndANormalUploadWorks("Lin Qiao");
  }

  @Test
  void a_hundred_kilobytes_of_angle_brackets_as_html_is_refused_as_having_no_text() throws Exception {
    JsonNode e = assertError(upload(MediaTypes.HTML, "<".repeat(100_000).getBytes(StandardCharsets.UTF_8)), 422,
        "no_text");
    assertTrue(e.get("message").asText().contains("no text"), e.toString());
    assertTheServerIsFreeAndANormalUploadWorks("Lin Qiao");
  }

  @Test
  void two_hundred_thousand_unspaced_chinese_characters_are_indexed() throws Exception {
    String han = "分布式系统微服务高并发机器学习数据库的和负责设计开发";
    StringBuilder run = new StringBuilder();
    Random random = new Random(3);
    while (run.length() < 200_000) {
      run.append(han.charAt(random.nextInt(han.length())));
    }
    Response r = server.post("/api/candidates", "text/plain; charset=utf-8",
        Fixtures.newResume("Gao Feng", "gao.feng@example.com") + run + "\n");
    assertEquals(201, r.status(), r.body());
    assertTheServerIsFreeAndANormalUploadWorks("Lin Qiao");
  }

  @Test
  void a_docx_whose_parts_together_inflate_far_past_the_limit_is_refused_as_a_zip_bomb() throws Exception {
    JsonNode e = assertError(upload(MediaTypes.DOCX, inflatingDocx(9, 10_000_000)), 413, "file_too_large");
    assertTrue(e.get("message").asText().contains("zip bomb"), e.toString());
    assertTheServerIsFreeAndANormalUploadWorks("Lin Qiao");
  }

  @Test
  void a_forty_kilobyte_token_in_a_profile_label_is_a_400_naming_the_field() throws Exception {
    String token = "x".repeat(40_000);
    JsonNode skills = assertError(server.post("/api/candidates", "application/json",
        Fixtures.profileJson("c-long-skill", "Gao Feng", token)), 400, "invalid_profile");
    assertTrue(skills.get("message").asText().contains("skills[0]"), skills.toString());
    JsonNode company = assertError(server.post("/api/candidates", "application/json",
        Fixtures.profileJson("c-long-company", "Gao Feng", "Go").replace("\"Acme\"", "\"" + token + "\"")), 400,
        "invalid_profile");
    assertTrue(company.get("message").asText().contains("experience[0].company"), company.toString());
    assertTheServerIsFreeAndANormalUploadWorks("Lin Qiao");
  }

  @Test
  void a_forty_kilobyte_token_in_free_text_is_indexed_without_it() throws Exception {
    String json = Fixtures.profileJson("c-long-headline", "Gao Feng", "Go")
        .replace("\"Go developer\"", "\"Go developer " + "y".repeat(40_000) + "\"");
    Response r = server.post("/api/candidates", "application/json", json);
    assertEquals(201, r.status(), r.body());
    assertTrue(server.get("/api/search?q=%22Gao%20Feng%22").body().contains("c-long-headline"));
  }

  /**
   * A DOCX with {@code parts} filler parts of {@code size} bytes each that deflate about 95 to 1: every part stays
   * under POI's ratio guard (100 to 1) and its part-size cap, but all of them together inflate far past the limit.
   */
  static byte[] inflatingDocx(int parts, int size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Random random = new Random(1);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
          + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
          + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats."
          + "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats."
          + "org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Gao Feng</w:t></w:r></w:p></w:body>"
          + "</w:document>").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1000];
      for (int p = 0; p < parts; p++) {
        zip.putNextEntry(new ZipEntry("word/media/filler" + p + ".xml"));
        for (int written = 0; written < size; written += chunk.length) {
          Arrays.fill(chunk, (byte) ' ');
          for (int i = 0; i < 3; i++) {
            chunk[random.nextInt(chunk.length)] = (byte) ('a' + random.nextInt(26));
          }
          zip.write(chunk);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
