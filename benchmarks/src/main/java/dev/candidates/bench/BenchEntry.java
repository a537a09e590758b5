package dev.candidates.bench;

import dev.candidates.app.Command;
import java.io.PrintStream;

/** {@code bench} as one of {@code Main}'s commands: a service found when this module is on the class path. */
public final class BenchEntry implements Command.Provider {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public Command create(PrintStream out, PrintStream err) {
    return args -> BenchCommand.run(args, out, err);
  }
}
