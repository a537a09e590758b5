package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.Ingested;
import dev.candidates.store.CandidateStore;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    int failed = 0;
    List<Ingested> read = new ArrayList<>();
    for (String f : a.positional()) {
      Path file = Path.of(f);
      if (!Files.isRegularFile(file)) {
        err.println("skipped " + f + ": no such file");
        failed++;
        continue;
      }
      for (Ingested in : env.reader().read(file)) {
        if (in.ok()) {
          read.add(in);
        } else {
          err.println("skipped " + in.source() + ": " + in.error());
          failed++;
        }
      }
    }
    int added = 0;
    try (CandidateStore store = IndexOptions.open(env, IndexOptions.store(a), null)) {
      List<CandidateStore.BatchItem> written = store.upsertAll(read.stream().map(Ingested::profile).toList());
      for (int i = 0; i < written.size(); i++) {
        CandidateStore.BatchItem w = written.get(i);
        if (w.error() != null) {
          err.println("skipped " + read.get(i).source() + ": " + w.error());
          failed++;
          continue;
        }
        Profile p = w.profile();
        out.println("added " + p.id() + " (" + (p.name() == null ? "no name" : p.name()) + ") from "
            + read.get(i).source());
        added++;
      }
    }
    err.println("done: " + added + " added or updated, " + failed + " failed");
    return failed == 0 && added > 0 ? 0 : 1;
  }
}
