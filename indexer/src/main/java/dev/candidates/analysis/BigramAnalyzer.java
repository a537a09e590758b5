package dev.candidates.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * The companion field's analyzer: Chinese as overlapping character bigrams ({@code 高并发 → 高并 并发}), and nothing
 * else (Latin terms are in the word field; queries use this one only for Chinese). It finds words the segmenter splits wrongly; it also matches across word boundaries
 * ({@code 限流} inside {@code 无限流量}), which is why queries use it only for Chinese words of three or more
 * characters.
 */
public final class BigramAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    BilingualTokenizer source = new BilingualTokenizer(BilingualTokenizer.Mode.BIGRAMS);
    return new TokenStreamComponents(source);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
