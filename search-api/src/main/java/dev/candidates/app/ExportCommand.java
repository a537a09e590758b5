package dev.candidates.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.IndexStore;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileReader;
import dev.candidates.index.Schema;
import dev.candidates.model.Profile;
import dev.candidates.parse.JsonResumeExport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** {@code ./candidates export --format jsonresume}: profiles written back out as JSON Resume documents. */
public final class ExportCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates export --format jsonresume [--index DIR | --data DIR] [--out DIR]
        Writes every profile as a JSON Resume 1.0 document: from the index (default var/index; read only, so it
        works while serve runs) or, with --data, from a folder of profile and résumé files. One document per line
        on stdout, or with --out one file per profile (ID.json) in DIR.""";

  private final Environment env;

  public ExportCommand(Environment env, PrintStream out, PrintStream err) {
    super(HELP, Set.of("format", "index", "data", "out"), Set.of(), out, err);
    this.env = env;
  }

  @Override
  int run(Args a) throws IOException {
    if (!"jsonresume".equals(a.get("format", null))) {
      throw usage("export needs --format jsonresume (the one format it writes)");
    }
    if (!a.positional().isEmpty() || a.get("data", null) != null && a.get("index", null) != null) {
      throw usage("export reads either --index or --data");
    }
    List<Profile> profiles = a.get("data", null) != null ? fromData(Path.of(a.get("data", null)))
        : fromIndex(IndexOptions.store(a));
    Path dir = a.get("out", null) == null ? null : Files.createDirectories(Path.of(a.get("out", null)));
    for (Profile p : profiles) {
      ObjectNode doc = JsonResumeExport.of(p, env.json());
      if (dir == null) {
        out.println(env.json().writeValueAsString(doc));
      } else {
        Files.writeString(dir.resolve(safeName(p.id()) + ".json"),
            env.json().writerWithDefaultPrettyPrinter().writeValueAsString(doc), StandardCharsets.UTF_8);
      }
    }
    err.println("exported " + profiles.size() + " profiles" + (dir == null ? "" : " to " + dir));
    return 0;
  }

  private List<Profile> fromData(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      throw new Args.UsageException("data folder not found: " + data);
    }
    List<Profile> out = new ArrayList<>();
    for (Path f : ProfileReader.profileFiles(data)) {
      for (Ingested in : env.reader().read(f)) {
        if (in.ok()) {
          out.add(env.enricher().enrich(in.profile()));
        } else {
          err.println("skipped " + in.source() + ": " + in.error());
        }
      }
    }
    return out;
  }

  private List<Profile> fromIndex(IndexStore store) throws IOException {
    Path gen = store.current();
    if (gen == null) {
      throw new Args.UsageException("no index at " + store.root() + "; build one with ./candidates index, or use --data");
    }
    List<Profile> out = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(gen); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            var bytes = stored.document(d, Set.of(Schema.SOURCE)).getBinaryValue(Schema.SOURCE);
            if (bytes != null) {
              out.add(env.json().readValue(bytes.bytes, bytes.offset, bytes.length, Profile.class));
            }
          }
        }
      }
    }
    return out;
  }

  /** Ids may hold characters a file name cannot; those become '_'. */
  private static String safeName(String id) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '.' ? c : '_');
    }
    return sb.toString();
  }
}
