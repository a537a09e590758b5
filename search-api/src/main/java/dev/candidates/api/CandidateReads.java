package dev.candidates.api;

import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchResult;
import dev.candidates.search.SearchService;
import dev.candidates.search.StoredProfile;
import dev.candidates.search.Suggester;
import dev.candidates.store.CandidateStore;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What the HTTP layer reads: searches, profiles, suggestions and figures, each run with a searcher of the store's
 * live generation ({@link dev.candidates.store.LiveIndex#read}: acquire, run, release; never a lock).
 */
public final class CandidateReads {
  private final CandidateStore store;
  private final SearchService service;

  public CandidateReads(CandidateStore store, SearchService service) {
    this.store = store;
    this.service = service;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    return store.live().read(s -> service.search(s, request));
  }

  /** The stored profile with its role family and level, or null. */
  public StoredProfile read(String id) throws IOException {
    return store.live().read(s -> service.read(s, id));
  }

  /** Similar candidates, or null when the id is unknown. */
  public List<SearchResult.Hit> similar(String id, int size) throws IOException {
    return store.live().read(s -> service.similar(s, id, size));
  }

  public List<Suggester.Suggestion> suggest(String prefix, int size) throws IOException {
    return store.live().read(s -> service.suggest(s, prefix, size));
  }

  public int count() throws IOException {
    return store.live().count();
  }

  public long generation() {
    return store.live().generation();
  }

  public long sizeOnDisk() throws IOException {
    return store.sizeOnDisk();
  }

  public Instant lastCommit() {
    return store.lastCommit();
  }
}
