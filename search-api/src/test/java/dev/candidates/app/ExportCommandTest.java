package dev.candidates.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles written back out as JSON Resume, from a real index and from a data folder. */
class ExportCommandTest {
  static final Environment ENV = Environment.create(Taxonomy.loadDefault(), Clock.systemUTC());
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  static final String PROFILE = """
      {"id": "ada", "name": "Ada Lovelace", "email": "ada@example.com", "skills": ["Go"],
       "experience": [{"company": "Analytical Engines Ltd.", "title": "Engineer", "start": "2019-01"}],
       "education": [{"school": "University of London", "degree": "BSc"}]}""";

  JsonNode onlyLine() throws IOException {
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(1, lines.length);
    return ENV.json().readTree(lines[0]);
  }

  @Test
  void theIndexIsExportedAsJsonResume(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("ada.json"), PROFILE);
    Path index = dir.resolve("index");
    assertEquals(0, new IndexCommand(ENV, quiet, quiet).run(new String[] {"--data", data.toString(), "--index",
        index.toString()}));
    ExportCommand export = new ExportCommand(ENV, new PrintStream(out, true, StandardCharsets.UTF_8), quiet);
    assertEquals(0, export.run(new String[] {"--format", "jsonresume", "--index", index.toString()}));
    JsonNode r = onlyLine();
    assertEquals("Ada Lovelace", r.path("basics").path("name").asText());
    assertEquals("Analytical Engines Ltd.", r.path("work").get(0).path("name").asText());
    assertEquals("2019-01", r.path("work").get(0).path("startDate").asText());
    assertEquals("University of London", r.path("education").get(0).path("institution").asText());
  }

  @Test
  void aFreshResumesLinksSurviveImportIndexAndExport(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("omar.json"), """
        {"name": "Omar Haddad", "meta": {"format": "FRESH@0.6.0"},
         "contact": {"email": "omar@example.com", "website": "https://omar.example.net"},
         "social": [{"network": "LinkedIn", "url": "https://linkedin.com/in/example-omar"},
                    {"network": "GitHub", "url": "https://github.com/example-omar"}],
         "employment": {"history": [{"employer": "Levant Cloud", "position": "SRE", "start": "2020-03"}]}}""");
    Path index = dir.resolve("index");
    assertEquals(0, new IndexCommand(ENV, quiet, quiet).run(new String[] {"--data", data.toString(), "--index",
        index.toString()}));
    ExportCommand export = new ExportCommand(ENV, new PrintStream(out, true, StandardCharsets.UTF_8), quiet);
    assertEquals(0, export.run(new String[] {"--format", "jsonresume", "--index", index.toString()}));
    JsonNode basics = onlyLine().path("basics");
    assertEquals("Omar Haddad", basics.path("name").asText());
    assertEquals("https://omar.example.net", basics.path("url").asText());
    assertEquals("LinkedIn", basics.at("/profiles/0/network").asText());
    assertEquals("https://linkedin.com/in/example-omar", basics.at("/profiles/0/url").asText());
    assertEquals("GitHub", basics.at("/profiles/1/network").asText());
    assertEquals("https://github.com/example-omar", basics.at("/profiles/1/url").asText());
  }

  @Test
  void aDataFolderIsExportedOneFilePerProfile(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("ada.json"), PROFILE);
    ExportCommand export = new ExportCommand(ENV, quiet, quiet);
    assertEquals(0, export.run(new String[] {"--format", "jsonresume", "--data", data.toString(), "--out",
        dir.resolve("out").toString()}));
    JsonNode r = ENV.json().readTree(Files.readString(dir.resolve("out").resolve("ada.json")));
    assertEquals("ada@example.com", r.path("basics").path("email").asText());
  }

  @Test
  void anotherFormatIsAUsageMistake() {
    assertThrows(Args.UsageException.class,
        () -> new ExportCommand(ENV, quiet, quiet).run(new String[] {"--format", "csv"}));
  }
}
