package dev.candidates.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.candidates.extract.ContentSniffer;
import dev.candidates.extract.ExtractedText;
import dev.candidates.extract.ExtractionException;
import dev.candidates.extract.ResumeExtractor;
import dev.candidates.model.Profile;
import dev.candidates.parse.JsonResumes;
import dev.candidates.parse.ParsedResume;
import dev.candidates.parse.ResumeParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads profiles from files: {@code .json} (one profile), {@code .jsonl} (one per line), {@code .txt}/{@code .md}
 * (a résumé as text, parsed), and résumé files ({@code .pdf}, {@code .docx}, {@code .doc}, {@code .rtf}, {@code .odt},
 * {@code .html}/{@code .htm}) whose text is extracted by {@link ResumeExtractor}, which detects their format from
 * their content, and then parsed. A bad file or line becomes an {@link Ingested} error naming what was wrong.
 */
public final class ProfileReader {
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** Résumé files read through {@link ResumeExtractor}. */
  public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "doc", "rtf", "odt", "html", "htm");
  public static final Set<String> EXTENSIONS = Set.of("json", "jsonl", "txt", "md", "pdf", "docx", "doc", "rtf", "odt",
      "html", "htm");

  private final ObjectMapper json;
  private final ResumeParser parser;
  private final ResumeExtractor extractor;

  public ProfileReader(ObjectMapper json, ResumeParser parser) {
    this(json, parser, new ResumeExtractor());
  }

  public ProfileReader(ObjectMapper json, ResumeParser parser, ResumeExtractor extractor) {
    this.json = json;
    this.parser = parser;
    this.extractor = extractor;
  }

  /** The extractor for résumé files, shared with whoever else receives uploads. */
  public ResumeExtractor extractor() {
    return extractor;
  }

  public static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Profile files under a folder, recursively, in a stable order; READMEs and the taxonomy folder are not data. */
  public static List<Path> profileFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> EXTENSIONS.contains(extension(p)))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(p -> !dir.relativize(p).toString().startsWith("taxonomy"))
          .sorted()
          .toList();
    }
  }

  public List<Ingested> read(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return List.of(Ingested.failed(name, "file is " + (size >> 20) + " MB; the limit is "
            + (MAX_FILE_BYTES >> 20) + " MB"));
      }
      byte[] bytes = Files.readAllBytes(file);
      return switch (extension(file)) {
        case "json" -> List.of(readJson(name, bytes));
        case "jsonl" -> readJsonLines(name, bytes);
        case "txt", "md" -> List.of(readText(name, bytes, extension(file)));
        case "pdf", "docx", "doc", "rtf", "odt", "html", "htm" -> List.of(readDocument(name, bytes));
        default -> List.of(Ingested.failed(name, "unsupported file type; use .json, .jsonl, .txt, .md, .pdf, .docx, "
            + ".doc, .rtf, .odt or .html"));
      };
    } catch (IOException e) {
      return List.of(Ingested.failed(name, "cannot read: " + e.getMessage()));
    }
  }

  public Ingested readJson(String source, byte[] bytes) {
    try {
      return Ingested.ok(source, parseJson(decode(bytes)));
    } catch (CharacterCodingException e) {
      return Ingested.failed(source, "not valid UTF-8");
    } catch (IllegalArgumentException e) {
      return Ingested.failed(source, e.getMessage());
    }
  }

  private List<Ingested> readJsonLines(String source, byte[] bytes) {
    List<Ingested> out = new ArrayList<>();
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return List.of(Ingested.failed(source, "not valid UTF-8"));
    }
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(Ingested.ok(source + ":" + lineNo, parseJson(line)));
      } catch (IllegalArgumentException e) {
        out.add(Ingested.failed(source + ":" + lineNo, e.getMessage()));
      }
    }
    return out;
  }

  /**
   * A résumé file: its text extracted and parsed. A scan without a text layer is indexed with whatever text it has;
   * with none, it is reported (OCR is not done).
   */
  public Ingested readDocument(String source, byte[] bytes) {
    try {
      ExtractedText extracted = extractor.extract(bytes, null, source);
      return Ingested.ok(source, parser.read(extracted.text(), source).profile());
    } catch (ExtractionException e) {
      if (e.kind() == ExtractionException.Kind.NO_TEXT && e.partial() != null && !e.partial().text().isBlank()) {
        return Ingested.ok(source, parser.read(e.partial().text(), source).profile());
      }
      return Ingested.failed(source, e.getMessage());
    }
  }

  private Ingested readText(String source, byte[] bytes, String kind) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (looksBinary(text)) {
      ContentSniffer.Sniffed what = ContentSniffer.detect(bytes);
      return Ingested.failed(source, "binary content, not a text résumé"
          + (ResumeExtractor.isFileFormat(what.mediaType()) ? " (the content is " + what.what()
              + "; give the file its proper extension)" : ""));
    }
    if (text.isBlank()) {
      return Ingested.failed(source, "empty file");
    }
    return Ingested.ok(source, parser.read(text, kind).profile());
  }

  /** A profile from JSON text; the message of the exception says what is wrong, for the user. */
  public Profile parseJson(String text) {
    return readJsonResume(text).profile();
  }

  /**
   * A profile and its warnings from JSON: the project's own profile JSON (told by its keys) strictly validated;
   * JSON Resume, FRESH and any other résumé JSON mapped or read as text ({@link JsonResumes}), never refused.
   */
  public ParsedResume readJsonResume(String text) {
    try {
      JsonNode node = json.readTree(text);
      if (node != null && node.isObject() && JsonResumes.shape(node) != JsonResumes.Shape.PROFILE) {
        return JsonResumes.read(node, parser);
      }
    } catch (JsonProcessingException e) {
      // reported below with the strict reader's message
    }
    return new ParsedResume(strictProfile(text), List.of());
  }

  private Profile strictProfile(String text) {
    try {
      JsonNode node = json.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("empty JSON document");
      }
      if (!node.isObject()) {
        throw new IllegalArgumentException("expected a JSON object (one profile), found " + node.getNodeType()
            .toString().toLowerCase(Locale.ROOT));
      }
      return json.treeToValue(node, Profile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException("unknown field \"" + e.getPropertyName() + "\"; known fields: "
          + e.getKnownPropertyIds());
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException(iae.getMessage());
      }
      String msg = e.getOriginalMessage();
      throw new IllegalArgumentException("invalid profile JSON at " + path(e) + ": "
          + (msg.length() > 200 ? msg.substring(0, 200) + "…" : msg));
    }
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      StringBuilder sb = new StringBuilder();
      for (var ref : m.getPath()) {
        if (ref.getFieldName() != null) {
          sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          sb.append('[').append(ref.getIndex()).append(']');
        }
      }
      return sb.isEmpty() ? "the document" : sb.toString();
    }
    return "the document";
  }

  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 8192);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        bad++;
      }
    }
    return n > 0 && bad > n / 10;
  }
}
