package dev.candidates.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The on-disk layout of an index root: numbered generations ({@code gen-1}, {@code gen-2}, …), each a complete Lucene
 * index, and a {@code CURRENT} file naming the live one. A full build writes a new generation beside the old and
 * switches {@code CURRENT} with an atomic rename only once the new one is committed, so a crash at any moment leaves
 * the previous index intact and openable. Profiles added through the API or {@code add} are also kept as JSON under
 * {@code added/} (and deletions under {@code deleted/}) so that a rebuild from the data folder keeps them.
 */
public final class IndexStore {
  private static final String CURRENT = "CURRENT";
  private final Path root;

  public IndexStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path addedDir() {
    return root.resolve("added");
  }

  public Path deletedDir() {
    return root.resolve("deleted");
  }

  /** The live generation, or null when no index has been built here. */
  public Path current() throws IOException {
    Path f = root.resolve(CURRENT);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    String name = Files.readString(f, StandardCharsets.UTF_8).strip();
    Path gen = root.resolve(name);
    return name.startsWith("gen-") && Files.isDirectory(gen) ? gen : null;
  }

  public boolean exists() throws IOException {
    return current() != null;
  }

  /** A fresh, empty directory for the next generation. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    long max = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "gen-*")) {
      for (Path p : ds) {
        try {
          max = Math.max(max, Long.parseLong(p.getFileName().toString().substring(4)));
        } catch (NumberFormatException ignored) {
          // not ours
        }
      }
    }
    Path gen = root.resolve("gen-" + (max + 1));
    Files.createDirectories(gen);
    return gen;
  }

  /** Makes {@code gen} the live generation, atomically. */
  public void publish(Path gen) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, gen.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes every generation but the live one (old ones, and builds a crash left half-done). */
  public void removeStaleGenerations() throws IOException {
    Path live = current();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "gen-*")) {
      for (Path p : ds) {
        if (live == null || !p.equals(live)) {
          deleteTree(p);
        }
      }
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

  public long sizeOnDisk() throws IOException {
    Path live = current();
    if (live == null) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(live)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
