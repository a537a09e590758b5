package dev.candidates.index;

import dev.candidates.model.Profile;

/** One profile read from a file, or why it could not be: {@code source} is "file" or "file:line". */
public record Ingested(String source, Profile profile, String error) {
  public static Ingested ok(String source, Profile p) {
    return new Ingested(source, p, null);
  }

  public static Ingested failed(String source, String error) {
    return new Ingested(source, null, error);
  }

  public boolean ok() {
    return error == null;
  }
}
