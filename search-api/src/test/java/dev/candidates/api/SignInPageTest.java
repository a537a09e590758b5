package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page in real Chromium asks for a token once per browser session and sends it with every request. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignInPageTest extends PageDriver.PageTest {

  private boolean signInShown() {
    return Boolean.TRUE.equals(page.js("return !document.querySelector('#signin').hidden;"));
  }

  private void signIn(String token) {
    var input = page.browser.findElement(By.id("signin-token"));
    input.clear();
    input.sendKeys(token);
    page.click("#signin-submit");
  }

  @Test
  void without_a_token_the_page_asks_for_one_then_searches_with_it_for_the_rest_of_the_session() {
    page.browser.get(server.base + "/");
    page.js("localStorage.setItem('candidates.lang', 'en'); sessionStorage.clear();");
    page.browser.get(server.base + "/?q=" + TestServer.enc("Go Kafka"));
    page.wait.until(d -> signInShown());
    assertTrue(page.text("#signin-message").contains("access token"), page.text("#signin-message"));
    assertTrue(page.hitIds().isEmpty(), "nothing is read before signing in");

    signIn("not-a-token");
    page.wait.until(d -> signInShown() && page.text("#signin-message").contains("not accepted"));
    assertEquals("", page.js("return sessionStorage.getItem('candidates.token') ?? '';"), "a refused token is not kept");

    signIn(TestServer.READ_TOKEN);
    page.wait.until(d -> page.hitIds().contains(Fixtures.GO_ENGLISH_ID));
    assertFalse(signInShown());

    page.browser.navigate().refresh(); // the same session: not asked again
    page.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    page.wait.until(d -> page.hitIds().contains(Fixtures.GO_ENGLISH_ID));
    assertFalse(signInShown());
  }

  @Test
  void a_reader_who_tries_to_delete_is_told_the_token_may_not_do_that() {
    page.browser.get(server.base + "/");
    page.js("localStorage.setItem('candidates.lang', 'en'); sessionStorage.clear(); "
        + "sessionStorage.setItem('candidates.token', arguments[0]);", TestServer.READ_TOKEN);
    page.browser.get(server.base + "/#/candidate/" + Fixtures.GO_ENGLISH_ID);
    page.browser.navigate().refresh(); // a new hash alone does not load the page again
    page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile")));
    page.wait.until(d -> !d.findElements(By.id("delete-btn")).isEmpty());
    page.click("#delete-btn");
    page.wait.until(d -> page.text("#delete-status").contains("may not do that"));
    assertTrue(page.text("#delete-status").contains("admin token"), page.text("#delete-status"));
    assertFalse(signInShown(), "a reader stays signed in");
    assertEquals(Fixtures.PROFILES, server.profiles(), "nothing deleted");
  }
}
