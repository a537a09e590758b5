package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recruiter's page in real headless Chromium (Debian's chromium and chromium-driver) against the real server and
 * a real index: search with highlights, facets, profile, adding a candidate with the token, inert XSS payloads, the
 * language toggle. Writes target/screenshots/results.png for a person to look at.
 */
class WebPageTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;
  static TestServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromium-driver are not installed (./candidates test installs them)");
    server = TestServer.start(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
        "--disable-sync", "--window-size=1280,900", "--lang=en-US",
        "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openPage() {
    browser.get(server.base + "/");
    js("localStorage.setItem('candidates.lang', 'en'); sessionStorage.clear();");
    browser.get(server.base + "/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
  }

  /**
   * Clicks like a user, after scrolling the element clear of the sticky top bar; retried while the page is
   * re-rendering (an element found a moment ago may have been replaced).
   */
  private static void click(String css) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .until(d -> {
          WebElement e = d.findElement(By.cssSelector(css));
          js("arguments[0].scrollIntoView({block: 'center'});", e);
          e.click();
          return true;
        });
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Ids of the result cards, read in one script call (the page re-renders; element handles go stale). */
  @SuppressWarnings("unchecked")
  private static List<String> hitIds() {
    return (List<String>) js("return [...document.querySelectorAll('#results .hit')].map(h => h.dataset.id);");
  }

  private static String text(String css) {
    return (String) js("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
  }

  /** Types a query, presses Enter and waits until the cards shown are the answer to it. */
  private static List<String> search(String q, String expectedId) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(q);
    box.sendKeys(Keys.ENTER);
    wait.until(d -> hitIds().contains(expectedId));
    return hitIds();
  }

  @Test
  void typingAQueryShowsHighlightedResultsAndTheUrlFollows() throws IOException {
    browser.findElement(By.id("q")).sendKeys("Kafka");
    // results as you type: no Enter pressed
    wait.until(d -> d.getCurrentUrl().contains("q=Kafka") && hitIds().contains(Fixtures.GO_ENGLISH_ID));
    String card = "#results .hit[data-id='" + Fixtures.GO_ENGLISH_ID + "']";
    wait.until(d -> text(card).contains("Daniel Mercer"));
    Object marks = js("return [...document.querySelectorAll(arguments[0] + ' em, ' + arguments[0] + ' mark')]"
        + ".map(m => m.textContent.toLowerCase());", card);
    assertTrue(((List<?>) marks).contains("kafka"), "highlighted match: " + marks);
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(shots.resolve("results.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aChineseQueryFindsTheEnglishResume() {
    assertTrue(search("分布式系统", Fixtures.GO_ENGLISH_ID).contains(Fixtures.GO_ENGLISH_ID));
  }

  @Test
  void clickingAFacetNarrowsTheResultsAndShowsARemovableChip() {
    int everyone = server.profiles();
    browser.get(server.base + "/?q=");
    wait.until(d -> hitIds().size() == everyone);
    click(".facet-item[data-dim='language'][data-value='zh']");
    wait.until(d -> d.getCurrentUrl().contains("language=zh"));
    wait.until(d -> hitIds().size() < everyone && !hitIds().isEmpty());
    assertFalse(browser.findElements(By.cssSelector("#chips .chip")).isEmpty(), "active filter chip");
    click("#chips .chip button");
    wait.until(d -> !d.getCurrentUrl().contains("language=zh"));
    wait.until(d -> hitIds().size() == everyone);
  }

  @Test
  void openingAProfileShowsItsSkillsTimelineAndText() {
    search("Kafka", Fixtures.GO_ENGLISH_ID);
    click("#results .hit[data-id='" + Fixtures.GO_ENGLISH_ID + "'] .hit-name a");
    wait.until(d -> text("#profile").contains("Daniel Mercer"));
    assertTrue(text("#profile").contains("Kafka"), text("#profile"));
    browser.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
  }

  @Test
  void addingAProfileWithTheTokenMakesItSearchableAndItsTextStaysInert() throws IOException {
    String evil = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    String resume = "Zorblax Quintero " + evil + "\nStaff Zig Engineer | zorblax@example.com\n\n"
        + "Summary\nBuilds compilers in Zig. <a href=\"javascript:window.__xss=3\">click me</a>\n";
    browser.findElement(By.id("add-open")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-text"))).sendKeys(resume);
    browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
    browser.findElement(By.id("add-submit")).click();
    wait.until(d -> "ok".equals(d.findElement(By.id("add-result")).getAttribute("data-state")));
    String id = server.index.search(dev.candidates.search.SearchRequest.of("Zorblax")).hits().get(0).id();

    search("Zorblax", id);
    String card = "#results .hit[data-id='" + id + "']";
    assertTrue(text(card).contains("<img src=x"), "shown literally: " + text(card));
    click(card + " .hit-name a");
    wait.until(d -> text("#profile").contains("<script>window.__xss=2</script>"));
    assertTrue(text("#profile").contains("javascript:window.__xss=3"));
    assertTrue(browser.findElements(By.cssSelector("#profile img, #profile script")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
    assertNull(js("return window.__xss;"), "no payload ran");
    assertEquals(1L, js("return document.querySelectorAll('script').length === document.querySelectorAll("
        + "'script[src]').length ? 1 : 0;"));
  }

  @Test
  void uploadingAPdfResumeMakesItSearchable() throws IOException {
    Path pdf = dir.resolve("quentin-blake.pdf");
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
          org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        for (String line : List.of("Quentin Blakeworth", "Compiler Engineer | quentin@example.com", "",
            "Experience", "Zeta Labs | Compiler Engineer | 2018.01 - Present", "- Haskell and OCaml compilers")) {
          content.showText(line);
          content.newLineAtOffset(0, -16);
        }
        content.endText();
      }
      doc.save(pdf.toFile());
    }
    browser.findElement(By.id("add-open")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-text")));
    browser.findElement(By.id("add-file")).sendKeys(pdf.toAbsolutePath().toString());
    browser.findElement(By.id("token")).sendKeys(TestServer.TOKEN);
    browser.findElement(By.id("add-submit")).click();
    wait.until(d -> "ok".equals(d.findElement(By.id("add-result")).getAttribute("data-state")));
    String id = server.index.search(dev.candidates.search.SearchRequest.of("Blakeworth")).hits().get(0).id();
    assertTrue(search("Haskell Blakeworth", id).contains(id));
  }

  @Test
  void theLanguageToggleChangesEveryLabelAndIsRemembered() {
    String english = browser.findElement(By.id("add-open")).getText();
    browser.findElement(By.id("lang-toggle")).click();
    wait.until(d -> !d.findElement(By.id("add-open")).getText().equals(english));
    assertEquals("zh", browser.findElement(By.tagName("html")).getAttribute("lang").substring(0, 2));
    assertTrue(browser.findElement(By.id("add-open")).getText().codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    browser.navigate().refresh();
    wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh"));
  }
}
