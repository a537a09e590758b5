package dev.candidates.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.extract.ExtractionException;
import dev.candidates.taxonomy.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** One intake for files, commands and HTTP: the kind (file name or media type) picks the reading. */
class ProfileIntakeTest {
  static final ProfileIntake INTAKE = Environment.create(Taxonomy.loadDefault(), Clock.systemUTC()).intake();
  static final String RESUME = """
      Mei Lin
      Backend engineer | Shenzhen | mei.lin@example.org
      Experience
      Acme Cloud | Senior Engineer | 2019.03 - present
      - Go and Kubernetes services
      """;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_file_name_and_the_matching_media_type_read_the_same_way() throws ExtractionException {
    IntakeResult byName = INTAKE.intake(utf8(RESUME), "mei-lin.txt");
    IntakeResult byType = INTAKE.intake(utf8(RESUME), "text/plain; charset=utf-8");
    assertEquals(byName, byType);
    assertEquals("Mei Lin", byName.profile().name());
    assertEquals(RESUME, byName.text());
  }

  @Test
  void the_projects_own_profile_json_stays_strict() {
    IntakeException e = assertThrows(IntakeException.class,
        () -> INTAKE.intake(utf8("{\"name\": \"Ada\", \"skilz\": [\"Go\"]}"), "application/json"));
    assertEquals(IntakeException.Reason.INVALID_PROFILE, e.reason());
    assertTrue(e.getMessage().contains("skilz"), e.getMessage());
    IntakeException broken = assertThrows(IntakeException.class, () -> INTAKE.intake(utf8("{\"name\":"), "a.json"));
    assertEquals(IntakeException.Reason.MALFORMED_JSON, broken.reason());
    assertTrue(broken.getMessage().contains("line 1"), broken.getMessage());
  }

  @Test
  void a_json_profile_comes_back_as_given_with_its_text() throws ExtractionException {
    IntakeResult r = INTAKE.intake(utf8("{\"id\": \"p-1\", \"name\": \"Ada\", \"text\": \"Haskell\"}"), "p.json");
    assertEquals("p-1", r.profile().id());
    assertEquals("Haskell", r.text());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void empty_binary_and_non_utf8_bytes_are_refused_with_their_reason() {
    assertEquals(IntakeException.Reason.EMPTY, reason(new byte[0], "text/plain"));
    assertEquals(IntakeException.Reason.EMPTY, reason(utf8(" \n\t"), "cv.md"));
    assertEquals(IntakeException.Reason.BINARY, reason(new byte[] {0, 1, 2, 3, 0, 0, 5}, "cv.txt"));
    assertEquals(IntakeException.Reason.INVALID_UTF8, reason(new byte[] {'N', 'a', (byte) 0xC3, '(', 'x'},
        "text/plain"));
    assertEquals(IntakeException.Reason.INVALID_PROFILE, reason(utf8("{}"), "application/json"));
    assertEquals(IntakeException.Reason.UNSUPPORTED, reason(utf8("x"), "image/png"));
    assertEquals(IntakeException.Reason.UNSUPPORTED, reason(utf8("x"), "notes.xyz"));
  }

  @Test
  void an_html_resume_is_extracted_then_parsed() throws ExtractionException {
    String html = "<html><body><h1>Mei Lin</h1><p>Backend engineer | Shenzhen | mei.lin@example.org</p>"
        + "<h2>Experience</h2><p>Acme Cloud | Senior Engineer | 2019.03 - present</p></body></html>";
    IntakeResult byType = INTAKE.intake(utf8(html), "text/html");
    IntakeResult byName = INTAKE.intake(utf8(html), "cv.html");
    assertEquals("mei.lin@example.org", byType.profile().email());
    assertEquals(byType.profile(), byName.profile());
    assertTrue(byType.text().contains("Acme Cloud"), byType.text());
  }

  @Test
  void kinds_are_told_apart_as_media_types_or_file_names() {
    assertEquals(ProfileIntake.Reading.DOCUMENT, ProfileIntake.readingOf("application/vnd.oasis.opendocument.text"));
    assertEquals(ProfileIntake.Reading.DOCUMENT, ProfileIntake.readingOf("in/cv.pdf"));
    assertEquals(ProfileIntake.Reading.JSON, ProfileIntake.readingOf("data/people.JSON"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("text/markdown"));
    assertEquals(ProfileIntake.Reading.DOCUMENT, ProfileIntake.readingOf("application/octet-stream"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("cv/Ana_Lima.TEX"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("text/x-tex; charset=utf-8"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("application/x-tex"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("cv.rst"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("text/x-rst"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("cv.adoc"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("cv.asciidoc"));
    assertEquals(ProfileIntake.Reading.TEXT, ProfileIntake.readingOf("text/asciidoc"));
    assertEquals(ProfileIntake.Reading.UNSUPPORTED, ProfileIntake.readingOf("cv.bib"));
  }

  @Test
  void a_latex_source_is_read_as_latex_by_name_or_media_type() throws ExtractionException {
    String latex = "\\documentclass{moderncv}\\name{Mei}{Lin}\\email{mei.lin@example.org}\\begin{document}\n"
        + "\\section{Experience}\n\\cventry{2019.03--Present}{Senior Engineer}{Acme Cloud}{Shenzhen}{}{Go}\n"
        + "\\end{document}\n";
    IntakeResult byName = INTAKE.intake(utf8(latex), "mei-lin.tex");
    assertEquals(byName.profile(), INTAKE.intake(utf8(latex), "application/x-tex").profile());
    assertEquals("Mei Lin", byName.profile().name());
    assertEquals("Acme Cloud", byName.profile().experience().get(0).company());
    assertEquals(latex, byName.text()); // the source as it came; the profile's text is what it reads as
    assertTrue(byName.profile().text().startsWith("Mei Lin\nEmail: mei.lin@example.org\n"), byName.profile().text());
  }

  private static IntakeException.Reason reason(byte[] bytes, String kind) {
    return assertThrows(IntakeException.class, () -> INTAKE.intake(bytes, kind)).reason();
  }
}
