package dev.candidates.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token that every write needs. From {@code CANDIDATES_ADMIN_TOKEN} when set; otherwise a random one kept
 * in {@code <index root>/admin-token} (mode 600) so that it survives restarts. Tokens are compared through their
 * SHA-256 digests with {@link MessageDigest#isEqual}, so the comparison takes the same time wherever they differ.
 */
public final class AdminToken {
  public static final String ENV = "CANDIDATES_ADMIN_TOKEN";
  public static final String FILE = "admin-token";

  /** Where the token came from, for the start-up message. */
  public enum Source { ENVIRONMENT, FILE, GENERATED }

  private final String token;
  private final byte[] digest;
  private final Source source;

  private AdminToken(String token, Source source) {
    this.token = token;
    this.digest = sha256(token);
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
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(indexRoot);
    Files.deleteIfExists(file);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system: the best we can do
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

  /** Lets the request through with the right token; 401 without one, 403 with a wrong one. */
  void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized",
          "this request changes the index and needs the header \"Authorization: Bearer <admin token>\"; the "
              + "server prints the token when it starts");
    }
    String h = header.strip();
    if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "the Authorization header must be \"Bearer <admin token>\"");
    }
    if (!MessageDigest.isEqual(digest, sha256(h.substring(7).strip()))) {
      throw new ApiException(403, "forbidden", "the admin token is wrong");
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
