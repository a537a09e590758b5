package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read résumés, apart from the threads that answer searches: a fixed number of workers (at most half
 * the cores, so a hostile upload leaves the other half to searches), a short queue, and a deadline per job that counts
 * from submission. A job past its deadline is answered {@link Kind#TIMEOUT} and its worker is interrupted; the work
 * itself watches for that (PDF glyphs, DOCX elements, HTML nodes, zip entries, parsing), so it really stops and the
 * worker is free again instead of burning a core after the answer went out. When every worker is taken and the queue
 * is full, a job is refused at once as {@link Kind#BUSY}.
 *
 * <p>Thread-safe; one instance serves a whole process. Its threads are daemons that exit when idle.
 */
public final class BoundedWorkers implements AutoCloseable {
  /** One job: its failures for the user come as {@link ExtractionException}s. */
  @FunctionalInterface
  public interface Job<T> {
    T call() throws ExtractionException, InterruptedException;
  }

  private final ThreadPoolExecutor pool;
  private final Duration deadline;

  public BoundedWorkers(int threads, int queue, Duration deadline, String name) {
    this.deadline = deadline;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
  }

  public Duration deadline() {
    return deadline;
  }

  /** Jobs running or waiting now: 0 once every job, including those stopped at their deadline, has ended. */
  public int busy() {
    return pool.getActiveCount() + pool.getQueue().size();
  }

  /**
   * Runs a job on a worker and waits for it until the deadline.
   *
   * @param what what the job reads, for the timeout's message ("the file", "the résumé")
   */
  public <T> T run(Job<T> job, String what) throws ExtractionException {
    Future<T> f;
    try {
      f = pool.submit(job::call);
    } catch (RejectedExecutionException e) {
      throw new ExtractionException(Kind.BUSY, "the server is busy reading other files; try again in a moment", e);
    }
    try {
      return f.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ExtractionException(Kind.TIMEOUT, "reading " + what + " took longer than " + seconds()
          + " and was stopped; simplify the file (for example, print it to a new PDF) and upload it again", e);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(Kind.TIMEOUT, "reading " + what + " was interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof ExtractionException ee) {
        throw ee;
      }
      if (c instanceof InterruptedException) {
        throw new ExtractionException(Kind.TIMEOUT, "reading " + what + " was stopped", c);
      }
      if (c instanceof OutOfMemoryError) {
        throw new ExtractionException(Kind.TOO_LARGE, "the file needs more memory to read than is allowed; "
            + "upload a smaller or simpler file", c);
      }
      throw new ExtractionException(Kind.CORRUPT, "the file is damaged and cannot be read ("
          + ResumeExtractor.shortReason(c) + ")", c);
    }
  }

  private String seconds() {
    long ms = deadline.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
