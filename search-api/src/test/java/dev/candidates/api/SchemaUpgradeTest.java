package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Schema;
import dev.candidates.store.CandidateStore;
import dev.candidates.search.SearchRequest;
import dev.candidates.app.Components;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by an older schema is rebuilt when the server starts, keeping what was added over the API. */
class SchemaUpgradeTest {
  @TempDir
  Path dir;

  @Test
  void serveRebuildsAnIndexOfAnOlderSchemaFromTheDataFolderAndTheKeptProfiles() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.json"), """
        {"id": "a", "name": "Ada", "skills": ["Go"], "experience": [{"company": "Tencent", "title": "Engineer",
         "start": "2019-01", "end": null, "description": "Go services"}]}""");
    IndexStore store = new IndexStore(dir.resolve("index"));
    Path old = store.newGeneration();
    try (var d = FSDirectory.open(old); var w = new IndexWriter(d, new IndexWriterConfig())) {
      w.addDocument(new Document()); // written before versioning: no schema stamp, none of today's fields
      w.commit();
    }
    store.publish(old);
    Files.createDirectories(store.addedDir());
    Files.writeString(store.addedDir().resolve("k.json"), """
        {"id": "k", "name": "Kai", "skills": ["Kafka"]}""");

    Environment env = TestServer.env();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Components components = Components.of(env);
    try (CandidateStore candidates = components.openStore(store, data,
        new PrintStream(log, true, StandardCharsets.UTF_8))) {
      CandidateReads index = new CandidateReads(candidates, components.searchService());
      assertTrue(log.toString(StandardCharsets.UTF_8).contains("schema version 1"), log.toString(StandardCharsets.UTF_8));
      assertNotEquals(old, store.current(), "a new generation");
      assertEquals(Schema.VERSION, CandidateIndex.schemaVersion(store.current()));
      assertEquals(1, index.search(SearchRequest.of("Go")).total(), "the data folder's profile");
      assertEquals(1, index.search(SearchRequest.of("Kafka")).total(), "the profile kept from the API");
    }
  }
}
