package dev.candidates;

import dev.candidates.app.AddCommand;
import dev.candidates.app.AuditCommand;
import dev.candidates.app.Command;
import dev.candidates.app.Components;
import dev.candidates.app.DeleteCommand;
import dev.candidates.app.EvalCommand;
import dev.candidates.app.ExportCommand;
import dev.candidates.app.IndexCommand;
import dev.candidates.app.ParseCommand;
import dev.candidates.app.PurgeCommand;
import dev.candidates.app.SearchCommand;
import dev.candidates.app.ServeCommand;
import dev.candidates.app.Terminal;
import dev.candidates.app.TokenCommand;
import dev.candidates.cli.Args;
import dev.candidates.taxonomy.TaxonomyException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BiFunction;

/**
 * Entry point of every sub-command the launcher {@code ./candidates} does not handle itself: each is a small
 * {@link Command} class in {@code app}, or one another module provides as a {@link Command.Provider} service (the
 * bench entry, from the benchmarks module, on the class path when the launcher runs {@code bench}).
 */
public final class Main {
  /** A command as the help lists it; {@code make} is null where another module or the launcher provides it. */
  private record Entry(String name, String summary, BiFunction<PrintStream, PrintStream, Command> make) {}

  private static final List<Entry> COMMANDS = List.of(
      // serve builds its components once its arguments are checked
      new Entry("serve", "run the search API and the web page (default http://localhost:7070/)",
          (out, err) -> new ServeCommand(out, err, Terminal.controlling())),
      new Entry("index", "build the index from a folder of profiles (default data/)",
          (out, err) -> new IndexCommand(Components.createDefault().env(), out, err)),
      new Entry("add", "add or update profiles from files in the index",
          (out, err) -> new AddCommand(Components.createDefault().env(), out, err)),
      new Entry("delete", "delete profiles by id",
          (out, err) -> new DeleteCommand(Components.createDefault().env(), out, err)),
      new Entry("purge", "erase a person everywhere by e-mail address (--email)",
          (out, err) -> new PurgeCommand(Components.createDefault().env(), out, err)),
      new Entry("parse", "print the profile parsed from a résumé file as JSON (--eval DIR: parse quality)",
          (out, err) -> new ParseCommand(Components.createDefault().env(), out, err)),
      new Entry("export", "write the profiles out as JSON Resume (--format jsonresume)",
          (out, err) -> new ExportCommand(Components.createDefault().env(), out, err)),
      new Entry("search", "run a query from the command line",
          (out, err) -> new SearchCommand(Components.createDefault(), out, err)),
      new Entry("token", "add, list or remove the users who may call the API (reader or admin)",
          (out, err) -> new TokenCommand(out, err)),
      new Entry("audit", "who saw or changed a candidate (--id ID)", (out, err) -> new AuditCommand(out, err)),
      new Entry("eval", "the judged relevance regression: nDCG@10, recall@10, trap violations per query class",
          (out, err) -> new EvalCommand(Components.createDefault().env(), out)),
      new Entry("bench", "run the benchmarks (--quick: about 5 minutes on 2 cores; see benchmarks/RESULTS.md)",
          null),
      new Entry("test", "run the full test suite", null));

  private Main() {}

  public static void main(String[] argv) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(argv, out, err));
  }

  public static int run(String[] argv, PrintStream out, PrintStream err) {
    Map<String, Command.Provider> provided = provided();
    if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
      out.println(help(provided));
      return argv.length == 0 ? 2 : 0;
    }
    String cmd = argv[0];
    String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
    try {
      Command command = command(cmd, provided, out, err);
      if (command == null) {
        Entry known = COMMANDS.stream().filter(e -> e.name().equals(cmd)).findFirst().orElse(null);
        err.println(known != null ? "\"" + cmd + "\" is run by the launcher: ./candidates " + cmd + " (COMMAND "
            + "--help for details)" : "unknown command \"" + cmd + "\"\n" + help(provided));
        return 2;
      }
      return command.run(rest);
    } catch (Args.UsageException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (TaxonomyException e) {
      err.println("error: invalid taxonomy: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static Command command(String name, Map<String, Command.Provider> provided, PrintStream out,
      PrintStream err) {
    for (Entry e : COMMANDS) {
      if (e.name().equals(name) && e.make() != null) {
        return e.make().apply(out, err);
      }
    }
    Command.Provider p = provided.get(name);
    return p == null ? null : p.create(out, err);
  }

  /** The commands other modules on the class path provide, by name. */
  private static Map<String, Command.Provider> provided() {
    Map<String, Command.Provider> m = new LinkedHashMap<>();
    ServiceLoader.load(Command.Provider.class).forEach(p -> m.putIfAbsent(p.name(), p));
    return m;
  }

  static String help(Map<String, Command.Provider> provided) {
    StringBuilder sb = new StringBuilder("""
        candidates: bilingual (English/Chinese) candidate search

        Usage: ./candidates COMMAND [options]   (COMMAND --help for details)""");
    for (Entry e : COMMANDS) {
      sb.append("\n  ").append(String.format(Locale.ROOT, "%-9s %s", e.name(), e.summary()));
    }
    for (String name : provided.keySet()) {
      if (COMMANDS.stream().noneMatch(e -> e.name().equals(name))) {
        sb.append("\n  ").append(name);
      }
    }
    return sb.toString();
  }
}
