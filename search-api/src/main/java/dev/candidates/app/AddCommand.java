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
public final class AddCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates add [--index DIR] FILE...
        Adds or updates (same id: replaced) the profiles in FILEs in an existing index.""";

  private final Environment env;

  public AddCommand(Environment env, PrintStream out, PrintStream err) {
    super(HELP, Set.of("index"), Set.of(), out, err);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    List<String> files = operands(a, "add needs at least one FILE");
    int failed = 0;
    List<Ingested> read = new ArrayList<>();
    for (String f : files) {
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
    try (CandidateStore store = IndexOptions.open(env, a)) {
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
