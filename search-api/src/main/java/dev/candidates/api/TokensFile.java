package dev.candidates.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The named users and their roles, in {@code <index root>/tokens} (mode 600). Only SHA-256 digests of the tokens are
 * stored, one user a line, tab-separated: {@code name  role  sha256-hex  created}; {@code #} starts a comment. A
 * new token is shown once, by {@code ./candidates token add}, and cannot be read back. The server rereads the file
 * when it changes, so a user added or removed while it runs counts at once.
 */
public final class TokensFile {
  public static final String FILE = "tokens";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final String HEADER = "# candidates users: name, role (reader or admin), SHA-256 of the token, "
      + "created. Tokens themselves are not kept.\n";

  /** One user: the digest of their token, never the token. */
  public record Entry(String name, Role role, byte[] digest, String created) {}

  private final Path file;
  private final Clock clock;
  private List<Object> loadedVersion;
  private List<Entry> loaded = List.of();

  public TokensFile(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** The tokens file of the index at {@code indexRoot}. */
  public static TokensFile of(Path indexRoot) {
    return new TokensFile(indexRoot.resolve(FILE), Clock.systemUTC());
  }

  public Path path() {
    return file;
  }

  /**
   * The users as the file holds them now, reread only when it changed since the last call: every write moves a
   * new file into place, so its inode tells a change even within one tick of the modification time.
   */
  public synchronized List<Entry> entries() throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      loadedVersion = null;
      loaded = List.of();
      return loaded;
    }
    List<Object> version = Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
    if (!version.equals(loadedVersion)) {
      loaded = read();
      loadedVersion = version;
    }
    return loaded;
  }

  /** Adds {@code name} with a new random token (replacing the user's old one) and returns the token. */
  public synchronized String add(String name, Role role) throws IOException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, dots, dashes, underscores or @");
    }
    String token = TokenDigest.newToken();
    List<Entry> kept = new ArrayList<>();
    for (Entry e : read()) {
      if (!e.name().equals(name)) {
        kept.add(e);
      }
    }
    kept.add(new Entry(name, role, TokenDigest.sha256(token), clock.instant().toString()));
    write(kept);
    return token;
  }

  /** Removes {@code name}; false when there was no such user. */
  public synchronized boolean remove(String name) throws IOException {
    List<Entry> all = read();
    List<Entry> kept = all.stream().filter(e -> !e.name().equals(name)).toList();
    if (kept.size() == all.size()) {
      return false;
    }
    write(kept);
    return true;
  }

  private List<Entry> read() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      try {
        if (f.length < 3 || f[2].length() != 64) {
          throw new IllegalArgumentException("expected name, role and a 64-digit SHA-256");
        }
        out.add(new Entry(f[0], Role.parse(f[1]), HexFormat.of().parseHex(f[2]), f.length > 3 ? f[3] : ""));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + number + " is not a user: " + e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  /** Written aside (mode 600) and moved into place, so a reader never sees half a file. */
  private void write(List<Entry> entries) throws IOException {
    StringBuilder b = new StringBuilder(HEADER);
    for (Entry e : entries) {
      b.append(e.name()).append('\t').append(e.role().label()).append('\t').append(TokenDigest.hex(e.digest()))
          .append('\t').append(e.created()).append('\n');
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    PrivateFiles.create(tmp);
    Files.writeString(tmp, b, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
