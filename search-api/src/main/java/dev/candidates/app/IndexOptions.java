package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.store.CandidateStore;
import dev.candidates.store.MissingIndexException;
import dev.candidates.index.IndexStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What the commands that change an existing index share: the {@code --index} folder and opening its
 * {@link CandidateStore}, the one writer.
 */
final class IndexOptions {
  private IndexOptions() {}

  static IndexStore store(Args a) {
    return new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
  }

  /** The store over the existing index of {@code --index}, without a data folder. */
  static CandidateStore open(Environment env, Args a) throws IOException {
    return open(env, store(a), null);
  }

  /** The store over an existing index (refused when there is none, or of another schema version). */
  static CandidateStore open(Environment env, IndexStore layout, Path data) throws IOException {
    try {
      return CandidateStore.openExisting(env, layout, data);
    } catch (MissingIndexException e) {
      throw new Args.UsageException(e.getMessage());
    }
  }
}
