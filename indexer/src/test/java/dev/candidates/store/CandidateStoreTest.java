package dev.candidates.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Progress;
import dev.candidates.model.Profile;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer on a real index: what survives a crash, what a rebuild keeps, and erasure. */
class CandidateStoreTest {
  static final Environment ENV = Environment.create(Taxonomy.loadDefault(), Clock.systemUTC());
  static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream(), true,
      StandardCharsets.UTF_8);

  @TempDir
  Path dir;
  Path data;
  IndexStore layout;

  @BeforeEach
  void setUp() throws IOException {
    data = Files.createDirectories(dir.resolve("data"));
    layout = new IndexStore(dir.resolve("index"));
    Files.writeString(data.resolve("a.json"), json("a", "Ada", "ada@example.org", "Go"));
    Files.writeString(data.resolve("people.jsonl"), json("y", "Yuki", "yuki@example.jp", "Java") + "\n"
        + json("x2", "Xavier", "XAVIER@example.com", "Rust") + "\n");
  }

  static String json(String id, String name, String email, String skill) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"email\": \"" + email + "\", \"skills\": [\""
        + skill + "\"]}";
  }

  static Profile profile(String id, String name, String email, String skill) throws IOException {
    return ENV.json().readValue(json(id, name, email, skill), Profile.class);
  }

  CandidateStore open() throws IOException {
    return CandidateStore.open(ENV, layout, data, QUIET);
  }

  static Set<String> ids(CandidateStore store) throws IOException {
    return store.live().read(s -> {
      Set<String> out = new java.util.TreeSet<>();
      for (var leaf : s.getIndexReader().leaves()) {
        var live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            out.add(s.storedFields().document(leaf.docBase + d).get("id"));
          }
        }
      }
      return out;
    });
  }

  List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void start_up_makes_the_archive_and_files_match_what_the_index_committed() throws IOException {
    try (CandidateStore store = open()) {
      store.upsert(profile("k", "Kai", "kai@example.org", "Kafka"),
          new OriginalFiles.Original("Kai CV".getBytes(StandardCharsets.UTF_8), "text/plain", "kai.txt"),
          CandidateStore.FilePolicy.DROP);
      assertTrue(store.delete("a"));
    }
    // What a crash between the copies and the commit could leave: a write and a delete never acknowledged, the
    // file of an upload that never committed, a generation half built.
    ENV.archive(layout).added(profile("ghost", "Ghost", "ghost@example.org", "Perl"));
    ENV.archive(layout).deleted("y");
    Path files = layout.root().resolve("files");
    Files.writeString(files.resolve(OriginalFiles.hex("ghost") + "-0123456789abcdef.bin"), "never committed");
    Files.writeString(files.resolve("upload-1.tmp"), "half written");
    Path halfBuilt = Files.createDirectories(layout.root().resolve("gen-99"));

    try (CandidateStore store = open()) {
      assertFalse(Files.exists(halfBuilt), "half-built generation removed");
      assertEquals(List.of(ProfileArchiveNames.of("k") + ".json"), names(layout.addedDir()));
      assertEquals(List.of(ProfileArchiveNames.of("a")), names(layout.deletedDir()));
      assertEquals(2, names(files).size(), "only Kai's file and its description: " + names(files));
      assertArrayEquals("Kai CV".getBytes(StandardCharsets.UTF_8), store.originalFile("k").bytes());

      store.rebuilds().rebuildNow(Progress.silent());
      assertEquals(Set.of("k", "x2", "y"), ids(store), "restart + reindex: nothing resurrected, nothing lost");
      assertNotNull(store.originalFile("k"), "the file outlives the rebuild");
    }
  }

  @Test
  void a_bulk_write_reports_each_profile_and_commits_the_good_ones_together() throws IOException {
    try (CandidateStore store = open()) {
      List<CandidateStore.BatchItem> out = store.upsertAll(List.of(profile("b1", "Bo", "bo@example.org", "Go"),
          profile("y", "Yuki", "yuki@example.jp", "Kotlin"), profile("b1", "Bo", "bo@example.org", "Scala")));
      assertEquals(3, out.size());
      assertTrue(out.get(0).created());
      assertFalse(out.get(1).created(), "y was there");
      assertFalse(out.get(2).created(), "the same id again in the batch is an update");
      assertEquals(Set.of("a", "b1", "x2", "y"), ids(store));
    }
  }

  @Test
  void purge_erases_a_person_from_the_index_files_archive_and_data_folder() throws Exception {
    try (CandidateStore store = open()) {
      store.upsert(profile("x1", "Xavier", "xavier@example.com", "Go"),
          new OriginalFiles.Original("CV".getBytes(StandardCharsets.UTF_8), "text/plain", "x.txt"),
          CandidateStore.FilePolicy.DROP);
      Erasure.Report r = store.purge(" Xavier@Example.com ");
      assertEquals(Set.of("x1", "x2"), Set.copyOf(r.ids()));
      assertEquals(2, r.originalFiles());
      assertEquals(1, r.archiveEntries());
      assertEquals(1, r.dataSources().size(), r.dataSources().toString());
      assertTrue(r.problems().isEmpty(), r.problems().toString());
      assertEquals(Set.of("a", "y"), ids(store));
      assertNull(store.originalFile("x1"));
      assertEquals(List.of(), names(layout.root().resolve("files")));
      assertEquals(List.of(), names(layout.addedDir()));
      assertEquals(List.of(), names(layout.deletedDir()), "no trace of the ids either");
      assertFalse(Files.readString(data.resolve("people.jsonl")).contains("Xavier"));
      assertTrue(Files.readString(data.resolve("people.jsonl")).contains("Yuki"));

      store.rebuilds().rebuildNow(Progress.silent());
      assertEquals(Set.of("a", "y"), ids(store), "a rebuild does not bring the person back");
    }
    try (var d = FSDirectory.open(layout.current()); CheckIndex check = new CheckIndex(d)) {
      assertTrue(check.checkIndex().clean);
    }
  }

  /** The archive's file names: the hex of the id. */
  static final class ProfileArchiveNames {
    static String of(String id) {
      return OriginalFiles.hex(id);
    }
  }
}
