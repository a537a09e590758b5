package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static dev.candidates.api.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.api.TestServer.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read side of the API over a real index: search, suggest, profiles, similar, status, and every bad input. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchApiTest extends ServerFixture.PerClass {
  @AfterEach
  void the_index_is_unchanged() {
    assertEquals(Fixtures.PROFILES, server.profiles());
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void a_search_returns_the_result_contract_with_hits_matched_skills_highlights_and_facets() {
    Response r = server.get("/api/search?q=" + enc("Go Kafka"));
    assertEquals(200, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"));
    JsonNode j = r.json();
    for (String f : List.of("total", "tookMs", "partial", "timedOut", "didYouMean", "hits", "facets")) {
      assertTrue(j.has(f), "field " + f + " in " + r.body());
    }
    assertEquals(Fixtures.GO_ENGLISH_ID, ids(j).get(0));
    JsonNode hit = j.get("hits").get(0);
    for (String f : List.of("id", "name", "headline", "location", "totalYears", "score", "matchedSkills",
        "highlights")) {
      assertTrue(hit.has(f), "hit field " + f + " in " + hit);
    }
    assertFalse(hit.has("explanation"), "no explanation unless asked");
    JsonNode skill = hit.get("matchedSkills").get(0);
    assertTrue(skill.has("skill") && skill.has("years") && skill.has("via"), skill.toString());
    JsonNode highlight = hit.get("highlights").get(0);
    assertEquals("text", highlight.get("field").asText());
    assertTrue(highlight.get("fragment").asText().contains("<em>"), highlight.toString());
    for (String dim : List.of("skills", "companies", "location", "years", "language")) {
      assertTrue(j.get("facets").has(dim), "facet " + dim);
    }
  }

  @Test
  void a_search_says_in_server_timing_what_its_search_and_its_json_took() {
    Response r = server.get("/api/search?q=" + enc("Go Kafka"));
    assertEquals(200, r.status(), r.body());
    String timing = r.header("Server-Timing");
    assertNotNull(timing, "a Server-Timing header");
    assertTrue(timing.matches("search;dur=\\d+\\.\\d{3}, json;dur=\\d+\\.\\d{3}"), timing);
  }

  @Test
  void facets_and_highlights_can_be_switched_off_and_the_ranking_stays_the_same() {
    JsonNode full = server.get("/api/search?q=" + enc("Go Kafka")).json();
    assertTrue(full.get("totalExact").asBoolean());
    Response r = server.get("/api/search?q=" + enc("Go Kafka") + "&facets=false&highlight=false");
    assertEquals(200, r.status(), r.body());
    JsonNode bare = r.json();
    assertEquals(ids(full), ids(bare));
    for (int i = 0; i < full.get("hits").size(); i++) {
      double score = full.get("hits").get(i).get("score").asDouble();
      assertTrue(score > 0, full.toString());
      assertEquals(score, bare.get("hits").get(i).get("score").asDouble(), 1e-6, "the same score without facets");
    }
    assertEquals(full.get("total").asLong(), bare.get("total").asLong(), "a small index: counted exactly");
    assertTrue(bare.get("totalExact").asBoolean());
    assertEquals(0, bare.get("facets").size(), bare.get("facets").toString());
    bare.get("hits").forEach(h -> assertEquals(0, h.get("highlights").size(), h.toString()));
    JsonNode filtered = server.get("/api/search?q=" + enc("Go") + "&facets=false&location=Shenzhen").json();
    assertEquals(server.get("/api/search?q=" + enc("Go") + "&location=Shenzhen").json().get("total").asLong(),
        filtered.get("total").asLong(), "facet filters still apply without facet counts");
    assertError(server.get("/api/search?q=Go&facets=maybe"), 400, "invalid_parameter");
  }

  @Test
  void an_english_skill_finds_chinese_and_mixed_resumes() {
    JsonNode j = server.get("/api/search?q=" + enc("Kubernetes")).json();
    assertTrue(ids(j).contains(Fixtures.SRE_CHINESE_ID), j.toString());
    JsonNode go = server.get("/api/search?q=" + enc("trpc-go")).json();
    assertTrue(go.get("total").asLong() >= 1, go.toString());
    assertEquals("李伟", go.get("hits").get(0).get("name").asText(), go.toString());
  }

  @Test
  void a_chinese_query_finds_chinese_profiles() {
    JsonNode j = server.get("/api/search?q=" + enc("阿里巴巴 Java")).json();
    assertTrue(j.get("total").asLong() >= 1, j.toString());
    assertEquals("王强", j.get("hits").get(0).get("name").asText(), j.toString());
  }

  @Test
  void facet_filters_years_bounds_sort_paging_and_explain_are_applied() {
    JsonNode filtered = server.get("/api/search?skills=Kubernetes&location=" + enc("北京")).json();
    assertEquals(List.of(Fixtures.SRE_CHINESE_ID), ids(filtered));

    JsonNode twoSkills = server.get("/api/search?skills=Kubernetes&skills=React").json();
    assertTrue(ids(twoSkills).containsAll(List.of(Fixtures.SRE_CHINESE_ID, Fixtures.FRONTEND_ID)),
        twoSkills.toString());

    JsonNode senior = server.get("/api/search?minYears=9").json();
    senior.get("hits").forEach(h -> assertTrue(h.get("totalYears").asDouble() >= 9, h.toString()));
    JsonNode junior = server.get("/api/search?maxYears=9").json();
    junior.get("hits").forEach(h -> assertTrue(h.get("totalYears").asDouble() <= 9, h.toString()));
    assertEquals(Fixtures.PROFILES, senior.get("total").asLong() + junior.get("total").asLong());

    JsonNode byYears = server.get("/api/search?sort=years&size=3").json();
    assertEquals(3, byYears.get("hits").size());
    double previous = Double.MAX_VALUE;
    for (JsonNode h : byYears.get("hits")) {
      assertTrue(h.get("totalYears").asDouble() <= previous, byYears.toString());
      previous = h.get("totalYears").asDouble();
    }

    List<String> all = ids(server.get("/api/search?size=" + Fixtures.PROFILES).json());
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      paged.addAll(ids(server.get("/api/search?size=3&page=" + page).json()));
    }
    assertEquals(all, paged);

    JsonNode explained = server.get("/api/search?q=Go&explain=true&size=1").json();
    assertTrue(explained.get("hits").get(0).get("explanation").get("summary").asText().contains("Score"));
  }

  @Test
  void suggest_completes_skills_in_both_languages() {
    Response r = server.get("/api/suggest?prefix=kub&size=5");
    assertEquals(200, r.status(), r.body());
    JsonNode first = r.json().get("suggestions").get(0);
    assertEquals("kubernetes", first.get("id").asText(), r.body());
    assertEquals("skill", first.get("type").asText());
    assertTrue(first.has("id") && first.get("count").asLong() >= 2, first.toString());
    JsonNode zh = server.get("/api/suggest?prefix=" + enc("分布")).json();
    assertTrue(zh.get("suggestions").size() >= 1, zh.toString());
    assertEquals(0, server.get("/api/suggest?prefix=").json().get("suggestions").size());
    assertError(server.get("/api/suggest?prefix=" + "x".repeat(51)), 400, "invalid_request");
  }

  @Test
  void a_candidate_is_returned_as_its_stored_profile_and_an_unknown_id_is_404() {
    Response r = server.get("/api/candidates/" + Fixtures.SRE_CHINESE_ID);
    assertEquals(200, r.status(), r.body());
    assertEquals("张敏", r.json().get("name").asText());
    assertTrue(r.json().get("skillYears").has("Kubernetes"), r.body());
    assertError(server.get("/api/candidates/no-such-id"), 404, "not_found");
    assertError(server.get("/api/candidates/no-such-id/similar"), 404, "not_found");
  }

  @Test
  void similar_candidates_share_skills_and_exclude_the_candidate_itself() {
    Response r = server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID + "/similar?size=3");
    assertEquals(200, r.status(), r.body());
    List<String> ids = ids(r.json());
    assertFalse(ids.isEmpty(), r.body());
    assertFalse(ids.contains(Fixtures.GO_ENGLISH_ID));
    assertEquals("李伟", r.json().get("hits").get(0).get("name").asText(), "the other Go/Kafka engineer");
    assertError(server.get("/api/candidates/" + Fixtures.GO_ENGLISH_ID + "/similar?size=0"), 400,
        "invalid_parameter");
  }

  @Test
  void health_stats_and_openapi_describe_the_service() {
    JsonNode health = server.get("/api/health").json();
    assertEquals("ok", health.get("status").asText());
    assertEquals(Fixtures.PROFILES, health.get("profiles").asInt());

    server.get("/api/search?q=Go");
    JsonNode stats = server.get("/api/stats").json();
    assertEquals(Fixtures.PROFILES, stats.get("profiles").asInt());
    assertTrue(stats.get("indexSizeBytes").asLong() > 0);
    assertNotNull(java.time.Instant.parse(stats.get("lastCommit").asText()));
    assertEquals(1, stats.get("generation").asLong());
    assertTrue(stats.get("queries").asLong() >= 1);
    JsonNode latency = stats.get("latencyMs");
    assertTrue(latency.get("max").asDouble() >= latency.get("p99").asDouble()
        && latency.get("p99").asDouble() >= latency.get("p90").asDouble()
        && latency.get("p90").asDouble() >= latency.get("p50").asDouble()
        && latency.get("p50").asDouble() > 0, latency.toString());
    assertTrue(stats.has("uptimeSeconds"));

    Response openApi = server.get("/api/openapi.json");
    assertEquals(200, openApi.status());
    JsonNode doc = openApi.json();
    assertTrue(doc.get("openapi").asText().startsWith("3.0"));
    for (String path : List.of("/api/search", "/api/suggest", "/api/candidates", "/api/candidates/_bulk",
        "/api/candidates/{id}", "/api/candidates/{id}/similar", "/api/reindex", "/api/health", "/api/stats")) {
      assertTrue(doc.get("paths").has(path), "documented: " + path);
    }
  }

  @Test
  void every_response_carries_the_security_headers() {
    for (Response r : List.of(server.get("/api/health"), server.get("/api/search?q=(go"), server.get("/nope"),
        server.get("/api/candidates/nope"))) {
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
      assertEquals("no-referrer", r.header("Referrer-Policy"));
      assertTrue(r.header("Content-Security-Policy").contains("default-src 'self'"));
      assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void the_web_page_is_served_at_the_root_when_it_is_on_the_class_path() {
    org.junit.jupiter.api.Assumptions.assumeTrue(ApiServer.class.getResource("/web/index.html") != null,
        "the web module has no page yet");
    Response r = server.get("/");
    assertEquals(200, r.status());
    assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
    assertEquals("nosniff", r.header("X-Content-Type-Options"));
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void an_unknown_parameter_is_rejected_with_a_did_you_mean_hint() {
    JsonNode e = assertError(server.get("/api/search?q=go&pgae=2"), 400, "unknown_parameter");
    assertTrue(e.get("message").asText().contains("did you mean \"page\""), e.toString());
    JsonNode skill = assertError(server.get("/api/search?skill=Go"), 400, "unknown_parameter");
    assertTrue(skill.get("message").asText().contains("did you mean \"skills\""), skill.toString());
    assertError(server.get("/api/health?verbose=1"), 400, "unknown_parameter");
  }

  @ParameterizedTest(name = "{0} is a 400 naming the parameter")
  @ValueSource(strings = {"page=abc", "page=-1", "page=0", "size=0", "size=100000", "size=1e3", "page=99999999999",
      "minYears=abc", "minYears=NaN", "minYears=200", "maxYears=-1", "sort=name", "explain=maybe", "page=1&page=2"})
  void a_bad_number_or_choice_is_refused(String query) {
    Response r = server.get("/api/search?" + query);
    assertEquals(400, r.status(), r.body());
    String code = r.json().get("error").asText();
    assertTrue(List.of("invalid_parameter", "invalid_request").contains(code), r.body());
    JsonNode e = assertError(r, 400, code);
    assertTrue(e.get("message").asText().contains(query.substring(0, query.indexOf('='))), e.toString());
  }

  @Test
  void a_years_range_upside_down_is_refused() {
    assertError(server.get("/api/search?minYears=9&maxYears=3"), 400, "invalid_request");
  }

  @Test
  void paging_deeper_than_ten_thousand_results_is_refused() {
    JsonNode e = assertError(server.get("/api/search?q=go&page=101&size=100"), 400, "invalid_request");
    assertTrue(e.get("message").asText().contains("10000"), e.toString());
    assertEquals(200, server.get("/api/search?q=go&page=100&size=100").status());
  }

  @ParameterizedTest(name = "q={0} is a 400 that says what to fix")
  @ValueSource(strings = {"\"tech lead", "(go OR kafka", "go)", "skill:go>=abc", "*netes", "?ubernetes", "go OR",
      "nosuchfield:x", "years:9..3", "NOT"})
  void a_query_syntax_error_is_refused(String q) {
    JsonNode e = assertError(server.get("/api/search?q=" + enc(q)), 400, "query_syntax");
    assertTrue(e.get("message").asText().length() > 10, e.toString());
  }

  @Test
  void thousands_of_clauses_and_huge_queries_and_filters_are_refused_cleanly() {
    JsonNode clauses = assertError(server.get("/api/search?q=" + enc("go OR ".repeat(150) + "go")), 400,
        "query_syntax");
    assertTrue(clauses.get("message").asText().contains("clauses"), clauses.toString());
    assertError(server.get("/api/search?q=" + enc("go OR ".repeat(3000) + "go")), 400, "query_syntax");
    assertError(server.get("/api/search?q=" + enc("(".repeat(400) + "go" + ")".repeat(400))), 400,
        "query_syntax");
    JsonNode big = assertError(server.get("/api/search?q=" + "x".repeat(100_000)), 400, "query_syntax");
    assertTrue(big.get("message").asText().contains("1000"), big.toString());
    StringBuilder filters = new StringBuilder("/api/search?q=go");
    for (int i = 0; i < 2000; i++) {
      filters.append("&skills=s").append(i);
    }
    assertError(server.get(filters.toString()), 400, "invalid_request");
    assertError(server.get("/api/search?q=" + "x".repeat(300_000)), 414, "uri_too_long");
    assertError(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/search?q=go"))
        .header("X-Padding", "x".repeat(300_000))), 431, "headers_too_large");
    // a long bag of plain words is a legitimate (if odd) query: answered, not refused
    Response words = server.get("/api/search?q=" + enc("a ".repeat(450)));
    assertEquals(200, words.status(), words.body());
  }

  @Test
  void unknown_routes_are_404_json_and_wrong_methods_are_405_json() {
    assertError(server.get("/api/nothing-here"), 404, "not_found");
    assertError(server.get("/no/such/page"), 404, "not_found");
    Response wrongMethod = server.send("DELETE", "/api/search", null, null, TestServer.TOKEN);
    assertError(wrongMethod, 405, "method_not_allowed");
    assertEquals("GET", wrongMethod.header("Allow"));
    assertError(server.send("PATCH", "/api/candidates/" + Fixtures.GO_ENGLISH_ID, "application/json",
        "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), TestServer.TOKEN), 405, "method_not_allowed");
  }
}
