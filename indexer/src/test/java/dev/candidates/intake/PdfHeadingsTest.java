package dev.candidates.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's headings by font size and weight: the style of the known headers makes an unknown one a heading too. */
class PdfHeadingsTest {
  /** Text, size, bold. */
  private record Line(String text, float size, boolean bold) {}

  private static final List<Line> LINES = List.of(
      new Line("Ines Carvalho", 22, true),
      new Line("ines.carvalho@example.pt | +351 912 345 678 | Lisbon", 10, false),
      new Line("Experience", 13, true),
      new Line("Tagus Data Lda | Data Engineer | 2019.03 - present", 10, false),
      new Line("Pipelines in Python and Airflow for the billing team.", 10, false),
      new Line("Payments platform", 10, true),
      new Line("Cut the nightly load from six hours to one.", 10, false),
      new Line("Ribeira Systems SA | Backend Engineer | 2016.01 - 2019.02", 10, false),
      new Line("Java services for card payments.", 10, false),
      new Line("Giving Back", 13, true),
      new Line("Harbour Food Bank | Volunteer Organiser | 2015.01 - 2018.12", 10, false),
      new Line("Education", 13, true),
      new Line("University of Porto | BSc Informatics | 2012 - 2015", 10, false),
      new Line("Skills", 13, true),
      new Line("Python, Airflow, Java, PostgreSQL", 10, false));

  private static Path pdf(Path dir) throws IOException {
    Path file = dir.resolve("ines-carvalho.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      float y = page.getMediaBox().getHeight() - 60;
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (Line l : LINES) {
          y -= l.size() * 1.6f;
          cs.beginText();
          cs.setFont(l.bold() ? bold : regular, l.size());
          cs.newLineAtOffset(50, y);
          cs.showText(l.text());
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static List<String> jobs(Profile p) {
    return p.experience().stream().map(Experience::company).toList();
  }

  @Test
  void anUnknownHeadingInTheHeadersStyleEndsTheJobsAndABoldBodyLineDoesNot(@TempDir Path dir) throws Exception {
    IntakeResult r = ProfileIntakeTest.INTAKE.intake(Files.readAllBytes(pdf(dir)), "ines-carvalho.pdf");
    Profile p = r.profile();
    assertEquals("Ines Carvalho", p.name());
    assertEquals(List.of("Tagus Data Lda", "Ribeira Systems SA"), jobs(p), r.text());
    assertEquals("University of Porto", p.education().get(0).school());
    assertTrue(p.skills().contains("Airflow"), p.skills()::toString);
  }

  @Test
  void theSameLinesAsPlainTextHaveNoStyleToTell() throws Exception {
    StringBuilder sb = new StringBuilder();
    LINES.forEach(l -> sb.append(l.text()).append('\n'));
    Profile p = ProfileIntakeTest.INTAKE.intake(ProfileIntakeTest.utf8(sb.toString()), "ines.txt").profile();
    assertTrue(jobs(p).contains("Harbour Food Bank"), jobs(p)::toString); // what the PDF's styles prevent
  }
}
