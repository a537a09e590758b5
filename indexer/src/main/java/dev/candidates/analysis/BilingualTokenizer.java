package dev.candidates.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Tokenizes mixed Chinese/English résumé text without losing tech terms.
 *
 * <p>Stock tokenizers drop the symbols before any filter sees them ({@code C++ → c}, {@code .NET → net},
 * {@code K8s → k 8 s} in smartcn), and whitespace rules cannot isolate {@code Go} in {@code 具备Go/C++}. So this
 * tokenizer splits the text into script runs itself: Latin runs become one token each, keeping the symbols that make
 * a tech term ({@code c++ c# .net node.js trpc-go k8s 8k+}; a compound also yields its parts at the same position),
 * and Han runs are either segmented into words by smartcn's HMM segmenter ({@link Mode#WORDS}) or cut into
 * overlapping bigrams ({@link Mode#BIGRAMS}, the recall companion for words the segmenter does not know). The
 * bigram mode emits Han tokens only: queries use that field only for Chinese, the word field has every Latin term,
 * and indexing them twice cost a second inversion of every English résumé. Like whitespace and punctuation, Latin
 * text between two Han runs leaves no position gap; queries build their phrases without gaps too.
 *
 * <p>Input is normalized first (full-width, Traditional → Simplified; see {@link TextNormalizer}) and lowercased
 * with {@link Locale#ROOT}. Offsets point into the original text.
 */
public final class BilingualTokenizer extends Tokenizer {
  public enum Mode { WORDS, BIGRAMS }

  public static final String TYPE_LATIN = "<LATIN>";
  public static final String TYPE_HAN = "<HAN>";

  /** Résumés larger than this are indexed up to here; the rest still counts as stored text. */
  public static final int MAX_CHARS = 2_000_000;

  private final Mode mode;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private record Tok(String term, int start, int end, int posInc, String type) {}

  private final List<Tok> pending = new ArrayList<>();
  private int next;
  private int finalOffset;
  private ChineseSegmenter segmenter;

  public BilingualTokenizer(Mode mode) {
    this.mode = mode;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (next >= pending.size()) {
      return false;
    }
    Tok t = pending.get(next++);
    termAtt.setEmpty().append(t.term);
    offsetAtt.setOffset(correctOffset(t.start), correctOffset(t.end));
    posIncAtt.setPositionIncrement(t.posInc);
    typeAtt.setType(t.type);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    next = 0;
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = input.read(buf)) > 0) {
      if (sb.length() < MAX_CHARS) {
        sb.append(buf, 0, Math.min(n, MAX_CHARS - sb.length()));
      }
    }
    finalOffset = correctOffset(sb.length());
    tokenize(TextNormalizer.normalize(sb));
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    pending.clear();
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && !TextNormalizer.isHan(c);
  }

  private void tokenize(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (TextNormalizer.isHan(c)) {
        int e = i;
        while (e < n && TextNormalizer.isHan(s.charAt(e))) {
          e++;
        }
        han(s, i, e);
        i = e;
      } else if (mode == Mode.BIGRAMS) {
        i++; // the bigram field holds Chinese only; Latin terms are in the word field already
      } else if (isWordChar(c) || (c == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
          && (i == 0 || !isWordChar(s.charAt(i - 1))) && s.charAt(i + 1) < 0x2E80)) {
        i = latin(s, i);
      } else {
        i++;
      }
    }
  }

  /** One Latin/digit run with the joiners and suffixes of tech terms; returns where it ended. */
  private int latin(String s, int start) {
    int n = s.length();
    int e = start + 1;
    while (e < n) {
      char c = s.charAt(e);
      if (isWordChar(c)) {
        e++;
      } else if ((c == '.' || c == '-' || c == '_') && e + 1 < n && isWordChar(s.charAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    // c++ / g++ / notepad++, c# / f#, 8k+ / 10+: keep the suffix that gives the term its meaning.
    if (e + 1 < n && s.charAt(e) == '+' && s.charAt(e + 1) == '+') {
      e += 2;
    } else if (e < n && s.charAt(e) == '#' && e - start <= 2) {
      e++;
    } else if (e < n && s.charAt(e) == '+' && Character.isDigit(s.charAt(start))
        && (e + 1 >= n || !isWordChar(s.charAt(e + 1)))) {
      e++;
    }
    String term = s.substring(start, e).toLowerCase(Locale.ROOT);
    pending.add(new Tok(term, start, e, 1, TYPE_LATIN));
    // Parts of a compound, stacked on it: "trpc-go" also finds "trpc"; "node.js" also "node".
    int partStart = term.charAt(0) == '.' ? 1 : 0;
    boolean compound = false;
    for (int k = 1; k < term.length() - 1; k++) {
      char c = term.charAt(k);
      if (c == '.' || c == '-' || c == '_') {
        compound = true;
        break;
      }
    }
    if (compound) {
      int k = partStart;
      for (int p = partStart; p <= term.length(); p++) {
        boolean sep = p == term.length() || term.charAt(p) == '.' || term.charAt(p) == '-' || term.charAt(p) == '_';
        if (sep) {
          if (p > k) {
            pending.add(new Tok(term.substring(k, p), start + k, start + p, 0, TYPE_LATIN));
          }
          k = p + 1;
        }
      }
    }
    return e;
  }

  private void han(String s, int start, int end) {
    if (mode == Mode.BIGRAMS) {
      if (end - start == 1) {
        pending.add(new Tok(s.substring(start, end), start, end, 1, TYPE_HAN));
      }
      for (int k = start; k + 2 <= end; k++) {
        pending.add(new Tok(s.substring(k, k + 2), k, k + 2, 1, TYPE_HAN));
      }
      return;
    }
    if (segmenter == null) {
      segmenter = new ChineseSegmenter();
    }
    for (int[] w : segmenter.segment(s.substring(start, end))) {
      pending.add(new Tok(s.substring(start + w[0], start + w[1]), start + w[0], start + w[1], 1, TYPE_HAN));
    }
  }
}
