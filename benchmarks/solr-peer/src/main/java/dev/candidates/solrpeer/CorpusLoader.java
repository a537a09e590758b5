package dev.candidates.solrpeer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;

/**
 * Loads a JSONL file of profiles into Solr the way a bulk client would: several threads, batches of
 * {@value #BATCH}, one commit, then a merge down to as many segments as our builds leave (the timing includes both,
 * as ours includes its commit and forceMerge).
 */
final class CorpusLoader {
  private static final int BATCH = 500;
  private final EmbeddedSolrServer solr;
  private final ObjectMapper json;
  private final int threads;
  private final int mergeTo;

  /** {@code liveHeapBytes}: the highest heap still in use right after a collection (what indexing needs). */
  record Result(long docs, double seconds, long peakHeapBytes, long liveHeapBytes) {}

  CorpusLoader(EmbeddedSolrServer solr, ObjectMapper json, int threads, int mergeTo) {
    this.solr = solr;
    this.json = json;
    this.threads = threads;
    this.mergeTo = mergeTo;
  }

  Result load(Path file) throws Exception {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    AtomicLong peak = new AtomicLong();
    AtomicLong live = new AtomicLong();
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long used = 0;
        long afterGc = 0;
        for (MemoryPoolMXBean p : heap) {
          used += p.getUsage().getUsed();
          afterGc += p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed();
        }
        peak.accumulateAndGet(used, Math::max);
        live.accumulateAndGet(afterGc, Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long started = System.nanoTime();
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(pool.submit(() -> {
          List<SolrInputDocument> batch = new ArrayList<>(BATCH);
          while (true) {
            batch.clear();
            synchronized (in) {
              for (String line; batch.size() < BATCH && (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                  batch.add(ProfileDocs.from(json.readTree(line)));
                }
              }
            }
            if (batch.isEmpty()) {
              return null;
            }
            solr.add(batch);
            long n = done.addAndGet(batch.size());
            if (n % 20_000 < BATCH) {
              System.err.printf(Locale.ROOT, "solr: indexed %,d profiles (%,.0f/s)%n", n,
                  n / ((System.nanoTime() - started) / 1e9));
            }
          }
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.err.println("solr: commit and merge to " + mergeTo + " segments");
    solr.commit();
    solr.optimize(true, true, mergeTo);
    double seconds = (System.nanoTime() - started) / 1e9;
    sampler.interrupt();
    return new Result(done.get(), seconds, peak.get(), live.get());
  }
}
