package dev.candidates.bench;

import dev.candidates.app.Components;
import dev.candidates.cli.Environment;
import dev.candidates.index.IndexStore;
import dev.candidates.search.SearchService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** A built index opened read-only for searching, with our search service over it, as the API server wires it. */
public final class SearchFixture implements Closeable {
  private final Environment env;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SearchService service;

  private SearchFixture(Environment env, Directory directory, DirectoryReader reader) {
    this.env = env;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.service = Components.of(env).searchService();
  }

  /** {@code index} is an index root (with its CURRENT generation) or one generation's directory. */
  public static SearchFixture open(Environment env, Path index) throws IOException {
    Path gen = Files.exists(index.resolve("CURRENT")) ? new IndexStore(index).current() : index;
    if (gen == null || !Files.isDirectory(gen)) {
      throw new IOException("no index at " + index);
    }
    Directory d = FSDirectory.open(gen);
    try {
      return new SearchFixture(env, d, DirectoryReader.open(d));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  public Environment env() {
    return env;
  }

  public DirectoryReader reader() {
    return reader;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public SearchService service() {
    return service;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
