package dev.candidates.api;

/** A profile in a request body cannot be read or enriched; the message says which field and why. Maps to 400. */
final class InvalidProfileException extends RuntimeException {
  InvalidProfileException(String message) {
    super(message);
  }
}
