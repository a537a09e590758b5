package dev.candidates.app;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.api.AdminToken;
import dev.candidates.api.LiveIndex;
import dev.candidates.api.RequestStats;
import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./candidates serve}: opens (or first builds) the index and serves the API and the web page until the JVM
 * is asked to stop; then stops accepting, lets requests in flight finish, and commits and closes the index.
 */
public final class ServeCommand implements Command {
  public static final String HELP = """
      Usage: ./candidates serve [--port 7070] [--host 0.0.0.0] [--index DIR] [--data DIR]
        Serves the search API (/api/…, described at /api/openapi.json) and the web page (/).
          --port   port to listen on (default 7070; 0 picks a free one)
          --host   address to bind (default 0.0.0.0, all interfaces)
          --index  index folder (default var/index); built from --data first when it holds no index
          --data   folder of profiles for the first build and for POST /api/reindex (default data/)
        Writes need "Authorization: Bearer <token>": the token is $CANDIDATES_ADMIN_TOKEN when set, otherwise a
        random one kept in <index>/admin-token and printed at start.""";

  private final PrintStream out;
  private final PrintStream err;

  public ServeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(String[] args) throws IOException {
    Args a = Args.parse(args, Set.of("port", "host", "index", "data"), Set.of("help"));
    if (a.flag("help")) {
      out.println(HELP);
      return 0;
    }
    if (!a.positional().isEmpty()) {
      throw new Args.UsageException("serve takes no positional arguments\n" + HELP);
    }
    int port = a.intValue("port", 7070, 0, 65535);
    String host = a.get("host", "0.0.0.0");
    IndexStore store = new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
    Path data = Path.of(a.get("data", Environment.defaultData().toString())).toAbsolutePath().normalize();

    TextNormalizer.warmUp();
    Components components = Components.createDefault();
    AdminToken token = AdminToken.resolve(System.getenv(AdminToken.ENV), store.root());
    LiveIndex index;
    try {
      index = components.openIndex(store, data, err);
    } catch (CandidateIndex.IndexBusyException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    Javalin app = components.server(index, token, new RequestStats());
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      index.close();
      err.println("error: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        app.stop(); // graceful: in-flight requests finish first
      } finally {
        try {
          index.close();
        } catch (IOException | RuntimeException e) {
          err.println("error: closing the index: " + e.getMessage());
        }
        stopped.countDown();
      }
    }, "shutdown"));
    out.println(switch (token.source()) {
      case ENVIRONMENT -> "admin token: from $" + AdminToken.ENV;
      case FILE -> "admin token: " + token.value() + "  (kept in " + store.root().resolve(AdminToken.FILE) + ")";
      case GENERATED -> "admin token: " + token.value() + "  (new; saved in " + store.root().resolve(AdminToken.FILE)
          + ")";
    });
    out.println("listening on http://localhost:" + app.port() + "/");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }
}
