package dev.candidates.api;

import dev.candidates.store.Rebuilds;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code POST /api/reindex} starts a rebuild from the data folder (202); {@code GET /api/reindex} reports on it. */
final class ReindexHandler {
  private final Rebuilds index;

  ReindexHandler(Rebuilds index) {
    this.index = index;
  }

  void start(Context ctx, QueryParams p) throws IOException {
    if (!index.start()) {
      throw new ApiException(409, "reindex_running", "a reindex is already running; follow it with GET /api/reindex");
    }
    ctx.status(202).json(index.status());
  }

  void status(Context ctx, QueryParams p) {
    ctx.json(index.status());
  }
}
