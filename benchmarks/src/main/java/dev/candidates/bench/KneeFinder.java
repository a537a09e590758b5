package dev.candidates.bench;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Steps an open-loop load up, doubling the rate, until the server saturates (errors, completions falling behind
 * the rate, or a p99 past a second: the queue only grows from there). The knee is the highest rate whose p99 stayed
 * under {@value #P99_LIMIT_MS} ms without errors (a noisy low step, e.g. a GC in a 100-request step, does not hide a
 * healthy higher one); one more step halfway (geometrically) between it and the next, unhealthy rate narrows it down.
 * Steps past the knee stay in the result: they show the curve.
 */
final class KneeFinder {
  static final double P99_LIMIT_MS = 25;
  private static final double SATURATED_P99_MS = 1_000;
  private static final int MAX_STEPS = 10;

  record Ramp(List<OpenLoopClient.Result> steps, double knee) {}

  private KneeFinder() {}

  /** Each step lasts {@code stepSeconds}, or longer where needed to send {@code minSamples} requests. */
  static Ramp ramp(OpenLoopClient client, List<URI> uris, double firstRate, double maxRate, double stepSeconds,
      int minSamples, String who, PrintStream progress) throws InterruptedException {
    List<OpenLoopClient.Result> steps = new ArrayList<>();
    double knee = 0;
    for (double rate = firstRate; rate <= maxRate && steps.size() < MAX_STEPS; rate *= 2) {
      OpenLoopClient.Result r = step(client, uris, rate, Math.max(stepSeconds, minSamples / rate), who, progress);
      steps.add(r);
      if (r.healthy(P99_LIMIT_MS)) {
        knee = rate;
      }
      if (saturated(r)) {
        break;
      }
      Thread.sleep(500); // let the step's stragglers finish before the next one
    }
    double above = Double.NaN; // the first rate past the knee, which was not healthy
    for (OpenLoopClient.Result r : steps) {
      if (r.rate() > knee) {
        above = r.rate();
        break;
      }
    }
    if (knee > 0 && !Double.isNaN(above)) {
      double firstFailure = above;
      double mid = Math.round(Math.sqrt(knee * firstFailure));
      if (mid > knee && mid < firstFailure) {
        Thread.sleep(1_000);
        OpenLoopClient.Result r = step(client, uris, mid, Math.max(stepSeconds, minSamples / mid), who, progress);
        steps.add(r);
        if (r.healthy(P99_LIMIT_MS)) {
          knee = mid;
        }
      }
    }
    steps.sort((a, b) -> Double.compare(a.rate(), b.rate()));
    return new Ramp(List.copyOf(steps), knee);
  }

  static boolean saturated(OpenLoopClient.Result r) {
    return r.errors() > 0 || r.qps() < 0.9 * r.rate() || r.p99() > SATURATED_P99_MS;
  }

  private static OpenLoopClient.Result step(OpenLoopClient client, List<URI> uris, double rate, double seconds,
      String who, PrintStream progress) throws InterruptedException {
    OpenLoopClient.Result r = client.run(uris, rate, seconds);
    progress.printf(Locale.ROOT, "http: %s at %.0f/s: %.0f qps, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms (%d sent)%s%n",
        who, rate, r.qps(), r.p50(), r.p99(), r.p999(), r.sent(), r.errors() > 0 ? ", " + r.errors() + " errors" : "");
    return r;
  }
}
