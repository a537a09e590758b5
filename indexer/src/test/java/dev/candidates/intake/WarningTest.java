package dev.candidates.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.candidates.extract.ExtractionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every warning the intake gives has a stable code and its values beside the English sentence, which stays. */
class WarningTest {
  @Test
  void theParsersWarningsHaveCodesAndCounts() throws ExtractionException {
    IntakeResult r = ProfileIntakeTest.INTAKE.intake(ProfileIntakeTest.utf8("""
        {"basics": {"email": "a@example.com"}, "work": [{"name": "Acme Cloud"}, {"name": "Beta Labs"}]}"""),
        "r.json");
    List<Warning> w = Warning.of(r.warnings());
    assertEquals(r.warnings(), w.stream().map(Warning::message).toList());
    for (Warning x : w) {
      assertNotEquals("other", x.code(), x.message());
    }
    assertEquals(new Warning("name_missing", Map.of(), "name not found"), w.get(0));
    assertEquals(Map.of("count", "2"), w.stream().filter(x -> x.code().equals("jobs_undated")).findFirst()
        .orElseThrow().params());
  }

  @Test
  void extractionWarningsHaveCodesAndTheirValues() {
    assertEquals(new Warning("pdf_pages_scanned", Map.of("scanned", "1", "pages", "3"), "1 of 3 pages have no text "
        + "layer (scanned images); OCR is not done, so their content is not searchable"),
        Warning.of("1 of 3 pages have no text layer (scanned images); OCR is not done, so their content is not "
            + "searchable"));
    assertEquals("type_mismatch", Warning.of("the file is a PDF but its content is a Word document; it was read as "
        + "such").code());
    assertEquals("text_truncated", Warning.of("only the first 200 thousand characters were kept").code());
    Warning unknown = Warning.of("something new");
    assertEquals(new Warning("other", Map.of(), "something new"), unknown);
  }
}
