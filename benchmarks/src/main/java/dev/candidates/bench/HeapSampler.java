package dev.candidates.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples heap use while a step runs, every 50 ms: the peak of heap used (garbage included, so it depends on -Xmx
 * and the collector) and the peak of heap still used right after a collection (the live set: closer to the heap the
 * step needs).
 */
final class HeapSampler implements AutoCloseable {
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread thread;

  record Peak(long usedBytes, long liveBytes) {}

  private HeapSampler() {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    thread = Thread.ofPlatform().daemon().name("heap-sampler").unstarted(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long used = 0;
        long afterGc = 0;
        for (MemoryPoolMXBean p : heap) {
          used += p.getUsage().getUsed();
          if (p.getCollectionUsage() != null) {
            afterGc += p.getCollectionUsage().getUsed();
          }
        }
        peakUsed.accumulateAndGet(used, Math::max);
        peakAfterGc.accumulateAndGet(afterGc, Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    s.thread.start();
    return s;
  }

  Peak peak() {
    return new Peak(peakUsed.get(), peakAfterGc.get());
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
