package dev.candidates.analysis;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The word field's analyzer: {@link BilingualTokenizer} (tech terms kept, Chinese segmented), then Porter stemming
 * for plain English words only ({@code scheduling} and {@code scheduler} → {@code schedul}, {@code systems} →
 * {@code system}). Tokens with digits or symbols, Chinese words and the taxonomy's own labels ({@code redis},
 * {@code kafka}; smartcn would make them {@code redi}, {@code kafka}) are marked as keywords and left alone.
 */
public final class ResumeAnalyzer extends Analyzer {
  private final CharArraySet protectedWords;

  public ResumeAnalyzer(Collection<String> protectedWords) {
    this.protectedWords = CharArraySet.unmodifiableSet(new CharArraySet(protectedWords, true));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    BilingualTokenizer source = new BilingualTokenizer(BilingualTokenizer.Mode.WORDS);
    TokenStream result = new ProtectTechTerms(source, protectedWords);
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Marks everything but plain ASCII words that are not taxonomy labels as a keyword, so Porter skips it. */
  static final class ProtectTechTerms extends TokenFilter {
    private final CharArraySet protectedWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    ProtectTechTerms(TokenStream in, CharArraySet protectedWords) {
      super(in);
      this.protectedWords = protectedWords;
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      if (!input.incrementToken()) {
        return false;
      }
      boolean plain = BilingualTokenizer.TYPE_LATIN.equals(type.type()) && term.length() > 3;
      for (int i = 0; plain && i < term.length(); i++) {
        char c = term.charAt(i);
        plain = c >= 'a' && c <= 'z';
      }
      if (!plain || protectedWords.contains(term.buffer(), 0, term.length())) {
        keyword.setKeyword(true);
      }
      return true;
    }
  }
}
