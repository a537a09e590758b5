package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The profiles added or deleted after a build (through {@code add}, {@code delete} or the API), as files beside the
 * index: {@code added/<hex id>.json} and {@code deleted/<hex id>}. The committed index is the truth ({@link Kept});
 * these folders are a readable copy of it, written after each commit and made to match it again at start-up
 * ({@link #match}), so a crash between a commit and this copy changes nothing. File names are the hex of the id, so
 * any id is a safe name.
 */
public final class ProfileArchive {
  private final IndexStore store;
  private final ObjectMapper json;

  public ProfileArchive(IndexStore store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  static String fileName(String id) {
    return HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
  }

  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String hex = dot < 0 ? name : name.substring(0, dot);
    try {
      return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  public void added(Profile p) throws IOException {
    Files.createDirectories(store.addedDir());
    Path target = store.addedDir().resolve(fileName(p.id()) + ".json");
    Path tmp = store.addedDir().resolve(fileName(p.id()) + ".tmp");
    Files.write(tmp, json.writeValueAsBytes(p));
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(store.deletedDir().resolve(fileName(p.id())));
  }

  /** Erased: no entry of either kind is left for the id; returns how many there were. */
  public int erase(String id) throws IOException {
    return (Files.deleteIfExists(store.addedDir().resolve(fileName(id) + ".json")) ? 1 : 0)
        + (Files.deleteIfExists(store.deletedDir().resolve(fileName(id))) ? 1 : 0);
  }

  /** Rewrites the folders to hold exactly what {@code kept} says; returns how many entries changed. */
  public int match(Kept kept) throws IOException {
    int changed = 0;
    Set<String> keptNames = new HashSet<>();
    for (CandidateIndex.KeptProfile k : kept.profiles()) {
      String name = fileName(k.profile().id()) + ".json";
      keptNames.add(name);
      Path f = store.addedDir().resolve(name);
      byte[] want = json.writeValueAsBytes(k.profile());
      if (!Files.isRegularFile(f) || !Arrays.equals(Files.readAllBytes(f), want)) {
        added(k.profile());
        changed++;
      }
    }
    changed += removeOthers(store.addedDir(), keptNames);
    Set<String> deletedNames = new HashSet<>();
    for (String id : kept.deleted()) {
      deletedNames.add(fileName(id));
      if (!Files.exists(store.deletedDir().resolve(fileName(id)))) {
        deleted(id);
        changed++;
      }
    }
    return changed + removeOthers(store.deletedDir(), deletedNames);
  }

  private static int removeOthers(Path dir, Set<String> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (!keep.contains(p.getFileName().toString())) {
          Files.deleteIfExists(p);
          removed++;
        }
      }
    }
    return removed;
  }

  public void deleted(String id) throws IOException {
    Files.deleteIfExists(store.addedDir().resolve(fileName(id) + ".json"));
    Files.createDirectories(store.deletedDir());
    Path marker = store.deletedDir().resolve(fileName(id));
    if (!Files.exists(marker)) {
      Files.writeString(marker, id, StandardCharsets.UTF_8);
    }
  }
}
