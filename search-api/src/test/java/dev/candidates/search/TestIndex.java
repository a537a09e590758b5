package dev.candidates.search;

import dev.candidates.app.Components;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.model.Profile;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/** A real index in a temp dir, built from profiles a test writes itself, and the real search service over it. */
final class TestIndex implements AutoCloseable {
  /** A test class's one index, in {@code index}: its {@code @BeforeAll} builds it in {@code dir}; closed after. */
  abstract static class PerClass {
    @TempDir
    static Path dir;
    static TestIndex index;

    @AfterAll
    static void closeTheIndex() throws IOException {
      if (index != null) {
        index.close();
        index = null;
      }
    }
  }

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

  final Environment env;
  final CandidateIndex index;
  final SearchService service;

  TestIndex(Path dir, List<Profile> profiles) throws IOException {
    env = Environment.create(Taxonomy.loadDefault(), CLOCK);
    IndexStore store = new IndexStore(dir);
    Path gen = store.newGeneration();
    index = CandidateIndex.open(gen, env.analyzer(), env.enricher(), env.json(), env.ranking(), false);
    for (Profile p : profiles) {
      index.upsert(p);
    }
    index.commit();
    index.refresh();
    store.publish(gen);
    service = Components.of(env).searchService();
  }

  static Profile text(String id, String text) {
    return new Profile(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        text);
  }

  SearchResult search(SearchRequest req) throws IOException {
    IndexSearcher s = index.searchers().acquire();
    try {
      return service.search(s, req);
    } finally {
      index.searchers().release(s);
    }
  }

  SearchResult search(String q) throws IOException {
    return search(SearchRequest.of(q).withSize(100));
  }

  List<String> ids(String q) throws IOException {
    return search(q).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
