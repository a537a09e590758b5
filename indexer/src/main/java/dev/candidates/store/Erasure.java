package dev.candidates.store;

import dev.candidates.index.CandidateIndex;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileReader;
import dev.candidates.index.Schema;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;

/**
 * The right to erasure: finds a person by e-mail address everywhere the store and the data folder hold them and
 * removes them: their profiles from the index (segments rewritten so no deleted copy stays on disk), their original
 * files, their archive entries, and the data-folder files (or JSONL lines) they came from. When every source is gone
 * the deleted ids are forgotten too; otherwise they stay so that a rebuild cannot bring the person back.
 */
public final class Erasure {
  /** What was removed. */
  public record Report(String email, List<String> ids, List<String> dataSources, int originalFiles,
      int archiveEntries, List<String> problems) {}

  private final CandidateStore store;
  private final Path dataDir;

  Erasure(CandidateStore store, Path dataDir) {
    this.store = store;
    this.dataDir = dataDir;
  }

  Report purge(String email) throws IOException {
    String target = normalize(email);
    if (target.isEmpty() || target.indexOf('@') < 1) {
      throw new IllegalArgumentException("give the e-mail address to erase, like name@example.com");
    }
    List<String> problems = new ArrayList<>();
    store.writeLock.lock();
    try {
      CandidateIndex index = store.writable();
      Set<String> ids = idsInIndex(target);
      List<String> sources = dataSources(target, ids, problems);
      boolean everySourceGone = problems.isEmpty();
      if (!ids.isEmpty()) {
        try {
          for (String id : ids) {
            index.delete(id);
            if (everySourceGone) {
              index.forgetDeleted(id);
            }
          }
          store.commit(index);
          index.writer().forceMergeDeletes(true); // no copy of the deleted documents left in any segment
          store.commit(index);
        } catch (IOException | RuntimeException | Error e) {
          store.rollBack(index);
          throw e;
        }
      }
      int files = 0;
      int entries = 0;
      for (String id : ids) {
        files += store.files.removeAllOf(id);
        entries += store.archive.erase(id);
        store.rebuilds.remember(new Rebuilds.Delete(id, everySourceGone));
      }
      return new Report(target, List.copyOf(ids), sources, files, entries, problems);
    } finally {
      store.writeLock.unlock();
    }
  }

  private Set<String> idsInIndex(String target) throws IOException {
    return store.live.read(s -> {
      Set<String> ids = new LinkedHashSet<>();
      var stored = s.storedFields();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          var doc = stored.document(leaf.docBase + d, Set.of(Schema.SOURCE));
          Profile p = CandidateIndex.profileOf(store.env.json(), doc);
          if (target.equals(normalize(p.email()))) {
            ids.add(p.id());
          }
        }
      }
      return ids;
    });
  }

  /** Removes the data-folder files and JSONL lines that hold the person; returns what went. */
  private List<String> dataSources(String target, Set<String> ids, List<String> problems) throws IOException {
    List<String> removed = new ArrayList<>();
    if (dataDir == null || !Files.isDirectory(dataDir)) {
      return removed;
    }
    for (Path file : ProfileReader.profileFiles(dataDir)) {
      TreeMap<Integer, Boolean> lines = new TreeMap<>();
      boolean whole = false;
      for (Ingested in : store.env.reader().read(file)) {
        if (!in.ok() || !matches(in.profile(), target, ids)) {
          continue;
        }
        int colon = in.source().lastIndexOf(':');
        if (ProfileReader.extension(file).equals("jsonl") && colon > 0) {
          lines.put(Integer.parseInt(in.source().substring(colon + 1)), true);
        } else {
          whole = true;
        }
      }
      try {
        if (whole) {
          Files.delete(file);
          removed.add(file.toString());
        } else if (!lines.isEmpty()) {
          rewriteWithout(file, lines.keySet());
          removed.add(file + " (lines " + lines.keySet() + ")");
        }
      } catch (IOException e) {
        problems.add("could not remove " + file + ": " + e.getMessage());
      }
    }
    return removed;
  }

  private boolean matches(Profile p, String target, Set<String> ids) {
    if (target.equals(normalize(p.email()))) {
      return true;
    }
    if (p.id() != null) {
      return ids.contains(p.id());
    }
    try {
      return ids.contains(store.env.enricher().enrich(p).id());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void rewriteWithout(Path file, Set<Integer> lineNumbers) throws IOException {
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (!lineNumbers.contains(i + 1)) {
        sb.append(lines[i]);
        if (i < lines.length - 1) {
          sb.append('\n');
        }
      }
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
