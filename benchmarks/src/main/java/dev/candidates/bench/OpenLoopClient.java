package dev.candidates.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop HTTP load generator: requests are scheduled at a fixed rate whatever the server does, and each
 * latency is measured from the request's <em>intended</em> send time, so a server (or client) that falls behind
 * shows up as queueing delay instead of as fewer, faster requests (coordinated omission). Failed and timed-out
 * requests are counted as errors and also recorded with the time they took.
 */
final class OpenLoopClient implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final long HIGHEST_MICROS = 60_000_000L;

  private final ExecutorService callbacks = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "load-client");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();

  private final String bearer;

  /** A client that sends no credentials (the Solr peer). */
  OpenLoopClient() {
    this(null);
  }

  /** A client that sends {@code token} as its bearer token with every request (our API needs one for reads). */
  OpenLoopClient(String token) {
    this.bearer = token;
  }

  /** A GET of {@code uri}, with the client's token when it has one. */
  HttpRequest.Builder get(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
    return bearer == null ? b : b.header("Authorization", "Bearer " + bearer);
  }

  /** One step: the asked-for rate, what completed per second, latency percentiles in ms. */
  record Result(double rate, double qps, double p50, double p99, double p999, long sent, long errors) {
    boolean healthy(double p99LimitMs) {
      return errors == 0 && p99 < p99LimitMs;
    }
  }

  /** Sends GETs to {@code uris} (in turn) at {@code rate} per second for {@code seconds}, then waits for all. */
  Result run(List<URI> uris, double rate, double seconds) throws InterruptedException {
    Histogram hist = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    long count = Math.max(1, Math.round(rate * seconds));
    long periodNanos = Math.round(1e9 / rate);
    CountDownLatch done = new CountDownLatch((int) count);
    AtomicLong errors = new AtomicLong();
    AtomicLong ok = new AtomicLong();
    long start = System.nanoTime() + 5_000_000L;
    for (long i = 0; i < count; i++) {
      long intended = start + i * periodNanos;
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      HttpRequest req = get(uris.get((int) (i % uris.size()))).timeout(REQUEST_TIMEOUT).build();
      http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((resp, err) -> {
        long micros = Math.min(HIGHEST_MICROS, (System.nanoTime() - intended) / 1_000);
        hist.recordValue(Math.max(1, micros));
        if (err != null || resp.statusCode() != 200) {
          errors.incrementAndGet();
        } else {
          ok.incrementAndGet();
        }
        done.countDown();
      });
    }
    long lastIntended = start + (count - 1) * periodNanos;
    if (!done.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
      errors.addAndGet(done.getCount());
    }
    double elapsed = Math.max(seconds, (System.nanoTime() - start) / 1e9);
    elapsed = Math.max(elapsed, (lastIntended - start) / 1e9);
    return new Result(rate, ok.get() / elapsed, hist.getValueAtPercentile(50) / 1e3,
        hist.getValueAtPercentile(99) / 1e3, hist.getValueAtPercentile(99.9) / 1e3, count, errors.get());
  }

  HttpClient http() {
    return http;
  }

  @Override
  public void close() {
    http.close();
    callbacks.shutdownNow();
  }
}
