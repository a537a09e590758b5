package dev.candidates.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index, add, delete and parse commands on real files and a real index: exit codes, messages, progress. */
class IndexingCommandsTest {
  @TempDir
  Path dir;
  Path data;
  Path index;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  IndexingCommands commands;

  @BeforeEach
  void setUp() throws IOException {
    data = Files.createDirectories(dir.resolve("data"));
    index = dir.resolve("index");
    commands = new IndexingCommands(Environment.create(Taxonomy.loadDefault(), Clock.systemUTC()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    Files.writeString(data.resolve("a.json"), """
        {"id": "a", "name": "Ada", "skills": ["Go"], "experience": [{"company": "Tencent", "title": "Engineer",
         "start": "2019-01", "end": null, "description": "Go services"}]}""");
    Files.writeString(data.resolve("b.jsonl"), """
        {"id": "b1", "name": "Bo", "skills": ["Java"]}
        {"id": "b2", "name": "Cy", "skills": "not a list"}
        {"id": "b3", "name": "Di", "skils": ["typo"]}
        """);
    Files.writeString(data.resolve("c.txt"), "李伟\n后端工程师 | 上海 | li.wei@example.cn\n工作经历\n腾讯 | 工程师 | 2019.03 - 至今\n- Go");
    Files.write(data.resolve("d.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});
    Files.writeString(data.resolve("e.json"), "{\"id\": \"e\", \"experience\": [{\"start\": \"March 2020\"}]}");
    Files.writeString(data.resolve("README.md"), "# not a profile");
    Files.writeString(data.resolve("notes.pdf"), "not a PDF, whatever its name says");
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void indexSkipsBadFilesWithTheirNameAndReasonAndIndexesTheRest() throws IOException {
    int code = commands.index(new String[] {"--data", data.toString(), "--index", index.toString()});
    assertEquals(0, code, err());
    String e = err();
    assertTrue(e.contains("b.jsonl:2") && e.contains("skills"), e);
    assertTrue(e.contains("b.jsonl:3") && e.contains("unknown field \"skils\""), e);
    assertTrue(e.contains("d.txt") && e.contains("binary"), e);
    assertTrue(e.contains("e.json") && e.contains("YYYY-MM"), e);
    assertTrue(e.contains("notes.pdf") && e.contains("its content is plain text"), e); // named .pdf, is not one
    assertTrue(e.contains("done: 3 profiles indexed, 5 skipped"), e);
    assertTrue(!e.contains("README"), e);
  }

  @Test
  void indexFailsOnlyWhenNothingCouldBeIndexedOrArgumentsAreWrong() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("bad.json"), "{");
    assertEquals(1, commands.index(new String[] {"--data", empty.toString(), "--index", index.toString()}));
    assertThrows(Args.UsageException.class, () -> commands.index(new String[] {"--dta", "x"}));
    Args.UsageException e = assertThrows(Args.UsageException.class, () -> commands.index(new String[] {"--dat"}));
    assertTrue(e.getMessage().contains("did you mean --data"), e.getMessage());
    assertThrows(Args.UsageException.class, () -> commands.index(new String[] {"--data", dir.resolve("nope")
        .toString()}));
  }

  @Test
  void addUpsertsAndDeleteRemovesOnAnExistingIndex() throws IOException {
    commands.index(new String[] {"--data", data.toString(), "--index", index.toString()});
    Path newer = dir.resolve("a2.json");
    Files.writeString(newer, "{\"id\": \"a\", \"name\": \"Ada Lovelace\"}");
    assertEquals(0, commands.add(new String[] {"--index", index.toString(), newer.toString()}));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("added a (Ada Lovelace)"));
    assertEquals(0, commands.delete(new String[] {"--index", index.toString(), "b1"}));
    assertEquals(1, commands.delete(new String[] {"--index", index.toString(), "b1"}), "already gone");
    assertTrue(err().contains("not found: b1"));
    assertEquals(1, commands.add(new String[] {"--index", index.toString(), dir.resolve("missing.json").toString()}));
  }

  @Test
  void aNewIndexCarriesTheSchemaVersionAndAnOlderOneIsRefusedWithHowToRebuild() throws IOException {
    commands.index(new String[] {"--data", data.toString(), "--index", index.toString()});
    IndexStore store = new IndexStore(index);
    assertEquals(dev.candidates.index.Schema.VERSION, CandidateIndex.schemaVersion(store.current()));
    // An index from before versioning: a commit without the schema stamp.
    Path old = store.newGeneration();
    try (var d = org.apache.lucene.store.FSDirectory.open(old);
        var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      w.commit();
    }
    store.publish(old);
    assertEquals(1, CandidateIndex.schemaVersion(old));
    IOException e = assertThrows(IOException.class,
        () -> commands.add(new String[] {"--index", index.toString(), data.resolve("a.json").toString()}));
    assertTrue(e.getMessage().contains("schema version 1") && e.getMessage().contains("./candidates index"),
        e.getMessage());
    assertEquals(1, CandidateIndex.schemaVersion(old), "the refused index is left as it was");
    assertEquals(0, commands.index(new String[] {"--data", data.toString(), "--index", index.toString()}));
    assertEquals(dev.candidates.index.Schema.VERSION, CandidateIndex.schemaVersion(store.current()));
  }

  @Test
  void addWithoutAnIndexSaysHowToBuildOne() {
    Args.UsageException e = assertThrows(Args.UsageException.class,
        () -> commands.add(new String[] {"--index", index.toString(), data.resolve("a.json").toString()}));
    assertTrue(e.getMessage().contains("./candidates index"), e.getMessage());
  }

  @Test
  void parsePrintsTheProfileAsJson() throws IOException {
    assertEquals(0, commands.parse(new String[] {data.resolve("c.txt").toString()}));
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"name\" : \"李伟\"") && json.contains("\"skillYears\""), json);
    assertEquals(0, commands.parse(new String[] {"--help"}));
  }

  @Test
  void parseEvalPrintsTheFieldAccuraciesAndEveryMiss() throws IOException {
    Files.writeString(data.resolve("r.txt"), "Ada Lovelace\nada@example.com\n\nExperience\n"
        + "Analytical Engines Ltd. | Engineer | London | 2019.01 - Present\n");
    Files.writeString(data.resolve("r.expected.json"), "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\","
        + "\"phone\":\"+44 20 7946 0000\",\"jobs\":[{\"company\":\"Analytical Engines Ltd.\",\"start\":\"2019-01\"}]}");
    assertEquals(0, commands.parse(new String[] {"--eval", data.toString()}));
    String s = out.toString(StandardCharsets.UTF_8);
    assertTrue(s.contains("1 résumés evaluated"), s);
    assertTrue(s.contains("jobs recall       100.0 %"), s);
    assertTrue(s.contains("r: phone: expected +44 20 7946 0000, got null"), s);
  }
}
