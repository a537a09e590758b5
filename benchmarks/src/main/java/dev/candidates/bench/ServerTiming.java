package dev.candidates.bench;

/** Reads one metric's duration from a W3C {@code Server-Timing} header ({@code search;dur=2.104, json;dur=0.180}). */
final class ServerTiming {
  private ServerTiming() {}

  /** The metric's {@code dur} in ms, or -1 when the header does not give it. */
  static double millis(String header, String metric) {
    for (String entry : header.split(",")) {
      String[] parts = entry.split(";");
      if (!parts[0].strip().equals(metric)) {
        continue;
      }
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.startsWith("dur=")) {
          try {
            return Double.parseDouble(p.substring(4));
          } catch (NumberFormatException e) {
            return -1;
          }
        }
      }
    }
    return -1;
  }
}
