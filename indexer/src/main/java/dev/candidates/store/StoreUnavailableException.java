package dev.candidates.store;

/** The store is closing (the server is shutting down) or could not reopen its index: try again shortly. */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException() {
    super("the server is shutting down or recovering; try again shortly");
  }
}
