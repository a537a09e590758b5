package dev.candidates.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The résumé files candidates were added from, kept beside the index ({@code <index root>/files/}) so that a
 * recruiter can download the original. A file is stored under a key made of the hex of the id and a hash of its
 * bytes ({@code <key>.bin}, with {@code <key>.json} holding its media type and name), and the candidate's document
 * in the index names its key: the file served is always the one the committed profile refers to. A file written
 * for a write that never committed is referred to by nothing and removed at the next start.
 */
public final class OriginalFiles {
  /** A file as uploaded: its bytes, detected media type and the name it was uploaded under (or null). */
  public record Original(byte[] bytes, String mediaType, String fileName) {}

  record Meta(String mediaType, String fileName, long size) {}

  private final Path dir;
  private final ObjectMapper json;

  OriginalFiles(Path indexRoot, ObjectMapper json) {
    this.dir = indexRoot.resolve("files");
    this.json = json;
  }

  static String hex(String id) {
    return HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the file (durably) under a new key for {@code id} and returns the key; the same bytes give the same key. */
  String put(String id, Original file) throws IOException {
    Files.createDirectories(dir);
    String key = hex(id) + "-" + sha256(file.bytes()).substring(0, 16);
    Path bin = dir.resolve(key + ".bin");
    Path meta = dir.resolve(key + ".json");
    writeDurably(meta, json.writeValueAsBytes(new Meta(file.mediaType(), file.fileName(), file.bytes().length)));
    writeDurably(bin, file.bytes());
    return key;
  }

  private void writeDurably(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(dir, "upload-", ".tmp");
    try {
      Files.write(tmp, bytes);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The file under {@code key}, or null. */
  Original get(String key) throws IOException {
    return read(dir.resolve(key + ".bin"), dir.resolve(key + ".json"));
  }

  /** A file kept by an earlier version, under the hex of the id alone; null when there is none. */
  Original legacy(String id) throws IOException {
    return read(dir.resolve(hex(id) + ".bin"), dir.resolve(hex(id) + ".json"));
  }

  private Original read(Path bin, Path meta) throws IOException {
    if (!Files.isRegularFile(bin) || !Files.isRegularFile(meta)) {
      return null;
    }
    Meta m = json.readValue(meta.toFile(), Meta.class);
    return new Original(Files.readAllBytes(bin), m.mediaType(), m.fileName());
  }

  void remove(String key) throws IOException {
    Files.deleteIfExists(dir.resolve(key + ".bin"));
    Files.deleteIfExists(dir.resolve(key + ".json"));
  }

  void removeLegacy(String id) throws IOException {
    Files.deleteIfExists(dir.resolve(hex(id) + ".bin"));
    Files.deleteIfExists(dir.resolve(hex(id) + ".json"));
  }

  /** Removes every file of the candidate, of any key and the legacy one; returns how many files went. */
  int removeAllOf(String id) throws IOException {
    String h = hex(id);
    return removeWhere(name -> name.startsWith(h + "-") || name.equals(h + ".bin") || name.equals(h + ".json"));
  }

  /**
   * Removes what no committed profile refers to: files of other keys than {@code keys}, legacy files whose id
   * {@code legacyWanted} refuses, and temporary files a crash left behind. Returns how many files went.
   */
  int removeUnreferenced(Set<String> keys, Predicate<String> legacyWanted) throws IOException {
    return removeWhere(name -> {
      if (name.endsWith(".tmp")) {
        return true;
      }
      int dot = name.lastIndexOf('.');
      String key = dot < 0 ? name : name.substring(0, dot);
      if (key.indexOf('-') >= 0) {
        return !keys.contains(key);
      }
      try {
        return !legacyWanted.test(new String(HexFormat.of().parseHex(key), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return false; // not ours
      }
    });
  }

  private int removeWhere(Predicate<String> doomed) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (doomed.test(p.getFileName().toString()) && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    }
    return removed;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
