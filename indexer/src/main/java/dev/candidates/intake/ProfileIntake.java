package dev.candidates.intake;

// Over 350 lines on purpose: the one intake for every kind (JSON, YAML, text, documents) and its refusal messages.

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.candidates.extract.ContentSniffer;
import dev.candidates.extract.ExtractedText;
import dev.candidates.extract.ExtractionException;
import dev.candidates.extract.MediaTypes;
import dev.candidates.extract.ResumeExtractor;
import dev.candidates.model.Profile;
import dev.candidates.parse.JsonResumes;
import dev.candidates.parse.ParsedResume;
import dev.candidates.parse.RenderCvResumes;
import dev.candidates.parse.ResumeParser;
import dev.candidates.parse.SourceMarkup;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one way bytes become a profile, for every caller: the data-folder walker, {@code add} and {@code parse}, and
 * the HTTP readers (which only turn a Content-Type into a kind). The kind is a file name ({@code cv.pdf}) or a media
 * type ({@code application/pdf}); it picks the reading: the project's own profile JSON (strict: an unknown field is
 * an error) or résumé JSON, a résumé written as YAML (RenderCV, JSON Resume), a résumé as UTF-8 text, or a résumé
 * file whose text is extracted. Résumé text is then parsed.
 */
public final class ProfileIntake {
  /** Kinds read as the project's JSON profile. */
  private static final Set<String> JSON_TYPES = Set.of("application/json", "text/json");
  /** Kinds read as a résumé in YAML. */
  private static final Set<String> YAML_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
      "text/x-yaml");
  /** Kinds read as résumé text. */
  private static final Set<String> TEXT_TYPES = Set.of(MediaTypes.TEXT, "text/markdown", "text/x-markdown");
  private static final Set<String> JSON_EXTENSIONS = Set.of("json");
  private static final Set<String> YAML_EXTENSIONS = Set.of("yaml", "yml");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md");
  private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "doc", "rtf", "odt", "html", "htm");

  private final ObjectMapper json;
  private final ResumeParser parser;
  private final ResumeExtractor extractor;

  public ProfileIntake(ObjectMapper json, ResumeParser parser, ResumeExtractor extractor) {
    this.json = json;
    this.parser = parser;
    this.extractor = extractor;
  }

  /** The extractor for résumé files (its limits are the upload limits). */
  public ResumeExtractor extractor() {
    return extractor;
  }

  /** How a kind is read. */
  public enum Reading { JSON, YAML, TEXT, DOCUMENT, UNSUPPORTED }

  /** How bytes of this kind (file name or media type) are read. */
  public static Reading readingOf(String kind) {
    if (kind == null || kind.isBlank()) {
      return Reading.DOCUMENT; // the content decides
    }
    if (isMediaType(kind)) {
      String type = MediaTypes.normalize(kind);
      if (JSON_TYPES.contains(type)) {
        return Reading.JSON;
      }
      if (YAML_TYPES.contains(type)) {
        return Reading.YAML;
      }
      if (TEXT_TYPES.contains(type) || SourceMarkup.of(type) != null) {
        return Reading.TEXT;
      }
      return MediaTypes.FILE_FORMATS.contains(type) || MediaTypes.isGeneric(type) ? Reading.DOCUMENT
          : Reading.UNSUPPORTED;
    }
    String ext = extension(kind);
    if (JSON_EXTENSIONS.contains(ext)) {
      return Reading.JSON;
    }
    if (YAML_EXTENSIONS.contains(ext)) {
      return Reading.YAML;
    }
    if (TEXT_EXTENSIONS.contains(ext) || SourceMarkup.of(ext) != null) {
      return Reading.TEXT;
    }
    return DOCUMENT_EXTENSIONS.contains(ext) ? Reading.DOCUMENT : Reading.UNSUPPORTED;
  }

  /**
   * One profile from {@code bytes} of the given kind.
   *
   * @throws IntakeException     when the bytes are not a usable profile (the reason says which way)
   * @throws ExtractionException when a résumé file is refused or unreadable
   */
  public IntakeResult intake(byte[] bytes, String kind) throws ExtractionException {
    return switch (readingOf(kind)) {
      case JSON -> {
        ParsedResume r = readJsonResume(text(bytes));
        Profile p = checked(r.profile());
        yield new IntakeResult(p, r.warnings(), p.text());
      }
      case YAML -> {
        ParsedResume r = readYamlResume(text(bytes));
        Profile p = checked(r.profile());
        yield new IntakeResult(p, r.warnings(), p.text());
      }
      case TEXT -> resume(text(bytes), List.of(), kind);
      case DOCUMENT -> document(bytes, kind);
      case UNSUPPORTED -> throw new IntakeException(IntakeException.Reason.UNSUPPORTED, "cannot read "
          + describeKind(kind) + "; send a profile as JSON (.json), a résumé as text (.txt, .md), as YAML "
          + "(.yaml, .yml), as its source (.tex, .rst, .adoc) or as a file (.pdf, .docx, .doc, .rtf, .odt, .html)");
    };
  }

  /**
   * As {@link #intake}, for bodies from outside (HTTP): a résumé sent as text or YAML is parsed on the extraction
   * workers under their deadline, as a file is, so a hostile body can neither outlast the deadline nor take a search
   * thread. The data-folder walker keeps {@link #intake}: its own threads are bounded already.
   */
  public IntakeResult intakeBounded(byte[] bytes, String kind) throws ExtractionException {
    Reading reading = readingOf(kind);
    if (reading != Reading.TEXT && reading != Reading.YAML) {
      return intake(bytes, kind);
    }
    // The intake's own refusals travel back as values, so the caller sees them as they are, not as a failed read.
    Object r = extractor.workers().run(() -> {
      try {
        return intake(bytes, kind);
      } catch (IntakeException e) {
        return e;
      }
    }, "the résumé");
    if (r instanceof IntakeException e) {
      throw e;
    }
    return (IntakeResult) r;
  }

  /** One profile from JSON (for a JSONL line, for instance); see {@link #readJsonResume}. */
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

  /**
   * A profile and its warnings from YAML, read within {@link YamlTree}'s limits: RenderCV input
   * ({@link RenderCvResumes}); JSON Resume, FRESH and the project's own profile written as YAML, through the same
   * mappings as JSON (a profile that does not validate is read as text); any other mapping read as text, with a
   * warning. Only a document that is not a mapping is refused.
   */
  public ParsedResume readYamlResume(String text) {
    JsonNode node = YamlTree.read(text);
    if (node == null || node.isNull()) {
      throw new IntakeException(IntakeException.Reason.EMPTY, "an empty YAML document: only comments or white space");
    }
    if (!node.isObject()) {
      throw invalid("a YAML résumé is a mapping of keys (such as RenderCV's \"cv:\" or JSON Resume's \"basics:\"), "
          + "but this document is " + (node.isArray() ? "a list" : "a single value"));
    }
    if (RenderCvResumes.isRenderCv(node)) {
      return RenderCvResumes.read(node);
    }
    if (JsonResumes.shape(node) == JsonResumes.Shape.PROFILE) {
      try {
        return new ParsedResume(json.treeToValue(node, Profile.class), List.of());
      } catch (JsonProcessingException | IllegalArgumentException e) {
        // not quite the project's profile: read below as text, with the warning
      }
    }
    return JsonResumes.read(node, parser, "YAML");
  }

  private Profile strictProfile(String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IntakeException(IntakeException.Reason.MALFORMED_JSON, "not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
          + shorten(e.getOriginalMessage()));
    }
    if (node == null || node.isMissingNode()) {
      throw new IntakeException(IntakeException.Reason.EMPTY, "empty JSON document");
    }
    if (!node.isObject()) {
      throw invalid("expected a JSON object (one profile), found "
          + node.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    try {
      return json.treeToValue(node, Profile.class);
    } catch (UnrecognizedPropertyException e) {
      throw invalid("unknown field \"" + e.getPropertyName() + "\"; known fields: " + e.getKnownPropertyIds());
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw invalid(iae.getMessage());
      }
      throw invalid("invalid profile JSON at " + path(e) + ": " + shorten(e.getOriginalMessage()));
    }
  }

  /**
   * A résumé as text: parsed, Markdown as Markdown ({@code kind} says, as for the parser: a file name, extension or
   * media type). The parser's warnings follow the extraction's.
   */
  private IntakeResult resume(String text, List<String> warnings, String kind) {
    try {
      ParsedResume r = parser.read(text, kind);
      List<String> all = new ArrayList<>(warnings);
      all.addAll(r.warnings());
      return new IntakeResult(r.profile(), all, text);
    } catch (IllegalArgumentException e) {
      throw invalid("the résumé could not be read: " + e.getMessage());
    }
  }

  /**
   * A résumé file: its text extracted, then parsed. A scan without a text layer keeps whatever text it has and says
   * that OCR is not done; with no text at all it is refused ({@link ExtractionException.Kind#NO_TEXT}), and an
   * upload may still keep it under its file name ({@link #scanByName}).
   */
  private IntakeResult document(byte[] bytes, String kind) throws ExtractionException {
    boolean named = kind != null && !kind.isBlank() && !isMediaType(kind);
    ResumeExtractor.Read<ParsedResume> read;
    try {
      // Extraction and parsing as one job under one deadline, on the extraction workers, not the caller's thread.
      read = extractor.extractAndRead(bytes, named ? null : kind, named ? kind : null,
          text -> parser.read(text.text(), documentKind(kind), HeadingStyles.headings(text.styledLines())));
    } catch (ExtractionException e) {
      ExtractedText partial = e.partial();
      if (e.kind() != ExtractionException.Kind.NO_TEXT || partial == null || partial.text().isBlank()) {
        throw e;
      }
      List<String> warnings = new ArrayList<>(partial.warnings());
      warnings.add(e.getMessage());
      return resume(partial.text(), warnings, documentKind(kind)); // a few words of a scan: cheap
    }
    List<String> warnings = new ArrayList<>(read.text().warnings());
    warnings.addAll(read.parsed().warnings());
    return new IntakeResult(read.parsed().profile(), warnings, read.text().text());
  }

  /**
   * A scan with no text at all, kept under the words of its file name so that a search can find it; its id comes
   * from its bytes, so the same scan again is the same candidate.
   *
   * @throws ExtractionException {@code noText} again when the file name has no words either
   */
  public IntakeResult scanByName(byte[] bytes, String fileName, ExtractionException noText)
      throws ExtractionException {
    String base = fileName == null ? "" : baseName(fileName);
    if (noText.kind() != ExtractionException.Kind.NO_TEXT || base.isBlank()) {
      throw noText;
    }
    List<String> warnings = new ArrayList<>(noText.partial() == null ? List.of() : noText.partial().warnings());
    warnings.add(noText.getMessage());
    IntakeResult r = resume(base, warnings, "txt");
    return new IntakeResult(r.profile().withId("c-" + sha256(bytes).substring(0, 16)), r.warnings(), r.text());
  }

  /** A document's text is never read as Markdown, whatever it looks like. */
  private static String documentKind(String kind) {
    return kind == null || kind.isBlank() ? "document" : kind;
  }

  /** "application/pdf", "text/plain; charset=utf-8" rather than a file name such as "cv.pdf" or "in/cv.pdf". */
  static boolean isMediaType(String kind) {
    int slash = kind.indexOf('/');
    if (slash <= 0) {
      return false;
    }
    String top = kind.substring(0, slash).toLowerCase(Locale.ROOT);
    return Set.of("application", "text", "image", "audio", "video", "multipart", "binary").contains(top)
        || kind.indexOf('.') < 0;
  }

  /** A profile with nothing in it would be an empty, unsearchable record. */
  static Profile checked(Profile p) {
    boolean empty = blank(p.name()) && blank(p.headline()) && blank(p.summary()) && blank(p.text())
        && p.skills().isEmpty() && p.experience().isEmpty() && p.projects().isEmpty() && p.education().isEmpty();
    if (empty) {
      throw invalid("the profile is empty; give at least a name, headline, summary, skills, experience or text");
    }
    return p;
  }

  /** Bytes as UTF-8 text: present, valid, not binary; a leading byte-order mark is dropped. */
  static String text(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IntakeException(IntakeException.Reason.EMPTY, "empty: there is nothing to read");
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      if (hasNul(bytes) || ResumeExtractor.isFileFormat(ContentSniffer.detect(bytes).mediaType())) {
        throw binary(bytes);
      }
      throw new IntakeException(IntakeException.Reason.INVALID_UTF8, "invalid UTF-8: the text must be UTF-8; "
          + "convert it and send it again");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0 || looksBinary(text)) {
      throw binary(bytes);
    }
    if (text.isBlank()) {
      throw new IntakeException(IntakeException.Reason.EMPTY, "empty: only white space");
    }
    return text;
  }

  private static IntakeException binary(byte[] bytes) {
    ContentSniffer.Sniffed what = ContentSniffer.detect(bytes);
    return new IntakeException(IntakeException.Reason.BINARY, "binary content, not a text résumé"
        + (ResumeExtractor.isFileFormat(what.mediaType()) ? " (the content is " + what.what() + ")" : "")
        + "; send a résumé file with its own media type or file extension (for example .pdf)");
  }

  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static boolean hasNul(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
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

  /** "Wang_Fang-CV.pdf" → "Wang Fang", "王芳-简历.pdf" → "王芳": a name a search can find. */
  public static String baseName(String fileName) {
    String n = fileName.replaceAll(".*[/\\\\]", "");
    int dot = n.lastIndexOf('.');
    return (dot > 0 ? n.substring(0, dot) : n).replaceAll("[_\\-.]+", " ")
        .replaceAll("(?iu)\\b(?:cv|resume|résumé|curriculum vitae)\\b|个人简历|简历", " ")
        .replaceAll("\\s+", " ").strip();
  }

  public static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return dot < 0 || dot < slash ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String describeKind(String kind) {
    return isMediaType(kind) ? MediaTypes.describe(kind)
        : "a ." + shorten(extension(kind)) + " file";
  }

  private static IntakeException invalid(String message) {
    return new IntakeException(IntakeException.Reason.INVALID_PROFILE, message);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String shorten(String s) {
    String v = String.valueOf(s);
    return v.length() > 200 ? v.substring(0, 200) + "…" : v;
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof JsonMappingException m) {
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

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
