package dev.candidates.bench;

/**
 * One full build: how many profiles, how long, and what it left. Sizes and heap are 0 where not measured.
 *
 * @param peakHeapBytes heap used at its highest while building (garbage included)
 * @param liveHeapBytes heap still in use right after a collection, at its highest: what the build needs
 */
public record IndexingResult(String engine, long profiles, double seconds, long sizeBytes, int segments,
    long peakHeapBytes, long liveHeapBytes) {

  public double rate() {
    return seconds <= 0 ? 0 : profiles / seconds;
  }

  public double bytesPerProfile() {
    return profiles == 0 ? 0 : (double) sizeBytes / profiles;
  }
}
