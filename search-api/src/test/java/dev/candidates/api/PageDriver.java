package dev.candidates.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) and the few things the page tests do with it:
 * click like a user, run a script, read text, search. The tests are skipped where Chromium is not installed.
 */
final class PageDriver implements AutoCloseable {
  /** A page test: the class's server ({@link ServerFixture.PerClass}) and one browser for its tests, in {@code page}. */
  abstract static class PageTest extends ServerFixture.PerClass {
    static PageDriver page;

    @BeforeAll
    static void startTheBrowser() {
      page = PageDriver.start(dir);
    }

    @AfterAll
    static void closeTheBrowser() {
      if (page != null) {
        page.close();
        page = null;
      }
    }
  }

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver browser;
  final WebDriverWait wait;

  private PageDriver(ChromeDriver browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** A browser with its profile under {@code dir}, in English, 1280 × 900. */
  static PageDriver start(Path dir) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromium-driver are not installed (./candidates test installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
        "--disable-sync", "--window-size=1280,900", "--lang=en-US",
        "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    return new PageDriver(new ChromeDriver(service, options));
  }

  /**
   * Opens the page at {@code base} in English, signed in with a reader token as a recruiter is (writes still need the
   * admin token typed in the panel), and waits for the search box.
   */
  void open(String base) {
    browser.get(base + "/");
    js("localStorage.setItem('candidates.lang', 'en'); sessionStorage.clear(); "
        + "sessionStorage.setItem('candidates.token', arguments[0]);", TestServer.READ_TOKEN);
    browser.get(base + "/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
  }

  /**
   * Clicks like a user, after scrolling the element clear of the sticky top bar; retried while the page is
   * re-rendering (an element found a moment ago may have been replaced).
   */
  void click(String css) {
    wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          WebElement e = d.findElement(By.cssSelector(css));
          js("arguments[0].scrollIntoView({block: 'center'});", e);
          e.click();
          return true;
        });
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Ids of the result cards, read in one script call (the page re-renders; element handles go stale). */
  @SuppressWarnings("unchecked")
  List<String> hitIds() {
    return (List<String>) js("return [...document.querySelectorAll('#results .hit')].map(h => h.dataset.id);");
  }

  String text(String css) {
    return (String) js("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
  }

  /** Types a query, presses Enter and waits until the cards shown are the answer to it. */
  List<String> search(String q, String expectedId) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(q);
    box.sendKeys(Keys.ENTER);
    wait.until(d -> hitIds().contains(expectedId));
    return hitIds();
  }

  @Override
  public void close() {
    browser.quit();
  }
}
