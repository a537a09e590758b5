package dev.candidates.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The admin's bearer token. From {@code CANDIDATES_ADMIN_TOKEN} when set; otherwise a random one kept in
 * {@code <index root>/admin-token} (mode 600) so that it survives restarts, shown once when it is made. The
 * {@link Authenticator} checks requests against it.
 */
public final class AdminToken {
  public static final String ENV = "CANDIDATES_ADMIN_TOKEN";
  public static final String FILE = "admin-token";

  /** Where the token came from, for the start-up message. */
  public enum Source { ENVIRONMENT, FILE, GENERATED }

  private final String token;
  private final Source source;

  private AdminToken(String token, Source source) {
    this.token = token;
    this.source = source;
  }

  public static AdminToken of(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the admin token must not be blank");
    }
    return new AdminToken(token.strip(), Source.ENVIRONMENT);
  }

  /** The token from the environment value when given, else the one saved under {@code indexRoot}, else a new one. */
  public static AdminToken resolve(String fromEnvironment, Path indexRoot) throws IOException {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return of(fromEnvironment);
    }
    Path file = indexRoot.resolve(FILE);
    if (Files.isRegularFile(file)) {
      String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!saved.isEmpty()) {
        return new AdminToken(saved, Source.FILE);
      }
    }
    String token = TokenDigest.newToken();
    Files.createDirectories(indexRoot);
    Files.deleteIfExists(file);
    try {
      PrivateFiles.create(file);
    } catch (FileAlreadyExistsException e) {
      // created concurrently: overwrite below
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    return new AdminToken(token, Source.GENERATED);
  }

  public String value() {
    return token;
  }

  public Source source() {
    return source;
  }
}
