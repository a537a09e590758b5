package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.search.SearchRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Review before save, in real Chromium against the real server: an uploaded résumé is read without being indexed, its
 * fields shown beside its text with the extraction warnings, corrected by hand and saved; the corrected profile is
 * what search finds, and the original file comes back from the profile page. Writes target/screenshots/review.png
 * and review-narrow.png for a person to look at.
 */
class ReviewPageTest extends PageDriver.PageTest {
  static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\">";


  @BeforeEach
  void openPage() {
    page.browser.manage().window().setSize(new Dimension(1280, 900));
    page.open(server.base);
  }

  /**
   * An invented résumé as a PDF: a text page with a markup payload in it, and a second page that is only an image
   * (a scanned page), which the extraction warns about.
   */
  static byte[] resumePdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage text = new PDPage();
      doc.addPage(text);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(doc, text)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        for (String line : List.of("Ysolde Varkonyi", "Platform Engineer | ysolde.v@example.com | +1 555 0142", "",
            "Summary", "Runs build farms. " + PAYLOAD + " Likes Bazel.", "", "Experience",
            "Quillon Systems | Platform Engineer | 2019.04 - Present", "- Bazel remote execution and Kubernetes",
            "", "Skills", "Bazel, Kubernetes, Go")) {
          content.showText(line);
          content.newLineAtOffset(0, -16);
        }
        content.endText();
      }
      PDPage scan = new PDPage();
      doc.addPage(scan);
      BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 400, 300);
      g.setColor(Color.DARK_GRAY);
      g.fillRect(40, 40, 320, 20);
      g.dispose();
      try (PDPageContentStream content = new PDPageContentStream(doc, scan)) {
        content.drawImage(LosslessFactory.createFromImage(doc, image), 72, 300, 400, 300);
      }
      doc.save(file.toFile());
    }
    return Files.readAllBytes(file);
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(String css) {
    return (List<String>) page.js("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim());",
        css);
  }

  private static String value(String css) {
    return page.browser.findElement(By.cssSelector(css)).getDomProperty("value");
  }

  private static void retype(String css, String text) {
    WebElement input = page.browser.findElement(By.cssSelector(css));
    input.clear();
    input.sendKeys(text);
  }

  /** Loads a file into the add form and asks for the review; a text file is read into the text box first. */
  private static void readForReview(Path file) {
    page.browser.findElement(By.id("add-open")).click();
    page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-text")));
    page.browser.findElement(By.id("add-file")).sendKeys(file.toAbsolutePath().toString());
    if (file.toString().endsWith(".txt")) {
      page.wait.until(d -> !value("#add-text").isBlank());
    }
    page.browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
    page.browser.findElement(By.id("add-review")).click();
    page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
  }

  @Test
  void anUploadIsReviewedCorrectedAndSavedAndItsOriginalFileComesBack() throws Exception {
    Path pdf = dir.resolve("ysolde-varkonyi.pdf");
    byte[] bytes = resumePdf(pdf);
    JsonNode parsed = server.send("POST", "/api/candidates/_parse", "application/pdf", bytes, TestServer.TOKEN)
        .json();
    List<String> warnings = new ArrayList<>();
    parsed.get("warnings").forEach(w -> warnings.add(w.asText()));
    assertFalse(warnings.isEmpty(), "the scanned page is warned about: " + parsed);
    JsonNode job = parsed.at("/profile/experience/0");
    assertFalse(job.isMissingNode(), "a job was read: " + parsed);
    int before = server.profiles();

    readForReview(pdf);
    assertEquals(before, server.profiles(), "reading for review indexes nothing");
    assertEquals(warnings, texts("#review-warnings li"));
    assertEquals(parsed.at("/profile/name").asText(""), value("#review-name"));
    assertEquals(parsed.at("/profile/email").asText(""), value("#review-email"));
    assertEquals(job.path("company").asText(""), value("#review-experience .review-row [data-col='company']"));
    assertEquals(parsed.at("/profile/experience").size(), texts("#review-experience .review-row").size());
    // the text beside the fields, shown literally
    String text = page.text("#review-text");
    assertTrue(text.contains(PAYLOAD), "shown as text: " + text);
    assertTrue(page.browser.findElements(By.cssSelector("#review img, #add-panel img")).isEmpty());
    Map<?, ?> fields = (Map<?, ?>) page.js("return document.querySelector('.review-fields').getBoundingClientRect();");
    Map<?, ?> source = (Map<?, ?>) page.js("return document.querySelector('.review-source').getBoundingClientRect();");
    assertTrue(((Number) source.get("left")).doubleValue() >= ((Number) fields.get("right")).doubleValue(),
        "the text is beside the fields: " + fields + " " + source);

    retype("#review-name", "Ysolde Quenby-Arden");
    retype("#review-experience .review-row [data-col='company']", "Thornfield Analytics");
    retype("#review-skill", "Fortran\n");
    page.wait.until(d -> texts("#review-skills li").stream().anyMatch(s -> s.contains("Fortran")));
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    page.js("document.querySelector('#add-panel').scrollIntoView();");
    Files.write(shots.resolve("review.png"), page.browser.getScreenshotAs(OutputType.BYTES));
    page.browser.manage().window().setSize(new Dimension(420, 900));
    page.js("document.querySelector('#review-experience').scrollIntoView();");
    Files.write(shots.resolve("review-narrow.png"), page.browser.getScreenshotAs(OutputType.BYTES));
    assertTrue((Boolean) page.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "no sideways scrolling on a narrow window");
    page.browser.manage().window().setSize(new Dimension(1280, 900));

    page.click("#review-save");
    page.wait.until(d -> "ok".equals(d.findElement(By.id("add-result")).getAttribute("data-state")));
    assertEquals(warnings, texts("#add-warnings li"), "the warnings stay in view after saving");
    assertEquals(before + 1, server.profiles());
    String id = server.index.search(SearchRequest.of("Quenby")).hits().get(0).id();

    page.search("Quenby-Arden", id);
    page.click("#results .hit[data-id='" + id + "'] .hit-name a");
    page.wait.until(d -> page.text("#profile").contains("Ysolde Quenby-Arden"));
    String profile = page.text("#profile");
    assertTrue(profile.contains("Thornfield Analytics"), profile);
    assertTrue(profile.contains(PAYLOAD), "the résumé text, literally: " + profile);
    assertTrue(page.browser.findElements(By.cssSelector("#profile img")).isEmpty());
    assertNull(page.js("return window.__xss;"), "no payload ran");

    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    page.browser.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    page.click("#download-original");
    Path downloaded = downloads.resolve("ysolde-varkonyi.pdf");
    page.wait.until(d -> Files.isRegularFile(downloaded) && sizeOf(downloaded) == bytes.length);
    assertArrayEquals(bytes, Files.readAllBytes(downloaded), "the original file, as uploaded");
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  @Test
  void aDateThatIsNotAMonthIsMarkedAndNothingIsSaved() throws Exception {
    Path txt = dir.resolve("brannoc.txt");
    Files.writeString(txt, "Brannoc Ailesbury\nData Engineer | brannoc@example.com\n\nExperience\n"
        + "Velmore Freight | Data Engineer | 2017.02 - 2020.08\n- Spark pipelines\n");
    int before = server.profiles();
    readForReview(txt);

    page.click("[data-action='add-row'][data-list='experience']");
    List<WebElement> rows = page.browser.findElements(By.cssSelector("#review-experience .review-row"));
    WebElement added = rows.get(rows.size() - 1);
    added.findElement(By.cssSelector("[data-col='company']")).sendKeys("Orrin Tide");
    added.findElement(By.cssSelector("[data-col='start']")).sendKeys("last spring");
    page.click("#review-save");
    page.wait.until(d -> !page.text("#review-status").isBlank());
    assertEquals("true", page.browser.findElement(By.cssSelector("#review-experience .review-row:last-child "
        + "[data-col='start']")).getAttribute("aria-invalid"), "the date is marked");
    assertEquals(before, server.profiles(), "nothing saved");

    retype("#review-experience .review-row:last-child [data-col='start']", "2021.3");
    page.click("#review-save");
    page.wait.until(d -> "ok".equals(d.findElement(By.id("add-result")).getAttribute("data-state")));
    String id = server.index.search(SearchRequest.of("Ailesbury")).hits().get(0).id();
    JsonNode saved = server.get("/api/candidates/" + id).json();
    List<String> companies = new ArrayList<>();
    saved.get("experience").forEach(x -> companies.add(x.path("company").asText() + " " + x.path("start").asText()));
    assertTrue(companies.contains("Orrin Tide 2021-03"), companies.toString());
    assertTrue(server.get("/api/candidates/" + id + "/file").body().contains("Velmore Freight"),
        "the loaded text file is the kept original");
  }

  @Test
  void warningsReadInThePagesLanguageAndTheLinksAreEditedSavedAndShownAsSafeLinks() throws Exception {
    Path txt = dir.resolve("ines.txt");
    Files.writeString(txt, "Ines Marlowe-Quay\nines.mq@example.com | github.com/example-ines\n\nSkills\nGo, Kafka\n");
    readForReview(txt);
    assertTrue(texts("#review-warnings li").contains("no jobs found"), texts("#review-warnings li")::toString);
    assertEquals("github.com/example-ines", value("#review .review-link input"));
    page.browser.findElement(By.id("lang-toggle")).click();
    page.wait.until(d -> texts("#review-warnings li").contains("未找到工作经历"));
    page.browser.findElement(By.id("lang-toggle")).click();
    page.wait.until(d -> texts("#review-warnings li").contains("no jobs found"));

    page.click("#review-save");
    page.wait.until(d -> "ok".equals(d.findElement(By.id("add-result")).getAttribute("data-state")));
    String id = server.index.search(SearchRequest.of("Marlowe")).hits().get(0).id();
    assertEquals("github.com/example-ines", server.get("/api/candidates/" + id).json().at("/links/0").asText());
    page.search("Marlowe-Quay", id);
    page.click("#results .hit[data-id='" + id + "'] .hit-name a");
    page.wait.until(d -> !d.findElements(By.cssSelector("#profile-links a")).isEmpty());
    WebElement link = page.browser.findElement(By.cssSelector("#profile-links a"));
    assertEquals("https://github.com/example-ines", link.getAttribute("href"));
    assertEquals("github.com/example-ines", link.getText());
    assertTrue(link.getAttribute("rel").contains("noopener") && link.getAttribute("rel").contains("noreferrer"));
  }

  @Test
  void switchingTheLanguageDuringAReviewKeepsTheCorrections() throws Exception {
    Path txt = dir.resolve("odalys.txt");
    Files.writeString(txt, "Odalys Fenwright\nSRE | odalys@example.com\n\nSkills\nTerraform, Go\n");
    readForReview(txt);
    String english = page.text("#review-save");
    retype("#review-name", "Odalys Fenwright-Ruiz");
    page.browser.findElement(By.id("lang-toggle")).click();
    page.wait.until(d -> !page.text("#review-save").equals(english));
    assertTrue(page.text("#review-save").codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), page.text("#review-save"));
    assertEquals("Odalys Fenwright-Ruiz", value("#review-name"), "the correction survives the switch");
    page.browser.findElement(By.id("lang-toggle")).click();
    page.wait.until(d -> page.text("#review-save").equals(english));
  }
}
