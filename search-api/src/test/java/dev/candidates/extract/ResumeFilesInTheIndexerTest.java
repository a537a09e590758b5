package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candidates.cli.Environment;
import dev.candidates.app.IndexingCommands;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./candidates parse`, `index` and `add` read PDF and Word résumés like text ones, and report bad files. */
class ResumeFilesInTheIndexerTest {
  @TempDir
  Path dir;
  Environment env;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  IndexingCommands commands;

  @BeforeEach
  void setUp() {
    env = Environment.create(Resumes.TAXONOMY, Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
    commands = new IndexingCommands(env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void parsePrintsTheProfileOfAPdf() throws IOException {
    Path pdf = Files.write(dir.resolve("daniel.pdf"), ResumeFiles.pdf(Resumes.ENGLISH, false));
    assertEquals(0, commands.parse(new String[] {pdf.toString()}), err.toString(StandardCharsets.UTF_8));
    JsonNode p = env.json().readTree(out.toByteArray());
    assertEquals("Daniel Mercer", p.get("name").asText());
    assertEquals("AfterShip", p.get("experience").get(0).get("company").asText());
    assertEquals(Resumes.parse(Resumes.ENGLISH).totalYears(), p.get("totalYears").asDouble());
  }

  @Test
  void indexReadsResumeFilesInTheDataFolderAndReportsBadOnes() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.write(data.resolve("daniel.pdf"), ResumeFiles.pdf(Resumes.ENGLISH, false));
    Files.write(data.resolve("zhang-min.docx"), ResumeFiles.docx(Resumes.CHINESE));
    Files.write(data.resolve("li-wei.odt"), ResumeFiles.odt(Resumes.MIXED));
    Files.write(data.resolve("fake.pdf"), "plain text pretending".getBytes(StandardCharsets.UTF_8));
    Files.write(data.resolve("scan.pdf"), ResumeFiles.pdf(List.of(new ResumeFiles.Page(List.of(), true)), false,
        null));
    List<Path> files = ProfileReader.profileFiles(data);
    assertEquals(5, files.size(), files::toString);

    int code = commands.index(new String[] {"--data", data.toString(), "--index", dir.resolve("index").toString()});
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, e);
    assertTrue(e.contains("fake.pdf") && e.contains("its content is plain text"), e);
    assertTrue(e.contains("scan.pdf") && e.contains("OCR is not done"), e);
    assertTrue(e.contains("done: 3 profiles indexed, 2 skipped"), e);
  }

  @Test
  void readerDetectsTheFormatFromTheContentNotTheName() throws IOException {
    ProfileReader reader = env.reader();
    Path docxAsDoc = Files.write(dir.resolve("old-name.doc"), ResumeFiles.docx(Resumes.ENGLISH));
    Ingested in = reader.read(docxAsDoc).get(0);
    assertTrue(in.ok(), in.error());
    assertEquals("daniel.mercer@example.com", in.profile().email());
    Path pdfAsTxt = Files.write(dir.resolve("resume.txt"), ResumeFiles.pdf(Resumes.ENGLISH, false));
    Ingested bad = reader.read(pdfAsTxt).get(0);
    assertTrue(bad.error().contains("the content is a PDF"), bad.error());
  }

  @Test
  void addPutsAWordResumeIntoAnExistingIndex() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.write(data.resolve("daniel.pdf"), ResumeFiles.pdf(Resumes.ENGLISH, false));
    String index = dir.resolve("index").toString();
    assertEquals(0, commands.index(new String[] {"--data", data.toString(), "--index", index}));
    Path docx = Files.write(dir.resolve("li-wei.docx"), ResumeFiles.docx(Resumes.MIXED));
    assertEquals(0, commands.add(new String[] {"--index", index, docx.toString()}),
        err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("(李伟) from"), out.toString(StandardCharsets.UTF_8));
  }
}
