package dev.candidates.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

/**
 * The résumé files candidates were added from, kept beside the index ({@code <index root>/files/}) so that a
 * recruiter can download the original. Each file is {@code <hex id>.bin} with {@code <hex id>.json} holding its media
 * type and name; the hex of the id makes any id a safe file name. A rebuild of the index leaves this folder alone.
 */
final class OriginalFiles {
  /** A kept file: its bytes, detected media type and the name it was uploaded under (or null). */
  record Stored(byte[] bytes, String mediaType, String fileName) {}

  record Meta(String mediaType, String fileName, long size) {}

  private final Path dir;
  private final ObjectMapper json;

  OriginalFiles(Path indexRoot, ObjectMapper json) {
    this.dir = indexRoot.resolve("files");
    this.json = json;
  }

  /**
   * Writes the bytes to a temporary file; {@link Staged#commit} moves it into place under the candidate's id once the
   * candidate is indexed, and closing an uncommitted stage deletes it, so a failed upload leaves nothing behind.
   */
  Staged stage(byte[] bytes, String mediaType, String fileName) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "upload-", ".tmp");
    Files.write(tmp, bytes);
    return new Staged(tmp, new Meta(mediaType, fileName, bytes.length));
  }

  final class Staged implements AutoCloseable {
    private final Path tmp;
    private final Meta meta;
    private boolean committed;

    private Staged(Path tmp, Meta meta) {
      this.tmp = tmp;
      this.meta = meta;
    }

    void commit(String id) throws IOException {
      Path metaTmp = dir.resolve(name(id) + ".json.tmp");
      json.writeValue(metaTmp.toFile(), meta);
      Files.move(tmp, dir.resolve(name(id) + ".bin"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      Files.move(metaTmp, dir.resolve(name(id) + ".json"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** The candidate's original file, or null when it was not added from one. */
  Stored get(String id) throws IOException {
    Path bin = dir.resolve(name(id) + ".bin");
    Path meta = dir.resolve(name(id) + ".json");
    if (!Files.isRegularFile(bin) || !Files.isRegularFile(meta)) {
      return null;
    }
    Meta m = json.readValue(meta.toFile(), Meta.class);
    return new Stored(Files.readAllBytes(bin), m.mediaType(), m.fileName());
  }

  void delete(String id) throws IOException {
    Files.deleteIfExists(dir.resolve(name(id) + ".json"));
    Files.deleteIfExists(dir.resolve(name(id) + ".bin"));
  }

  private static String name(String id) {
    return HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
  }
}
