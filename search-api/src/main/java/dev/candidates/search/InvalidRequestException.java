package dev.candidates.search;

/** A request parameter is out of range or unknown; the message says which and what is allowed. Maps to 400. */
public final class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
