package dev.candidates.api;

import dev.candidates.cli.Environment;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Builds the HTTP server from its dependencies: routes, the JSON mapper, limits, error mapping, security headers and
 * the web page. The returned app is not started; call {@code start(host, port)} ({@code port} 0 picks a free port).
 */
public final class ApiServer {
  /** Larger request bodies are refused with 413. */
  public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;
  /**
   * Jetty's limit for the request line and headers. Generous, so that an overlong query string reaches our handler
   * and gets a JSON 400 that explains the query length limit, instead of a bare 414 from Jetty.
   */
  public static final int MAX_HEADER_BYTES = 256 * 1024;
  /** How long a stopping server lets in-flight requests finish. */
  public static final long STOP_TIMEOUT_MS = 5_000;

  private ApiServer() {}

  public static Javalin create(Environment env, LiveIndex index, AdminToken token, RequestStats stats) {
    SearchHandler search = new SearchHandler(index, stats);
    OriginalFiles files = new OriginalFiles(index.root(), env.json());
    CandidateHandler candidates = new CandidateHandler(index,
        new ProfileBodyReader(env.json(), env.reader(), env.parser()),
        new FileUploadReader(env.reader().extractor(), env.parser()), files, token);
    CandidateFileHandler originals = new CandidateFileHandler(index, files);
    ReindexHandler reindex = new ReindexHandler(index, token);
    StatusHandler status = new StatusHandler(index, stats);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JavalinJackson(env.json(), false));
      config.http.maxRequestSize = MAX_BODY_BYTES;
      // Résumé files sent as multipart forms: the same limit; parts over 1 MB wait in a temporary file.
      config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> {
        // Javalin nests its servlet handler inside this wrapper; on stop, Jetty stops accepting and waits for the
        // requests in flight (up to the stop timeout).
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setErrorHandler(ErrorMapper.jettyErrorHandler());
      });
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
      });
      if (ApiServer.class.getResource("/web/index.html") != null) {
        config.staticFiles.add("/web", Location.CLASSPATH);
      }
      config.routes.before(SecurityHeaders::apply);
      ErrorMapper.register(config);

      config.routes.get("/api/search", search::search);
      config.routes.get("/api/suggest", search::suggest);
      config.routes.post("/api/candidates", candidates::create);
      config.routes.post("/api/candidates/_bulk", candidates::bulk);
      config.routes.get("/api/candidates/{id}", candidates::get);
      config.routes.put("/api/candidates/{id}", candidates::replace);
      config.routes.delete("/api/candidates/{id}", candidates::delete);
      config.routes.get("/api/candidates/{id}/similar", candidates::similar);
      config.routes.get("/api/candidates/{id}/file", originals::get);
      config.routes.post("/api/reindex", reindex::start);
      config.routes.get("/api/reindex", reindex::status);
      config.routes.get("/api/health", status::health);
      config.routes.get("/api/stats", status::stats);
      config.routes.get("/api/openapi.json", status::openApi);
    });
  }
}
