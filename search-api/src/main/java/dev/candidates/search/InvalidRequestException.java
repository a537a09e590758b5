package dev.candidates.search;

/**
 * A request parameter is out of range or unknown; the message says which and what is allowed. Maps to 400 with
 * {@link #code()} as the error code.
 */
public final class InvalidRequestException extends RuntimeException {
  private final String code;

  public InvalidRequestException(String message) {
    this("invalid_request", message);
  }

  public InvalidRequestException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The short error code the client gets ({@code invalid_request}, {@code unknown_filter_value}). */
  public String code() {
    return code;
  }
}
