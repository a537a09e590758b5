package dev.candidates.analysis;

import java.io.IOException;
import java.util.Arrays;
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
 * with {@link Locale#ROOT}. Offsets point into the original text; the parts stacked on a compound carry the
 * compound's offsets, as Lucene's graph contract wants of tokens that share a position (a highlight of {@code node}
 * marks {@code node.js}).
 */
public final class BilingualTokenizer extends Tokenizer {
  public enum Mode { WORDS, BIGRAMS }

  public static final String TYPE_LATIN = "<LATIN>";
  public static final String TYPE_HAN = "<HAN>";

  /** Résumés larger than this are indexed up to here; the rest still counts as stored text. */
  public static final int MAX_CHARS = 2_000_000;

  /**
   * A longer run is no word anyone searches for (a base64 blob, a hostile 1 MB token) and is not indexed as a term:
   * past 32,766 bytes Lucene refuses the whole document ("immense term"). 255 is Lucene's StandardTokenizer limit.
   */
  public static final int MAX_TOKEN_CHARS = 255;

  private final Mode mode;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private static final byte HAN = 0; // term: the normalized chars
  private static final byte LATIN = 1; // term: the normalized chars, ASCII, lowercased
  private static final byte LATIN_STRING = 2; // term: terms[k] (non-ASCII Latin, lowercased by String rules)

  /** The normalized input; offsets into it are offsets into the original (normalization maps char to char). */
  private char[] buf = new char[1024];
  private int len;
  // Pending tokens as parallel arrays: no object and no substring per token. starts/ends delimit the term in buf,
  // offStarts/offEnds the text it stands for (they differ for the parts of a compound).
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] offStarts = new int[64];
  private int[] offEnds = new int[64];
  private int[] posIncs = new int[64];
  private byte[] kinds = new byte[64];
  private String[] terms = new String[64];
  private int count;
  private int next;
  private int finalOffset;
  /** The position increment of tokens dropped as too long, given to the next token kept. */
  private int carriedInc;
  private ChineseSegmenter segmenter;

  public BilingualTokenizer(Mode mode) {
    this.mode = mode;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (next >= count) {
      return false;
    }
    int k = next++;
    int start = starts[k];
    int end = ends[k];
    switch (kinds[k]) {
      case HAN -> {
        termAtt.copyBuffer(buf, start, end - start);
        typeAtt.setType(TYPE_HAN);
      }
      case LATIN -> {
        int n = end - start;
        char[] t = termAtt.resizeBuffer(n);
        for (int i = 0; i < n; i++) {
          char c = buf[start + i];
          t[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        termAtt.setLength(n);
        typeAtt.setType(TYPE_LATIN);
      }
      default -> {
        termAtt.setEmpty().append(terms[k]);
        terms[k] = null;
        typeAtt.setType(TYPE_LATIN);
      }
    }
    offsetAtt.setOffset(correctOffset(offStarts[k]), correctOffset(offEnds[k]));
    posIncAtt.setPositionIncrement(posIncs[k]);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    clearPending();
    len = 0;
    long dropped = 0;
    char[] scratch = null;
    while (true) {
      if (len == buf.length && len < MAX_CHARS) {
        buf = Arrays.copyOf(buf, (int) Math.min(MAX_CHARS, 2L * buf.length));
      }
      int n;
      if (len < buf.length) {
        n = input.read(buf, len, buf.length - len);
        if (n > 0) {
          len += n;
        }
      } else { // past MAX_CHARS: read the rest and drop it
        if (scratch == null) {
          scratch = new char[8192];
        }
        n = input.read(scratch);
        if (n > 0) {
          dropped += n;
        }
      }
      if (n <= 0) {
        break;
      }
    }
    finalOffset = correctOffset((int) Math.min(Integer.MAX_VALUE, len + dropped)); // the end of all that was read
    TextNormalizer.normalize(buf, 0, len);
    tokenize();
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    clearPending();
    if (buf.length > 64 * 1024) { // a huge résumé's buffer is not kept for the next one
      buf = new char[1024];
    }
  }

  private void clearPending() {
    Arrays.fill(terms, 0, count, null);
    count = 0;
    next = 0;
    carriedInc = 0;
  }

  private void add(int start, int end, int posInc, byte kind, String term) {
    add(start, end, start, end, posInc, kind, term);
  }

  private void add(int start, int end, int offStart, int offEnd, int posInc, byte kind, String term) {
    if ((term == null ? end - start : term.length()) > MAX_TOKEN_CHARS) {
      carriedInc = Math.max(carriedInc, posInc); // parts stacked on it (increment 0) then open the position
      return;
    }
    posInc = Math.max(posInc, carriedInc);
    carriedInc = 0;
    if (count == starts.length) {
      int cap = count * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      offStarts = Arrays.copyOf(offStarts, cap);
      offEnds = Arrays.copyOf(offEnds, cap);
      posIncs = Arrays.copyOf(posIncs, cap);
      kinds = Arrays.copyOf(kinds, cap);
      terms = Arrays.copyOf(terms, cap);
    }
    starts[count] = start;
    ends[count] = end;
    offStarts[count] = offStart;
    offEnds[count] = offEnd;
    posIncs[count] = posInc;
    kinds[count] = kind;
    terms[count] = term;
    count++;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && !TextNormalizer.isHan(c);
  }

  private void tokenize() {
    char[] s = buf;
    int n = len;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (TextNormalizer.isHan(c)) {
        int e = i;
        while (e < n && TextNormalizer.isHan(s[e])) {
          e++;
        }
        han(i, e);
        i = e;
      } else if (mode == Mode.BIGRAMS) {
        i++; // the bigram field holds Chinese only; Latin terms are in the word field already
      } else if (isWordChar(c) || (c == '.' && i + 1 < n && Character.isLetter(s[i + 1])
          && (i == 0 || !isWordChar(s[i - 1])) && s[i + 1] < 0x2E80)) {
        i = latin(i);
      } else {
        i++;
      }
    }
  }

  /** One Latin/digit run with the joiners and suffixes of tech terms; returns where it ended. */
  private int latin(int start) {
    char[] s = buf;
    int n = len;
    int e = start + 1;
    boolean ascii = s[start] < 128;
    while (e < n) {
      char c = s[e];
      if (isWordChar(c)) {
        ascii &= c < 128;
        e++;
      } else if ((c == '.' || c == '-' || c == '_') && e + 1 < n && isWordChar(s[e + 1])) {
        e++;
      } else {
        break;
      }
    }
    // c++ / g++ / notepad++, c# / f#, 8k+ / 10+: keep the suffix that gives the term its meaning.
    if (e + 1 < n && s[e] == '+' && s[e + 1] == '+') {
      e += 2;
    } else if (e < n && s[e] == '#' && e - start <= 2) {
      e++;
    } else if (e < n && s[e] == '+' && Character.isDigit(s[start])
        && (e + 1 >= n || !isWordChar(s[e + 1]))) {
      e++;
    }
    if (!ascii) {
      latinByString(start, e);
      return e;
    }
    // ASCII: lowercasing is A-Z only and keeps every index, so the term and its parts are ranges of the buffer.
    add(start, e, 1, LATIN, null);
    // Parts of a compound, stacked on it: "trpc-go" also finds "trpc"; "node.js" also "node".
    int partStart = s[start] == '.' ? 1 : 0;
    boolean compound = false;
    for (int k = start + 1; k < e - 1; k++) {
      char c = s[k];
      if (c == '.' || c == '-' || c == '_') {
        compound = true;
        break;
      }
    }
    if (compound) {
      int k = start + partStart;
      for (int p = start + partStart; p <= e; p++) {
        boolean sep = p == e || s[p] == '.' || s[p] == '-' || s[p] == '_';
        if (sep) {
          if (p > k) {
            add(k, p, start, e, 0, LATIN, null);
          }
          k = p + 1;
        }
      }
    }
    return e;
  }

  /** A Latin run with non-ASCII letters: lowercased with String's rules, which may change its length. */
  private void latinByString(int start, int e) {
    String term = new String(buf, start, e - start).toLowerCase(Locale.ROOT);
    add(start, e, 1, LATIN_STRING, term);
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
            add(start, e, start, e, 0, LATIN_STRING, term.substring(k, p));
          }
          k = p + 1;
        }
      }
    }
  }

  private void han(int start, int end) {
    if (mode == Mode.BIGRAMS) {
      if (end - start == 1) {
        add(start, end, 1, HAN, null);
      }
      for (int k = start; k + 2 <= end; k++) {
        add(k, k + 2, 1, HAN, null);
      }
      return;
    }
    if (segmenter == null) {
      segmenter = new ChineseSegmenter();
    }
    for (int[] w : segmenter.segment(new String(buf, start, end - start))) {
      add(start + w[0], start + w[1], 1, HAN, null);
    }
  }
}
