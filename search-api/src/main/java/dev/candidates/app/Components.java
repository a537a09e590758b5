package dev.candidates.app;

import dev.candidates.api.ApiServer;
import dev.candidates.api.AuditLog;
import dev.candidates.api.Authenticator;
import dev.candidates.api.Limits;
import dev.candidates.api.RequestStats;
import dev.candidates.cli.Environment;
import dev.candidates.index.IndexStore;
import dev.candidates.search.SearchService;
import dev.candidates.store.CandidateStore;
import dev.candidates.taxonomy.Taxonomy;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: the indexing side's {@link Environment} and the request {@link Limits}, and the one place
 * where the search side and the HTTP server are wired from them. Commands, tests and benchmarks build their
 * search service and server here, so a new dependency is added once.
 */
public record Components(Environment env, Limits limits) {
  public Components {
    if (env == null || limits == null) {
      throw new IllegalArgumentException("an environment and limits are required");
    }
  }

  /** The default taxonomy, the system clock and the default limits. */
  public static Components createDefault() {
    Limits limits = Limits.DEFAULT;
    return new Components(Environment.create(Taxonomy.loadDefault(), Clock.systemUTC(), limits.extraction()),
        limits);
  }

  /** Components over an environment made elsewhere (tests and benchmarks, with their own taxonomy or clock). */
  public static Components of(Environment env) {
    return new Components(env, Limits.DEFAULT);
  }

  /** The same components under other request limits (e.g. {@code serve --max-searches}). */
  public Components withLimits(Limits other) {
    return new Components(env, other);
  }

  public SearchService searchService() {
    return new SearchService(env.taxonomy(), env.analyzer(), env.json(), env.ranking(),
        SearchService.DEFAULT_TIMEOUT_MS);
  }

  /** The candidate store over {@code layout} (built from {@code data} first when it holds none). */
  public CandidateStore openStore(IndexStore layout, Path data, PrintStream log) throws IOException {
    return CandidateStore.open(env, layout, data, log);
  }

  /** The HTTP API and the web page over {@code store}, searched by our service; not started yet. */
  public Javalin server(CandidateStore store, Authenticator auth, RequestStats stats) {
    return ApiServer.create(env, store, searchService(), auth, AuditLog.of(store.root(), env.json()), stats, limits);
  }
}
