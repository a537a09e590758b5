package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.store.CandidateStore;
import dev.candidates.store.Erasure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code ./candidates purge --email E}: erases a person everywhere (right to erasure) and says what went. */
public final class PurgeCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates purge --email ADDRESS [--index DIR] [--data DIR]
        Erases a person everywhere (right to erasure): every profile with this e-mail address in the index (its
        segments rewritten so that no deleted copy stays on disk), their original résumé files, their archive
        entries, and the files (or JSONL lines) of the data folder (default data/) they came from. Prints what was
        removed. Stop the server first: it holds the index.""";

  private final Environment env;

  public PurgeCommand(Environment env, PrintStream out, PrintStream err) {
    super(HELP, Set.of("email", "index", "data"), Set.of(), out, err);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    String email = a.get("email", null);
    if (!a.positional().isEmpty() || email == null) {
      throw usage("purge needs --email ADDRESS and nothing else");
    }
    Path data = Path.of(a.get("data", Environment.defaultData().toString()));
    Erasure.Report r;
    try (CandidateStore store = IndexOptions.open(env, IndexOptions.store(a), data)) {
      r = store.purge(email);
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException(e.getMessage());
    }
    out.println("erased " + r.email() + ":");
    out.println("  profiles: " + (r.ids().isEmpty() ? "none found" : String.join(", ", r.ids())));
    out.println("  original files: " + r.originalFiles());
    out.println("  archive entries: " + r.archiveEntries());
    out.println("  data-folder sources: " + (r.dataSources().isEmpty() ? "none" : r.dataSources().size()));
    r.dataSources().forEach(s -> out.println("    " + s));
    r.problems().forEach(p -> err.println("warning: " + p + " (the ids stay deleted, so a rebuild will not bring "
        + "the person back)"));
    return r.problems().isEmpty() ? 0 : 1;
  }
}
