package dev.candidates.index;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Progress of a long run on stderr: count, rate, elapsed, at most once every two seconds. */
public final class Progress {
  private final PrintStream out;
  private final String what;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile long lastPrint = started;

  public Progress(PrintStream out, String what) {
    this.out = out;
    this.what = what;
  }

  public static Progress silent() {
    return new Progress(null, "");
  }

  public void done() {
    done.incrementAndGet();
    maybePrint();
  }

  public void failed() {
    failed.incrementAndGet();
  }

  public long count() {
    return done.get();
  }

  public long failures() {
    return failed.get();
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  public double rate() {
    double s = elapsedSeconds();
    return s <= 0 ? 0 : done.get() / s;
  }

  private void maybePrint() {
    long now = System.nanoTime();
    if (out != null && now - lastPrint > 2_000_000_000L) {
      lastPrint = now;
      out.println(line());
    }
  }

  public String line() {
    return String.format(Locale.ROOT, "%s %,d profiles (%,.0f/s, %.1fs elapsed%s)", what, done.get(), rate(),
        elapsedSeconds(), failed.get() > 0 ? ", " + failed.get() + " failed" : "");
  }

  public void message(String s) {
    if (out != null) {
      out.println(s);
    }
  }
}
