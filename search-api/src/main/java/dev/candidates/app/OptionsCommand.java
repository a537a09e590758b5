package dev.candidates.app;

import dev.candidates.cli.Args;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A command whose arguments are checked against the options and flags it takes ({@link Args}): the parse, the
 * {@code --help} answer and the usage mistakes every such command shares, and its output streams.
 */
abstract class OptionsCommand implements Command {
  private final String help;
  private final Set<String> valued;
  private final Set<String> flags;
  final PrintStream out;
  final PrintStream err;

  /** {@code valued}: the options that take a value ({@code --index DIR}); {@code flags}: the others but help. */
  OptionsCommand(String help, Set<String> valued, Set<String> flags, PrintStream out, PrintStream err) {
    this.help = help;
    this.valued = Set.copyOf(valued);
    Set<String> f = new HashSet<>(flags);
    f.add("help");
    this.flags = Set.copyOf(f);
    this.out = out;
    this.err = err;
  }

  @Override
  public final int run(String[] argv) throws IOException {
    Args a = Args.parse(argv, valued, flags);
    if (a.flag("help")) {
      out.println(help);
      return 0;
    }
    return run(a);
  }

  /** The command's work, given arguments it takes. */
  abstract int run(Args a) throws IOException;

  /** The operands, of which there must be one at least ({@code needs}: "add needs at least one FILE"). */
  final List<String> operands(Args a, String needs) {
    if (a.positional().isEmpty()) {
      throw usage(needs);
    }
    return a.positional();
  }

  /** A usage mistake, said with the help. */
  final Args.UsageException usage(String what) {
    return new Args.UsageException(what + "\n" + help);
  }
}
