package dev.candidates.extract;

/**
 * A résumé file that could not be turned into text. The message is for the user: it says what is wrong with the file
 * and what to do instead, and never contains a stack trace or library jargon. The {@link Kind} lets callers choose a
 * status code or an exit code without parsing the message.
 */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why extraction failed. */
  public enum Kind {
    /** Not a format we read, or not the format its name or declared media type says. */
    UNSUPPORTED,
    /** Damaged or truncated: the library could not parse it. */
    CORRUPT,
    /** Protected by a password. */
    ENCRYPTED,
    /** Larger than the byte limit, or expands past it (a zip bomb). */
    TOO_LARGE,
    /** More pages than a résumé has; refused before any text is read. */
    TOO_MANY_PAGES,
    /** Extraction did not finish within the time limit. */
    TIMEOUT,
    /** Every extraction slot is taken by other files; a retry later can succeed. */
    BUSY,
    /** No text layer (a scan or images only); OCR is not done. {@link #partial()} holds whatever text there is. */
    NO_TEXT
  }

  private final Kind kind;
  private final transient ExtractedText partial;

  public ExtractionException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public ExtractionException(Kind kind, String message, Throwable cause) {
    this(kind, message, null, cause);
  }

  ExtractionException(Kind kind, String message, ExtractedText partial, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.partial = partial;
  }

  public Kind kind() {
    return kind;
  }

  /** For {@link Kind#NO_TEXT}: the (possibly empty) text that was found, with its media type; otherwise null. */
  public ExtractedText partial() {
    return partial;
  }
}
