package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Kept;
import dev.candidates.index.Progress;
import dev.candidates.store.CandidateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** {@code ./candidates index}: builds a fresh index generation from a folder of profiles. */
public final class IndexCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates index [--data DIR] [--index DIR]
        Builds a fresh index from every profile file under DIR (default: data/) into the index folder (default:
        var/index). Progress goes to stderr; a bad file is reported and skipped. The old index stays live until the
        new one is complete. Exit code 0 when at least one profile was indexed.""";

  private final Environment env;

  public IndexCommand(Environment env, PrintStream out, PrintStream err) {
    super(HELP, Set.of("data", "index"), Set.of(), out, err);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    if (!a.positional().isEmpty()) {
      throw usage("index takes no positional arguments");
    }
    Path data = Path.of(a.get("data", Environment.defaultData().toString()));
    if (!Files.isDirectory(data)) {
      throw new Args.UsageException("data folder not found: " + data);
    }
    IndexStore layout = IndexOptions.store(a);
    err.println("indexing profiles from " + data + " into " + layout.root());
    Progress progress = new Progress(err, "indexed");
    IndexBuilder.Report r;
    Path current = layout.current();
    if (current == null || CandidateIndex.mismatch(current, env.ranking()) != null) {
      // nothing to write through: a first build, or one of another schema or model (what the store kept is kept)
      r = env.builder().build(IndexBuilder.fromFolder(data, env.reader()), layout, progress, true,
          Kept.read(layout, env.json()));
    } else {
      try (CandidateStore store = IndexOptions.open(env, layout, data)) {
        r = store.rebuilds().rebuildNow(progress);
      }
    }
    err.println(String.format(Locale.ROOT, "done: %,d profiles indexed, %d skipped, in %.1fs (%,.0f profiles/s) → %s",
        r.indexed(), r.failures().size(), r.seconds(), r.indexed() / Math.max(r.seconds(), 1e-3), r.generation()));
    return r.indexed() > 0 ? 0 : 1;
  }
}
