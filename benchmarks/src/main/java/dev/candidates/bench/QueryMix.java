package dev.candidates.bench;

import dev.candidates.bench.FloorPart.Concept;
import dev.candidates.bench.FloorPart.Facet;
import dev.candidates.bench.FloorPart.SkillYears;
import dev.candidates.bench.FloorPart.Text;
import dev.candidates.bench.FloorPart.YearsRange;
import dev.candidates.index.Schema;
import dev.candidates.search.SearchRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;

/**
 * The fixed query mix every engine runs, one case per query type. Each case says the same thing three ways: our
 * query language (through {@code SearchService}, 20 hits, explain off), the floor (the terms our analyzer and
 * taxonomy produce, as a plain Lucene {@code BooleanQuery} of {@code TermQuery}s on the same index, top 20 by score,
 * nothing else), and Solr's edismax parameters (same page size). Seven types are bare searches (no facets, no
 * snippets, as an API client asks with {@code facets=false&highlight=false}); the last, {@code facets-highlight}, is
 * what the recruiter's page asks for: a facet filter, five facet dimensions counted and highlighted snippets, in
 * every engine.

 *
 * <p>The terms are chosen to be common in the generated corpus (popular skills, Tencent, Shenzhen), so every
 * engine finds hits even in a tiny test corpus; the harness refuses to time a query that finds nothing.
 */
public final class QueryMix {
  private QueryMix() {}

  /**
   * One query type.
   *
   * @param filters our facet drill-downs (dimension → values)
   * @param floor the floor query's parts, combined into one BooleanQuery
   * @param solr Solr parameters on top of {@link #SOLR_COMMON}
   * @param facetsAndSnippets count facets and highlight snippets (every engine), or a bare search
   */
  public record QueryCase(String type, String q, Map<String, List<String>> filters, List<FloorPart> floor,
      Map<String, List<String>> solr, boolean facetsAndSnippets) {

    /** The timed request. */
    public SearchRequest request() {
      return new SearchRequest(q, 1, PAGE_SIZE, SearchRequest.SortBy.RELEVANCE, false, filters, null, null,
          facetsAndSnippets, facetsAndSnippets);
    }

    /** The same search with facets on, whose total is exact: for comparing hit counts across engines. */
    public SearchRequest countRequest() {
      return new SearchRequest(q, 1, PAGE_SIZE, SearchRequest.SortBy.RELEVANCE, false, filters, null, null, true,
          false);
    }

    /** Every Solr parameter of this case. */
    public Map<String, List<String>> solrParams() {
      Map<String, List<String>> all = new LinkedHashMap<>(SOLR_COMMON);
      if (facetsAndSnippets) {
        all.putAll(SOLR_FACETS_AND_SNIPPETS);
      }
      all.putAll(solr);
      return all;
    }
  }

  public static final int PAGE_SIZE = 20;

  /** What every Solr query shares: edismax over the text fields, all terms required, the same page. */
  static final Map<String, List<String>> SOLR_COMMON = ordered(
      "defType", List.of("edismax"),
      "qf", List.of("name^2 headline^2 title^1.5 company text"),
      "q.op", List.of("AND"),
      "rows", List.of(Integer.toString(PAGE_SIZE)),
      "sort", List.of("score desc,id asc"),
      "fl", List.of("id,name,headline,location,total_years,score"));

  /**
   * The facets and snippets of the {@code facets-highlight} type, as ours counts and highlights them: a filtered
   * dimension is counted without its own filter ({@code {!ex=loc}}, Solr's multi-select faceting), as ours counts
   * it drill-sideways, so the page can offer the other values.
   */
  static final Map<String, List<String>> SOLR_FACETS_AND_SNIPPETS = ordered(
      "facet", List.of("true"),
      "facet.field", List.of("skills", "companies", "{!ex=loc}location_facet", "years_bucket", "lang"),
      "facet.limit", List.of("15"),
      "facet.mincount", List.of("1"),
      "hl", List.of("true"),
      "hl.method", List.of("unified"),
      "hl.fl", List.of("text"),
      "hl.snippets", List.of("2"),
      "hl.fragsize", List.of("110"));

  public static final List<QueryCase> CASES = List.of(
      new QueryCase("english", "distributed systems kafka", Map.of(),
          List.of(new Concept("distributed-systems", Occur.MUST), new Concept("kafka", Occur.MUST)),
          Map.of("q", List.of("distributed systems kafka")), false),
      new QueryCase("chinese", "支付 高并发 稳定性", Map.of(),
          List.of(new Concept("payments", Occur.MUST), new Concept("high-concurrency", Occur.MUST),
              new Text(Schema.TEXT, "稳定性", Occur.MUST)),
          Map.of("q", List.of("支付 高并发 稳定性")), false),
      new QueryCase("mixed", "Go 微服务 腾讯", Map.of(),
          List.of(new Concept("go", Occur.MUST), new Concept("microservices", Occur.MUST),
              new Concept("tencent", Occur.MUST)),
          Map.of("q", List.of("Go 微服务 腾讯")), false),
      new QueryCase("phrase", "\"real-time data pipeline\"", Map.of(),
          List.of(new Text(Schema.TEXT, "real-time data pipeline", Occur.MUST)),
          Map.of("q", List.of("\"real-time data pipeline\"")), false),
      new QueryCase("not", "Java -JavaScript", Map.of(),
          List.of(new Concept("java", Occur.MUST), new Concept("javascript", Occur.MUST_NOT)),
          Map.of("q", List.of("Java -JavaScript")), false),
      new QueryCase("skill-years", "skill:go>=5", Map.of(),
          List.of(new Concept("go", Occur.MUST), new SkillYears("go", 5)),
          Map.of("q", List.of("Go"), "fq", List.of("sy_go:[5 TO *]")), false),
      new QueryCase("years-range", "kubernetes years:3..8", Map.of(),
          List.of(new Concept("kubernetes", Occur.MUST), new YearsRange(3, 8)),
          Map.of("q", List.of("kubernetes"), "fq", List.of("total_years:[3 TO 8]")), false),
      new QueryCase("facets-highlight", "redis", Map.of(Schema.FACET_LOCATION, List.of("Shenzhen")),
          List.of(new Concept("redis", Occur.MUST), new Facet(Schema.FACET_LOCATION, "Shenzhen")),
          Map.of("q", List.of("redis"), "fq", List.of("{!tag=loc}location_facet:Shenzhen")), true));

  public static List<String> types() {
    return CASES.stream().map(QueryCase::type).toList();
  }

  public static QueryCase get(String type) {
    return CASES.stream().filter(c -> c.type().equals(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown query type \"" + type + "\"; known: " + types()));
  }

  private static Map<String, List<String>> ordered(Object... kv) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> v = (List<String>) kv[i + 1];
      m.put((String) kv[i], v);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
