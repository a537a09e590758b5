package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candidates.intake.Warning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scan's refusal reads back as {@code pdf_no_text_layer} with its page counts, as the page shows it. */
class ScanWarningCodeTest {
  @Test
  void aPdfOfImagesOnlyIsPdfNoTextLayer() {
    byte[] scan = ResumeFiles.pdf(List.of(new ResumeFiles.Page(List.of(), true)), false, null);
    try (ResumeExtractor extractor = new ResumeExtractor()) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(scan, null, "s.pdf"));
      Warning w = Warning.of(e.getMessage());
      assertEquals("pdf_no_text_layer", w.code(), e.getMessage());
      assertEquals(Map.of("scanned", "1", "pages", "1"), w.params());
    }
  }
}
