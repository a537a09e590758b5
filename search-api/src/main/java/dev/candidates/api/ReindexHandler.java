package dev.candidates.api;

import io.javalin.http.Context;

/** {@code POST /api/reindex} starts a rebuild from the data folder (202); {@code GET /api/reindex} reports on it. */
final class ReindexHandler {
  private final LiveIndex index;

  ReindexHandler(LiveIndex index) {
    this.index = index;
  }

  void start(Context ctx, QueryParams p) {
    if (!index.startReindex()) {
      throw new ApiException(409, "reindex_running", "a reindex is already running; follow it with GET /api/reindex");
    }
    ctx.status(202).json(index.reindexStatus());
  }

  void status(Context ctx, QueryParams p) {
    ctx.json(index.reindexStatus());
  }
}
