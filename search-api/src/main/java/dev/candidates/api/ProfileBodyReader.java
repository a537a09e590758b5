package dev.candidates.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.ProfileReader;
import dev.candidates.model.Profile;
import dev.candidates.parse.ResumeParser;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads profiles from request bodies: a résumé as {@code text/plain} (parsed), a profile as {@code application/json},
 * or one profile per line as JSONL for the bulk endpoint. Bodies must be non-empty UTF-8 within the size limit;
 * every failure names what was wrong.
 */
final class ProfileBodyReader {
  private static final Set<String> JSONL = Set.of("application/x-ndjson", "application/jsonl",
      "application/x-jsonlines", "text/plain");

  /** A JSONL line: its 1-based number and the profile, or why it could not be read. */
  record Line(int number, Profile profile, String error) {}

  private final ObjectMapper json;
  private final ProfileReader reader;
  private final ResumeParser parser;
  private final Limits limits;

  ProfileBodyReader(ObjectMapper json, ProfileReader reader, ResumeParser parser, Limits limits) {
    this.json = json;
    this.reader = reader;
    this.parser = parser;
    this.limits = limits;
  }

  /** One profile: a JSON profile or a résumé in plain text, by Content-Type. */
  Profile profile(Context ctx) {
    String type = mediaType(ctx);
    return switch (type) {
      case "application/json" -> fromJson(text(ctx));
      case "text/plain" -> fromResume(text(ctx));
      default -> throw ApiException.unsupportedMediaType("Content-Type " + describe(type) + " is not supported "
          + "here; send a profile as application/json or a résumé as text/plain (UTF-8); a résumé file (PDF, Word, "
          + "RTF, ODT, HTML) goes to POST /api/candidates with its own media type");
    };
  }

  /** The lines of a JSONL body; blank lines are skipped but still counted. */
  List<Line> lines(Context ctx) {
    String type = mediaType(ctx);
    if (!JSONL.contains(type)) {
      throw ApiException.unsupportedMediaType("Content-Type " + describe(type) + " is not supported here; send one "
          + "JSON profile per line as application/x-ndjson (or application/jsonl, text/plain)");
    }
    List<Line> out = new ArrayList<>();
    int number = 0;
    for (String line : text(ctx).split("\n", -1)) {
      number++;
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      try {
        out.add(new Line(number, checked(reader.parseJson(l)), null));
      } catch (IllegalArgumentException | InvalidProfileException e) {
        out.add(new Line(number, null, e.getMessage()));
      }
    }
    if (out.isEmpty()) {
      throw ApiException.badRequest("empty_body", "the body has no profiles; send one JSON profile per line");
    }
    return out;
  }

  private Profile fromJson(String text) {
    try {
      json.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw ApiException.badRequest("malformed_json", "the body is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
          + QueryParams.shorten(e.getOriginalMessage()));
    }
    try {
      return checked(reader.parseJson(text));
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(e.getMessage());
    }
  }

  private Profile fromResume(String text) {
    if (text.indexOf('\0') >= 0) {
      throw ApiException.badRequest("binary_body", "the body looks binary; send the résumé as plain UTF-8 text, "
          + "or send the file itself with its own media type (for example application/pdf)");
    }
    try {
      return checked(parser.parse(text));
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException("the résumé could not be read: " + e.getMessage());
    }
  }

  /** A profile with nothing in it would be an empty, unsearchable record. */
  private static Profile checked(Profile p) {
    boolean empty = blank(p.name()) && blank(p.headline()) && blank(p.summary()) && blank(p.text())
        && p.skills().isEmpty() && p.experience().isEmpty() && p.projects().isEmpty() && p.education().isEmpty();
    if (empty) {
      throw new InvalidProfileException("the profile is empty; give at least a name, headline, summary, skills, "
          + "experience or text");
    }
    return p;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The body as text: present, within the size limit, valid UTF-8 (a leading byte-order mark is dropped). */
  private String text(Context ctx) {
    byte[] bytes = body(ctx);
    if (bytes.length == 0) {
      throw ApiException.badRequest("empty_body", "the request body is empty");
    }
    String text;
    try {
      text = ProfileReader.decode(bytes);
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("invalid_utf8", "invalid UTF-8: the body must be UTF-8 text; "
          + "convert it and send it again");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw ApiException.badRequest("empty_body", "the request body is empty (only white space)");
    }
    return text;
  }

  /**
   * The body bytes, at most {@link Limits#maxBodyBytes()}. A larger body is still read to its end (up to
   * {@link Limits#drainBytes()}) before the 413 goes out: a server that answers and closes while the client is still
   * sending makes the client see a reset connection instead of the answer.
   */
  private byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > limits.drainBytes()) {
      ctx.header("Connection", "close");
      throw new ApiException(413, "body_too_large", ErrorMapper.tooLarge(limits));
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] bytes = in.readNBytes((int) limits.maxBodyBytes() + 1);
      if (bytes.length > limits.maxBodyBytes()) {
        if (!drain(in, limits.drainBytes())) {
          ctx.header("Connection", "close");
        }
        throw new ApiException(413, "body_too_large", ErrorMapper.tooLarge(limits));
      }
      return bytes;
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable_body", "the request body could not be read completely: "
          + e.getMessage());
    }
  }

  /** Reads to the end of the stream; false when more than {@code limit} bytes remain. */
  private static boolean drain(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      total += n;
      if (total > limit) {
        return false;
      }
    }
    return true;
  }

  /** The media type without parameters, lower case; a charset other than UTF-8 is refused. */
  private static String mediaType(Context ctx) {
    String header = ctx.header("Content-Type");
    if (header == null || header.isBlank()) {
      return "";
    }
    String[] parts = header.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String cs = kv[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (!cs.equals("utf-8") && !cs.equals("utf8")) {
          throw ApiException.unsupportedMediaType("charset " + QueryParams.shorten(cs) + " is not supported; "
              + "send the body as UTF-8");
        }
      }
    }
    return parts[0].strip().toLowerCase(Locale.ROOT);
  }

  private static String describe(String type) {
    return type.isEmpty() ? "(none)" : "\"" + QueryParams.shorten(type) + "\"";
  }
}
