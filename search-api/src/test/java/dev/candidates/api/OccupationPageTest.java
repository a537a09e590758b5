package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In real Chromium: the role and level on a profile opened directly, the role facet and the result cards, in both
 * languages.
 */
class OccupationPageTest {
  @TempDir
  static Path dir;
  static TestServer server;
  static PageDriver page;

  @BeforeAll
  static void start() throws IOException {
    page = PageDriver.start(dir);
    OccupationApiTest.writePeople(dir.resolve("data"));
    server = TestServer.start(dir.resolve("data"), dir.resolve("index"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (page != null) {
      page.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private void switchLanguage() {
    page.click("#lang-toggle");
  }

  @Test
  void aProfileOpenedByItsLinkShowsItsRoleAndLevelInEitherLanguage() {
    page.open(server.base);
    page.browser.get(server.base + "/#/candidate/sre-zh");
    page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-name"), "王磊"));
    assertEquals("Role: SRE", page.text("#profile-role"));
    assertEquals("Level: Senior", page.text("#profile-level"));
    switchLanguage();
    page.wait.until(d -> page.text("#profile-level").equals("级别：高级 / 资深"));
    assertEquals("职能：SRE", page.text("#profile-role"));
    switchLanguage();
    page.wait.until(d -> page.text("#profile-level").equals("Level: Senior"));
  }

  @Test
  void clickingARoleFacetFiltersTheResultsAndItsValuesHaveTheirWords() {
    page.open(server.base);
    page.browser.get(server.base + "/?q=Kafka");
    page.wait.until(d -> page.hitIds().size() == OccupationApiTest.PEOPLE.size());
    String role = "#facets .facet-item[data-dim='role'][data-value='frontend']";
    assertEquals("Frontend", page.text(role + " .facet-label"));
    assertEquals("Role", page.text("#facets .facet[data-dim='role'] h3"));
    assertEquals("Junior", page.text("#facets .facet-item[data-dim='level'][data-value='junior'] .facet-label"));
    page.click(role);
    page.wait.until(d -> d.getCurrentUrl().contains("role=frontend"));
    page.wait.until(d -> page.hitIds().equals(List.of("fe-junior")));
    assertTrue(page.text("#chips").contains("Role: Frontend"), page.text("#chips"));
    String card = "#results .hit[data-id='fe-junior'] .ranked-as";
    assertEquals("Ranked as: Frontend · Junior", page.text(card));
    switchLanguage();
    page.wait.until(d -> page.text(role + " .facet-label").equals("前端"));
    assertTrue(page.text("#chips").contains("职能: 前端"), page.text("#chips"));
    assertEquals("识别为：前端 · 初级", page.text(card));
    switchLanguage();
  }
}
