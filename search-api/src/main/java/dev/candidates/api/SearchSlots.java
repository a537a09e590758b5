package dev.candidates.api;

import java.util.concurrent.Semaphore;

/**
 * At most {@link Limits#maxSearches} searches at once. One more is refused at once ({@link Busy}: 503 with
 * {@code Retry-After}) instead of queueing: past the cores, searches only share them, so a queue turns overload into
 * multi-second answers for everyone. Endpoints that are not bounded here ({@code /api/health}, writes) never wait
 * behind searches.
 */
final class SearchSlots {
  /** Seconds a refused client is asked to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  /** No slot was free. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("the server is answering as many searches as it can at once; try again in a moment", null, false,
          false);
    }
  }

  private final Semaphore slots;

  SearchSlots(int slots) {
    this.slots = new Semaphore(slots);
  }

  /** {@code endpoint}, run only when a slot is free (and the slot given back when it ends). */
  Routes.Endpoint bounded(Routes.Endpoint endpoint) {
    return (ctx, params) -> {
      if (!slots.tryAcquire()) {
        throw new Busy();
      }
      try {
        endpoint.handle(ctx, params);
      } finally {
        slots.release();
      }
    };
  }
}
