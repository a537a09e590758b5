package dev.candidates.api;

import static dev.candidates.api.TestServer.assertError;
import static dev.candidates.api.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A filter on a facet whose values form a closed set (degree, years bucket, language, and any such facet the
 * registry gains) refuses a value outside it over real HTTP, naming what it takes with a did-you-mean, instead of
 * silently finding no one; open facets (skills, companies, location) take any value.
 */
class FacetFilterValuesTest extends ServerFixture.PerClass {
  private static List<FieldDef> closedFacets() {
    return FieldRegistry.facets().stream().filter(f -> f.facet().closed()).toList();
  }

  private static int total(String query) {
    TestServer.Response r = server.get("/api/search?" + query);
    assertEquals(200, r.status(), r.body());
    return r.json().get("total").asInt();
  }

  @Test
  void the_degree_years_and_language_facets_are_closed_and_the_open_ones_are_not() {
    List<String> closed = closedFacets().stream().map(f -> f.facet().dimension()).toList();
    assertTrue(closed.containsAll(List.of("years", "language", "degree")), closed.toString());
    for (String open : List.of("skills", "companies", "location")) {
      assertFalse(FieldRegistry.facet(open).facet().closed(), open);
    }
  }

  @Test
  void a_value_a_closed_facet_does_not_take_is_a_400_naming_every_value_it_takes() {
    for (FieldDef f : closedFacets()) {
      String dim = f.facet().dimension();
      JsonNode e = assertError(server.get("/api/search?q=go&" + dim + "=foo"), 400, "unknown_filter_value");
      String message = e.get("message").asText();
      assertTrue(message.startsWith("there is no " + dim + " \"foo\"; the " + dim + " filter takes "), message);
      assertTrue(message.endsWith(String.join(", ", f.facet().closedTo())), message);
      assertFalse(message.contains("did you mean"), "nothing is near foo: " + message);
    }
  }

  @Test
  void a_near_miss_gets_a_did_you_mean() {
    JsonNode degree = assertError(server.get("/api/search?q=go&degree=mastr"), 400, "unknown_filter_value");
    assertTrue(degree.get("message").asText().contains("(did you mean \"master\"?)"), degree.toString());
    JsonNode language = assertError(server.get("/api/search?language=zhh"), 400, "unknown_filter_value");
    assertTrue(language.get("message").asText().contains("(did you mean \"zh\"?)"), language.toString());
    JsonNode years = assertError(server.get("/api/search?years=3-6"), 400, "unknown_filter_value");
    assertTrue(years.get("message").asText().contains("(did you mean \"3-5\"?)"), years.toString());
  }

  @Test
  void an_unencoded_plus_in_ten_plus_years_is_explained() {
    // "years=10+" arrives as "10 " (a + in a query string is a space): say how to write it
    JsonNode e = assertError(server.get("/api/search?years=10+"), 400, "unknown_filter_value");
    String message = e.get("message").asText();
    assertTrue(message.contains("(did you mean \"10+\"?)") && message.contains("write + as %2B"), message);
    assertEquals(200, server.get("/api/search?years=" + enc("10+")).status());
  }

  @Test
  void one_bad_value_among_good_ones_refuses_the_request() {
    assertError(server.get("/api/search?language=zh&language=klingon"), 400, "unknown_filter_value");
  }

  @Test
  void a_closed_value_in_another_case_or_as_a_degree_is_written_means_the_indexed_value() {
    int zh = total("language=zh");
    assertTrue(zh > 0, "the fixtures have Chinese résumés");
    assertEquals(zh, total("language=ZH"));
    int none = total("degree=none");
    assertTrue(none > 0, "the fixtures have profiles without a degree");
    assertEquals(none, total("degree=None"));
    assertEquals(total("degree=master"), total("degree=" + enc("硕士")));
  }

  @Test
  void the_facet_counts_keep_the_value_as_indexed_when_the_filter_was_written_otherwise() {
    JsonNode j = server.get("/api/search?language=ZH").json();
    List<String> values = new ArrayList<>();
    j.get("facets").get("language").forEach(v -> values.add(v.get("value").asText()));
    assertTrue(values.contains("zh"), values.toString());
    assertTrue(values.stream().allMatch(v -> v.equals(v.toLowerCase(java.util.Locale.ROOT))), values.toString());
  }

  @Test
  void open_facets_take_any_value_and_simply_find_no_one() {
    assertEquals(0, total("location=Atlantis"));
    assertEquals(0, total("companies=NoSuchCompany"));
    assertEquals(0, total("skills=" + enc("Underwater Basket Weaving")));
  }
}
