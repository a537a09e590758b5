package dev.candidates.app;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.api.AdminToken;
import dev.candidates.api.Authenticator;
import dev.candidates.api.Limits;
import dev.candidates.api.RequestStats;
import dev.candidates.api.TokensFile;
import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.store.CandidateStore;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./candidates serve}: opens (or first builds) the index and serves the API and the web page until the JVM
 * is asked to stop; then stops accepting, lets requests in flight finish, and commits and closes the index.
 */
public final class ServeCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates serve [--port 7070] [--host 127.0.0.1] [--index DIR] [--data DIR] [--max-searches N]
        Serves the search API (/api/…, described at /api/openapi.json) and the web page (/).
          --port   port to listen on (default 7070; 0 picks a free one)
          --host   address to bind (default 127.0.0.1, this machine only); another address, such as 0.0.0.0
                   for all interfaces, only once tokens are configured (below)
          --index  index folder (default var/index); built from --data first when it holds no index
          --data   folder of profiles for the first build and for POST /api/reindex (default data/)
          --max-searches  searches answered at once (default $CANDIDATES_MAX_SEARCHES, else 8 per core and at
                   least 16); one more gets 503 with Retry-After at once instead of waiting; /api/health never waits
        Every /api request except /api/health needs "Authorization: Bearer <token>":
          admin (every request, writes included): $CANDIDATES_ADMIN_TOKEN when set, otherwise a random one kept
                 in <index>/admin-token (mode 600) and shown once on the terminal when it is made
          reader (search, profiles, files, suggest, similar, stats): $CANDIDATES_READ_TOKEN
          named users of either role: ./candidates token add NAME --role reader (kept in <index>/tokens)""";

  private final Terminal terminal;

  /** {@code terminal}: where a newly made admin token is shown, never the output streams (they may be logs). */
  public ServeCommand(PrintStream out, PrintStream err, Terminal terminal) {
    super(HELP, Set.of("port", "host", "index", "data", "max-searches"), Set.of(), out, err);
    this.terminal = terminal;
  }

  @Override
  int run(Args a) throws IOException {
    if (!a.positional().isEmpty()) {
      throw usage("serve takes no positional arguments");
    }
    int port = a.intValue("port", 7070, 0, 65535);
    String host = a.get("host", "127.0.0.1");
    IndexStore store = new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
    Path data = Path.of(a.get("data", Environment.defaultData().toString())).toAbsolutePath().normalize();

    Components defaults = Components.createDefault();
    int maxSearches = a.get("max-searches", null) != null ? a.intValue("max-searches", 0, 1, 100_000)
        : maxSearchesFromEnvironment(defaults.limits());
    Components components = defaults.withLimits(defaults.limits().withMaxSearches(maxSearches));
    TextNormalizer.warmUp();
    AdminToken token = AdminToken.resolve(System.getenv(AdminToken.ENV), store.root());
    Authenticator auth = new Authenticator(token, System.getenv(Authenticator.READ_ENV),
        TokensFile.of(store.root()));
    boolean local = isLoopback(host);
    if (!local && !auth.configured()) {
      err.println("error: refusing to listen on " + host + " without tokens: anyone who reaches the port would need "
          + "only the admin token this server made up for itself. Set $" + AdminToken.ENV + " (and $"
          + Authenticator.READ_ENV + " for readers), or add users with ./candidates token add NAME --role reader; "
          + "or leave --host at 127.0.0.1");
      return 2;
    }
    CandidateStore index;
    try {
      index = components.openStore(store, data, err);
    } catch (CandidateIndex.IndexBusyException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    Javalin app = components.server(index, auth, new RequestStats());
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
    Path tokenFile = store.root().resolve(AdminToken.FILE);
    out.println(switch (token.source()) {
      case ENVIRONMENT -> "admin token: from $" + AdminToken.ENV;
      case FILE -> "admin token: kept in " + tokenFile + " (mode 600)";
      case GENERATED -> "admin token: new, saved in " + tokenFile + " (mode 600)"
          + (terminal.show("admin token: " + token.value() + "  (shown once; it is also in " + tokenFile + ")")
              ? "" : "; no terminal to show it on, read it there");
    });
    out.println(local ? "every /api request except /api/health needs a token"
        : "listening on " + host + ", beyond this machine: every /api request except /api/health needs a token");
    out.println("listening on http://localhost:" + app.port() + "/");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** {@code $CANDIDATES_MAX_SEARCHES} when set (a whole number, at least 1), else the default from the cores. */
  private static int maxSearchesFromEnvironment(Limits defaults) {
    String v = System.getenv(Limits.MAX_SEARCHES_ENV);
    if (v == null || v.isBlank()) {
      return defaults.maxSearches();
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new Args.UsageException("$" + Limits.MAX_SEARCHES_ENV + " must be a whole number of at least 1, not \""
        + v.strip() + "\"");
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false; // the bind fails later with its own message
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }
}
