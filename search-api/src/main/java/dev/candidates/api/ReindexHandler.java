package dev.candidates.api;

import io.javalin.http.Context;
import java.util.Set;

/** {@code POST /api/reindex} starts a rebuild from the data folder (202); {@code GET /api/reindex} reports on it. */
final class ReindexHandler {
  private final LiveIndex index;
  private final AdminToken token;

  ReindexHandler(LiveIndex index, AdminToken token) {
    this.index = index;
    this.token = token;
  }

  void start(Context ctx) {
    token.check(ctx);
    QueryParams.of(ctx, Set.of());
    if (!index.startReindex()) {
      throw new ApiException(409, "reindex_running", "a reindex is already running; follow it with GET /api/reindex");
    }
    ctx.status(202).json(index.reindexStatus());
  }

  void status(Context ctx) {
    QueryParams.of(ctx, Set.of());
    ctx.json(index.reindexStatus());
  }
}
