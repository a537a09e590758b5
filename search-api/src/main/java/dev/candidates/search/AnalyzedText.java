package dev.candidates.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Query text as the index analyzed it: its terms in a field, as a term or phrase query, and how rare it is. */
public final class AnalyzedText {
  private final Analyzer analyzer;

  public AnalyzedText(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The terms a query searches for text in a field: one per position; the parts the tokenizer stacks on a compound
   * ("trpc" and "go" on "trpc-go") are dropped, the compound itself is indexed too.
   */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The analyzed form of text in a field: a term, or a phrase of its {@link #terms}; null without terms. */
  public Query analyzed(String field, String text) {
    List<String> terms = terms(analyzer, field, text);
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    PhraseQuery.Builder pb = new PhraseQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      pb.add(new Term(field, terms.get(i)), i);
    }
    return pb.build();
  }

  /** How many documents have the (rarest term of the) query; 1 when that cannot be told cheaply. */
  public long docFreq(IndexReader reader, Query q) {
    if (reader == null || q == null) {
      return 1;
    }
    try {
      if (q instanceof BoostQuery bq) {
        q = bq.getQuery();
      }
      if (q instanceof TermQuery tq) {
        return reader.docFreq(tq.getTerm());
      }
      if (q instanceof PhraseQuery pq) {
        long min = Long.MAX_VALUE;
        for (Term t : pq.getTerms()) {
          min = Math.min(min, reader.docFreq(t));
        }
        return min;
      }
      return 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether no document can match the term or phrase query: one of its terms is in no segment. Decided with one
   * terms enum a segment (building a phrase's weight looks each term up with a new one a segment); false for other
   * queries and without a reader.
   */
  public boolean matchesNothing(IndexReader reader, Query q) {
    List<Term> terms = q instanceof TermQuery tq ? List.of(tq.getTerm())
        : q instanceof PhraseQuery pq ? List.of(pq.getTerms()) : List.of();
    if (reader == null || terms.isEmpty()) {
      return false;
    }
    try {
      List<TermsEnum> segments = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms t = leaf.reader().terms(terms.get(0).field());
        if (t != null) {
          segments.add(t.iterator());
        }
      }
      for (Term term : terms) {
        boolean somewhere = false;
        for (int i = 0; i < segments.size() && !somewhere; i++) {
          somewhere = segments.get(i).seekExact(term.bytes());
        }
        if (!somewhere) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
