package dev.candidates.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.candidates.search.SearchRequest;
import org.HdrHistogram.Histogram;

/**
 * Our API end to end, against a running server: an empty request ({@code /api/health}) for the floor of HTTP cost,
 * the query mix under open-loop load stepped up to the knee, write-to-visible latency of single upserts, and bulk
 * ingest over {@code POST /api/candidates/_bulk}.
 */
final class HttpBench {
  /** Lengths and sizes of the HTTP steps. */
  /** {@code minStepSamples}: a load step lasts long enough to send at least this many requests. */
  record Settings(double warmupSeconds, double sequentialSeconds, double stepSeconds, int minStepSamples,
      double firstRate, double maxRate, int writeRepeats, int bulkProfiles) {}

  /**
   * @param inProcess the mix through {@code SearchService} in this JVM, one query at a time
   * @param sequential the same mix over HTTP, one request at a time, interleaved with the in-process queries so
   *     both see the same machine: the two differ by what HTTP, JSON and the server add
   * @param health {@code /api/health}, interleaved likewise: the cost of an empty request
   * @param serverSearch the searches of {@code sequential} as the server timed them (its {@code Server-Timing}
   *     header), null when it sent none: what separates the server's search from everything around it
   * @param serverJson the same for writing each answer's JSON
   */
  record Outcome(LatencySummary health, LatencySummary inProcess, LatencySummary sequential,
      LatencySummary serverSearch, LatencySummary serverJson, KneeFinder.Ramp ramp, double writeVisibleMs,
      double bulkRate, long bulkProfiles) {

    double healthP50() {
      return health.p50();
    }
  }

  private static final int BULK_PER_REQUEST = 2_000;

  private final Settings settings;
  private final ObjectMapper json = new ObjectMapper();
  private final PrintStream progress;

