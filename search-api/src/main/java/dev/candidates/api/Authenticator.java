package dev.candidates.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sent a request, from its {@code Authorization: Bearer <token>} header, and whether their role may call the
 * endpoint. The tokens: the admin token ({@code CANDIDATES_ADMIN_TOKEN}, or the one kept in the index folder), the
 * read token ({@code CANDIDATES_READ_TOKEN}) and the named users of the {@link TokensFile}. A token is compared by
 * its SHA-256 digest against every known digest with {@link MessageDigest#isEqual}, without stopping at a match, so
 * the time taken says nothing about which bytes or which user matched.
 */
public final class Authenticator {
  public static final String READ_ENV = "CANDIDATES_READ_TOKEN";

  private record Known(User user, byte[] digest) {}

  private final List<Known> fixed;
  private final TokensFile users;
  private final boolean configured;

  /**
   * @param admin     the admin token
   * @param readToken the read token, or null
   * @param users     the named users (the file may not exist)
   */
  public Authenticator(AdminToken admin, String readToken, TokensFile users) {
    List<Known> known = new ArrayList<>();
    known.add(new Known(new User("admin", Role.ADMIN), TokenDigest.sha256(admin.value())));
    boolean reader = readToken != null && !readToken.isBlank();
    if (reader) {
      known.add(new Known(new User("reader", Role.READER), TokenDigest.sha256(readToken.strip())));
    }
    this.fixed = List.copyOf(known);
    this.users = users;
    this.configured = admin.source() == AdminToken.Source.ENVIRONMENT || reader;
  }

  /**
   * Whether someone set tokens up on purpose (an environment variable, or users in the tokens file), rather than
   * only the admin token the server made up for itself: required before listening beyond this machine.
   */
  public boolean configured() throws IOException {
    return configured || !users.entries().isEmpty();
  }

  public TokensFile users() {
    return users;
  }

  /** The caller of a request to an endpoint with {@code access}: 401 without a token, 403 when it may not. */
  User check(Context ctx, Access access) {
    if (access == Access.OPEN) {
      return User.ANONYMOUS;
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "this request needs the header \"Authorization: Bearer "
          + "<token>\"; ask the administrator for a token (./candidates token add NAME --role reader)");
    }
    String h = header.strip();
    if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "the Authorization header must be \"Bearer <token>\"");
    }
    User user = find(TokenDigest.sha256(h.substring(7).strip()));
    if (user == null) {
      throw new ApiException(403, "forbidden", "the token is not known; check it, or ask for a new one");
    }
    if (!user.role().allows(access)) {
      throw new ApiException(403, "forbidden", "this request changes the index and needs an admin token; \""
          + user.name() + "\" has a " + user.role().label() + " token");
    }
    return user;
  }

  private User find(byte[] digest) {
    List<Known> all = new ArrayList<>(fixed);
    try {
      for (TokensFile.Entry e : users.entries()) {
        all.add(new Known(new User(e.name(), e.role()), e.digest()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a broken tokens file is the operator's to mend: a 500, logged
    }
    User found = null;
    for (Known k : all) {
      if (MessageDigest.isEqual(k.digest(), digest) && found == null) {
        found = k.user();
      }
    }
    return found;
  }
}
