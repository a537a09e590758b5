package dev.candidates.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one table a run prints (Markdown, so RESULTS.md can quote it), preceded by what it was measured on: machine,
 * JDK and flags, heap, corpus, index segments and size. Missing parts show as "–".
 */
final class ResultTable {
  private static final String NONE = "–";
  private final List<String[]> rows = new ArrayList<>();

  private ResultTable() {}

  static String render(BenchResults r) {
    StringBuilder out = new StringBuilder();
    header(r, out);
    ResultTable t = new ResultTable();
    t.row("measure", "ours", "floor", "solr", "ours/floor", "ours/solr", "notes");
    t.queries(r);
    t.indexing(r);
    t.http(r);
    out.append(t.format());
    if (!r.notes.isEmpty()) {
      out.append('\n');
      for (String n : r.notes) {
        out.append("note: ").append(n).append('\n');
      }
    }
    return out.toString();
  }

  private static void header(BenchResults r, StringBuilder out) {
    MachineInfo m = r.machine;
    out.append(String.format(Locale.ROOT, "command:  %s%n", r.command));
    out.append(String.format(Locale.ROOT, "machine:  %s, %d cores, %s; load average %s at start, %s at end%n",
        m.cpu(), m.cores(), m.os(), m.loadAverage(), MachineInfo.loadAverageNow()));
    out.append(String.format(Locale.ROOT, "jdk:      %s; bench JVM flags %s, max heap %s%n", m.jdk(),
        m.benchJvmFlags(), mb(m.benchMaxHeap())));
    if (r.jmhSettings != null) {
      out.append(String.format(Locale.ROOT, "jmh:      %s; fork flags %s%n", r.jmhSettings.describe(), r.jmhJvmArgs));
    }
    if (r.solrSettings != null) {
      out.append(String.format(Locale.ROOT, "solr:     %s%n", r.solrSettings));
    }
    if (r.corpus != null) {
      out.append(String.format(Locale.ROOT, "corpus:   %,d profiles, %s of JSONL in %d files, seed %d%n",
          r.corpus.profiles(), mb(r.corpus.bytes()), r.corpus.files().size(), r.seed));
    }
    if (r.ours != null) {
      out.append(String.format(Locale.ROOT, "index:    ours %d segment(s), %s; floor %s; solr %s%n", r.ours.segments(),
          mb(r.ours.sizeBytes()), r.floor == null ? NONE : r.floor.segments() + " segment(s), " + mb(r.floor.sizeBytes())
              + " for " + String.format(Locale.ROOT, "%,d", r.floor.profiles()),
          r.solr == null ? NONE : r.solr.segments() + " segment(s), " + mb(r.solr.sizeBytes())));
    }
    if (!r.stepSeconds.isEmpty()) {
      List<String> parts = new ArrayList<>();
      double total = 0;
      for (Map.Entry<String, Double> e : r.stepSeconds.entrySet()) {
        parts.add(String.format(Locale.ROOT, "%s %.0fs", e.getKey(), e.getValue()));
        total += e.getValue();
      }
      out.append(String.format(Locale.ROOT, "time:     %.1f min: %s%n", total / 60, String.join(", ", parts)));
    }
    out.append('\n');
  }

  private void queries(BenchResults r) {
    for (String type : QueryMix.types()) {
      Map<String, Latency> j = r.jmh == null ? Map.of() : r.jmh.getOrDefault(type, Map.of());
      Latency ours = j.get("ours");
      Latency floor = j.get("floor");
      Latency solr = r.solrLatency == null ? null : r.solrLatency.get(type);
      row("query " + type + ": mean / p50 / p99 ms", lat(ours), lat(floor), lat(solr), ratios(ours, floor),
          ratios(ours, solr), String.format(Locale.ROOT, "hits %s / %s / %s; scored %s / %s; %s",
              count(r.oursHits.get(type)), count(r.floorHits.get(type)), count(r.solrHits.get(type)),
              count(r.oursScored.get(type)), count(r.floorScored.get(type)), spread(ours, floor, solr)));
    }
  }

  private void indexing(BenchResults r) {
    row("indexing: profiles/s", rate(r.ours), rate(r.floor), rate(r.solr), ratio(rateOf(r.ours), rateOf(r.floor)),
        ratio(rateOf(r.ours), rateOf(r.solr)), r.floor != null && r.ours != null && r.floor.profiles() != r.ours
            .profiles() ? String.format(Locale.ROOT, "floor timed on the first %,d profiles", r.floor.profiles())
            : "");
    row("index size: bytes/profile", size(r.ours), size(r.floor), size(r.solr), "", "", "on disk after the final merge");
    row("indexing heap: peak used / live MB", heap(r.ours), NONE, heap(r.solr), "", "",
        "live = highest heap in use right after a GC");
  }

