package dev.candidates.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Who saw or changed which candidate: one JSON line per read of a profile or file, per search or similar list that
 * showed people (their ids), and per write, in {@code <index root>/audit.jsonl} (mode 600). The file is only ever
 * appended to; {@code ./candidates audit --id ID} reads it back.
 */
public final class AuditLog {
  public static final String FILE = "audit.jsonl";

  /** One line: when, who, what, which candidates, from where. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(String time, String user, String action, List<String> ids, String client) {}

  private final Path file;
  private final ObjectMapper json;
  private final Clock clock;
  /** Guarded by this. */
  private FileChannel channel;

  public AuditLog(Path file, ObjectMapper json, Clock clock) {
    this.file = file;
    this.json = json;
    this.clock = clock;
  }

  public static AuditLog of(Path indexRoot, ObjectMapper json) {
    return new AuditLog(indexRoot.resolve(FILE), json, Clock.systemUTC());
  }

  public Path path() {
    return file;
  }

  /**
   * Appends one line; a failure to write it fails the request (an unaudited read must not pass silently). The file
   * stays open between lines (every search writes one: opening, checking and closing it each time cost more than the
   * line); a line is one write of its bytes, appended, so lines from several requests never interleave.
   */
  public void record(User user, String action, List<String> ids, String client) {
    Entry e = new Entry(clock.instant().toString(), user.name(), action, List.copyOf(ids), client);
    byte[] line;
    try {
      byte[] body = json.writeValueAsBytes(e);
      line = java.util.Arrays.copyOf(body, body.length + 1);
      line[body.length] = '\n';
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    synchronized (this) {
      try {
        ByteBuffer b = ByteBuffer.wrap(line);
        FileChannel ch = channel();
        while (b.hasRemaining()) {
          ch.write(b);
        }
      } catch (IOException ex) {
        closeQuietly();
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** The open file, made (mode 600) on the first line. */
  private FileChannel channel() throws IOException {
    if (channel == null || !channel.isOpen()) {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
          PrivateFiles.create(file);
        } catch (FileAlreadyExistsException raced) {
          // made by another writer meanwhile
        }
      }
      channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }
    return channel;
  }

  private void closeQuietly() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // reopened with the next line
    }
    channel = null;
  }

  /** Closes the file (a later line opens it again). */
  public synchronized void close() {
    closeQuietly();
  }

  /** The lines that name {@code id}, oldest first; a line that cannot be read is skipped. */
  public List<Entry> about(String id) throws IOException {
    List<Entry> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isBlank()) {
          continue;
        }
        Entry e;
        try {
          e = json.readValue(line, Entry.class);
        } catch (IOException bad) {
          continue; // a torn last line after a crash
        }
        if (e.ids() != null && e.ids().contains(id)) {
          out.add(e);
        }
      }
    }
    return out;
  }
}
