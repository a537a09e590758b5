package dev.candidates.cli;

import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileArchive;
import dev.candidates.index.Progress;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The indexing sub-commands: parse, index, add, delete. Each returns its exit code. */
public final class IndexerCommands {
  public static final String PARSE_HELP = """
      Usage: ./candidates parse FILE
        Prints the profile parsed from FILE (.txt, .md, .json, .jsonl, .pdf, .docx, .doc, .rtf, .odt, .html) as JSON
        on stdout, with the computed
        fields (canonical skills, skillYears, totalYears, id).""";
  public static final String INDEX_HELP = """
      Usage: ./candidates index [--data DIR] [--index DIR]
        Builds a fresh index from every profile file under DIR (default: data/) into the index folder (default:
        var/index). Progress goes to stderr; a bad file is reported and skipped. The old index stays live until the
        new one is complete. Exit code 0 when at least one profile was indexed.""";
  public static final String ADD_HELP = """
      Usage: ./candidates add [--index DIR] FILE...
        Adds or updates (same id: replaced) the profiles in FILEs in an existing index.""";
  public static final String DELETE_HELP = """
      Usage: ./candidates delete [--index DIR] ID...
        Deletes profiles by id from an existing index.""";

  private final Environment env;
  private final PrintStream out;
  private final PrintStream err;

  public IndexerCommands(Environment env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  public int parse(String[] argv) throws IOException {
    Args a = Args.parse(argv, Set.of(), Set.of("help"));
    if (a.flag("help")) {
      out.println(PARSE_HELP);
      return 0;
    }
    if (a.positional().size() != 1) {
      throw new Args.UsageException("parse takes exactly one FILE\n" + PARSE_HELP);
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
        out.println(env.json().writerWithDefaultPrettyPrinter().writeValueAsString(p));
      } else {
        err.println("error: " + in.source() + ": " + in.error());
        code = 1;
      }
    }
    return code;
  }

  public int index(String[] argv) throws IOException {
    Args a = Args.parse(argv, Set.of("data", "index"), Set.of("help"));
    if (a.flag("help")) {
      out.println(INDEX_HELP);
      return 0;
    }
    if (!a.positional().isEmpty()) {
      throw new Args.UsageException("index takes no positional arguments\n" + INDEX_HELP);
    }
    Path data = Path.of(a.get("data", Environment.defaultData().toString()));
    if (!Files.isDirectory(data)) {
      throw new Args.UsageException("data folder not found: " + data);
    }
    IndexStore store = new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
    err.println("indexing profiles from " + data + " into " + store.root());
    Progress progress = new Progress(err, "indexed");
    IndexBuilder.Report r = env.builder().build(IndexBuilder.fromFolder(data, env.reader()), store, progress,
        true);
    err.println(String.format(Locale.ROOT, "done: %,d profiles indexed, %d skipped, in %.1fs (%,.0f profiles/s) → %s",
        r.indexed(), r.failures().size(), r.seconds(), r.indexed() / Math.max(r.seconds(), 1e-3), r.generation()));
    return r.indexed() > 0 ? 0 : 1;
  }

  public int add(String[] argv) throws IOException {
    Args a = Args.parse(argv, Set.of("index"), Set.of("help"));
    if (a.flag("help")) {
      out.println(ADD_HELP);
      return 0;
    }
    if (a.positional().isEmpty()) {
      throw new Args.UsageException("add needs at least one FILE\n" + ADD_HELP);
    }
    IndexStore store = store(a);
    ProfileArchive archive = env.archive(store);
    int failed = 0;
    int added = 0;
    try (CandidateIndex index = open(store)) {
      for (String f : a.positional()) {
        Path file = Path.of(f);
        if (!Files.isRegularFile(file)) {
          err.println("skipped " + f + ": no such file");
          failed++;
          continue;
        }
        for (Ingested in : env.reader().read(file)) {
          if (!in.ok()) {
            err.println("skipped " + in.source() + ": " + in.error());
            failed++;
            continue;
          }
          Profile p = index.upsert(in.profile());
          archive.added(p);
          out.println("added " + p.id() + " (" + (p.name() == null ? "no name" : p.name()) + ") from " + in.source());
          added++;
        }
      }
      index.commit();
    }
    err.println("done: " + added + " added or updated, " + failed + " failed");
    return failed == 0 && added > 0 ? 0 : 1;
  }

  public int delete(String[] argv) throws IOException {
    Args a = Args.parse(argv, Set.of("index"), Set.of("help"));
    if (a.flag("help")) {
      out.println(DELETE_HELP);
      return 0;
    }
    if (a.positional().isEmpty()) {
      throw new Args.UsageException("delete needs at least one ID\n" + DELETE_HELP);
    }
    IndexStore store = store(a);
    ProfileArchive archive = env.archive(store);
    int missing = 0;
    try (CandidateIndex index = open(store)) {
      for (String id : a.positional()) {
        if (index.delete(id)) {
          archive.deleted(id);
          out.println("deleted " + id);
        } else {
          err.println("not found: " + id);
          missing++;
        }
      }
      index.commit();
    }
    return missing == 0 ? 0 : 1;
  }

  private static IndexStore store(Args a) {
    return new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
  }

  private CandidateIndex open(IndexStore store) throws IOException {
    Path gen = store.current();
    if (gen == null) {
      throw new Args.UsageException("no index at " + store.root() + "; build one first with ./candidates index");
    }
    CandidateIndex.checkSchema(gen, store.root());
    return CandidateIndex.open(gen, env.taxonomy(), env.analyzer(), env.enricher(), env.json(), false);
  }
}
