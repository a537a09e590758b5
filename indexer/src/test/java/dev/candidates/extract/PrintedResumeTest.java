package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candidates.model.Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One invented bilingual résumé as plain text, as a PDF printed the way browsers and LaTeX templates print (a running
 * date and title on top and the file's address and page counter below every page, the name set large beside a
 * contact block whose icons come from an icon font, a link icon after a line, a letter-spaced school name) and as a
 * DOCX (no-break spaces, a Kangxi radical): every version gives the same name, contacts, jobs and schools.
 */
class PrintedResumeTest {
  static final ResumeExtractor EXTRACTOR = new ResumeExtractor();

  static final String TEXT = """
      王晓明 Wang Xiaoming
      高级后端工程师 | 深圳 | wang.xm@example.com | +86 139 0000 1111

      个人简介
      8年支付系统后端开发经验，熟悉Go、Kafka与MySQL。

      专业技能
      - 语言：Go、Java、Python
      - 中间件：Kafka、Redis、MySQL

      工作经历
      海鹰支付科技有限公司 | 高级后端工程师 | 深圳 | 2019.03 - 至今
      - 负责清结算系统的微服务化改造，日均处理3000万笔交易

      Brightwave Networks | Backend Engineer | Shanghai | 2015.07 - 2019.02
      - Built the settlement APIs in Java on Kafka.

      教育背景
      华南理工大学 | 计算机科学与技术 | 本科 | 2011.09 - 2015.06
      """;

  @AfterAll
  static void close() {
    EXTRACTOR.close();
  }

  /** A run of text: position from the top-left, size, and whether it is drawn in the icon font. */
  record Run(float x, float top, float size, String text, boolean icon) {
    static Run text(float x, float top, float size, String text) {
      return new Run(x, top, size, text, false);
    }

    static Run icon(float x, float top, String glyph) {
      return new Run(x, top, 8, glyph, true);
    }
  }

  @Test
  void aPrintedPdfGivesTheSameNameContactsJobsAndSchoolsAsTheText() throws Exception {
    assumeTrue(ResumeFiles.hasCjkFont(), ResumeFiles.NO_CJK_FONT);
    List<Run> one = new ArrayList<>(furniture(1));
    one.add(Run.text(50, 95, 24, "王晓明 Wang Xiaoming"));
    one.add(Run.icon(380, 70, "I"));
    one.add(Run.text(392, 70, 8, "+86 139 0000 1111"));
    one.add(Run.icon(380, 82, "#"));
    one.add(Run.text(392, 82, 8, "wang.xm@example.com"));
    one.add(Run.icon(380, 94, "§"));
    one.add(Run.text(392, 94, 8, "高级后端工程师 | 深圳"));
    float y = 140;
    for (String line : List.of("个人简介", "8年支付系统后端开发经验，熟悉Go、Kafka与MySQL。", "", "专业技能",
        "- 语言：Go、Java、Python", "- 中间件：Kafka、Redis、MySQL", "", "工作经历",
        "海鹰支付科技有限公司 | 高级后端工程师 | 深圳 | 2019.03 - 至今", "- 负责清结算系统的微服务化改造，日均处理3000万笔交易",
        "", "Brightwave Networks | Backend Engineer | Shanghai | 2015.07 - 2019.02",
        "- Built the settlement APIs in Java on Kafka.")) {
      if (!line.isEmpty()) {
        boolean heading = line.length() <= 4;
        one.add(Run.text(50, y, heading ? 13 : 9.5f, line));
      }
      y += 15;
    }
    one.add(Run.icon(300, y - 15, "2")); // the link arrow after the last line
    List<Run> two = new ArrayList<>(furniture(2));
    two.add(Run.text(50, 60, 13, "教育背景"));
    two.add(Run.text(50, 76, 9.5f, "华 南 理 工 大 学 | 计算机科学与技术 | 本科 | 2011.09 - 2015.06"));
    String text = EXTRACTOR.extract(pdf(List.of(one, two)), null, "wang.pdf").text();

    assertTrue(text.startsWith("王晓明 Wang Xiaoming\n"), "the large name is the first line:\n" + text);
    for (String furniture : List.of("AM", "file:", "个人简历", "1/2", "§", "#", " I ")) {
      assertFalse(text.contains(furniture), furniture + " is gone:\n" + text);
    }
    assertTrue(text.contains("\n+86 139 0000 1111\n"), text);
    assertTrue(text.contains("Java on Kafka.\n"), "the link icon is gone:\n" + text);
    assertSameContactsJobsAndSchools(text);
  }

  @Test
  void aDocxWithNoBreakSpacesAndAKangxiRadicalGivesTheSameFields() throws Exception {
    String docxText = TEXT.replace("高级后端工程师 | 深圳", "高级后端工程师\u00A0|\u00A0深圳")
        .replace("华南理工大学", "华南理工\u2F24学").replace("Backend Engineer", "Backend\u00A0Engineer");
    String text = EXTRACTOR.extract(ResumeFiles.docx(docxText), null, "wang.docx").text();
    assertTrue(text.contains("华南理工大学"), text);
    assertSameContactsJobsAndSchools(text);
  }

