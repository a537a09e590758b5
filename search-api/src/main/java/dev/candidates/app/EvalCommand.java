package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.eval.EvalReport;
import dev.candidates.eval.JudgedSet;
import dev.candidates.eval.RelevanceEval;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** {@code ./candidates eval}: the judged relevance regression, printed as figures per query class. */
public final class EvalCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates eval [--set DIR] [--worst N] [--json]
        Indexes a judged set of invented profiles into a temporary index and prints nDCG@10, recall@10,
        trap violations (a profile that must not be in the top 3) and empty pages, per query class.
        --set DIR   a folder with queries.json and profiles.jsonl
                    (default: search-api/src/test/resources/relevance, the project's own set)
        --worst N   list the N weakest queries with what they returned (default 10; 0 for none)
        --json      the full report as JSON""";

  /** The project's own judged set, relative to the project home. */
  public static final Path DEFAULT_SET = Path.of("search-api", "src", "test", "resources", "relevance");

  private final Environment env;

  public EvalCommand(Environment env, PrintStream out) {
    super(HELP, Set.of("set", "worst"), Set.of("json"), out, out);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    String given = a.get("set", null);
    Path dir = given != null ? Path.of(given) : Environment.home().resolve(DEFAULT_SET);
    JudgedSet set = JudgedSet.load(dir, env.reader(), env.json());
    EvalReport report = new RelevanceEval(env.taxonomy()).run(set);
    if (a.flag("json")) {
      out.println(env.json().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      out.printf(Locale.ROOT, "judged set %s: %d profiles, %d queries, as of %s%n%n", dir, set.profiles().size(),
          set.queries().size(), set.asOf());
      out.print(report.format(a.intValue("worst", 10, 0, 1000)));
    }
    return 0;
  }
}
