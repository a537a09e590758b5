package dev.candidates.search;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The documents a query matches, without its score: a filter that Lucene does not fold back into a scoring clause
 * of the same query. ({@code BooleanQuery} rewrites "FILTER q, SHOULD q" into "MUST q", and unwraps a
 * {@code ConstantScoreQuery} filter first; a required clause beside optional ones is then scored by a
 * required-plus-optional scorer that can skip little, where filters plus a disjunction get MAXSCORE.)
 */
final class MatchOnly extends Query {
  private final Query in;

  MatchOnly(Query in) {
    this.in = in;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new MatchOnly(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return searcher.createWeight(in, ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "matchOnly(" + in.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && in.equals(((MatchOnly) other).in);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }
}
