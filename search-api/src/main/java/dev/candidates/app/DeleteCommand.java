package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.store.CandidateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/** {@code ./candidates delete ID...}: deletes profiles by id from an existing index. */
public final class DeleteCommand implements Command {
  public static final String HELP = """
      Usage: ./candidates delete [--index DIR] ID...
        Deletes profiles by id from an existing index, with their original files and archive entries.""";

  private final Environment env;
  private final PrintStream out;
  private final PrintStream err;

  public DeleteCommand(Environment env, PrintStream out, PrintStream err) {
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
      throw new Args.UsageException("delete needs at least one ID\n" + HELP);
    }
    int missing = 0;
    try (CandidateStore store = IndexOptions.open(env, IndexOptions.store(a), null)) {
      for (String id : a.positional()) {
        if (store.delete(id)) {
          out.println("deleted " + id);
        } else {
          err.println("not found: " + id);
          missing++;
        }
      }
    }
    return missing == 0 ? 0 : 1;
  }
}
