package dev.candidates.bench;

import java.util.Arrays;

/** Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s: a few very popular items, a long tail. */
final class ZipfSampler {
  private final double[] cumulative;

  ZipfSampler(int n, double s) {
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int sample(SeededRandom rng) {
    int i = Arrays.binarySearch(cumulative, rng.nextDouble());
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }
}
