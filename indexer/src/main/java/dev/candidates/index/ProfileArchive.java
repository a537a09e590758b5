package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

/**
 * Keeps profiles added or deleted after a build (through {@code add}, {@code delete} or the API) beside the index, so
 * that a full rebuild from the data folder keeps them. File names are the hex of the id, so any id is a safe name.
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
    json.writeValue(tmp.toFile(), p);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(store.deletedDir().resolve(fileName(p.id())));
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