  private void http(BenchResults r) {
    HttpBench.Outcome h = r.http;
    if (h != null) {
      row("mix in process: p50 / p99 / p99.9 ms", three(h.inProcess()), "", "", "", "",
          "SearchService in the bench JVM, one at a time, interleaved with the two rows below");
      row("mix over http: p50 / p99 / p99.9 ms", three(h.sequential()), "", "", "", "",
          String.format(Locale.ROOT, "the same queries through ./candidates serve, one at a time; %,d each",
              h.sequential().samples()));
      row("http /api/health: p50 / p99 / p99.9 ms", three(h.health()), "", "", "", "",
          "an empty request: the round trip alone");
      if (h.serverSearch() != null) {
        row("server-timed search: p50 / p99 / p99.9 ms", three(h.serverSearch()), "", "", "", "",
            "the searches over http as the server timed them (its Server-Timing header)");
      }
      if (h.serverJson() != null) {
        row("server-timed json: p50 / p99 / p99.9 ms", three(h.serverJson()), "", "", "", "",
            "writing each answer's JSON, likewise");
      }
    }
    List<OpenLoopClient.Result> ours = h == null ? List.of() : h.ramp().steps();
    List<OpenLoopClient.Result> solr = r.solrRamp == null ? List.of() : r.solrRamp.steps();
    java.util.TreeSet<Double> rates = new java.util.TreeSet<>();
    ours.forEach(s -> rates.add(s.rate()));
    solr.forEach(s -> rates.add(s.rate()));
    for (double rate : rates) {
      OpenLoopClient.Result o = ours.stream().filter(s -> s.rate() == rate).findFirst().orElse(null);
      OpenLoopClient.Result s = solr.stream().filter(x -> x.rate() == rate).findFirst().orElse(null);
      row(String.format(Locale.ROOT, "http mix at %.0f/s: p50 / p99 / p99.9 ms", rate), step(o), "", step(s), "", "",
          "qps " + qps(o) + " / " + qps(s) + errors(o, s));
    }
    if (h != null || r.solrRamp != null) {
      Double ok = h == null ? null : h.ramp().knee();
      Double sk = r.solrRamp == null ? null : r.solrRamp.knee();
      double first = lowestRate(r);
      row("http knee: req/s with p99 < 25 ms", knee(ok, first), "", knee(sk, first), "", ratio(ok, sk),
          "most completed: " + peak(ours) + " / " + peak(solr) + "; Solr behind a minimal JDK HttpServer front");
    }
    if (h != null) {
      double added = h.sequential().p50() - h.inProcess().p50();
      row("http overhead at p50 ms", String.format(Locale.ROOT, "%.2f", added), "", "", "", "",
          String.format(Locale.ROOT, "p50 over http − p50 in process (%.2f×); /api/health p50 %s; the server's own "
              + "cost above /api/health %.2f (target ≤ 0.3 ms)", h.sequential().p50() / h.inProcess().p50(),
              ms(h.healthP50()), added - h.healthP50()));
      if (h.serverSearch() != null) {
        // The same difference with the search as the server timed it: what is left is its own JSON, routing and
        // hand-offs, without the two JVMs' search times drifting apart.
        double own = h.sequential().p50() - h.serverSearch().p50() - h.healthP50();
        row("server's own cost at p50 ms", String.format(Locale.ROOT, "%.2f", own), "", "", "", "",
            String.format(Locale.ROOT, "p50 over http − the server-timed search p50 − /api/health p50 (of it JSON "
                + "%s); target ≤ 0.3 ms", h.serverJson() == null ? "–" : ms(h.serverJson().p50())));
      }
    }
    if (h != null) {
      row("write → visible ms", ms(h.writeVisibleMs()), "", "", "", "", "POST /api/candidates, then poll search: median");
      row("bulk ingest profiles/s", String.format(Locale.ROOT, "%,.0f http / %s cli", h.bulkRate(),
          r.cliAddRate == null ? NONE : String.format(Locale.ROOT, "%,.0f", r.cliAddRate)), "", "", "", "",
          String.format(Locale.ROOT, "%,d profiles: POST /api/candidates/_bulk vs ./candidates add (JVM start incl.)",
              h.bulkProfiles()));
    }
  }

