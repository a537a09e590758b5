package dev.candidates.app;

import dev.candidates.api.AuditLog;
import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.model.ProfileJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code ./candidates audit --id ID}: who saw or changed a candidate, from the audit log beside the index. */
public final class AuditCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates audit --id ID [--index DIR] [--json]
        Lists who saw or changed candidate ID, oldest first: time, user, action (read, file, search, similar,
        write, delete, bulk), client address. The server appends one line per such request to
        <index>/audit.jsonl; --json prints those lines as they are.""";

  public AuditCommand(PrintStream out, PrintStream err) {
    super(HELP, Set.of("id", "index"), Set.of("json"), out, err);
  }

  @Override
  int run(Args a) throws IOException {
    String id = a.get("id", null);
    if (id == null || id.isBlank() || !a.positional().isEmpty()) {
      throw usage("audit needs --id ID");
    }
    var json = ProfileJson.mapper();
    AuditLog log = AuditLog.of(Path.of(a.get("index", Environment.defaultIndex().toString())), json);
    List<AuditLog.Entry> entries = log.about(id);
    if (entries.isEmpty()) {
      err.println("nobody has seen or changed " + id + " (according to " + log.path() + ")");
      return 0;
    }
    for (AuditLog.Entry e : entries) {
      out.println(a.flag("json") ? json.writeValueAsString(e)
          : String.format(Locale.ROOT, "%s  %-16s %-8s %s", e.time(), e.user(), e.action(), e.client()));
    }
    return 0;
  }
}
