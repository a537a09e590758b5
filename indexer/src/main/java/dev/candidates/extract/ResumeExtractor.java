package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Résumé files to text: PDF (PDFBox), Word .docx and .doc (POI), RTF, OpenDocument text and HTML. The format is
 * detected from the bytes ({@link ContentSniffer}); a declared media type or file name is only checked against it,
 * and a file that is not what it claims is refused. Each extraction runs on a small bounded pool with a deadline
 * ({@link BoundedWorkers}), so one hostile file cannot stall its caller nor keep burning a core after its answer; see {@link ExtractionLimits} for the other limits. The text is cleaned
 * of layout artefacts ({@link LayoutCleaner}) so it parses like the same résumé typed as plain text.
 *
 * <p>Thread-safe; one instance serves a whole process. Its worker threads are daemons that exit when idle.
 */
public final class ResumeExtractor implements AutoCloseable {
  /** Fewer letters and digits than this and a document has, for a résumé, no text. */
  static final int MIN_TEXT_CHARS = 20;

  private final ExtractionLimits limits;
  private final BoundedWorkers workers;

  public ResumeExtractor() {
    this(ExtractionLimits.DEFAULT);
  }

  public ResumeExtractor(ExtractionLimits limits) {
    this.limits = limits;
    this.workers = new BoundedWorkers(limits.maxConcurrent(), limits.maxConcurrent() * 4, limits.timeout(),
        "resume-extractor");
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * The workers extractions run on. An intake that also parses runs both steps as one job here under one deadline,
   * calling {@link #extractHere} inside it.
   */
  public BoundedWorkers workers() {
    return workers;
  }

  /** Whether this media type (as detected) is a file format read here rather than plain text. */
  public static boolean isFileFormat(String mediaType) {
    return MediaTypes.FILE_FORMATS.contains(MediaTypes.normalize(mediaType));
  }

  /**
   * The text of a résumé file.
   *
   * @param bytes    the whole file
   * @param declared the media type the client declared (Content-Type), or null; generic types such as
   *                 application/octet-stream are ignored
   * @param fileName the file's name, or null; its extension is checked like a declared type when none is declared
   * @throws ExtractionException with a message for the user, when the file is refused or cannot be read; for
   *                             {@link Kind#NO_TEXT}, {@link ExtractionException#partial()} has what text there is
   */
  public ExtractedText extract(byte[] bytes, String declared, String fileName) throws ExtractionException {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(bytes.length); // refused before it takes a worker
    }
    return workers.run(() -> extractHere(bytes, declared, fileName), "the file");
  }

  /** A résumé file's text and what the caller made of it (a parsed profile). */
  public record Read<T>(ExtractedText text, T parsed) {}

  /**
   * Extracts a résumé file's text and hands it to {@code parse}, both as one job on {@link #workers()} under one
   * deadline: past it the caller gets {@link Kind#TIMEOUT} and the worker is interrupted, and parsing does not start
   * on text whose extraction ran out of time.
   */
  public <T> Read<T> extractAndParse(byte[] bytes, String declared, String fileName, Function<String, T> parse)
      throws ExtractionException {
    return extractAndRead(bytes, declared, fileName, t -> parse.apply(t.text()));
  }

  /** As {@link #extractAndParse}, handing over the whole extraction (its styled lines too), not only the text. */
  public <T> Read<T> extractAndRead(byte[] bytes, String declared, String fileName, Function<ExtractedText, T> parse)
      throws ExtractionException {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(bytes.length);
    }
    return workers.run(() -> {
      ExtractedText t = extractHere(bytes, declared, fileName);
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("the deadline passed before parsing");
      }
      return new Read<>(t, parse.apply(t));
    }, "the résumé");
  }

  /**
   * As {@link #extract}, on the calling thread: for a caller that is already on one of {@link #workers()}. An
   * interrupt (the deadline passing) stops the reading.
   */
  public ExtractedText extractHere(byte[] bytes, String declared, String fileName) throws ExtractionException,
      InterruptedException {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(bytes.length);
    }
    if (bytes.length == 0) {
      throw new ExtractionException(Kind.CORRUPT, "the file is empty");
    }
    List<String> warnings = new ArrayList<>();
    String type = checkedType(ContentSniffer.detect(bytes), declared, fileName, warnings);
    if (type.equals(MediaTypes.TEXT)) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return new ExtractedText(text.startsWith("\uFEFF") ? text.substring(1) : text, MediaTypes.TEXT, warnings);
    }
    Raw raw = raw(bytes, type);
    String text = LayoutCleaner.clean(raw.pages());
    if (raw.truncated() || text.length() > limits.maxChars()) {
      text = text.substring(0, Math.min(text.length(), limits.maxChars()));
      warnings.add("only the first " + limits.maxChars() / 1000 + " thousand characters were kept");
    }
    int pages = raw.pages().size();
    if (letters(text) < MIN_TEXT_CHARS) {
      String found = text.isBlank() ? "no text was found"
          : "only \"" + shorten(text.replaceAll("\\s+", " ")) + "\" was found";
      String scan = raw.scannedPages() + " of " + pages + (pages == 1 ? " page" : " pages")
          + (raw.scannedPages() == 1 ? " holds" : " hold") + " images but no text";
      String message = raw.scannedPages() > 0
          ? "the PDF has no text layer (it looks like a scan: " + scan + ") and OCR is not done, so " + found
              + "; upload a PDF exported from the program that made the résumé, or a Word or text file"
          : "the file contains no text (" + found + ")";
      // Not one letter or digit (100 KB of "<"): nothing worth keeping as the partial text either.
      String partial = letters(text) == 0 ? "" : text;
      throw new ExtractionException(Kind.NO_TEXT, message, new ExtractedText(partial, type, warnings), null);
    }
    if (raw.scannedPages() > 0) {
      warnings.add(raw.scannedPages() + " of " + pages + " pages have no text layer (scanned images); OCR is not "
          + "done, so their content is not searchable");
    }
    return new ExtractedText(text, type, warnings, raw.styled());
  }

  /**
   * The detected type, once it is known to be one we read and to agree with what the file claims to be (its declared
   * media type, else its name). Word formats may stand in for one another, with a warning: Word opens a .docx saved
   * as .doc, and so do we.
   */
  private static String checkedType(ContentSniffer.Sniffed sniffed, String declared, String fileName,
      List<String> warnings) throws ExtractionException {
    String type = sniffed.mediaType();
    String claimed = claimed(declared, fileName);
    String claim = claimed == null ? null
        : !MediaTypes.isGeneric(declared) ? "declared as " + MediaTypes.describe(claimed)
        : "named \"" + shorten(fileName) + "\"";
    if (type.equals(MediaTypes.UNKNOWN)) {
      throw new ExtractionException(Kind.UNSUPPORTED, "the file is " + sniffed.what()
          + (claim == null ? "" : " although it is " + claim) + "; upload a résumé as PDF, Word (.docx or .doc), "
          + "RTF, OpenDocument text (.odt), HTML or plain text");
    }
    if (claimed != null && !MediaTypes.compatible(claimed, type)) {
      throw new ExtractionException(Kind.UNSUPPORTED, "the file is " + claim + " but its content is "
          + sniffed.what() + "; upload the file as what it is");
    }
    if (sniffed.encrypted()) {
      throw new ExtractionException(Kind.ENCRYPTED, "the Word document is protected by a password; save a copy "
          + "without the password and upload it again");
    }
    if (claimed != null && claimed.equals(MediaTypes.HTML) && type.equals(MediaTypes.TEXT)) {
      return MediaTypes.HTML; // a fragment of HTML with no <html> tag
    }
    if (claimed != null && !claimed.equals(type)) {
      warnings.add("the file is " + claim + " but its content is " + sniffed.what() + "; it was read as such");
    }
    return type;
  }

  /** Pages of raw text (one for formats without pages), how many looked scanned, and whether text was cut. */
  private record Raw(List<String> pages, int scannedPages, boolean truncated, List<ExtractedText.StyledLine> styled) {
    Raw(List<String> pages, int scannedPages, boolean truncated) {
      this(pages, scannedPages, truncated, List.of());
    }
  }

  private Raw raw(byte[] bytes, String type) throws ExtractionException, InterruptedException {
    return switch (type) {
      case MediaTypes.PDF -> {
        PdfText.Pages p = PdfText.read(bytes, limits);
        yield new Raw(p.pages(), p.scannedPages(), p.truncated(), p.styled());
      }
      case MediaTypes.DOCX -> new Raw(List.of(WordText.docx(bytes, limits)), 0, false);
      case MediaTypes.DOC -> new Raw(List.of(WordText.doc(bytes, limits)), 0, false);
      case MediaTypes.ODT -> new Raw(List.of(OdtText.read(bytes, limits)), 0, false);
      case MediaTypes.RTF -> new Raw(List.of(RtfText.read(bytes, limits)), 0, false);
      case MediaTypes.HTML -> new Raw(List.of(HtmlText.read(bytes)), 0, false);
      default -> throw new ExtractionException(Kind.UNSUPPORTED, MediaTypes.describe(type) + " is not read");
    };
  }

  @Override
  public void close() {
    workers.close();
  }

  /** The type the file claims to be: a specific declared media type, else its extension's, else null. */
  private static String claimed(String declared, String fileName) {
    if (!MediaTypes.isGeneric(declared)) {
      return MediaTypes.normalize(declared);
    }
    return MediaTypes.fromFileName(fileName);
  }

  private ExtractionException tooLarge(long size) {
    return new ExtractionException(Kind.TOO_LARGE, String.format(Locale.ROOT,
        "the file is %.1f MB; the limit is %d MB", size / 1048576.0, limits.maxBytes() >> 20));
  }

  /**
   * Reads a stream up to {@code max} bytes; one byte more and it stops with {@link Kind#TOO_LARGE}, without reading
   * the rest.
   */
  public static byte[] readLimited(InputStream in, long max) throws IOException, ExtractionException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buf, 0, (int) Math.min(buf.length, max - total + 1))) > 0; ) {
      total += n;
      if (total > max) {
        throw new ExtractionException(Kind.TOO_LARGE, "the file is larger than the limit of " + (max >> 20) + " MB");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_TEXT_CHARS; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** A library's reason, short and on one line, for the parenthesis in a message. */
  static String shortReason(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.strip().replaceAll("\\s+", " ");
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }

  private static String shorten(String s) {
    return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
