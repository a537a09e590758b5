package dev.candidates.eval;

import dev.candidates.app.Components;
import dev.candidates.cli.Environment;
import dev.candidates.eval.EvalReport.QueryResult;
import dev.candidates.eval.JudgedSet.JudgedQuery;
import dev.candidates.index.CandidateIndex;
import dev.candidates.model.Profile;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchResult;
import dev.candidates.search.SearchService;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;

/**
 * Runs a judged set through the real pipeline: enrich and index its profiles into a fresh index (clock fixed at the
 * set's date), run every query as the API would, and measure each ranked page against the judgments.
 */
public final class RelevanceEval {
  private final Taxonomy taxonomy;

  public RelevanceEval(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public EvalReport run(JudgedSet set) throws IOException {
    Clock clock = Clock.fixed(set.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Environment env = Environment.create(taxonomy, clock);
    Path dir = Files.createTempDirectory("candidates-eval");
    try {
      try (CandidateIndex index = CandidateIndex.open(dir, env.taxonomy(), env.analyzer(), env.enricher(),
          env.json(), false)) {
        for (Profile p : set.profiles()) {
          index.upsert(p);
        }
        index.commit();
        index.refresh();
        SearchService service = Components.of(env).searchService();
        List<QueryResult> results = new ArrayList<>();
        IndexSearcher searcher = index.searchers().acquire();
        try {
          for (JudgedQuery q : set.queries()) {
            results.add(measure(q, service.search(searcher, request(q.q()))));
          }
        } finally {
          index.searchers().release(searcher);
        }
        return new EvalReport(results, set.trapKindByProfile());
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(q, 1, RelevanceMetrics.DEPTH, SearchRequest.SortBy.RELEVANCE, false, Map.of(), null,
        null, false, false);
  }

  private static QueryResult measure(JudgedQuery q, SearchResult r) {
    List<String> ranked = r.hits().stream().map(SearchResult.Hit::id).toList();
    return new QueryResult(q, ranked, r.partial(), RelevanceMetrics.ndcg(q, ranked),
        RelevanceMetrics.recall(q, ranked), RelevanceMetrics.trapViolations(q, ranked));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
