package dev.candidates.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.diagnostics.FailureLog;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.index.RankingModel;
import dev.candidates.index.Schema;
import dev.candidates.model.Profile;
import dev.candidates.search.QueryPlan.Clause;
import dev.candidates.search.QueryPlan.Kind;
import dev.candidates.search.SearchResult.Contribution;
import dev.candidates.search.SearchResult.FacetValue;
import dev.candidates.search.SearchResult.Highlight;
import dev.candidates.search.SearchResult.Hit;
import dev.candidates.search.SearchResult.MatchDetail;
import dev.candidates.search.SearchResult.MatchedSkill;
import dev.candidates.search.SearchResult.RankExplanation;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs searches against an index snapshot: parse, translate, search with facets counted drill-sideways, fall back
 * to best partial matches when nothing matches every term, then build hits with highlights and explanations.
 * Stateless apart from a per-reader facet cache; thread-safe.
 */
public final class SearchService {
  public static final long DEFAULT_TIMEOUT_MS = 2_000;
  private static final FailureLog HIGHLIGHT_FAILURES = new FailureLog(SearchService.class, "highlighting");
  /** Without facets, hits are counted exactly up to here; past it {@code total} is a lower bound. */
  public static final int TOTAL_HITS_THRESHOLD = 1_000;

  private final Taxonomy taxonomy;
  private final Analyzer analyzer;
  private final ObjectMapper json;
  private final Ranking ranking;
  private final QueryTranslator translator;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final long timeoutMs;
  private final Suggester suggester;
  private volatile FacetCache facetCache;

  /** Per reader: each facet dimension's ordinal state (a dimension no document has yet is absent). */
  private record FacetCache(IndexReader reader, Map<String, SortedSetDocValuesReaderState> states) {}

  /** A service ranking with {@link RankingModel#DEFAULT}. */
  public SearchService(Taxonomy taxonomy, Analyzer analyzer, ObjectMapper json, long timeoutMs) {
    this(taxonomy, analyzer, json, RankingModel.DEFAULT, timeoutMs);
  }

  public SearchService(Taxonomy taxonomy, Analyzer analyzer, ObjectMapper json, RankingModel model,
      long timeoutMs) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
    this.json = json;
    this.ranking = new Ranking(model);
    this.translator = new QueryTranslator(taxonomy, analyzer, ranking);
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
    QueryPlan plan = translator.translate(root, reader);

