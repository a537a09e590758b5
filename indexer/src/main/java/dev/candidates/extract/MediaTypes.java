package dev.candidates.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The media types of résumé files: their names, file extensions, and how to describe them to a user. */
public final class MediaTypes {
  public static final String PDF = "application/pdf";
  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String DOC = "application/msword";
  public static final String RTF = "application/rtf";
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String HTML = "text/html";
  public static final String TEXT = "text/plain";
  /** Not a résumé format: another ZIP archive, OLE2 file (Excel, Outlook…), image, or binary. */
  public static final String UNKNOWN = "application/octet-stream";

  /** File formats {@link ResumeExtractor} reads (plain text is handled by the callers as before). */
  public static final Set<String> FILE_FORMATS = Set.of(PDF, DOCX, DOC, RTF, ODT, HTML);

  /** Declared types that say nothing about the format: the content decides alone. */
  private static final Set<String> GENERIC = Set.of("", UNKNOWN, "application/zip", "application/x-zip-compressed",
      "application/x-zip", "binary/octet-stream", "application/binary", "application/x-binary");

  /** Aliases clients send for the formats above. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("application/x-pdf", PDF), Map.entry("application/acrobat", PDF),
      Map.entry("application/vnd.ms-word", DOC), Map.entry("application/doc", DOC),
      Map.entry("text/rtf", RTF), Map.entry("application/x-rtf", RTF),
      Map.entry("application/xhtml+xml", HTML),
      Map.entry("application/vnd.ms-word.document.macroenabled.12", DOCX));

  private static final Map<String, String> BY_EXTENSION = Map.of("pdf", PDF, "docx", DOCX, "doc", DOC, "rtf", RTF,
      "odt", ODT, "html", HTML, "htm", HTML, "txt", TEXT, "md", TEXT);

  /** Word-processor formats that people often save under one another's names: Word opens them all. */
  private static final Set<String> WORD_FAMILY = Set.of(DOCX, DOC, RTF, ODT);

  private MediaTypes() {}

  /** The canonical media type for a Content-Type value (parameters dropped, lower case, aliases resolved). */
  public static String normalize(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    String t = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    return ALIASES.getOrDefault(t, t);
  }

  /** The media type a file name's extension claims, or null when it claims none we know. */
  public static String fromFileName(String fileName) {
    if (fileName == null) {
      return null;
    }
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    if (dot < 0 || dot < slash) {
      return null;
    }
    return BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  public static boolean isGeneric(String mediaType) {
    return mediaType == null || GENERIC.contains(normalize(mediaType));
  }

  /** Whether content of type {@code detected} may be read although {@code claimed} was declared. */
  static boolean compatible(String claimed, String detected) {
    return claimed.equals(detected)
        || (WORD_FAMILY.contains(claimed) && WORD_FAMILY.contains(detected))
        || (claimed.equals(HTML) && detected.equals(TEXT)); // an HTML fragment without <html> sniffs as text
  }

  /** The usual file extension, for a download's file name. */
  public static String extension(String mediaType) {
    return switch (normalize(mediaType)) {
      case PDF -> "pdf";
      case DOCX -> "docx";
      case DOC -> "doc";
      case RTF -> "rtf";
      case ODT -> "odt";
      case HTML -> "html";
      case TEXT -> "txt";
      default -> "bin";
    };
  }

  /** "a PDF", "a Word document (.docx)": for messages to users. */
  public static String describe(String mediaType) {
    String t = normalize(mediaType);
    return switch (t) {
      case PDF -> "a PDF";
      case DOCX -> "a Word document (.docx)";
      case DOC -> "a Word 97-2003 document (.doc)";
      case RTF -> "an RTF document";
      case ODT -> "an OpenDocument text (.odt)";
      case HTML -> "an HTML page";
      case TEXT -> "plain text";
      case UNKNOWN, "" -> "an unrecognized binary file";
      default -> "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"";
    };
  }
}
