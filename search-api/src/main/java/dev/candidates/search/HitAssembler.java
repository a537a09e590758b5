package dev.candidates.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.diagnostics.FailureLog;
import dev.candidates.evidence.Evidence;
import dev.candidates.index.RankingModel;
import dev.candidates.index.Schema;
import dev.candidates.model.Profile;
import dev.candidates.search.SearchResult.Highlight;
import dev.candidates.search.SearchResult.Hit;
import dev.candidates.search.SearchResult.MatchedSkill;
import dev.candidates.search.SearchResult.RankExplanation;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The hit-assembly stage: a page of matches becomes hits: the stored profile, the requested skills it has (with
 * years, directly or through a narrower skill), the page's snippets (highlighted once for the whole page) and, when
 * asked, the {@link Explainer}'s explanation.
 */
final class HitAssembler {
  private static final FailureLog HIGHLIGHT_FAILURES = new FailureLog(SearchService.class, "highlighting");

  private final Taxonomy taxonomy;
  private final Analyzer analyzer;
  private final ObjectMapper json;
  private final Explainer explainer;

  HitAssembler(Taxonomy taxonomy, Analyzer analyzer, ObjectMapper json, RankingModel model) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
    this.json = json;
    this.explainer = new Explainer(taxonomy, model);
  }

  /**
   * The hits of a page. {@code executed} is the query that found them (built with named matches when
   * {@code explain}); null skips highlights and explanations.
   */
  List<Hit> assemble(IndexSearcher searcher, List<ScoreDoc> page, QueryPlan plan, Query executed,
      boolean highlight, boolean explain) throws IOException {
    Set<String> fields = new HashSet<>(StoredProfile.Occupation.FIELDS);
    fields.addAll(List.of(Schema.SOURCE, Schema.CONCEPT, Schema.OCCUPATION, Schema.EVIDENCE));
    List<Document> stored = new ArrayList<>(page.size());
    List<Profile> profiles = new ArrayList<>(page.size());
    Map<Integer, String> texts = new HashMap<>();
    for (ScoreDoc sd : page) {
      Document d = searcher.storedFields().document(sd.doc, fields);
      Profile p = json.readValue(d.getBinaryValue(Schema.SOURCE).bytes, Profile.class);
      stored.add(d);
      profiles.add(p);
      texts.put(sd.doc, p.text() == null ? "" : p.text());
    }
    String[] fragments = highlight ? highlight(searcher, plan, page, texts) : new String[page.size()];
    List<Set<String>> names = explain ? explainer.matchNames(searcher, executed, page) : null;
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      ScoreDoc sd = page.get(i);
      Document d = stored.get(i);
      Profile p = profiles.get(i);
      Set<String> concepts = new HashSet<>(List.of(d.getValues(Schema.CONCEPT)));
      Map<String, String> evidence = new HashMap<>();
      for (String e : d.getValues(Schema.EVIDENCE)) { // "concept=where"
        int eq = e.lastIndexOf('=');
        Evidence where = eq < 0 ? null : Evidence.byName(e.substring(eq + 1));
        if (where != null) {
          evidence.put(e.substring(0, eq), where.words());
        }
      }
      String rankedAs = d.get(Schema.OCCUPATION);
      List<MatchedSkill> matched = matchedSkills(plan.requestedConcepts(), concepts, evidence, p);
      List<Highlight> highlights = fragments[i] == null || fragments[i].isBlank() ? List.of()
          : List.of(new Highlight(Schema.TEXT, fragments[i]));
      float score = Float.isNaN(sd.score) ? 0f : sd.score;
      RankExplanation explanation = explain
          ? explainer.explain(searcher, sd.doc, score, plan, names.get(i), concepts, p, matched, rankedAs)
          : null;
      hits.add(new Hit(p.id(), p.name(), p.headline(), p.location(), p.totalYears(), score, matched, highlights,
          explanation, rankedAs, StoredProfile.Occupation.of(d)));
    }
    return hits;
  }

  /** {@code texts}: the page's text by document, from the profiles already read (the text is not stored apart). */
  private String[] highlight(IndexSearcher searcher, QueryPlan plan, List<ScoreDoc> page, Map<Integer, String> texts)
      throws IOException {
    String[] out = new String[page.size()];
    if (page.isEmpty()) {
      return out;
    }
    UnifiedHighlighter uh = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), 110, 0.5f))
        .withMaxNoHighlightPassages(1)
        .withHandleMultiTermQuery(true)
        .withMaxLength(200_000)) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
          throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          CharSequence[] v = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            String t = Schema.TEXT.equals(fields[f]) ? texts.getOrDefault(doc, "") : "";
            v[f] = t.length() > getMaxLength() ? t.substring(0, getMaxLength()) : t;
          }
          values.add(v);
        }
        return values;
      }
    };
    Query q = plan.highlight() == null ? new MatchNoDocsQuery() : plan.highlight();
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

  private List<MatchedSkill> matchedSkills(List<String> requested, Set<String> concepts, Map<String, String> evidence,
      Profile p) {
    List<MatchedSkill> out = new ArrayList<>();
    for (String c : requested) {
      var concept = taxonomy.get(c);
      if (concept == null || !concept.isSkill()) {
        continue; // roles and companies have no skill years; the explanation shows how they matched
      }
      String name = taxonomy.displayName(c);
      if (concepts.contains(c)) {
        out.add(new MatchedSkill(name, p.skillYears().getOrDefault(name, 0.0), "direct", evidence.get(c)));
        continue;
      }
      String bestVia = null;
      String bestEvidence = null;
      double best = -1;
      for (String d : taxonomy.descendants(c)) {
        if (concepts.contains(d)) {
          double y = p.skillYears().getOrDefault(taxonomy.displayName(d), 0.0);
          if (y > best) {
            best = y;
            bestVia = taxonomy.displayName(d);
            bestEvidence = evidence.get(d);
          }
        }
      }
      if (bestVia != null) {
        out.add(new MatchedSkill(name, best, bestVia, bestEvidence));
      }
    }
    return out;
  }
}
