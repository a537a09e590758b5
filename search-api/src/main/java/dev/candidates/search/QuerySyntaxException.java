package dev.candidates.search;

/** The query cannot be understood; the message tells the user what to change. Maps to 400. */
public final class QuerySyntaxException extends RuntimeException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
