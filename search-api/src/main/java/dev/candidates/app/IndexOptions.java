package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import java.io.IOException;
import java.nio.file.Path;

/** What the commands that change an existing index share: the {@code --index} folder and opening it for writing. */
final class IndexOptions {
  private IndexOptions() {}

  static IndexStore store(Args a) {
    return new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
  }

  static CandidateIndex open(Environment env, IndexStore store) throws IOException {
    Path gen = store.current();
    if (gen == null) {
      throw new Args.UsageException("no index at " + store.root() + "; build one first with ./candidates index");
    }
    CandidateIndex.checkSchema(gen, store.root(), env.ranking());
    return CandidateIndex.open(gen, env.analyzer(), env.enricher(), env.json(), env.ranking(), false);
  }
}