  /** The lowest rate tried: a knee of 0 means "below it". */
  private static double lowestRate(BenchResults r) {
    List<OpenLoopClient.Result> all = new ArrayList<>();
    if (r.http != null) {
      all.addAll(r.http.ramp().steps());
    }
    if (r.solrRamp != null) {
      all.addAll(r.solrRamp.steps());
    }
    return all.stream().mapToDouble(OpenLoopClient.Result::rate).min().orElse(0);
  }

  private static String knee(Double k, double lowestRate) {
    if (k == null) {
      return NONE;
    }
    return k > 0 ? String.format(Locale.ROOT, "%.0f", k) : String.format(Locale.ROOT, "< %.0f", lowestRate);
  }

  private static String three(LatencySummary l) {
    return ms(l.p50()) + " / " + ms(l.p99()) + " / " + ms(l.p999());
  }

  /** The highest throughput any step reached, and at what offered rate. */
  private static String peak(List<OpenLoopClient.Result> steps) {
    return steps.stream().max((a, b) -> Double.compare(a.qps(), b.qps()))
        .map(s -> String.format(Locale.ROOT, "%.0f qps (at %.0f/s)", s.qps(), s.rate())).orElse(NONE);
  }

  private static String qps(OpenLoopClient.Result s) {
    return s == null ? NONE : String.format(Locale.ROOT, "%.0f of %d sent", s.qps(), s.sent());
  }

  private static String step(OpenLoopClient.Result s) {
    return s == null ? NONE : ms(s.p50()) + " / " + ms(s.p99()) + " / " + ms(s.p999());
  }

  private static String errors(OpenLoopClient.Result o, OpenLoopClient.Result s) {
    long e = (o == null ? 0 : o.errors()) + (s == null ? 0 : s.errors());
    return e == 0 ? "" : String.format(Locale.ROOT, "; errors %d / %d", o == null ? 0 : o.errors(),
        s == null ? 0 : s.errors());
  }

  private static String lat(Latency l) {
    return l == null ? NONE : ms(l.mean()) + " / " + ms(l.p50()) + " / " + ms(l.p99());
  }

  private static String ratios(Latency a, Latency b) {
    if (a == null || b == null) {
      return NONE;
    }
    return String.format(Locale.ROOT, "%.1f× / %.1f×", a.p50() / b.p50(), a.p99() / b.p99());
  }

  private static String spread(Latency... ls) {
    List<String> parts = new ArrayList<>();
    for (Latency l : ls) {
      parts.add(l == null ? NONE : String.format(Locale.ROOT, "%s–%s", ms(l.p50Low()), ms(l.p50High())));
    }
    return "p50 over forks " + String.join(" / ", parts);
  }

  private static Double rateOf(IndexingResult r) {
    return r == null ? null : r.rate();
  }

  private static String rate(IndexingResult r) {
    return r == null ? NONE : String.format(Locale.ROOT, "%,.0f", r.rate());
  }

  private static String size(IndexingResult r) {
    return r == null || r.sizeBytes() == 0 ? NONE : String.format(Locale.ROOT, "%,.0f", r.bytesPerProfile());
  }

  private static String heap(IndexingResult r) {
    if (r == null || r.peakHeapBytes() == 0) {
      return NONE;
    }
    return mb(r.peakHeapBytes()).replace(" MB", "") + " / " + (r.liveHeapBytes() == 0 ? NONE
        : mb(r.liveHeapBytes()).replace(" MB", ""));
  }

  private static String ratio(Double a, Double b) {
    return a == null || b == null || b == 0 ? NONE : String.format(Locale.ROOT, "%.2f×", a / b);
  }

  private static String count(Long n) {
    return n == null ? NONE : String.format(Locale.ROOT, "%,d", n);
  }

  static String ms(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
  }

  private void row(String... cells) {
    rows.add(cells);
  }

  private String format() {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      line(sb, rows.get(k), width);
      if (k == 0) {
        String[] rule = new String[cols];
        for (int i = 0; i < cols; i++) {
          rule[i] = "-".repeat(Math.max(3, width[i]));
        }
        line(sb, rule, width);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    sb.append('|');
    for (int i = 0; i < cells.length; i++) {
      sb.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].codePointCount(0, cells[i].length())))
          .append(" |");
    }
    sb.append('\n');
  }
}
