package dev.candidates.solrpeer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;

/**
 * Times a mix of queries in process: a warm-up, then rounds that run every case once, interleaved and rotated so no
 * case always follows the same one, for a fixed time. Each sample is the wall time of {@code EmbeddedSolrServer.query}
 * (Solr's request handling plus the javabin round trip the embedded client does).
 */
final class QueryTimer {
  private final EmbeddedSolrServer solr;

  record Case(String type, SolrParams params) {}

  record Stats(String type, double p50Ms, double p99Ms, double meanMs, int samples, long hits) {}

  QueryTimer(EmbeddedSolrServer solr) {
    this.solr = solr;
  }

  List<Stats> run(List<Case> cases, double warmupSeconds, double measureSeconds) throws Exception {
    long[] hits = new long[cases.size()];
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int round = 0; System.nanoTime() < warmEnd || round == 0; round++) {
      for (int i = 0; i < cases.size(); i++) {
        hits[i] = solr.query(cases.get(i).params()).getResults().getNumFound();
      }
    }
    for (int i = 0; i < cases.size(); i++) {
      if (hits[i] == 0) {
        throw new IllegalStateException("query \"" + cases.get(i).type() + "\" finds nothing in Solr: "
            + cases.get(i).params() + "; a benchmark of an empty result would time nothing");
      }
    }
    List<long[]> samples = new ArrayList<>();
    int[] counts = new int[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      samples.add(new long[1024]);
    }
    long end = System.nanoTime() + (long) (measureSeconds * 1e9);
    for (int round = 0; System.nanoTime() < end || round == 0; round++) {
      for (int k = 0; k < cases.size(); k++) {
        int i = (k + round) % cases.size();
        long t0 = System.nanoTime();
        QueryResponse r = solr.query(cases.get(i).params());
        long took = System.nanoTime() - t0;
        hits[i] = r.getResults().getNumFound();
        long[] s = samples.get(i);
        if (counts[i] == s.length) {
          s = Arrays.copyOf(s, s.length * 2);
          samples.set(i, s);
        }
        s[counts[i]++] = took;
      }
    }
    List<Stats> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      long[] s = Arrays.copyOf(samples.get(i), counts[i]);
      Arrays.sort(s);
      double mean = Arrays.stream(s).average().orElse(0);
      out.add(new Stats(cases.get(i).type(), percentile(s, 0.50) / 1e6, percentile(s, 0.99) / 1e6, mean / 1e6,
          s.length, hits[i]));
    }
    return out;
  }

  /** The smallest sample at or above fraction q of them (nearest rank). */
  static long percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
