package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import dev.candidates.extract.MediaTypes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Résumé files over HTTP: PDF and Word uploads as raw bodies or multipart forms, parsed like their text and
 * downloadable again; every hostile file refused with a clear 4xx and no change to the index or the kept files.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileUploadTest extends ServerFixture.PerTest {
  static final String ENGLISH = """
      Daniel Mercer
      Staff Backend Engineer | Shenzhen, China | daniel.mercer@example.com | +1 555 0101

      Core Skills
      Go, Kafka, PostgreSQL, Kubernetes

      Professional Experience
      AfterShip | Staff Backend Engineer | Shenzhen | 2019.03 - Present
      - Built the tracking platform in Go on Kafka.

      Education
      Fudan University | B.Sc. | Computer Science | 2011 - 2015
      """;
  static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void closeTheClient() {
    http.close(); // before the server stops (the fixture's own @AfterEach runs after this one)
  }

  Response upload(String contentType, byte[] body) {
    return server.send("POST", "/api/candidates", contentType, body, TestServer.TOKEN);
  }

  Response uploadForm(String fileName, String partType, byte[] file) {
    String boundary = "----candidates" + Long.toHexString(new Random(7).nextLong());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(file);
    b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return upload("multipart/form-data; boundary=" + boundary, b.toByteArray());
  }

  HttpResponse<byte[]> download(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + TestServer.READ_TOKEN)
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Nothing indexed, archived or kept. */
  void assertUnchanged() throws IOException {
    assertEquals(Fixtures.PROFILES, server.profiles());
    assertNull(server.store.addedDir().toFile().list(), "nothing archived");
    Path files = server.store.root().resolve("files");
    if (Files.isDirectory(files)) {
      try (Stream<Path> s = Files.list(files)) {
        assertEquals(List.of(), s.toList(), "no file kept");
      }
    }
  }

  @Test
  void a_pdf_posted_as_its_media_type_is_parsed_indexed_and_downloadable() throws Exception {
    byte[] pdf = pdf(ENGLISH, false);
    Response r = upload("application/pdf", pdf);
    assertEquals(201, r.status(), r.body());
    JsonNode p = r.json().get("profile");
    assertEquals("Daniel Mercer", p.get("name").asText());
    assertEquals("daniel.mercer@example.com", p.get("email").asText());
    assertEquals("AfterShip", p.get("experience").get(0).get("company").asText());
    assertEquals("2019-03", p.get("experience").get(0).get("start").asText());
    assertEquals("Fudan University", p.get("education").get(0).get("school").asText());
    assertTrue(p.get("skills").toString().contains("Kafka"), p.toString());
    String id = r.json().get("id").asText();
    assertEquals("/api/candidates/" + id + "/file", r.json().get("file").asText());
    assertTrue(server.get("/api/search?q=Kafka").body().contains(id));

    HttpResponse<byte[]> file = download("/api/candidates/" + id + "/file");
    assertEquals(200, file.statusCode());
    assertArrayEquals(pdf, file.body());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
    String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("attachment; filename=\"resume-" + id + ".pdf\""), disposition);
  }

  @Test
  void a_chinese_word_resume_in_a_multipart_form_keeps_its_file_name() throws Exception {
    String chinese = Fixtures.newResume("赵云 Zhao Yun", "zhao.yun@example.cn");
    byte[] docx = docx(chinese);
    Response r = uploadForm("赵云简历.docx", MediaTypes.DOCX, docx);
    assertEquals(201, r.status(), r.body());
    assertEquals("赵云", r.json().get("profile").get("name").asText());
    assertEquals("Zephyr Networks", r.json().get("profile").get("experience").get(0).get("company").asText());
    HttpResponse<byte[]> file = download(r.json().get("file").asText());
    assertArrayEquals(docx, file.body());
    assertEquals(MediaTypes.DOCX, file.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow()
        .endsWith("filename*=UTF-8''%E8%B5%B5%E4%BA%91%E7%AE%80%E5%8E%86.docx"), file.headers().toString());
  }

  @Test
  void a_chinese_pdf_with_an_embedded_font_parses_like_its_text() {
    assumeTrue(Files.isReadable(CJK_FONT), "apt-get install fonts-wqy-zenhei to run this case");
    String chinese = Fixtures.newResume("赵云 Zhao Yun", "zhao.yun@example.cn");
    Response fromText = server.post("/api/candidates", "text/plain; charset=utf-8", chinese);
    Response fromPdf = upload("application/pdf", pdf(chinese, true));
    assertEquals(200, fromPdf.status(), "same e-mail, same candidate: " + fromPdf.body());
    for (String field : List.of("name", "email", "phone", "skills", "experience", "education", "totalYears")) {
      assertEquals(fromText.json().get("profile").get(field), fromPdf.json().get("profile").get(field), field);
    }
  }

  @Test
  void octet_stream_lets_the_content_decide() {
    Response r = upload("application/octet-stream", docx(ENGLISH));
    assertEquals(201, r.status(), r.body());
    assertEquals("Daniel Mercer", r.json().get("profile").get("name").asText());
  }

  record Hostile(String name, String contentType, byte[] body, int status, String code, String mentions) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Hostile> hostileFiles() {
    byte[] pdf = pdf(ENGLISH, false);
    byte[] noise = new byte[20_000];
    new Random(1).nextBytes(noise);
    return Stream.of(
        new Hostile("a truncated PDF", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2), 422, "corrupt_file",
            "truncated"),
        new Hostile("random bytes declared as a PDF", "application/pdf", noise, 415, "unsupported_file", "PDF"),
        new Hostile("a Word file declared as a PDF", "application/pdf", docx(ENGLISH), 415, "unsupported_file",
            "Word"),
        new Hostile("an encrypted PDF", "application/pdf", encryptedPdf(), 422, "encrypted_file", "password"),
        new Hostile("a scanned PDF with no text and no name", "application/pdf", scannedPdf(), 422, "no_text",
            "OCR is not done"),
        new Hostile("a zip bomb disguised as DOCX", MediaTypes.DOCX, zipBomb(), 413, "file_too_large", "zip bomb"),
        new Hostile("a PDF with 10,000 pages", "application/pdf", emptyPages(10_000), 422, "too_many_pages",
            "10000 pages"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void a_hostile_file_gets_a_clear_error_and_changes_nothing(Hostile h) throws IOException {
    JsonNode e = assertError(upload(h.contentType(), h.body()), h.status(), h.code());
    assertTrue(e.get("message").asText().contains(h.mentions()), e.toString());
    if (!h.code().equals("no_text")) { // a named scan is indexed by its name: see below
      JsonNode form = assertError(uploadForm("resume.pdf", h.contentType(), h.body()), h.status(), h.code());
      assertEquals(e, form, "raw body and form upload say the same");
    }
    assertUnchanged();
  }

  @Test
  void a_fifty_megabyte_upload_is_refused_before_it_is_read() throws Exception {
    byte[] big = new byte[50 << 20];
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/api/candidates"))
        .header("Content-Type", "application/pdf").header("Authorization", "Bearer " + TestServer.TOKEN)
        .expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertError(new Response(r.statusCode(), r.body(), r.headers()), 413, "body_too_large");
    assertUnchanged();
  }

  @Test
  void a_named_scan_is_kept_and_indexed_by_its_name_with_a_warning_that_ocr_is_not_done() throws Exception {
    Response r = uploadForm("Wang Fang CV.pdf", "application/pdf", scannedPdf());
    assertEquals(201, r.status(), r.body());
    assertTrue(r.json().get("warnings").get(0).asText().contains("OCR is not done"), r.body());
    assertEquals("Wang Fang", r.json().get("profile").get("name").asText(), "found by the name in the file name");
    assertEquals(200, download(r.json().get("file").asText()).statusCode());
    assertEquals(Fixtures.PROFILES + 1, server.profiles());
  }

  @Test
  void a_candidate_without_a_file_has_nothing_to_download_and_deleting_removes_the_file() throws Exception {
    Response text = server.post("/api/candidates", "text/plain", Fixtures.newResume("赵云", "zhao.yun@example.cn"));
    assertError(server.get("/api/candidates/" + text.json().get("id").asText() + "/file"), 404, "not_found");
    assertError(server.get("/api/candidates/nobody/file"), 404, "not_found");

    Response r = upload("application/pdf", pdf(ENGLISH, false));
    String id = r.json().get("id").asText();
    assertEquals(204, server.delete("/api/candidates/" + id).status());
    assertError(server.get("/api/candidates/" + id + "/file"), 404, "not_found");
    try (Stream<Path> s = Files.list(server.store.root().resolve("files"))) {
      assertEquals(List.of(), s.toList());
    }
  }

  @Test
  void the_upload_and_the_download_are_documented() {
    JsonNode doc = server.get("/api/openapi.json").json();
    assertTrue(doc.get("paths").has("/api/candidates/{id}/file"));
    JsonNode content = doc.get("paths").get("/api/candidates").get("post").get("requestBody").get("content");
    for (String type : List.of("application/pdf", MediaTypes.DOCX, "multipart/form-data")) {
      assertTrue(content.has(type), type);
    }
  }

  @Test
  void a_form_without_a_file_field_is_a_bad_request() {
    String boundary = "b0undary";
    byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"resume\"\r\n\r\nhello\r\n--"
        + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    assertError(upload("multipart/form-data; boundary=" + boundary, body), 400, "missing_file");
  }

  // ---------------------------------------------------------------- files built at test time

  static byte[] pdf(String text, boolean cjk) {
    return pdf(text.lines().toList(), cjk, null, false, 1);
  }

  static byte[] pdf(List<String> lines, boolean cjk, StandardProtectionPolicy protection, boolean image, int pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFont font = cjk ? PDType0Font.load(doc, new TrueTypeCollection(CJK_FONT.toFile())
          .getFontByName("WenQuanYiZenHei"), true) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        if (lines.isEmpty() && !image) {
          continue;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (image) {
            BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 200);
            g.setColor(Color.BLACK);
            g.fillRect(20, 20, 150, 10);
            g.dispose();
            cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 300, 400, 400);
          }
          float y = 780;
          for (String l : lines) {
            if (!l.isEmpty()) {
              cs.beginText();
              cs.setFont(font, 9.5f);
              cs.newLineAtOffset(50, y);
              cs.showText(l);
              cs.endText();
            }
            y -= 14;
          }
        }
      }
      if (protection != null) {
        doc.protect(protection);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] encryptedPdf() {
    StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user-secret", new AccessPermission());
    p.setEncryptionKeyLength(128);
    return pdf(ENGLISH.lines().toList(), false, p, false, 1);
  }

  static byte[] scannedPdf() {
    return pdf(List.of(), false, null, true, 2);
  }

  static byte[] emptyPages(int n) {
    return pdf(List.of(), false, null, false, n);
  }

  static byte[] docx(String text) {
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.lines().toList()) {
        d.createParagraph().createRun().setText(line);
      }
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** word/document.xml inflating to 200 MB of spaces from about 200 KB. */
  static byte[] zipBomb() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