  HttpBench(Settings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** The mix as API requests: {@code /api/search?q=…} plus the case's facet filters and switches as parameters. */
  static List<URI> searchUris(URI base) {
    List<URI> out = new ArrayList<>();
    for (QueryMix.QueryCase c : QueryMix.CASES) {
      StringBuilder qs = new StringBuilder("api/search?q=").append(enc(c.q()));
      if (!c.facetsAndSnippets()) {
        qs.append("&facets=false&highlight=false");
      }
      for (Map.Entry<String, List<String>> f : c.filters().entrySet()) {
        for (String v : f.getValue()) {
          qs.append('&').append(enc(f.getKey())).append('=').append(enc(v));
        }
      }
      out.add(base.resolve(qs.toString()));
    }
    return out;
  }

  /** The mix as Solr requests to the peer's HTTP front. */
  static List<URI> solrUris(int port) {
    List<URI> out = new ArrayList<>();
    for (QueryMix.QueryCase c : QueryMix.CASES) {
      StringBuilder qs = new StringBuilder();
      c.solrParams().forEach((k, values) -> values.forEach(v -> qs.append(qs.isEmpty() ? "" : "&").append(enc(k))
          .append('=').append(enc(v))));
      out.add(URI.create("http://127.0.0.1:" + port + "/select?" + qs));
    }
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  Outcome run(ApiServerProcess server, SearchFixture fixture, String token, CorpusGenerator generator,
      long firstNewItem) throws IOException, InterruptedException {
    try (OpenLoopClient client = new OpenLoopClient(token)) {
      List<URI> mix = searchUris(server.base());
      for (URI u : mix) {
        HttpResponse<String> r = client.http().send(client.get(u).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || json.readTree(r.body()).path("total").asLong() <= 0) {
          throw new IOException("GET " + u + " answered " + r.statusCode() + " without hits: " + shorten(r.body()));
        }
      }
      progress.printf(Locale.ROOT, "http: warming the server (and this JVM) up for %.0f s%n",
          settings.warmupSeconds());
      URI health = server.uri("api/health");
      new Interleaved(fixture, client, mix, health).run(settings.warmupSeconds());
      Interleaved side = new Interleaved(fixture, client, mix, health);
      side.run(settings.sequentialSeconds());
      progress.printf(Locale.ROOT, "http: one at a time, interleaved: in process p50 %.2f ms, over http p50 %.2f ms "
          + "(the server's search %s ms, its JSON %s ms), /api/health p50 %.3f ms (%d rounds)%n",
          side.inProcess().p50(), side.overHttp().p50(), p50(side.serverSearch()), p50(side.serverJson()),
          side.health().p50(), side.overHttp().samples());
      KneeFinder.Ramp ramp = KneeFinder.ramp(client, mix, settings.firstRate(), settings.maxRate(),
          settings.stepSeconds(), settings.minStepSamples(), "ours", progress);
      Thread.sleep(1_000);
      double visible = writeVisible(client, server, token, generator, firstNewItem);
      long bulkFirst = firstNewItem + settings.writeRepeats();
      double bulkRate = bulk(client, server, token, generator, bulkFirst, settings.bulkProfiles());
      return new Outcome(side.health(), side.inProcess(), side.overHttp(), side.serverSearch(), side.serverJson(),
          ramp, visible, bulkRate, settings.bulkProfiles());
    }
  }

  /** Closed-loop requests for a while: the server's JIT warms up before anything is timed. */
  static void warmUp(OpenLoopClient client, List<URI> uris, double seconds) throws IOException,
      InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    for (int i = 0; System.nanoTime() < end; i++) {
      client.http().send(client.get(uris.get(i % uris.size())).build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * One query in process, the same query over HTTP, then {@code /api/health}, round after round: the three are timed
   * under the same conditions, so their difference is what HTTP adds and not the machine's drift.
   */
  private static final class Interleaved {
    private final SearchFixture fixture;
    private final OpenLoopClient client;
    private final List<URI> mix;
    private final URI health;
    private final List<SearchRequest> requests = QueryMix.CASES.stream().map(QueryMix.QueryCase::request).toList();
    private final Histogram inProcess = new Histogram(60_000_000L, 3);
    private final Histogram overHttp = new Histogram(60_000_000L, 3);
    private final Histogram empty = new Histogram(60_000_000L, 3);
    private final Histogram serverSearch = new Histogram(60_000_000L, 3);
    private final Histogram serverJson = new Histogram(60_000_000L, 3);

    Interleaved(SearchFixture fixture, OpenLoopClient client, List<URI> mix, URI health) {
      this.fixture = fixture;
      this.client = client;
      this.mix = mix;
      this.health = health;
    }

    void run(double seconds) throws IOException, InterruptedException {
      long end = System.nanoTime() + (long) (seconds * 1e9);
      for (int i = 0; System.nanoTime() < end || i < mix.size(); i++) {
        int k = i % mix.size();
        long t0 = System.nanoTime();
        fixture.service().search(fixture.searcher(), requests.get(k));
        long t1 = System.nanoTime();
        HttpResponse<byte[]> answer = get(mix.get(k));
        long t2 = System.nanoTime();
        get(health);
        long t3 = System.nanoTime();
        inProcess.recordValue(Math.max(1, (t1 - t0) / 1_000));
        overHttp.recordValue(Math.max(1, (t2 - t1) / 1_000));
        empty.recordValue(Math.max(1, (t3 - t2) / 1_000));
        answer.headers().firstValue("Server-Timing").ifPresent(t -> {
          record(serverSearch, ServerTiming.millis(t, "search"));
          record(serverJson, ServerTiming.millis(t, "json"));
        });
      }
    }

    private static void record(Histogram h, double ms) {
      if (ms >= 0) {
        h.recordValue(Math.max(1, Math.round(ms * 1_000)));
      }
    }

    private HttpResponse<byte[]> get(URI u) throws IOException, InterruptedException {
      HttpResponse<byte[]> r = client.http().send(client.get(u).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IOException("GET " + u + " answered " + r.statusCode());
      }
      return r;
    }

    LatencySummary inProcess() {
      return LatencySummary.of(inProcess);
    }

    LatencySummary overHttp() {
      return LatencySummary.of(overHttp);
    }

    LatencySummary health() {
      return LatencySummary.of(empty);
    }

    LatencySummary serverSearch() {
      return serverSearch.getTotalCount() == 0 ? null : LatencySummary.of(serverSearch);
    }

    LatencySummary serverJson() {
      return serverJson.getTotalCount() == 0 ? null : LatencySummary.of(serverJson);
    }
  }

  private static String p50(LatencySummary s) {
    return s == null ? "–" : String.format(Locale.ROOT, "%.2f", s.p50());
  }

  /**
   * Median time from sending {@code POST /api/candidates} (a new profile with a word no other profile has) to the
   * first search that finds it, polling every millisecond or so.
   */
  private double writeVisible(OpenLoopClient client, ApiServerProcess server, String token,
      CorpusGenerator generator, long item) throws IOException, InterruptedException {
    double[] ms = new double[settings.writeRepeats()];
    for (int k = 0; k < ms.length; k++) {
      String marker = "zqxbench" + letters(item + k);
      ObjectNode profile = (ObjectNode) json.readTree(generator.line(item + k));
      profile.put("summary", profile.path("summary").asText() + " " + marker);
      URI search = server.uri("api/search?size=1&q=" + enc(marker));
      long t0 = System.nanoTime();
      HttpResponse<String> posted = client.http().send(HttpRequest.newBuilder(server.uri("api/candidates"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(profile))).build(),
          HttpResponse.BodyHandlers.ofString());
      if (posted.statusCode() != 201 && posted.statusCode() != 200) {
        throw new IOException("POST /api/candidates answered " + posted.statusCode() + ": " + shorten(posted.body()));
      }
      long deadline = t0 + 10_000_000_000L;
      while (true) {
        HttpResponse<String> r = client.http().send(client.get(search).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && json.readTree(r.body()).path("total").asLong() > 0) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("an upserted profile did not become searchable within 10 s");
        }
        Thread.sleep(1);
      }
      ms[k] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    progress.printf(Locale.ROOT, "http: write-to-visible over %d upserts: median %.1f ms (min %.1f, max %.1f)%n",
        ms.length, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    return ms[ms.length / 2];
  }

  /** Profiles per second through the bulk endpoint, {@value #BULK_PER_REQUEST} per request, one request at a time. */
  private double bulk(OpenLoopClient client, ApiServerProcess server, String token, CorpusGenerator generator,
      long first, int count) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    for (long from = first; from < first + count; from += BULK_PER_REQUEST) {
      long to = Math.min(first + count, from + BULK_PER_REQUEST);
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      generator.write(from, to, body);
      HttpResponse<String> r = client.http().send(HttpRequest.newBuilder(server.uri("api/candidates/_bulk"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
          .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode answer = r.statusCode() / 100 == 2 ? json.readTree(r.body()) : null;
      if (answer == null || answer.path("failed").asInt() > 0) {
        throw new IOException("POST /api/candidates/_bulk answered " + r.statusCode() + ": " + shorten(r.body()));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    progress.printf(Locale.ROOT, "http: bulk ingest of %,d profiles: %.1f s (%,.0f profiles/s)%n", count, seconds,
        count / seconds);
    return count / seconds;
  }

  /** 0 → "a", 25 → "z", 26 → "ab" (lowest digit first): a number as letters, so the marker stays one plain word. */
  static String letters(long n) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return sb.toString();
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
