package dev.candidates.api;

import dev.candidates.extract.ExtractedText;
import dev.candidates.extract.ExtractionException;
import dev.candidates.extract.MediaTypes;
import dev.candidates.extract.ResumeExtractor;
import dev.candidates.model.Profile;
import dev.candidates.parse.ResumeParser;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads a résumé file from a request: the raw body with the file's media type ({@code application/pdf}, Word, RTF,
 * OpenDocument, HTML, or {@code application/octet-stream} to let the content decide), or the field {@code file} of a
 * {@code multipart/form-data} form. The text is extracted ({@link ResumeExtractor}: format from the content, limits
 * on size, pages and time) and parsed. A scan without a text layer keeps whatever text it has, or its file name, and
 * says that OCR is not done.
 */
final class FileUploadReader {
  static final String MULTIPART = "multipart/form-data";
  private static final Set<String> RAW_TYPES = Set.of(MediaTypes.PDF, MediaTypes.DOCX, MediaTypes.DOC,
      MediaTypes.RTF, MediaTypes.ODT, MediaTypes.HTML, MediaTypes.UNKNOWN,
      "application/x-pdf", "text/rtf", "application/vnd.ms-word.document.macroenabled.12");

  /** What an upload yields: the parsed profile, and the file to keep with it. */
  record Upload(Profile profile, byte[] bytes, String mediaType, String fileName, List<String> warnings) {}

  private final ResumeExtractor extractor;
  private final ResumeParser parser;
  private final Limits limits;

  FileUploadReader(ResumeExtractor extractor, ResumeParser parser, Limits limits) {
    this.extractor = extractor;
    this.parser = parser;
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
    try {
      // Extraction and parsing as one job under one deadline, on the extraction workers, not this request thread.
      ResumeExtractor.Read<Profile> read = extractor.extractAndParse(bytes, declared, name, parser::parse);
      ExtractedText t = read.text();
      return new Upload(read.parsed(), bytes, t.mediaType(), name, t.warnings());
    } catch (ExtractionException e) {
      if (e.kind() != ExtractionException.Kind.NO_TEXT) {
        throw e;
      }
      // A scan: index what there is (a few words, or at least the file name) and keep the file.
      ExtractedText partial = e.partial();
      String text = !partial.text().isBlank() ? partial.text() : name == null ? "" : baseName(name);
      if (text.isBlank()) {
        throw e;
      }
      Profile p = parser.parse(text);
      if (partial.text().isBlank()) {
        p = p.withId("c-" + sha256(bytes).substring(0, 16)); // the same scan again is the same candidate
      }
      List<String> warnings = new ArrayList<>(partial.warnings());
      warnings.add(e.getMessage());
      return new Upload(p, bytes, partial.mediaType(), name, warnings);
    }
  }

  private UploadedFile uploadedFile(Context ctx) {
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (RuntimeException e) {
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

  /** "Wang_Fang-CV.pdf" → "Wang Fang", "王芳-简历.pdf" → "王芳": a name a search can find. */
  static String baseName(String fileName) {
    String n = fileName.replaceAll(".*[/\\\\]", "");
    int dot = n.lastIndexOf('.');
    return (dot > 0 ? n.substring(0, dot) : n).replaceAll("[_\\-.]+", " ")
        .replaceAll("(?iu)\\b(?:cv|resume|résumé|curriculum vitae)\\b|个人简历|简历", " ")
        .replaceAll("\\s+", " ").strip();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
