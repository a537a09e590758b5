package dev.candidates.solrpeer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.Utils;

/**
 * A minimal HTTP front for the load test: {@code GET /select?…} runs the Solr query and answers Solr's response as
 * JSON, on loopback, with a fixed pool of worker threads. Not Solr's Jetty: it stands in for it so the open-loop
 * client can find Solr's knee on the same mix with the same client.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the JDK's exported, supported jdk.httpserver module, not an "
    + "internal class; it keeps the peer free of a second web server")
final class HttpFront {
  private static final int WORKERS = 16;
  private final HttpServer server;
  private final ExecutorService pool;

  private HttpFront(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  static HttpFront start(EmbeddedSolrServer solr, ObjectMapper json) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    server.setExecutor(pool);
    server.createContext("/select", ex -> {
      try {
        ModifiableSolrParams params = new ModifiableSolrParams();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
          for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.add(k, v);
          }
        }
        byte[] body = Utils.toJSONString(solr.query(params).getResponse()).getBytes(StandardCharsets.UTF_8);
        reply(ex, 200, body);
      } catch (Exception e) {
        reply(ex, 500, json.writeValueAsBytes(json.createObjectNode().put("error", String.valueOf(e))));
      }
    });
    server.createContext("/health", ex -> reply(ex, 200, "{}".getBytes(StandardCharsets.UTF_8)));
    server.start();
    return new HttpFront(server, pool);
  }

  private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }
}