    boolean partial = false;
    Query query = withFilters(plan.query(), req);
    Outcome out = run(searcher, query, req);
    if (out.total == 0 && plan.hasUnits() && !searcher.timedOut()) {
      out = run(searcher, withFilters(plan.relaxed(), req), req);
      partial = out.total > 0;
    }
    List<ScoreDoc> page = new ArrayList<>();
    int from = (req.page() - 1) * req.size();
    for (int i = from; i < out.hits.scoreDocs.length && i < from + req.size(); i++) {
      page.add(out.hits.scoreDocs[i]);
    }
    String[] fragments = req.highlight() ? highlight(searcher, plan, page) : new String[page.size()];
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      hits.add(hit(searcher, page.get(i), plan, fragments[i], req.explain()));
    }
    String didYouMean = plan.didYouMean() != null && out.total < 3 ? plan.didYouMean() : null;
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(out.total, out.totalExact, tookMs, partial, searcher.timedOut(), didYouMean, hits,
        out.facets, FieldRegistry.facetDimensions());
  }

  private record Outcome(long total, boolean totalExact, TopDocs hits, Map<String, List<FacetValue>> facets) {}

  private Outcome run(IndexSearcher searcher, Query query, SearchRequest req) throws IOException {
    int topN = req.page() * req.size();
    Sort sort = switch (req.sort()) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));
      case YEARS -> new Sort(new SortField(Schema.TOTAL_YEARS, SortField.Type.LONG, true), SortField.FIELD_SCORE,
          new SortField(Schema.ID, SortField.Type.STRING));
      case UPDATED -> new Sort(new SortField(Schema.UPDATED, SortField.Type.LONG, true), SortField.FIELD_SCORE,
          new SortField(Schema.ID, SortField.Type.STRING));
    };
    Map<String, SortedSetDocValuesReaderState> states = req.facets() ? facetStates(searcher.getIndexReader())
        : Map.of();
    if (states.isEmpty()) {
      // No facets asked for (or none in an empty index): count exactly up to TOTAL_HITS_THRESHOLD, then let
      // Lucene skip candidates that cannot reach the top N, as the floor does.
      Query drilled = drillDown(query, req.filters(), null);
      TopDocs td = searcher.search(drilled, new TopFieldCollectorManager(sort, topN, null, TOTAL_HITS_THRESHOLD));
      TopFieldCollector.populateScores(td.scoreDocs, searcher, drilled); // the collector sorts but keeps no scores
      return new Outcome(td.totalHits.value(), td.totalHits.relation() == TotalHits.Relation.EQUAL_TO, td, Map.of());
    }
    // Drill-sideways by hand (DrillSideways' scorer cannot run under a time limit): the hits and the counts of
    // unfiltered dimensions come from the fully drilled-down query; each filtered dimension is counted with every
    // filter but its own, so its other values stay visible.
    FacetsCollectorManager.FacetsResult main = FacetsCollectorManager.search(searcher,
        drillDown(query, req.filters(), null), topN, sort, true, new FacetsCollectorManager());
    TopDocs hits = main.topDocs();
    // The facet collector saw every match, so the exact total costs nothing (top-docs stop counting at 1,000).
    long total = 0;
    for (FacetsCollector.MatchingDocs md : main.facetsCollector().getMatchingDocs()) {
      total += md.totalHits();
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (FieldDef field : FieldRegistry.facets()) {
      String dim = field.facet().dimension();
      List<String> selected = req.filters().getOrDefault(dim, List.of());
      SortedSetDocValuesReaderState state = states.get(dim);
      Facets counts = null;
      if (state != null) {
        FacetsCollector hitsOfDim = selected.isEmpty() ? main.facetsCollector()
            : searcher.search(drillDown(query, req.filters(), dim), new FacetsCollectorManager());
        counts = new SortedSetDocValuesFacetCounts(state, hitsOfDim);
      }
      facets.put(dim, facetValues(counts, field.facet(), selected));
    }
    return new Outcome(total, true, hits, facets);
  }

  /** The query narrowed by every facet filter except {@code except}'s. */
  private Query drillDown(Query query, Map<String, List<String>> filters, String except) {
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, query);
    for (var e : filters.entrySet()) {
      if (!e.getKey().equals(except)) {
        for (String v : e.getValue()) {
          ddq.add(e.getKey(), v);
        }
      }
    }
    return ddq;
  }

  private static List<FacetValue> facetValues(Facets counts, FieldDef.Facet facet, List<String> selected)
      throws IOException {
    List<FacetValue> values = new ArrayList<>();
    FacetResult fr = null; // null counts: no document has this dimension yet
    if (counts != null) {
      try {
        fr = counts.getTopChildren(facet.values(), facet.dimension());
      } catch (IllegalArgumentException e) {
        fr = null;
      }
    }
    Set<String> seen = new HashSet<>();
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label)));
        seen.add(lv.label);
      }
    }
    for (String s : selected) {
      if (!seen.contains(s)) {
        values.add(new FacetValue(s, 0, true));
      }
    }
    List<String> order = facet.valueOrder();
    if (!order.isEmpty()) {
      values.sort((a, b) -> Integer.compare(order.indexOf(a.value()), order.indexOf(b.value())));
    }
    return values;
  }

  private static Query withFilters(Query q, SearchRequest req) {
    if (req.minYears() == null && req.maxYears() == null) {
      return q;
    }
    long lo = req.minYears() == null ? Long.MIN_VALUE : Schema.tenths(req.minYears());
    long hi = req.maxYears() == null ? Long.MAX_VALUE : Schema.tenths(req.maxYears());
    return new BooleanQuery.Builder().add(q, Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.TOTAL_YEARS, lo, hi), Occur.FILTER).build();
  }

  private Map<String, SortedSetDocValuesReaderState> facetStates(IndexReader reader) throws IOException {
    FacetCache c = facetCache;
    if (c != null && c.reader == reader) {
      return c.states;
    }
    Map<String, SortedSetDocValuesReaderState> states = new LinkedHashMap<>();
    for (String dim : FieldRegistry.facetDimensions()) {
      try {
        states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, Schema.facetField(dim), facetsConfig));
      } catch (IllegalArgumentException e) {
        // no document has this dimension yet (an empty index)
      }
    }
    facetCache = new FacetCache(reader, Map.copyOf(states));
    return facetCache.states;
  }

  // ------------------------------------------------------------------ hits

  private String[] highlight(IndexSearcher searcher, QueryPlan plan, List<ScoreDoc> page) throws IOException {
    String[] out = new String[page.size()];
    if (page.isEmpty()) {
      return out;
    }
    UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), 110, 0.5f))
        .withMaxNoHighlightPassages(1)
        .withHandleMultiTermQuery(true)
        .withMaxLength(200_000)
        .build();
    Query q = plan.highlight() == null ? new org.apache.lucene.search.MatchNoDocsQuery() : plan.highlight();
    TopDocs td = new TopDocs(new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO), page.toArray(new ScoreDoc[0]));
    try {
      return uh.highlight(Schema.TEXT, q, td, 2);
    } catch (RuntimeException e) {
      // A snippet is a nicety; never fail a search for it. Find the profiles it fails for, keep the others' snippets.
      for (int i = 0; i < out.length; i++) {
        ScoreDoc sd = page.get(i);
        try {
          out[i] = uh.highlight(Schema.TEXT, q, new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO),
              new ScoreDoc[] {sd}), 2)[0];
        } catch (RuntimeException one) {
          String id = searcher.storedFields().document(sd.doc, Set.of(Schema.ID)).get(Schema.ID);
          HIGHLIGHT_FAILURES.failed(id, "the hit is shown without a snippet", one);
        }
      }
      return out;
    }
  }

  private Hit hit(IndexSearcher searcher, ScoreDoc sd, QueryPlan plan, String fragment, boolean explain)
      throws IOException {
    var stored = searcher.storedFields().document(sd.doc, Set.of(Schema.SOURCE, Schema.CONCEPT));
    Profile p = json.readValue(stored.getBinaryValue(Schema.SOURCE).bytes, Profile.class);
    Set<String> concepts = new HashSet<>(List.of(stored.getValues(Schema.CONCEPT)));
    List<MatchedSkill> matched = matchedSkills(plan.requestedConcepts(), concepts, p);
    List<Highlight> highlights = fragment == null || fragment.isBlank() ? List.of()
        : List.of(new Highlight(Schema.TEXT, fragment));
    float score = Float.isNaN(sd.score) ? 0f : sd.score;
    RankExplanation explanation = explain ? explain(searcher, sd.doc, score, plan, concepts, p, matched) : null;
    return new Hit(p.id(), p.name(), p.headline(), p.location(), p.totalYears(), score, matched, highlights,
        explanation);
  }

  private List<MatchedSkill> matchedSkills(List<String> requested, Set<String> concepts, Profile p) {
    List<MatchedSkill> out = new ArrayList<>();
    for (String c : requested) {
      var concept = taxonomy.get(c);
      if (concept == null || !concept.isSkill()) {
        continue; // roles and companies have no skill years; the explanation shows how they matched
      }
      String name = taxonomy.displayName(c);
      if (concepts.contains(c)) {
        out.add(new MatchedSkill(name, p.skillYears().getOrDefault(name, 0.0), "direct"));
        continue;
      }
      String bestVia = null;
      double best = -1;
      for (String d : taxonomy.descendants(c)) {
        if (concepts.contains(d)) {
          double y = p.skillYears().getOrDefault(taxonomy.displayName(d), 0.0);
          if (y > best) {
            best = y;
            bestVia = taxonomy.displayName(d);
          }
        }
      }
      if (bestVia != null) {
        out.add(new MatchedSkill(name, best, bestVia));
      }
    }
    return out;
  }

  private RankExplanation explain(IndexSearcher searcher, int doc, float score, QueryPlan plan, Set<String> concepts,
      Profile p, List<MatchedSkill> matched) throws IOException {
    List<Contribution> contributions = new ArrayList<>();
    List<MatchDetail> matches = new ArrayList<>();
    int units = 0;
    int unitsMatched = 0;
    for (Clause c : plan.clauses()) {
      if (c.kind() == Kind.FILTER || c.kind() == Kind.EXCLUDE) {
        continue;
      }
      Explanation e = searcher.explain(c.query(), doc);
      if (c.kind() == Kind.UNIT) {
        units++;
        MatchDetail md = matchDetail(searcher, doc, c, e.isMatch(), concepts);
        matches.add(md);
        if (e.isMatch()) {
          unitsMatched++;
          contributions.add(new Contribution("match: " + c.label(), round(e.getValue().doubleValue()), md.detail()));
        }
      } else if (e.isMatch() && e.getValue().doubleValue() > 0) {
        contributions.add(new Contribution(c.label(), round(e.getValue().doubleValue()), featureDetail(c, p)));
      }
    }
    contributions.sort((a, b) -> Double.compare(b.value(), a.value()));
    StringBuilder summary = new StringBuilder();
    if (units > 0) {
      summary.append(String.format(Locale.ROOT, "Matches %d of %d query terms", unitsMatched, units));
    } else {
      summary.append("No query terms (all candidates)");
    }
    if (!matched.isEmpty()) {
      summary.append("; skills: ");
      List<String> parts = new ArrayList<>();
      for (MatchedSkill m : matched) {
        parts.add(String.format(Locale.ROOT, "%s %.1f y%s", m.skill(), m.years(),
            m.via().equals("direct") ? "" : " (via " + m.via() + ")"));
      }
      summary.append(String.join(", ", parts));
    }
    summary.append(String.format(Locale.ROOT, "; %.1f years in total. Score %.2f", p.totalYears() == null ? 0
        : p.totalYears(), score));
    if (!contributions.isEmpty()) {
      summary.append(" = ");
      List<String> parts = new ArrayList<>();
      for (Contribution c : contributions) {
        parts.add(String.format(Locale.ROOT, "%.2f %s", c.value(), c.feature()));
      }
      summary.append(String.join(" + ", parts));
    }
    return new RankExplanation(summary.toString(), contributions, matches);
  }

  private MatchDetail matchDetail(IndexSearcher searcher, int doc, Clause c, boolean matched, Set<String> concepts)
      throws IOException {
    if (!matched) {
      return new MatchDetail(c.label(), "none", "not found in this profile (a partial match)");
    }
    if (c.conceptId() != null) {
      String name = taxonomy.displayName(c.conceptId());
      Query exact = c.alternatives().get("exact");
      if (exact != null && searcher.explain(exact, doc).isMatch()) {
        return new MatchDetail(c.label(), "exact", "\"" + c.label() + "\" appears in the profile (skill " + name
            + ")");
      }
      if (concepts.contains(c.conceptId())) {
        var concept = taxonomy.get(c.conceptId());
        return new MatchDetail(c.label(), "taxonomy", "matched " + name + " through the skill taxonomy ("
            + String.join(" / ", concept.allLabels().subList(0, Math.min(4, concept.allLabels().size()))) + ")");
      }
      List<String> narrower = new ArrayList<>();
      for (String d : taxonomy.descendants(c.conceptId())) {
        if (concepts.contains(d)) {
          narrower.add(taxonomy.displayName(d));
        }
      }
      return new MatchDetail(c.label(), "broader", "has " + String.join(", ", narrower) + ", a kind of " + name
          + " (broader-concept match through the taxonomy)");
    }
    List<String> fields = new ArrayList<>();
    for (var alt : c.alternatives().entrySet()) {
      if (searcher.explain(alt.getValue(), doc).isMatch()) {
        fields.add(alt.getKey());
      }
    }
    String via = fields.contains("fuzzy") && fields.size() == 1 ? "fuzzy" : "text";
    return new MatchDetail(c.label(), via, fields.isEmpty() ? "matched" : "matched in " + String.join(", ", fields));
  }

  private String featureDetail(Clause c, Profile p) {
    if (c.conceptId() == null) {
      return String.format(Locale.ROOT, "%.1f years in total", p.totalYears() == null ? 0 : p.totalYears());
    }
    String name = taxonomy.displayName(c.conceptId());
    return String.format(Locale.ROOT, "%.1f years with %s", p.skillYears().getOrDefault(name, 0.0), name);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  // ------------------------------------------------------------------ profiles, similar, suggest

  public Profile get(IndexSearcher searcher, String id) throws IOException {
    TopDocs td = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (td.scoreDocs.length == 0) {
      return null;
    }
    var stored = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(Schema.SOURCE));
    return json.readValue(stored.getBinaryValue(Schema.SOURCE).bytes, Profile.class);
  }

  /** Candidates who share the most (and the longest-held) skills with this one; null when the id is unknown. */
  public List<Hit> similar(IndexSearcher searcher, String id, int size) throws IOException {
    TopDocs td = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (td.scoreDocs.length == 0) {
      return null;
    }
    var stored = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(Schema.SOURCE, Schema.CONCEPT));
    Profile p = json.readValue(stored.getBinaryValue(Schema.SOURCE).bytes, Profile.class);
    List<String> skills = new ArrayList<>();
    for (String c : stored.getValues(Schema.CONCEPT)) {
      var concept = taxonomy.get(c);
      if (concept != null && !concept.category().equals("company")) {
        skills.add(c);
      }
    }
    skills.sort((a, b) -> Double.compare(p.skillYears().getOrDefault(taxonomy.displayName(b), 0.0),
        p.skillYears().getOrDefault(taxonomy.displayName(a), 0.0)));
    if (skills.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> top = skills.subList(0, Math.min(20, skills.size()));
    for (String c : top) {
      double y = p.skillYears().getOrDefault(taxonomy.displayName(c), 0.0);
      b.add(ranking.sharedSkill(c, y), Occur.SHOULD);
      b.add(ranking.yearsWith(c), Occur.SHOULD);
    }
    b.add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT);
    b.setMinimumNumberShouldMatch(1);
    TopDocs similar = searcher.search(b.build(), size,
        new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING)), true);
    QueryPlan plan = new QueryPlan(List.of(), null, top, Map.of(), null);
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : similar.scoreDocs) {
      hits.add(hit(searcher, sd, plan, null, false));
    }
    return hits;
  }

  public List<Suggester.Suggestion> suggest(IndexSearcher searcher, String prefix, int size) throws IOException {
    return suggester.suggest(searcher.getIndexReader(), prefix, size);
  }
}
