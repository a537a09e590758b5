package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Résumé sources (LaTeX, reStructuredText, AsciiDoc) over HTTP: a form's file or a raw body, read as their markup, hostile ones bounded. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SourceUploadTest extends ServerFixture.PerTest {
  static final String LATEX = """
      \\documentclass[11pt]{moderncv}
      \\moderncvstyle{banking}
      \\name{Ingrid}{Halvorsen-Obi}
      \\title{Security Engineer}
      \\phone[mobile]{+47~912~34~567}
      \\email{ingrid.ho@example.no}
      \\begin{document}
      \\makecvtitle
      \\section{Experience}
      \\cventry{2020--Present}{Security Engineer}{Fjordline Payments AS}{Bergen}{}{Threat modelling, Rust}
      \\section{Skills}
      \\cvitem{Languages}{Rust, Python, Go}
      \\end{document}
      """;

  Response uploadForm(String fileName, String partType, byte[] file) {
    String boundary = "----candidates-source";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(file);
    b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return server.send("POST", "/api/candidates", "multipart/form-data; boundary=" + boundary, b.toByteArray(),
        TestServer.TOKEN);
  }

  static void assertIngrid(Response r) {
    assertIngrid(r, 201);
  }

  static void assertIngrid(Response r, int status) {
    assertEquals(status, r.status(), r.body());
    JsonNode p = r.json().get("profile");
    assertEquals("Ingrid Halvorsen-Obi", p.get("name").asText());
    assertEquals("ingrid.ho@example.no", p.get("email").asText());
    assertEquals("+47 912 34 567", p.get("phone").asText());
    assertEquals("Fjordline Payments AS", p.get("experience").get(0).get("company").asText());
    assertEquals("Security Engineer", p.get("experience").get(0).get("title").asText());
    assertEquals("2020-01", p.get("experience").get(0).get("start").asText());
    assertTrue(p.get("skills").toString().contains("Rust"), p.toString());
    assertFalse(p.get("text").asText().contains("\\cventry"), p.get("text").asText());
  }

  @Test
  void a_tex_file_in_a_form_is_read_as_latex_whatever_type_the_browser_gives_it() {
    int status = 201; // the same person sent again is updated
    for (String type : List.of("application/x-tex", "text/x-tex", "application/octet-stream", "text/plain")) {
      Response r = uploadForm("ingrid-cv.tex", type, LATEX.getBytes(StandardCharsets.UTF_8));
      assertIngrid(r, status);
      status = 200;
      String id = r.json().get("id").asText();
      assertTrue(server.get("/api/search?q=Fjordline").body().contains(id), type);
    }
  }

  @Test
  void a_latex_body_is_read_by_its_media_type() {
    assertIngrid(server.post("/api/candidates", "text/x-tex; charset=utf-8", LATEX));
  }

  static final String ASCIIDOC = """
      = Ingrid Halvorsen-Obi
      :email: ingrid.ho@example.no
      :phone: +47 912 34 567
      include::secrets.adoc[]

      == Experience
      === Security Engineer, Fjordline Payments AS
      _Bergen · 2020 – present_

      * Threat modelling, Rust

      == Skills
      Languages:: Rust, Python, Go
      """;

  static final String RST = """
      ====================
      Ingrid Halvorsen-Obi
      ====================

      :Email: ingrid.ho@example.no
      :Phone: +47 912 34 567

      .. include:: /etc/passwd

      Experience
      ==========

      Fjordline Payments AS
      ---------------------

      **Security Engineer** — 2020 – Present

      - Threat modelling, Rust

      Skills
      ======

      :Languages: Rust, Python, Go
      """;

  @Test
  void asciidoc_and_rst_sources_are_read_as_theirs_in_a_form_or_as_a_body() {
    assertIngrid(uploadForm("ingrid.adoc", "application/octet-stream", ASCIIDOC.getBytes(StandardCharsets.UTF_8)));
    assertIngrid(server.post("/api/candidates", "text/asciidoc", ASCIIDOC), 200);
    assertIngrid(uploadForm("ingrid.rst", "text/plain", RST.getBytes(StandardCharsets.UTF_8)), 200);
    Response rst = server.post("/api/candidates", "text/x-rst", RST);
    assertIngrid(rst, 200);
    assertFalse(rst.json().get("profile").get("text").asText().contains("passwd"));
  }

  @Test
  void hostile_latex_is_read_bounded_or_refused_in_words() {
    String deep = LATEX.replace("\\end{document}", "{".repeat(10_000) + "deep" + "}".repeat(10_000)
        + "\\input{/etc/passwd}\\def\\x{\\x}\\x\\end{document}");
    Response r = uploadForm("deep.tex", "application/x-tex", deep.getBytes(StandardCharsets.UTF_8));
    assertIngrid(r);
    assertFalse(r.json().get("profile").get("text").asText().contains("passwd"));

    Response unbalanced = uploadForm("broken.tex", "application/x-tex",
        "\\name{Ola}{Nord\n\\email{ola@example.no}}}}\n\\section{Skills\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, unbalanced.status(), unbalanced.body());
    assertEquals("ola@example.no", unbalanced.json().get("profile").get("email").asText());

    Response binary = uploadForm("cv.tex", "application/x-tex", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0});
    assertError(binary, 400, "binary_body");
  }
}
