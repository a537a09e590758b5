package dev.candidates.bench;

import java.util.List;

/**
 * SplitMix64: a tiny generator whose sequence is fixed by its definition, not by a JDK release, so a seed gives
 * byte-identical corpora on every JDK. One instance per profile ({@link #forItem}), so profile i does not depend on
 * how many came before it.
 */
final class SeededRandom {
  private long state;

  SeededRandom(long seed) {
    this.state = seed;
  }

  static SeededRandom forItem(long seed, long item) {
    return new SeededRandom(mix(seed * 0x9E3779B97F4A7C15L + item));
  }

  long nextLong() {
    return mix(state += 0x9E3779B97F4A7C15L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  /** Uniform in [from, to]. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** An index drawn with the given (unnormalized) weights. */
  int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
