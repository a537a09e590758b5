package dev.candidates.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.diagnostics.FailureLog;
import dev.candidates.evidence.Evidence;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.index.HitCard;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The hit-assembly stage: a page of matches becomes hits: each profile's {@link HitCard}, the requested skills it
 * has (with years, directly or through a narrower skill), the page's snippets (highlighted once for the whole page,
 * the only part that reads the stored profiles) and, when asked, the {@link Explainer}'s explanation.
 */
final class HitAssembler {
  private static final FailureLog HIGHLIGHT_FAILURES = new FailureLog(SearchService.class, "highlighting");
  private static final Set<String> SOURCE_ONLY = Set.of(Schema.SOURCE);
  private static final PassageScorer SCORER = new SnippetScorer();

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
    HitCard[] cards = HitCard.read(searcher.getIndexReader(), page.stream().mapToInt(sd -> sd.doc).toArray());
    String[] fragments = highlight ? highlight(searcher, plan, page) : new String[page.size()];
    List<Set<String>> names = explain ? explainer.matchNames(searcher, executed, page) : null;
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      ScoreDoc sd = page.get(i);
      HitCard card = cards[i];
      Set<String> concepts = card.concepts().keySet();
      List<MatchedSkill> matched = matchedSkills(plan.requestedConcepts(), card);
      List<Highlight> highlights = fragments[i] == null || fragments[i].isBlank() ? List.of()
          : List.of(new Highlight(Schema.TEXT, fragments[i]));
      float score = Float.isNaN(sd.score) ? 0f : sd.score;
      RankExplanation explanation = explain
          ? explainer.explain(searcher, sd.doc, score, plan, names.get(i), concepts, card, matched,
              card.occupation())
          : null;
      hits.add(new Hit(card.id(), card.name(), card.headline(), card.location(), card.totalYears(), score, matched,
          highlights, explanation, card.occupation(), StoredProfile.Occupation.of(card)));
    }
    return hits;
  }

  /** The page's snippets; the text is read from the stored profiles (it is not stored apart), for this page only. */
  private String[] highlight(IndexSearcher searcher, QueryPlan plan, List<ScoreDoc> page) throws IOException {
    String[] out = new String[page.size()];
    if (page.isEmpty()) {
      return out;
    }
    Map<Integer, String> texts = new HashMap<>();
    var stored = searcher.storedFields();
    for (ScoreDoc sd : page) {
      texts.put(sd.doc, text(stored.document(sd.doc, SOURCE_ONLY).getBinaryValue(Schema.SOURCE)));
    }
    UnifiedHighlighter uh = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), 110, 0.5f))
        .withMaxNoHighlightPassages(1)
        .withHandleMultiTermQuery(true)
        .withMaxLength(200_000)) {
      @Override
      protected OffsetSource getOffsetSource(String field) {
        // The registry indexes the text with offsets in the postings; asking the index merges every segment's
        // field infos per page (3 % of a facets-and-snippets search).
        return Schema.TEXT.equals(field) && FieldRegistry.TEXT.type() == FieldDef.Type.WORDS_WITH_OFFSETS
            ? OffsetSource.POSTINGS : super.getOffsetSource(field);
      }

      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        QueryOffsets fromPostings = QueryOffsets.of(components);
        return fromPostings != null ? fromPostings : super.getOffsetStrategy(source, components);
      }

      @Override
      protected PassageScorer getScorer(String field) {
        return SCORER;
      }

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
          String id = HitCard.read(searcher.getIndexReader(), new int[] {sd.doc})[0].id();
          HIGHLIGHT_FAILURES.failed(id, "the hit is shown without a snippet", one);
        }
      }
      return out;
    }
  }

  /** The profile's {@code text}, read without building the rest of the profile. */
  private String text(BytesRef source) throws IOException {
    try (JsonParser in = json.getFactory().createParser(source.bytes, source.offset, source.length)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        JsonToken value = in.nextToken();
        if (Profile.TEXT_KEY.equals(field)) {
          return value == JsonToken.VALUE_STRING ? in.getText() : "";
        }
        in.skipChildren();
      }
      return "";
    }
  }

  private List<MatchedSkill> matchedSkills(List<String> requested, HitCard card) {
    Map<String, HitCard.ConceptFacts> has = card.concepts();
    List<MatchedSkill> out = new ArrayList<>();
    for (String c : requested) {
      var concept = taxonomy.get(c);
      if (concept == null || !concept.isSkill()) {
        continue; // roles and companies have no skill years; the explanation shows how they matched
      }
      String name = taxonomy.displayName(c);
      if (has.containsKey(c)) {
        out.add(new MatchedSkill(name, card.yearsWith(c), "direct", words(has.get(c).evidence())));
        continue;
      }
      String bestVia = null;
      String bestEvidence = null;
      double best = -1;
      for (String d : taxonomy.descendants(c)) {
        if (has.containsKey(d)) {
          double y = card.yearsWith(d);
          if (y > best) {
            best = y;
            bestVia = taxonomy.displayName(d);
            bestEvidence = words(has.get(d).evidence());
          }
        }
      }
      if (bestVia != null) {
        out.add(new MatchedSkill(name, best, bestVia, bestEvidence));
      }
    }
    return out;
  }

  private static String words(Evidence where) {
    return where == null ? null : where.words();
  }
}
