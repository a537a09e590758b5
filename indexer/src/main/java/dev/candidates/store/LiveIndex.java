package dev.candidates.store;

import dev.candidates.index.CandidateIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The generation searches read from. Searches take a searcher from its {@code SearcherManager} and give it back;
 * they never lock. The {@link CandidateStore} swaps in another generation (after a rebuild, or reopened after a
 * failed write was rolled back); searches still running on the old one finish on it (readers are reference-counted).
 */
public final class LiveIndex {
  @FunctionalInterface
  public interface SearcherCall<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private final AtomicReference<CandidateIndex> live;

  LiveIndex(CandidateIndex index) {
    this.live = new AtomicReference<>(index);
  }

  /** Runs {@code call} with a searcher of the live generation, retrying once a swap has replaced it. */
  public <T> T read(SearcherCall<T> call) throws IOException {
    for (int attempt = 0; ; attempt++) {
      CandidateIndex index = live.get();
      IndexSearcher searcher;
      try {
        searcher = index.searchers().acquire();
      } catch (AlreadyClosedException e) {
        if (attempt >= 10 || live.get() == index) {
          throw new StoreUnavailableException();
        }
        continue; // swapped for another generation between get() and acquire()
      }
      try {
        return call.apply(searcher);
      } finally {
        index.searchers().release(searcher);
      }
    }
  }

  public int count() throws IOException {
    return read(s -> s.getIndexReader().numDocs());
  }

  /** The number of the live generation ({@code gen-7} → 7). */
  public long generation() {
    String name = dir().getFileName().toString();
    try {
      return Long.parseLong(name.substring(name.indexOf('-') + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return 0;
    }
  }

  public Path dir() {
    return live.get().dir();
  }

  CandidateIndex current() {
    return live.get();
  }

  /** Makes {@code next} live; returns the generation it replaced, for the caller to close. */
  CandidateIndex swap(CandidateIndex next) {
    return live.getAndSet(next);
  }
}
