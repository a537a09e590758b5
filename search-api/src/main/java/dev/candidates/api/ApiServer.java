package dev.candidates.api;

import dev.candidates.cli.Environment;
import dev.candidates.search.SearchService;
import dev.candidates.store.CandidateStore;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Set;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Builds the HTTP server from its dependencies: routes (each with its access and parameters, see {@link Routes}), the
 * JSON mapper, limits, error mapping, security headers and the web page. The returned app is not started; call
 * {@code start(host, port)} ({@code port} 0 picks a free port).
 */
public final class ApiServer {
  /** How long a stopping server lets in-flight requests finish. */
  public static final long STOP_TIMEOUT_MS = 5_000;
  private static final Set<String> NONE = Set.of();

  private ApiServer() {}

  public static Javalin create(Environment env, CandidateStore store, SearchService service, Authenticator auth,
      AuditLog audit, RequestStats stats, Limits limits) {
    CandidateReads reads = new CandidateReads(store, service);
    SearchHandler search = new SearchHandler(reads, stats, env.json());
    CandidateHandler candidates = new CandidateHandler(reads, store, env.enricher(),
        new ProfileBodyReader(env.intake(), limits), new FileUploadReader(env.intake(), limits));
    CandidateFileHandler originals = new CandidateFileHandler(reads, store);
    ReindexHandler reindex = new ReindexHandler(store.rebuilds());
    StatusHandler status = new StatusHandler(reads, stats);
    SearchSlots slots = new SearchSlots(limits.maxSearches());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JavalinJackson(env.json(), false));
      config.http.maxRequestSize = limits.maxBodyBytes();
      // Résumé files sent as multipart forms: the same limit; parts over 1 MB wait in a temporary file.
      config.jetty.multipartConfig.maxFileSize(limits.maxBodyBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(limits.maxBodyBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> {
        // Javalin nests its servlet handler inside this wrapper; on stop, Jetty stops accepting and waits for the
        // requests in flight (up to the stop timeout).
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setErrorHandler(ErrorMapper.jettyErrorHandler(limits));
      });
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
      });
      if (ApiServer.class.getResource("/web/index.html") != null) {
        config.staticFiles.add("/web", Location.CLASSPATH);
      }
      config.routes.before(SecurityHeaders::apply);
      ErrorMapper.register(config, limits);

      Routes api = new Routes(config.routes, auth, audit);
      api.get("/api/search", Access.READER, SearchHandler.SEARCH_PARAMS, Audited.SEARCH,
          slots.bounded(search::search));
      api.get("/api/suggest", Access.READER, SearchHandler.SUGGEST_PARAMS, search::suggest);
      api.post("/api/candidates", Access.ADMIN, NONE, Audited.WRITE, candidates::create);
      api.post("/api/candidates/_bulk", Access.ADMIN, NONE, Audited.BULK, candidates::bulk);
      api.post("/api/candidates/_parse", Access.ADMIN, NONE, candidates::parse);
      api.get("/api/candidates/{id}", Access.READER, NONE, Audited.READ, candidates::get);
      api.put("/api/candidates/{id}", Access.ADMIN, CandidateHandler.REPLACE_PARAMS, Audited.WRITE,
          candidates::replace);
      api.delete("/api/candidates/{id}", Access.ADMIN, NONE, Audited.DELETE, candidates::delete);
      api.get("/api/candidates/{id}/similar", Access.READER, CandidateHandler.SIMILAR_PARAMS, Audited.SIMILAR,
          slots.bounded(candidates::similar));
      api.get("/api/candidates/{id}/file", Access.READER, NONE, Audited.FILE, originals::get);
      api.post("/api/reindex", Access.ADMIN, NONE, Audited.REINDEX, reindex::start);
      api.get("/api/reindex", Access.READER, NONE, reindex::status);
      api.get("/api/health", Access.OPEN, NONE, status::health);
      api.get("/api/stats", Access.READER, NONE, status::stats);
      api.get("/api/openapi.json", Access.READER, NONE, status::openApi);
    });
  }
}