  /**
   * moderncv: each entry's dates in a narrow left column, level with the entry's first line, its details in lines
   * below on the right. That is no sidebar: every date stays on the line of the entry it dates.
   */
  @Test
  void modernCvDatesInTheLeftColumnStayWithTheirEntries() throws Exception {
    List<ResumeFiles.Text> texts = new ArrayList<>();
    texts.add(new ResumeFiles.Text(150, 50, 20, "Daniel Mercer"));
    texts.add(new ResumeFiles.Text(150, 80, 12, "Experience"));
    float y = 100;
    String[][] entries = {
        {"2019.03 - Present", "AfterShip | Staff Backend Engineer | Shenzhen", "Built the tracking platform in Go.",
            "Led a team of five engineers.", "Ran the on-call rotation."},
        {"2015.03 - 2019.02", "Brightloop Logistics | Backend Engineer | Shanghai", "Built routing APIs in Go.",
            "Moved the fleet to Kubernetes.", "Wrote the billing service."},
        {"2011.09 - 2015.06", "Fudan University | B.Sc. | Computer Science", "Graduated with honours.",
            "Teaching assistant for databases.", "Captain of the chess club."}};
    for (String[] e : entries) {
      texts.add(new ResumeFiles.Text(50, y, 9, e[0]));
      for (int i = 1; i < e.length; i++) {
        texts.add(new ResumeFiles.Text(150, y, 9, e[i]));
        y += 13;
      }
      y += 8;
    }
    String text = EXTRACTOR.extract(ResumeFiles.pdf(List.of(new ResumeFiles.Page(texts, false)), false, null), null,
        "moderncv.pdf").text();
    for (String[] e : entries) {
      assertTrue(text.contains(e[0] + " " + e[1] + "\n"), e[0] + " dates its own entry:\n" + text);
    }
  }

  private static void assertSameContactsJobsAndSchools(String extracted) {
    Profile expected = Resumes.parse(TEXT);
    Profile actual = Resumes.parse(extracted);
    assertEquals(2, expected.experience().size(), "the text version itself parses");
    String context = "\n--- extracted text ---\n" + extracted;
    assertEquals(expected.name(), actual.name(), "name" + context);
    assertEquals(expected.email(), actual.email(), "email" + context);
    assertEquals(expected.phone(), actual.phone(), "phone" + context);
    assertEquals(jobs(expected), jobs(actual), "jobs" + context);
    assertEquals(expected.education(), actual.education(), "schools" + context);
  }

  private static List<String> jobs(Profile p) {
    return p.experience().stream().map(e -> e.company() + " | " + e.title() + " | " + e.start() + " | " + e.end())
        .toList();
  }

  /** What a browser prints on every page: date, time and title on top; address and page counter below. */
  private static List<Run> furniture(int page) {
    return List.of(Run.text(20, 20, 7, "11/24/26, 11:34 AM"), Run.text(260, 20, 7, "王晓明 - 个人简历"),
        Run.text(20, 825, 7, "file:///home/wang/resume.html"), Run.text(550, 825, 7, page + "/2"));
  }

  /**
   * The pages, with the text font and a second face of the same collection for icons; after saving, the icon face
   * is renamed to what LaTeX embeds for Font Awesome, so its glyphs extract as the letters they are coded as.
   */
  private static byte[] pdf(List<List<Run>> pages) throws IOException {
    byte[] first;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<TrueTypeFont> faces = new ArrayList<>();
      new TrueTypeCollection(ResumeFiles.CJK_FONT.toFile()).processAllFonts(faces::add);
      PDFont text = PDType0Font.load(doc, faces.get(0), true);
      PDFont icons = PDType0Font.load(doc, faces.get(faces.size() - 1), true);
      for (List<Run> runs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (Run r : runs) {
            cs.beginText();
            cs.setFont(r.icon() ? icons : text, r.size());
            cs.newLineAtOffset(r.x(), height - r.top());
            cs.showText(r.text());
            cs.endText();
          }
        }
      }
      doc.save(out);
      first = out.toByteArray();
    }
    String iconFace = faces();
    try (PDDocument doc = Loader.loadPDF(first); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont f = res.getFont(name);
          if (f.getName().endsWith("+" + iconFace)) {
            f.getCOSObject().setName(COSName.BASE_FONT, "CZPHFP+FontAwesome5Free-Solid");
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PostScript name of the collection's last face, the one used for icons. */
  private static String faces() throws IOException {
    List<TrueTypeFont> faces = new ArrayList<>();
    new TrueTypeCollection(ResumeFiles.CJK_FONT.toFile()).processAllFonts(faces::add);
    return faces.get(faces.size() - 1).getName();
  }
}
