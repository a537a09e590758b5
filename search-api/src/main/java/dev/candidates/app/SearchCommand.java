package dev.candidates.app;

import dev.candidates.cli.Args;
import dev.candidates.cli.Environment;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.search.InvalidRequestException;
import dev.candidates.search.QuerySyntaxException;
import dev.candidates.search.SearchRequest;
import dev.candidates.search.SearchResult;
import dev.candidates.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** {@code ./candidates search QUERY}: the same search as the API, printed for a terminal (read-only). */
public final class SearchCommand extends OptionsCommand {
  public static final String HELP = """
      Usage: ./candidates search [--index DIR] [--size N] [--sort relevance|years|updated] [--explain] QUERY...
        Searches the index and prints the ranked candidates. Query examples:
          Go Kafka 5 years      分布式系统 调度      "tech lead" company:腾讯
          skill:go>=5 years:3..8      (Kafka OR RabbitMQ) 微服务      Java -JavaScript""";

  private final Components app;
  private final Environment env;

  public SearchCommand(Components app, PrintStream out, PrintStream err) {
    super(HELP, Set.of("index", "size", "sort"), Set.of("explain", "json"), out, err);
    this.app = app;
    this.env = app.env();
  }

  @Override
  int run(Args a) throws IOException {
    String q = String.join(" ", a.positional());
    IndexStore store = new IndexStore(Path.of(a.get("index", Environment.defaultIndex().toString())));
    Path gen = store.current();
    if (gen == null) {
      err.println("error: no index at " + store.root() + "; build one with ./candidates index");
      return 1;
    }
    try {
      CandidateIndex.checkSchema(gen, store.root(), env.ranking());
    } catch (CandidateIndex.SchemaMismatchException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    SearchRequest.SortBy sort;
    try {
      sort = SearchRequest.SortBy.valueOf(a.get("sort", "relevance").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException("--sort must be relevance, years or updated");
    }
    SearchService service = app.searchService();
    try (var dir = FSDirectory.open(gen); var reader = DirectoryReader.open(dir)) {
      SearchRequest req = new SearchRequest(q, 1, a.intValue("size", 10, 1, SearchRequest.MAX_SIZE), sort,
          a.flag("explain"), Map.of(), null, null, false, true);
      SearchResult r;
      try {
        r = service.search(new IndexSearcher(reader), req);
      } catch (QuerySyntaxException | InvalidRequestException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
      if (a.flag("json")) {
        out.println(env.json().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return 0;
      }
      out.printf(Locale.ROOT, "%d%s candidates%s (%d ms)%s%n", r.total(), r.totalExact() ? "" : "+", r.partial() ? " (partial matches)" : "",
          r.tookMs(), r.didYouMean() == null ? "" : " — did you mean " + r.didYouMean() + "?");
      int rank = 1;
      for (SearchResult.Hit h : r.hits()) {
        out.printf(Locale.ROOT, "%2d. %-24s %6.2f  %s | %s | %.1f y%n", rank++, h.id(), h.score(), h.name(),
            h.headline(), h.totalYears() == null ? 0 : h.totalYears());
        List<String> skills = h.matchedSkills().stream()
            .map(m -> String.format(Locale.ROOT, "%s %.1fy", m.skill(), m.years())).toList();
        if (!skills.isEmpty()) {
          out.println("      skills: " + String.join(", ", skills));
        }
        for (SearchResult.Highlight hl : h.highlights()) {
          out.println("      " + hl.fragment().replace("<em>", "[").replace("</em>", "]").replace("\n", " "));
        }
        if (h.explanation() != null) {
          out.println("      why: " + h.explanation().summary());
        }
      }
      return 0;
    }
  }
}
