package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.model.Profile;
import dev.candidates.model.ProfileJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links found in the header, read from JSON Resume and FRESH, and written back to JSON Resume. */
class LinksTest {
  @Test
  void theHeadersLinksAreAFieldAndTheEmailIsNotOne() {
    Profile p = ResumeParserTest.PARSER.parse("""
        Haruto Ellison
        +1 (212) 555-0177 | haruto.ellison@example.com | linkedin.com/in/example-haruto | GitHub: github.com/example-h
        https://haruto.example.dev.

        Experience
        Quillfeather Media | Engineer | 2020.06 - present
        ASP.NET services.
        """);
    assertEquals(List.of("linkedin.com/in/example-haruto", "github.com/example-h", "https://haruto.example.dev"),
        p.links());
    assertEquals("haruto.ellison@example.com", p.email());
  }

  @Test
  void jsonResumeAndFreshLinksAreReadAndWrittenBackAsUrlAndProfiles() {
    Profile jrs = JsonResumesTest.READER.readJsonResume("""
        {"basics": {"name": "Iris Vega", "url": "https://iris.example.org",
                    "profiles": [{"network": "GitHub", "url": "https://github.com/example-iris"}]}}""").profile();
    assertEquals(List.of("https://iris.example.org", "https://github.com/example-iris"), jrs.links());
    Profile fresh = JsonResumesTest.READER.readJsonResume("""
        {"name": "Omar Haddad", "meta": {"format": "FRESH@0.6.0"},
         "contact": {"email": "omar@example.com", "website": "https://omar.example.net"},
         "social": [{"network": "LinkedIn", "url": "https://linkedin.com/in/example-omar"}]}""").profile();
    assertEquals(List.of("https://omar.example.net", "https://linkedin.com/in/example-omar"), fresh.links());

    JsonNode basics = JsonResumeExport.of(jrs, ProfileJson.mapper()).get("basics");
    assertEquals("https://iris.example.org", basics.get("url").asText());
    assertEquals("GitHub", basics.at("/profiles/0/network").asText());
    assertEquals("https://github.com/example-iris", basics.at("/profiles/0/url").asText());
  }
}
