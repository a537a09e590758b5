package dev.candidates.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** {@code GET /api/health}, {@code GET /api/stats} and the OpenAPI description {@code GET /api/openapi.json}. */
final class StatusHandler {
  record Health(String status, int profiles) {}

  record Stats(int profiles, long indexSizeBytes, String lastCommit, long generation, long queries,
      RequestStats.Latency latencyMs, long uptimeSeconds) {}

  private final CandidateReads index;
  private final RequestStats stats;
  private final byte[] openApi;

  StatusHandler(CandidateReads index, RequestStats stats) {
    this.index = index;
    this.stats = stats;
    try (InputStream in = StatusHandler.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the class path");
      }
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void health(Context ctx, QueryParams p) throws IOException {
    ctx.json(new Health("ok", index.count()));
  }

  void stats(Context ctx, QueryParams p) throws IOException {
    Instant last = index.lastCommit();
    ctx.json(new Stats(index.count(), index.sizeOnDisk(), last == null ? null : last.toString(), index.generation(),
        stats.queries(), stats.latency(), stats.uptimeSeconds()));
  }

  void openApi(Context ctx, QueryParams p) {
    ctx.contentType("application/json").result(openApi);
  }
}
