package dev.candidates.taxonomy;

/** The taxonomy file is invalid; the message names the file and line. */
public final class TaxonomyException extends RuntimeException {
  public TaxonomyException(String message) {
    super(message);
  }
}
