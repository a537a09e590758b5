package dev.candidates.bench;

import dev.candidates.analysis.Script;
import dev.candidates.index.Schema;
import dev.candidates.search.AnalyzedText;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** One clause of a floor query: the plainest Lucene query for one part of a {@link QueryMix} case. */
public sealed interface FloorPart {
  void addTo(BooleanQuery.Builder b, Analyzer analyzer);

  /**
   * A taxonomy concept, mentioned directly or through a narrower one: one term {@code concept_score:X@latin} of
   * the two that ours reads (each profile with the concept has both; the same documents as
   * {@code concept:X OR concept_broader:X}).
   */
  record Concept(String id, Occur occur) implements FloorPart {
    @Override
    public void addTo(BooleanQuery.Builder b, Analyzer analyzer) {
      b.add(new TermQuery(new org.apache.lucene.index.Term(Schema.CONCEPT_SCORE,
          Schema.conceptScoreTerm(id, Script.LATIN))), occur);
    }
  }

  /** Words through our analyzer for the field: one term, or a phrase of the terms when it makes several. */
  record Text(String field, String text, Occur occur) implements FloorPart {
    @Override
    public void addTo(BooleanQuery.Builder b, Analyzer analyzer) {
      List<String> terms = analyze(analyzer, field, text);
      if (terms.isEmpty()) {
        throw new IllegalStateException("\"" + text + "\" analyzes to no terms in " + field);
      }
      if (terms.size() == 1) {
        b.add(new TermQuery(new org.apache.lucene.index.Term(field, terms.get(0))), occur);
        return;
      }
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      for (int i = 0; i < terms.size(); i++) {
        p.add(new org.apache.lucene.index.Term(field, terms.get(i)), i);
      }
      b.add(p.build(), occur);
    }
  }

  /** An exact indexed term. */
  record Term(String field, String value, Occur occur) implements FloorPart {
    @Override
    public void addTo(BooleanQuery.Builder b, Analyzer analyzer) {
      b.add(new TermQuery(new org.apache.lucene.index.Term(field, value)), occur);
    }
  }

  /** At least {@code min} whole years with the concept: the one point range of {@code skill_min_years} ours reads. */
  record SkillYears(String concept, int min) implements FloorPart {
    @Override
    public void addTo(BooleanQuery.Builder b, Analyzer analyzer) {
      b.add(LongPoint.newRangeQuery(Schema.SKILL_MIN_YEARS, Schema.yearsPoint(concept, min),
          Schema.yearsPoint(concept, Schema.MAX_YEARS)), Occur.FILTER);
    }
  }

  /** Total years between min and max, inclusive: a point range filter. */
  record YearsRange(double min, double max) implements FloorPart {
    @Override
    public void addTo(BooleanQuery.Builder b, Analyzer analyzer) {
      b.add(LongPoint.newRangeQuery(Schema.TOTAL_YEARS, Schema.tenths(min), Schema.tenths(max)), Occur.FILTER);
    }
  }

  /** A facet value as a filter: the drill-down term the facet module indexes. */
  record Facet(String dim, String value) implements FloorPart {
    @Override
    public void addTo(BooleanQuery.Builder b, Analyzer analyzer) {
      b.add(new TermQuery(DrillDownQuery.term(Schema.facetField(dim), dim, value)), Occur.FILTER);
    }
  }

  static Query build(List<FloorPart> parts, Analyzer analyzer) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (FloorPart p : parts) {
      p.addTo(b, analyzer);
    }
    return b.build();
  }

  /** The same terms our translator searches for. */
  static List<String> analyze(Analyzer analyzer, String field, String text) {
    return AnalyzedText.terms(analyzer, field, text);
  }
}
