package dev.candidates.extract;

import static dev.candidates.extract.Resumes.CHINESE;
import static dev.candidates.extract.Resumes.ENGLISH;
import static dev.candidates.extract.Resumes.MIXED;
import static dev.candidates.extract.Resumes.assertSameProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candidates.extract.ResumeFiles.Page;
import dev.candidates.extract.ResumeFiles.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A résumé as PDF, Word, ODT, RTF or HTML parses to the same profile as the same résumé in plain text. */
class FileParsingTest {
  static final ResumeExtractor EXTRACTOR = new ResumeExtractor();

  @AfterAll
  static void close() {
    EXTRACTOR.close();
  }

  static ExtractedText extract(byte[] file, String name) throws ExtractionException {
    return EXTRACTOR.extract(file, null, name);
  }

  @Test
  void aSitesNavigationIsNoPartOfAnHtmlResume() throws Exception {
    byte[] page = """
        <html><body><nav><a href="/">Home</a> <a href="/talks/">Talks</a></nav>
        <header><h1>Ines Moreau</h1><p>Platform Engineer</p></header></body></html>
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(List.of("Ines Moreau", "Platform Engineer"),
        extract(page, "ines.html").text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  @Test
  void englishPdfParsesLikeItsText() throws Exception {
    ExtractedText t = extract(ResumeFiles.pdf(ENGLISH, false), "daniel.pdf");
    assertEquals(MediaTypes.PDF, t.mediaType());
    assertEquals(List.of(), t.warnings());
    assertSameProfile(ENGLISH, t.text());
  }

  @Test
  void chinesePdfWithAnEmbeddedCjkFontParsesLikeItsText() throws Exception {
    assumeTrue(ResumeFiles.hasCjkFont(), ResumeFiles.NO_CJK_FONT);
    ExtractedText t = extract(ResumeFiles.pdf(CHINESE, true), "zhang-min.pdf");
    assertTrue(t.text().contains("北京交通大学"), t.text());
    assertSameProfile(CHINESE, t.text());
  }

  @Test
  void mixedChineseAndEnglishPdfParsesLikeItsText() throws Exception {
    assumeTrue(ResumeFiles.hasCjkFont(), ResumeFiles.NO_CJK_FONT);
    assertSameProfile(MIXED, extract(ResumeFiles.pdf(MIXED, true), "li-wei.pdf").text());
  }

  /**
   * Two pages, each with a running header, a footer and a page number; a word hyphenated at a line end; bullets
   * drawn as ● and ◆; full-width colons and parentheses.
   */
  @Test
  void pageFurnitureHyphenationAndOddBulletsAreCleanedBeforeParsing() throws Exception {
    assumeTrue(ResumeFiles.hasCjkFont(), ResumeFiles.NO_CJK_FONT); // ● and ◆ need a font that has them
    List<String> page1 = List.of(
        "Daniel Mercer",
        "Staff Backend Engineer | Shenzhen, China | daniel.mercer@example.com | +1 555 0101",
        "",
        "Summary",
        "Backend engineer building distributed systems in Go.",
        "",
        "Core Skills",
        "Go, Kafka, PostgreSQL, Kubernetes",
        "",
        "Professional Experience",
        "AfterShip | Staff Backend Engineer | Shenzhen | 2019.03 - Present",
        "● Built the tracking plat-",
        "form in Go on Kafka.",
        "◆ Led a team of five engineers.");
    List<String> page2 = List.of(
        "Brightloop Logistics | Backend Engineer | Shanghai | Mar 2015 – Feb 2019",
        "● Built routing APIs in Go and Python.",
        "",
        "Education",
        "Fudan University | B.Sc. | Computer Science | 2011 - 2015");
    List<Page> pages = new ArrayList<>();
    int n = 1;
    for (List<String> body : List.of(page1, page2)) {
      List<Text> texts = new ArrayList<>(ResumeFiles.column(50, 80, 9.5f, 14, body));
      if (n > 1) {
        texts.add(new Text(50, 40, 8, "Daniel Mercer — Résumé"));
      }
      texts.add(new Text(50, 800, 8, "daniel.mercer@example.com · Confidential"));
      texts.add(new Text(280, 815, 8, "- " + n + " -"));
      texts.add(new Text(480, 815, 8, "第 " + n + " 页，共 2 页"));
      pages.add(new Page(texts, false));
      n++;
    }
    ExtractedText t = extract(ResumeFiles.pdf(pages, true, null), "two-pages.pdf");
    assertFalse(t.text().contains("Confidential"), t.text());
    assertFalse(t.text().contains("Résumé"), t.text());
    assertFalse(t.text().contains("页"), t.text());
    assertTrue(t.text().contains("- Built the tracking platform in Go on Kafka."), t.text());
    assertTrue(t.text().contains("- Led a team of five engineers."), t.text());
    assertSameProfile(ENGLISH, t.text());
  }

  /** A sidebar (skills, languages, education) beside the main column (summary, jobs), under a full-width header. */
  @Test
  void twoColumnPdfIsReadColumnByColumn() throws Exception {
    List<String> left = List.of("Core Skills", "Go, Kafka, PostgreSQL, Kubernetes", "", "Languages",
        "English, Mandarin", "", "Education", "Fudan University | B.Sc. | 2011 - 2015");
    List<String> right = List.of("Summary", "Backend engineer building distributed systems in Go.", "",
        "Professional Experience", "AfterShip | Staff Backend Engineer | 2019.03 - Present",
        "- Built the tracking platform in Go on Kafka.", "- Led a team of five engineers.",
        "Brightloop Logistics | Backend Engineer | Mar 2015 – Feb 2019", "- Built routing APIs in Go and Python.");
    List<Text> texts = new ArrayList<>();
    texts.add(new Text(40, 50, 16, "Daniel Mercer"));
    texts.add(new Text(40, 68, 9,
        "Staff Backend Engineer | Shenzhen, China | daniel.mercer@example.com | +1 555 0101"));
    texts.addAll(ResumeFiles.column(40, 103, 8, 11, left));
    texts.addAll(ResumeFiles.column(270, 100, 9, 14.5f, right));
    byte[] pdf = ResumeFiles.pdf(List.of(new Page(texts, false)), false, null);

    String plain = "Daniel Mercer\nStaff Backend Engineer | Shenzhen, China | daniel.mercer@example.com | +1 555 0101\n"
        + String.join("\n", left) + "\n" + String.join("\n", right) + "\n";
    ExtractedText t = extract(pdf, "two-columns.pdf");
    assertTrue(t.text().contains("Core Skills\nGo, Kafka, PostgreSQL, Kubernetes\n"), t.text());
    assertSameProfile(plain, t.text());
    assertEquals(List.of("English", "Mandarin"), Resumes.parse(t.text()).languages());
  }

  /** Dates set flush right on the job's line are not a second column: each job line is read across. */
  @Test
  void rightAlignedDatesStayOnTheirLine() throws Exception {
    List<Text> texts = new ArrayList<>();
    float top = 60;
    for (String line : ENGLISH.lines().toList()) {
      int bar = line.lastIndexOf(" | ");
      if (line.matches(".*\\| (?:\\d{4}\\.\\d\\d|Mar) .*")) {
        texts.add(new Text(50, top, 9.5f, line.substring(0, bar)));
        texts.add(new Text(440, top, 9.5f, line.substring(bar + 3)));
      } else if (!line.isEmpty()) {
        texts.add(new Text(50, top, 9.5f, line));
      }
      top += 14;
    }
    ExtractedText t = extract(ResumeFiles.pdf(List.of(new Page(texts, false)), false, null), "flush-right.pdf");
    assertTrue(t.text().contains("AfterShip | Staff Backend Engineer | Shenzhen 2019.03 - Present"), t.text());
    assertSameProfile(ENGLISH, t.text());
  }

  @Test
  void englishDocxParsesLikeItsText() throws Exception {
    ExtractedText t = extract(ResumeFiles.docx(ENGLISH), "daniel.docx");
    assertEquals(MediaTypes.DOCX, t.mediaType());
    assertTrue(t.text().contains("- Built the tracking platform in Go on Kafka."),
        "list bullets become '- ':\n" + t.text());
    assertSameProfile(ENGLISH, t.text());
  }

  @Test
  void chineseAndMixedDocxParseLikeTheirText() throws Exception {
    assertSameProfile(CHINESE, extract(ResumeFiles.docx(CHINESE), "zhang-min.docx").text());
    assertSameProfile(MIXED, extract(ResumeFiles.docx(MIXED), "li-wei.docx").text());
  }

  @Test
  void docxPageFooterIsDroppedAndAHeaderIsKept() throws Exception {
    String body = ENGLISH.substring(ENGLISH.indexOf("\n") + 1);
    ExtractedText t = extract(ResumeFiles.docx(body, "Daniel Mercer", "Page 1 of 2"), "header.docx");
    assertTrue(t.text().startsWith("Daniel Mercer\n"), t.text());
    assertFalse(t.text().contains("Page 1"), t.text());
    assertSameProfile(ENGLISH, t.text());
  }

  @Test
  void docxTwoColumnTableIsReadCellByCell() throws Exception {
    List<String> lines = ENGLISH.lines().toList();
    int exp = lines.indexOf("Professional Experience");
    List<String> top = lines.subList(0, 2);
    List<String> left = lines.subList(2, exp);
    List<String> right = lines.subList(exp, lines.size());
    ExtractedText t = extract(ResumeFiles.docxTwoColumns(top, left, right), "columns.docx");
    assertSameProfile(ENGLISH, t.text());
  }

  @Test
  void odtRtfAndHtmlParseLikeTheirText() throws Exception {
    ExtractedText odt = extract(ResumeFiles.odt(MIXED), "li-wei.odt");
    assertEquals(MediaTypes.ODT, odt.mediaType());
    assertSameProfile(MIXED, odt.text());
    ExtractedText rtf = extract(ResumeFiles.rtf(CHINESE), "zhang-min.rtf");
    assertEquals(MediaTypes.RTF, rtf.mediaType());
    assertSameProfile(CHINESE, rtf.text());
    ExtractedText html = extract(ResumeFiles.html(ENGLISH), "daniel.html");
    assertEquals(MediaTypes.HTML, html.mediaType());
    assertFalse(html.text().contains("not text"), html.text());
    assertSameProfile(ENGLISH, html.text());
  }

  @Test
  void passwordForEditingOnlyDoesNotStopReading() throws Exception {
    byte[] pdf = ResumeFiles.pdf(List.of(Page.lines(50, 60, 9.5f, 14, ENGLISH.lines().toList())), false,
        ResumeFiles.password("owner-secret", ""));
    assertSameProfile(ENGLISH, extract(pdf, "protected.pdf").text());
  }

  @Test
  void aScannedPageAmongTextPagesIsAWarning() throws Exception {
    List<Page> pages = List.of(Page.lines(50, 60, 9.5f, 14, ENGLISH.lines().toList()), new Page(List.of(), true));
    ExtractedText t = extract(ResumeFiles.pdf(pages, false, null), "half-scanned.pdf");
    assertEquals(1, t.warnings().size(), t.warnings()::toString);
    assertTrue(t.warnings().get(0).contains("OCR is not done"), t.warnings().get(0));
    assertSameProfile(ENGLISH, t.text());
  }
}
