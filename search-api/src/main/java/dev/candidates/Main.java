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

/** Entry point of every sub-command the launcher {@code ./candidates} does not handle itself. */
public final class Main {
  static final String HELP = """
      candidates: bilingual (English/Chinese) candidate search

      Usage: ./candidates COMMAND [options]   (COMMAND --help for details)
        serve     run the search API and the web page (default http://localhost:7070/)
        index     build the index from a folder of profiles (default data/)
        add       add or update profiles from files in the index
        delete    delete profiles by id
        purge     erase a person everywhere by e-mail address (--email)
        parse     print the profile parsed from a résumé file as JSON (--eval DIR: parse quality)
        export    write the profiles out as JSON Resume (--format jsonresume)
        search    run a query from the command line
        token     add, list or remove the users who may call the API (reader or admin)
        audit     who saw or changed a candidate (--id ID)
        eval      the judged relevance regression: nDCG@10, recall@10, trap violations per query class
        bench     run the benchmarks (--quick: about 5 minutes on 2 cores; see benchmarks/RESULTS.md)
        test      run the full test suite""";

  private Main() {}

  public static void main(String[] argv) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(argv, out, err));
  }

  public static int run(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
      out.println(HELP);
      return argv.length == 0 ? 2 : 0;
    }
    String cmd = argv[0];
    String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
    try {
      Command command = switch (cmd) {
        case "parse" -> new ParseCommand(Components.createDefault().env(), out, err);
        case "index" -> new IndexCommand(Components.createDefault().env(), out, err);
        case "add" -> new AddCommand(Components.createDefault().env(), out, err);
        case "delete" -> new DeleteCommand(Components.createDefault().env(), out, err);
        case "export" -> new ExportCommand(Components.createDefault().env(), out, err);
        case "purge" -> new PurgeCommand(Components.createDefault().env(), out, err);
        case "search" -> new SearchCommand(Components.createDefault(), out, err);
        case "eval" -> new EvalCommand(Components.createDefault().env(), out);
        case "token" -> new TokenCommand(out, err);
        case "audit" -> new AuditCommand(out, err);
        // serve builds its components once its arguments are checked
        case "serve" -> new ServeCommand(out, err, Terminal.controlling());
        default -> null;
      };
      if (command == null) {
        err.println("unknown command \"" + cmd + "\"\n" + HELP);
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
}
