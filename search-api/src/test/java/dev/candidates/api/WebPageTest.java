package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recruiter's page in real headless Chromium (Debian's chromium and chromium-driver) against the real server and
 * a real index: search with highlights, facets in the API's order, profile, adding a candidate with the token, inert
 * XSS payloads, the language toggle and its labels. The review step of an upload is in {@link ReviewPageTest}. Writes target/screenshots/results.png for a person to look at.
 */
class WebPageTest extends PageDriver.PageTest {
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void keepTheBrowsersParts() {
    browser = page.browser;
    wait = page.wait;
  }

  @BeforeEach
  void openPage() {
    page.open(server.base);
  }

  private static void click(String css) {
    page.click(css);
  }

  private static Object js(String script, Object... args) {
    return page.js(script, args);
  }

  private static List<String> hitIds() {
    return page.hitIds();
  }

  private static String text(String css) {
    return page.text(css);
  }

  private static List<String> search(String q, String expectedId) {
    return page.search(q, expectedId);
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
  void theFacetsAppearInTheOrderOfTheApiAnswer() {
    browser.get(server.base + "/?q=");
    wait.until(d -> hitIds().size() == server.profiles());
    JsonNode answer = server.get("/api/search?q=").json();
    JsonNode facets = answer.get("facets");
    List<String> expected = new ArrayList<>();
    answer.path("facetOrder").forEach(d -> expected.add(d.isTextual() ? d.asText() : d.path("dim").asText()));
    facets.fieldNames().forEachRemaining(d -> {
      if (!expected.contains(d)) {
        expected.add(d);
      }
    });
    expected.removeIf(d -> facets.path(d).isEmpty());
    assertTrue(expected.size() > 1, "facets to show: " + answer);
    assertEquals(expected, js("return [...document.querySelectorAll('#facets .facet')].map(f => f.dataset.dim);"));
  }

  @Test
  void aFilterTheApiDoesNotKnowIsRefusedInTheApisOwnWords() {
    browser.get(server.base + "/?q=Kafka&skils=Go");
    wait.until(d -> !d.findElement(By.id("error")).getText().isBlank());
    String message = server.get("/api/search?q=Kafka&skils=Go").json().get("message").asText();
    assertTrue(text("#error").contains(message), text("#error") + " / " + message);
  }

  /**
   * Every label the markup and the scripts (followed from app.js through their imports) name literally exists in
   * both languages, and both languages have the same labels.
   */
  @Test
  @SuppressWarnings("unchecked")
  void everyLabelThePageUsesExistsInEnglishAndChinese() {
    Map<String, List<String>> keys = (Map<String, List<String>>) ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "import('./i18n.js').then(({ messages }) => done({ en: Object.keys(messages.en),"
            + " zh: Object.keys(messages.zh) }));");
    Set<String> used = new TreeSet<>();
    Matcher markup = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([\\w.+-]+)\"").matcher(server.get("/").body());
    while (markup.find()) {
      used.add(markup.group(1));
    }
    Deque<String> scripts = new ArrayDeque<>(List.of("app.js"));
    Set<String> seen = new HashSet<>();
    Pattern imports = Pattern.compile("from '\\./([\\w-]+\\.js)'");
    // Any quoted "namespace.name" whose namespace the dictionaries have: t('…') arguments and keys kept in tables.
    Pattern literals = Pattern.compile("'([a-zA-Z]+)\\.([\\w.+-]+)'");
    Set<String> namespaces = new HashSet<>(keys.get("en").stream().map(k -> k.substring(0, k.indexOf('.'))).toList());
    while (!scripts.isEmpty()) {
      String name = scripts.pop();
      if (!seen.add(name)) {
        continue;
      }
      String source = server.get("/" + name).body();
      for (Matcher m = imports.matcher(source); m.find(); ) {
        scripts.push(m.group(1));
      }
      for (Matcher m = literals.matcher(source); m.find(); ) {
        if (namespaces.contains(m.group(1))) {
          used.add((m.group(1) + "." + m.group(2)).replaceFirst("_one$", "")); // the English singular variant
        }
      }
    }
    assertTrue(seen.contains("review.js") && used.contains("review.save"), "scripts read: " + seen);
    for (String lang : List.of("en", "zh")) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(keys.get(lang));
      assertEquals(Set.of(), missing, "labels missing in " + lang);
    }
    assertEquals(new TreeSet<>(keys.get("en").stream().map(k -> k.replaceFirst("_one$", "")).toList()),
        new TreeSet<>(keys.get("zh")), "the same labels in both languages (Chinese needs no singular)");
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
