package dev.candidates.index;

import dev.candidates.model.Profile;
import java.util.List;

/**
 * One profile read from a file, or why it could not be: {@code source} is "file" or "file:line"; {@code warnings}
 * are what the intake noticed about a profile it did read.
 */
public record Ingested(String source, Profile profile, String error, List<String> warnings) {
  public Ingested {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public static Ingested ok(String source, Profile p) {
    return new Ingested(source, p, null, List.of());
  }

  public static Ingested ok(String source, Profile p, List<String> warnings) {
    return new Ingested(source, p, null, warnings);
  }

  public static Ingested failed(String source, String error) {
    return new Ingested(source, null, error, List.of());
  }

  public boolean ok() {
    return error == null;
  }
}
