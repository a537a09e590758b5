package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Résumés written as YAML over HTTP, as a file in a form or as a body of their own media type: read as RenderCV or
 * JSON Resume and indexed; broken or hostile YAML refused with a JSON 400 and nothing indexed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class YamlUploadTest extends ServerFixture.PerTest {
  static final String RENDERCV = """
      cv:
        name: Rafaela Monteiro
        location: Porto, Portugal
        email: rafaela.monteiro@example.pt
        phone: +351 555 010 777
        sections:
          experience:
            - company: Ribeira Telecom
              position: Network Automation Engineer
              start_date: 2020-02
              end_date: present
              highlights:
                - Ansible playbooks for 3,000 routers
          education:
            - institution: Universidade do Minho
              area: Informatics Engineering
              degree: MSc
              start_date: 2014-09
              end_date: 2019-07
          skills:
            - label: Automation
              details: Ansible, Python, NetBox
      design:
        theme: sb2nov
      """;

  Response form(String fileName, String partType, byte[] file, String path) {
    String boundary = "----candidates-yaml";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(file);
    b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return server.send("POST", path, "multipart/form-data; boundary=" + boundary, b.toByteArray(),
        TestServer.TOKEN);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_rendercv_file_uploaded_in_a_form_is_read_indexed_and_found() {
    Response r = form("rafaela-monteiro.yaml", "application/x-yaml", utf8(RENDERCV), "/api/candidates");
    assertEquals(201, r.status(), r.body());
    JsonNode p = r.json().get("profile");
    assertEquals("Rafaela Monteiro", p.get("name").asText());
    assertEquals("rafaela.monteiro@example.pt", p.get("email").asText());
    assertEquals("Ribeira Telecom", p.get("experience").get(0).get("company").asText());
    assertEquals("2020-02", p.get("experience").get(0).get("start").asText());
    assertTrue(p.get("experience").get(0).get("end").isNull(), p.toString());
    assertEquals("Universidade do Minho", p.get("education").get(0).get("school").asText());
    String id = r.json().get("id").asText();
    assertTrue(server.get("/api/search?q=NetBox").body().contains(id));
  }

  @Test
  void a_yaml_file_a_browser_calls_plain_text_or_octet_stream_is_still_yaml() {
    for (String type : new String[] {"text/plain", "application/octet-stream"}) {
      Response r = form("cv.yml", type, utf8(RENDERCV), "/api/candidates/_parse");
      assertEquals(200, r.status(), type + ": " + r.body());
      assertEquals("Ribeira Telecom", r.json().at("/profile/experience/0/company").asText(), type);
    }
  }

  @Test
  void a_yaml_body_of_each_yaml_media_type_is_parsed() {
    for (String type : new String[] {"application/yaml", "application/x-yaml", "text/yaml; charset=utf-8"}) {
      Response r = server.send("POST", "/api/candidates/_parse", type, utf8(RENDERCV), TestServer.TOKEN);
      assertEquals(200, r.status(), type + ": " + r.body());
      assertEquals("Rafaela Monteiro", r.json().at("/profile/name").asText(), type);
    }
  }

  @Test
  void malformed_yaml_is_a_json_400_naming_its_line_and_nothing_is_indexed() {
    String broken = "cv:\n  name: Rafaela\n  sections: [experience:\n";
    JsonNode e = assertError(form("cv.yaml", "application/x-yaml", utf8(broken), "/api/candidates"), 400,
        "malformed_yaml");
    assertTrue(e.get("message").asText().startsWith("the body is not valid YAML (line "), e.toString());
    assertError(server.send("POST", "/api/candidates", "application/yaml", utf8(broken), TestServer.TOKEN), 400,
        "malformed_yaml");
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  @Test
  void an_alias_bomb_and_a_yaml_list_are_refused_in_the_products_words() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      bomb.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
    }
    JsonNode e = assertError(server.send("POST", "/api/candidates", "application/yaml", utf8(bomb.toString()),
        TestServer.TOKEN), 400, "malformed_yaml");
    assertTrue(e.get("message").asText().contains("expands to more than"), e.toString());
    JsonNode list = assertError(form("cv.yaml", "application/yaml", utf8("- Go\n- Rust\n"), "/api/candidates"), 400,
        "invalid_profile");
    assertTrue(list.get("message").asText().endsWith("this document is a list"), list.toString());
    assertEquals(Fixtures.PROFILES, server.profiles());
  }
}
