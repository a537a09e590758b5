package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.cli.ParseEvaluation;
import dev.candidates.index.Ingested;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ./candidates parse FILE}: prints the profile parsed from a résumé file as JSON. */
public final class ParseCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates parse FILE
             ./candidates parse --eval DIR [--expected DIR2]
        Prints the profile parsed from FILE (.txt, .md, .tex, .rst, .adoc, .json, .jsonl, .yaml, .yml, .pdf, .docx,
        .doc, .rtf, .odt, .html) as JSON on stdout, with the computed fields (canonical skills, skillYears,
        totalYears, id). YAML is RenderCV input, JSON Resume written as YAML, or any other YAML read as text.
        --eval DIR: parse quality. Each NAME.expected.json (in DIR, or in DIR2) names the fields expected from the
        résumé NAME.* in DIR; prints field-level accuracy (name, email, phone, location, jobs recall and precision
        on company + start month, titles, schools, listed skills) and every miss. Absent résumés are skipped, e.g.
        ./candidates parse --eval ../shared/corpus/external --expected data/eval/external-expected""";

  private final Environment env;

  public ParseCommand(Environment env, PrintStream out, PrintStream err) {
    super(HELP, Set.of("eval", "expected"), Set.of(), out, err);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    if (a.get("eval", null) != null) {
      Path dir = Path.of(a.get("eval", null));
      Path expected = Path.of(a.get("expected", dir.toString()));
      if (!Files.isDirectory(expected)) {
        throw new Args.UsageException("no such folder: " + expected);
      }
      out.print(ParseEvaluation.format(new ParseEvaluation(env.reader(), env.taxonomy(), env.json()).run(dir,
          expected)));
      return 0;
    }
    if (a.positional().size() != 1) {
      throw usage("parse takes exactly one FILE");
    }
    Path file = Path.of(a.positional().get(0));
    if (!Files.isRegularFile(file)) {
      err.println("error: no such file: " + file);
      return 1;
    }
    List<Ingested> results = env.reader().read(file);
    int code = 0;
    for (Ingested in : results) {
      if (in.ok()) {
        Profile p = env.enricher().enrich(in.profile());
        for (String w : in.warnings()) {
          err.println("warning: " + in.source() + ": " + w);
        }
        out.println(env.json().writerWithDefaultPrettyPrinter().writeValueAsString(p));
      } else {
        err.println("error: " + in.source() + ": " + in.error());
        code = 1;
      }
    }
    return code;
  }
}
