package dev.candidates.api;

import dev.candidates.extract.ExtractionException;
import dev.candidates.intake.IntakeException;
import dev.candidates.intake.IntakeResult;
import dev.candidates.intake.ProfileIntake;
import dev.candidates.model.Profile;
import dev.candidates.parse.SourceMarkup;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads profiles from request bodies: a résumé as {@code text/plain} (parsed), a profile as {@code application/json},
 * a résumé in YAML ({@code application/yaml}: RenderCV, JSON Resume), or one profile per line as JSONL for the bulk
 * endpoint. It only checks the size and maps the Content-Type to a
 * kind: {@link ProfileIntake} reads the bytes, as it does for files. Every failure names what was wrong.
 */
final class ProfileBodyReader {
  private static final Set<String> JSONL = Set.of("application/x-ndjson", "application/jsonl",
      "application/x-jsonlines", "text/plain");

  /** A JSONL line: its 1-based number and the profile, or why it could not be read. */
  record Line(int number, Profile profile, String error) {}

  private final ProfileIntake intake;
  private final Limits limits;

  ProfileBodyReader(ProfileIntake intake, Limits limits) {
    this.intake = intake;
    this.limits = limits;
  }

  /** One profile: a JSON profile, a résumé in YAML or plain text, by Content-Type; the body read through the intake. */
  IntakeResult profile(Context ctx) throws ExtractionException {
    String type = mediaType(ctx);
    if (!type.equals("application/json") && !type.equals("text/plain") && SourceMarkup.of(type) == null
        && ProfileIntake.readingOf(type) != ProfileIntake.Reading.YAML) {
      throw ApiException.unsupportedMediaType("Content-Type " + describe(type) + " is not supported "
          + "here; send a profile as application/json, a résumé as text/plain (UTF-8), as YAML (application/yaml) "
          + "or its source (text/x-tex, text/x-rst, text/asciidoc); a résumé file (PDF, Word, RTF, ODT, HTML) goes to "
          + "POST /api/candidates with its own media type");
    }
    return intake.intakeBounded(body(ctx), type);
  }

  /** The lines of a JSONL body; blank lines are skipped but still counted. */
  List<Line> lines(Context ctx) {
    String type = mediaType(ctx);
    if (!JSONL.contains(type)) {
      throw ApiException.unsupportedMediaType("Content-Type " + describe(type) + " is not supported here; send one "
          + "JSON profile per line as application/x-ndjson (or application/jsonl, text/plain)");
    }
    String text;
    try {
      text = ProfileIntake.decode(body(ctx));
    } catch (CharacterCodingException e) {
      throw new IntakeException(IntakeException.Reason.INVALID_UTF8, "invalid UTF-8: the body must be UTF-8 text; "
          + "convert it and send it again");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Line> out = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      try {
        out.add(new Line(number, intake.intake(l.getBytes(StandardCharsets.UTF_8), "application/json").profile(),
            null));
      } catch (IntakeException e) {
        out.add(new Line(number, null, e.getMessage()));
      } catch (ExtractionException e) {
        throw new IllegalStateException("JSON lines are not extracted", e);
      }
    }
    if (out.isEmpty()) {
      throw ApiException.badRequest("empty_body", "the body has no profiles; send one JSON profile per line");
    }
    return out;
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
    if (parts.length == 0 || parts[0].isBlank()) {
      return header.strip(); // not a media type at all (";;;"): refused below, quoted as sent
    }
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
