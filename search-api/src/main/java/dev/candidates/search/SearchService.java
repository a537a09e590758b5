package dev.candidates.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.analysis.Script;
import dev.candidates.index.FieldRegistry;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.HitCard;
import dev.candidates.index.RankingModel;
import dev.candidates.index.Schema;
import dev.candidates.model.Profile;
import dev.candidates.search.QueryUnderstanding.Understanding;
import dev.candidates.search.SearchResult.Hit;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Runs searches against an index snapshot as named stages with typed hand-offs: parse ({@link QueryParser} →
 * {@link QueryNode}), understand ({@link QueryUnderstanding} → units and intents, no Lucene), build
 * ({@link QueryBuilder} → {@link QueryPlan}), search and count facets ({@link FacetCounter}), falling back to the
 * best partial matches when nothing matches every term, then assemble the page's hits ({@link HitAssembler}, with
 * the {@link Explainer} when asked). Stateless apart from the facet counter's per-reader cache; thread-safe.
 */
public final class SearchService {
  public static final long DEFAULT_TIMEOUT_MS = 2_000;
  /** Without facets, hits are counted exactly up to here; past it {@code total} is a lower bound. */
  public static final int TOTAL_HITS_THRESHOLD = FacetCounter.TOTAL_HITS_THRESHOLD;

  private final Taxonomy taxonomy;
  private final ObjectMapper json;
  private final QueryUnderstanding understanding;
  private final QueryBuilder builder;
  private final FacetCounter facets = new FacetCounter();
  private final HitAssembler hits;
  private final long timeoutMs;
  private final Suggester suggester;

  /** A service ranking with {@link RankingModel#DEFAULT}. */
  public SearchService(Taxonomy taxonomy, Analyzer analyzer, ObjectMapper json, long timeoutMs) {
    this(taxonomy, analyzer, json, RankingModel.DEFAULT, timeoutMs);
  }

  public SearchService(Taxonomy taxonomy, Analyzer analyzer, ObjectMapper json, RankingModel model,
      long timeoutMs) {
    this.taxonomy = taxonomy;
    this.json = json;
    this.understanding = new QueryUnderstanding(taxonomy);
    this.builder = new QueryBuilder(taxonomy, analyzer, new Ranking(model));
    this.hits = new HitAssembler(taxonomy, analyzer, json, model);
    this.timeoutMs = timeoutMs;
    this.suggester = new Suggester(taxonomy);
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public SearchResult search(IndexSearcher base, SearchRequest req) throws IOException {
    long started = System.nanoTime();
    QueryNode root = QueryParser.parse(req.q());
    IndexReader reader = base.getIndexReader();
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(base.getSimilarity());
    searcher.setTimeout(new QueryTimeoutImpl(timeoutMs));
    Understanding understood = understanding.understand(root, builder.words(reader));
    QueryPlan plan = builder.build(root, understood, reader, req.explain(), req.highlight());

    boolean partial = false;
    Query query = QueryFilters.withYearsRange(plan.query(), req);
    FacetCounter.Counted out = facets.search(searcher, query, req);
    if (out.total() == 0 && plan.hasUnits() && !searcher.timedOut()) {
      query = QueryFilters.withYearsRange(plan.relaxed(), req);
      out = facets.search(searcher, query, req);
      if (out.total() == 0 && !searcher.timedOut()) {
        query = QueryFilters.withYearsRange(plan.lastResort(), req);
        out = facets.search(searcher, query, req);
      }
      partial = out.total() > 0;
    }
    List<ScoreDoc> page = new ArrayList<>();
    int from = (req.page() - 1) * req.size();
    for (int i = from; i < out.hits().scoreDocs.length && i < from + req.size(); i++) {
      page.add(out.hits().scoreDocs[i]);
    }
    List<Hit> pageHits = hits.assemble(searcher, page, plan, query, req.highlight(), req.explain());
    String didYouMean = plan.didYouMean() != null && out.total() < 3 ? plan.didYouMean() : null;
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(out.total(), out.totalExact(), tookMs, partial, searcher.timedOut(), didYouMean,
        pageHits, out.facets(), FieldRegistry.facetDimensions());
  }

  // ------------------------------------------------------------------ profiles, similar, suggest

  public Profile get(IndexSearcher searcher, String id) throws IOException {
    StoredProfile p = read(searcher, id);
    return p == null ? null : p.profile();
  }

  /** The stored profile with its role family and level, or null when the id is unknown. */
  public StoredProfile read(IndexSearcher searcher, String id) throws IOException {
    TopDocs td = searcher.search(QueryFilters.byId(id), 1);
    if (td.scoreDocs.length == 0) {
      return null;
    }
    int doc = td.scoreDocs[0].doc;
    Profile p = CandidateIndex.profileOf(json, searcher.storedFields().document(doc, Set.of(Schema.SOURCE)));
    return new StoredProfile(p, StoredProfile.Occupation.of(HitCard.read(searcher.getIndexReader(),
        new int[] {doc})[0]));
  }

  /** Candidates who share the most (and the longest-held) skills with this one; null when the id is unknown. */
  public List<Hit> similar(IndexSearcher searcher, String id, int size) throws IOException {
    TopDocs td = searcher.search(QueryFilters.byId(id), 1);
    if (td.scoreDocs.length == 0) {
      return null;
    }
    int doc = td.scoreDocs[0].doc;
    HitCard p = HitCard.read(searcher.getIndexReader(), new int[] {doc})[0];
    List<String> skills = new ArrayList<>();
    for (String c : p.concepts().keySet()) {
      var concept = taxonomy.get(c);
      if (concept != null && !concept.isCompany()) {
        skills.add(c);
      }
    }
    skills.sort((a, b) -> Double.compare(p.yearsWith(b), p.yearsWith(a)));
    if (skills.isEmpty()) {
      return List.of();
    }
    List<String> top = skills.subList(0, Math.min(20, skills.size()));
    Map<String, Double> yearsByConcept = new LinkedHashMap<>();
    top.forEach(c -> yearsByConcept.put(c, p.yearsWith(c)));
    Profile source = CandidateIndex.profileOf(json, searcher.storedFields().document(doc, Set.of(Schema.SOURCE)));
    Script script = "zh".equals(source.resumeLanguage()) ? Script.HAN : Script.LATIN;
    TopDocs similar = searcher.search(builder.similar(id, yearsByConcept, script), size,
        new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING)), true);
    QueryPlan plan = new QueryPlan(List.of(), null, top, Map.of(), null);
    return hits.assemble(searcher, List.of(similar.scoreDocs), plan, null, false, false);
  }

  public List<Suggester.Suggestion> suggest(IndexSearcher searcher, String prefix, int size) throws IOException {
    return suggester.suggest(searcher.getIndexReader(), prefix, size);
  }
}
