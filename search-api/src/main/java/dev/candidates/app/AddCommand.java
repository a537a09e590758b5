package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileArchive;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code ./candidates add FILE...}: adds or replaces profiles in an existing index. */
public final class AddCommand implements Command {
  public static final String HELP = """
      Usage: ./candidates add [--index DIR] FILE...
        Adds or updates (same id: replaced) the profiles in FILEs in an existing index.""";

  private final Environment env;
  private final PrintStream out;
  private final PrintStream err;

  public AddCommand(Environment env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(String[] argv) throws IOException {
    Args a = Args.parse(argv, Set.of("index"), Set.of("help"));
    if (a.flag("help")) {
      out.println(HELP);
      return 0;
    }
    if (a.positional().isEmpty()) {
      throw new Args.UsageException("add needs at least one FILE\n" + HELP);
    }
    IndexStore store = IndexOptions.store(a);
    ProfileArchive archive = env.archive(store);
    int failed = 0;
    int added = 0;
    try (CandidateIndex index = IndexOptions.open(env, store)) {
      for (String f : a.positional()) {
        Path file = Path.of(f);
        if (!Files.isRegularFile(file)) {
          err.println("skipped " + f + ": no such file");
          failed++;
          continue;
        }
        for (Ingested in : env.reader().read(file)) {
          if (!in.ok()) {
            err.println("skipped " + in.source() + ": " + in.error());
            failed++;
            continue;
          }
          Profile p = index.upsert(in.profile());
          archive.added(p);
          out.println("added " + p.id() + " (" + (p.name() == null ? "no name" : p.name()) + ") from " + in.source());
          added++;
        }
      }
      index.commit();
    }
    err.println("done: " + added + " added or updated, " + failed + " failed");
    return failed == 0 && added > 0 ? 0 : 1;
  }
}
