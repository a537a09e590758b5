package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.store.CandidateStore;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code ./candidates delete ID...}: deletes profiles by id from an existing index. */
public final class DeleteCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates delete [--index DIR] ID...
        Deletes profiles by id from an existing index, with their original files and archive entries.""";

  private final Environment env;

  public DeleteCommand(Environment env, PrintStream out, PrintStream err) {
    super(HELP, Set.of("index"), Set.of(), out, err);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    List<String> ids = operands(a, "delete needs at least one ID");
    int missing = 0;
    try (CandidateStore store = IndexOptions.open(env, a)) {
      for (String id : ids) {
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
