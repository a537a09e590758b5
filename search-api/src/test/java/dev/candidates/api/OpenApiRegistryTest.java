package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** openapi.json documents what the field registry lets a search name: filter parameters and query fields. */
class OpenApiRegistryTest {
  private static JsonNode openApi() throws IOException {
    try (InputStream in = OpenApiRegistryTest.class.getResourceAsStream("/openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static Set<String> searchParameters(JsonNode doc) {
    Set<String> names = new HashSet<>();
    doc.path("paths").path("/api/search").path("get").path("parameters")
        .forEach(p -> names.add(p.path("name").asText()));
    return names;
  }

  @Test
  void everyParameterTheSearchEndpointTakesIsDocumentedAndNothingElse() throws IOException {
    assertEquals(SearchHandler.SEARCH_PARAMS, searchParameters(openApi()));
  }

  @Test
  void everyFacetDimensionIsADocumentedFilterParameter() throws IOException {
    Set<String> params = searchParameters(openApi());
    for (String dim : FieldRegistry.facetDimensions()) {
      assertTrue(params.contains(dim), "filter parameter " + dim + " missing from openapi.json");
    }
  }

  @Test
  void aClosedFacetsFilterDocumentsExactlyTheValuesItTakesAndAnOpenOneNone() throws IOException {
    for (JsonNode p : openApi().path("paths").path("/api/search").path("get").path("parameters")) {
      FieldDef field = FieldRegistry.facet(p.path("name").asText());
      if (field == null) {
        continue;
      }
      List<String> documented = new ArrayList<>();
      p.path("schema").path("items").path("enum").forEach(v -> documented.add(v.asText()));
      assertEquals(field.facet().closedTo(), documented, "the enum of filter " + field.facet().dimension());
    }
  }

  @Test
  void everyQueryFieldIsNamedInTheQueryLanguageDescription() throws IOException {
    String description = openApi().path("paths").path("/api/search").path("get").path("description").asText();
    for (String field : FieldRegistry.queryFields().keySet()) {
      assertTrue(description.contains("`" + field + ":"), "query field " + field + ": missing from " + description);
    }
  }

  @Test
  void theSearchResultDocumentsTheFacetOrderAndNamesEveryDimension() throws IOException {
    JsonNode result = openApi().path("components").path("schemas").path("SearchResult");
    JsonNode order = result.path("properties").path("facetOrder");
    assertEquals("array", order.path("type").asText(), result.toString());
    for (String dim : FieldRegistry.facetDimensions()) {
      assertTrue(order.path("description").asText().contains("`" + dim + "`"), dim + " in " + order);
      assertTrue(result.path("properties").path("facets").path("description").asText().contains(dim),
          dim + " in the facets description");
    }
  }
}
