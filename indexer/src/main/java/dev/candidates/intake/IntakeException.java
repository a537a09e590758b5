package dev.candidates.intake;

/**
 * Bytes that cannot become a profile, with a message for the user. The reason lets each caller answer in its own
 * terms (an HTTP status and code, a skipped file) without reading the message. Files refused by extraction come as
 * {@link dev.candidates.extract.ExtractionException} instead, with their own kinds.
 */
public final class IntakeException extends IllegalArgumentException {
  public enum Reason {
    /** Nothing there, or only white space. */
    EMPTY,
    /** Text that is not UTF-8. */
    INVALID_UTF8,
    /** Binary content where text was expected. */
    BINARY,
    /** A JSON document that does not parse. */
    MALFORMED_JSON,
    /** A YAML document that does not parse, or one past the limits a résumé never reaches (aliases, depth, size). */
    MALFORMED_YAML,
    /** Valid JSON that is not a usable profile (unknown field, wrong type, empty). */
    INVALID_PROFILE,
    /** A kind (file name or media type) that intake does not read. */
    UNSUPPORTED
  }

  private final Reason reason;

  public IntakeException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
