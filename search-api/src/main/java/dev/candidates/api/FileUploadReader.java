package dev.candidates.api;

import dev.candidates.extract.ContentSniffer;
import dev.candidates.extract.ExtractionException;
import dev.candidates.extract.MediaTypes;
import dev.candidates.extract.ResumeExtractor;
import dev.candidates.intake.IntakeResult;
import dev.candidates.intake.ProfileIntake;
import dev.candidates.store.OriginalFiles;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a résumé file from a request: the raw body with the file's media type ({@code application/pdf}, Word, RTF,
 * OpenDocument, HTML, or {@code application/octet-stream} to let the content decide), or the field {@code file} of a
 * {@code multipart/form-data} form. {@link ProfileIntake} reads it as it reads a file of the data folder (format
 * from the content, limits on size, pages and time; a scan keeps what text it has and says OCR is not done). A form
 * may also carry a part {@code profile}: the profile as reviewed and corrected by a person, indexed instead of what
 * the file would parse to, while the file is kept as the original.
 */
final class FileUploadReader {
  static final String MULTIPART = "multipart/form-data";
  private static final Set<String> RAW_TYPES = Set.of(MediaTypes.PDF, MediaTypes.DOCX, MediaTypes.DOC,
      MediaTypes.RTF, MediaTypes.ODT, MediaTypes.HTML, MediaTypes.UNKNOWN,
      "application/x-pdf", "text/rtf", "application/vnd.ms-word.document.macroenabled.12");

  /** What an upload yields: the profile (parsed, or the reviewed one sent with it), and the file to keep with it. */
  record Upload(IntakeResult intake, OriginalFiles.Original original) {}

  private final ProfileIntake intake;
  private final Limits limits;

  FileUploadReader(ProfileIntake intake, Limits limits) {
    this.intake = intake;
    this.limits = limits;
  }

  /** Whether the request carries a file rather than JSON or plain text. */
  static boolean isFile(Context ctx) {
    String type = MediaTypes.normalize(ctx.header("Content-Type"));
    return type.equals(MULTIPART) || RAW_TYPES.contains(type);
  }

  Upload read(Context ctx) throws ExtractionException {
    long max = limits.maxBodyBytes();
    if (ctx.contentLength() > max) {
      throw new ApiException(413, "body_too_large", ErrorMapper.tooLarge(limits)); // refused before reading it
    }
    String declared = ctx.header("Content-Type");
    String fileName = null;
    byte[] bytes;
    if (MediaTypes.normalize(declared).equals(MULTIPART)) {
      UploadedFile file = uploadedFile(ctx);
      declared = file.contentType();
      fileName = file.filename();
      try (InputStream in = file.content()) {
        bytes = ResumeExtractor.readLimited(in, max);
      } catch (IOException e) {
        throw ApiException.badRequest("malformed_multipart", "the uploaded file could not be read: "
            + QueryParams.shorten(String.valueOf(e.getMessage())));
      }
    } else {
      bytes = ctx.bodyAsBytes();
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest("empty_body", "the uploaded file is empty");
    }
    String name = fileName == null || fileName.isBlank() ? null : fileName;
    String detected = ContentSniffer.detect(bytes).mediaType();
    OriginalFiles.Original original = new OriginalFiles.Original(bytes, detected, name);
    byte[] reviewed = reviewedProfile(ctx);
    if (reviewed != null) {
      // A reviewed upload: the corrected profile is what gets indexed; the file is kept as it came.
      if (!ResumeExtractor.isFileFormat(detected) && !detected.equals(MediaTypes.TEXT)) {
        throw new ExtractionException(ExtractionException.Kind.UNSUPPORTED, "the file is "
            + MediaTypes.describe(detected) + "; keep a résumé as PDF, Word (.docx or .doc), RTF, OpenDocument text "
            + "(.odt), HTML or plain text");
      }
      return new Upload(intake.intake(reviewed, "application/json"), original);
    }
    // The kind: the declared media type when it names a format, else the file's name (its extension is checked
    // against the content the same way); the content decides the format in the end. A source or YAML sent as plain
    // text ("cv.tex", "cv.yaml" as text/plain) is read by its name, as its markup or as YAML.
    String type = MediaTypes.normalize(declared);
    ProfileIntake.Reading named = name == null ? null : ProfileIntake.readingOf(name);
    boolean byName = name != null && (MediaTypes.isGeneric(declared) || type.equals(MediaTypes.TEXT)
        && (named == ProfileIntake.Reading.TEXT || named == ProfileIntake.Reading.YAML));
    String kind = byName ? name : type;
    IntakeResult r;
    try {
      // Bounded: a text, source or YAML upload is parsed on the extraction workers under their deadline.
      r = intake.intakeBounded(bytes, kind.equals(MULTIPART) ? MediaTypes.UNKNOWN : kind);
    } catch (ExtractionException e) {
      r = intake.scanByName(bytes, name, e); // an upload keeps a scan without text under its file name
    }
    return new Upload(r, original);
  }

  /** The part {@code profile} of a multipart form (a file part or a plain field), or null when there is none. */
  private byte[] reviewedProfile(Context ctx) {
    if (!MediaTypes.normalize(ctx.header("Content-Type")).equals(MULTIPART)) {
      return null;
    }
    UploadedFile part = ctx.uploadedFile("profile");
    if (part != null) {
      try (InputStream in = part.content()) {
        return in.readNBytes((int) limits.maxBodyBytes());
      } catch (IOException e) {
        throw ApiException.badRequest("malformed_multipart", "the part \"profile\" could not be read");
      }
    }
    String field = ctx.formParam("profile");
    return field == null ? null : field.getBytes(StandardCharsets.UTF_8);
  }

  private UploadedFile uploadedFile(Context ctx) {
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (Exception e) { // Jetty's ServletException for a body that is not multipart, thrown unchecked
      String m = String.valueOf(e.getMessage());
      if (m.contains("exceeds") || m.contains("max")) {
        throw new ApiException(413, "body_too_large", ErrorMapper.tooLarge(limits));
      }
      throw ApiException.badRequest("malformed_multipart", "the multipart body could not be read; send the résumé "
          + "as the form field \"file\"");
    }
    if (file == null) {
      throw ApiException.badRequest("missing_file", "the multipart body has no field named \"file\"; send the résumé "
          + "as the form field \"file\"");
    }
    return file;
  }

}
