package dev.candidates.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Word segmentation of a run of Han characters with smartcn's HMM segmenter, without the rest of
 * SmartChineseAnalyzer (which would also split and stem the Latin tech terms around it).
 *
 * <p>Indexing one profile segments the same runs several times: skill matching for each job description and again
 * for the whole text that contains them, then the analyzer for the text field and again for headline, title and
 * company. Inside a {@link #profileScope()} the spans of each run are remembered on the current thread, so each
 * distinct run is segmented once per profile. The memo is cleared when the outermost scope opens and closes: no work
 * is ever reused across profiles, and outside a scope (queries, tests) nothing is remembered.
 *
 * <p>A long run is segmented in chunks of {@link #CHUNK} chars, so the cost stays linear in its length: smartcn builds
 * one word graph per sentence, and an unspaced run of 200,000 Han chars (a hostile upload) is one sentence. Each chunk
 * but the last gives up the words in its last {@link #OVERLAP} chars, which the next chunk segments again with their
 * context, so the seams fall where smartcn would cut anyway.
 */
public final class ChineseSegmenter {
  /** A memo larger than this (chars of runs remembered) stops growing; a huge résumé just segments as before. */
  static final int MEMO_MAX_CHARS = 256 * 1024;

  /** Longest piece of a run given to smartcn at once; real Chinese sentences are far shorter. */
  static final int CHUNK = 512;
  /** Chars at the end of a chunk whose words are re-segmented with the next chunk. */
  static final int OVERLAP = 32;

  private static final List<int[]> ONE_CHAR = List.of(new int[] {0, 1});

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  private final HHMMSegmenter segmenter = new HHMMSegmenter();

  /** Word spans [start, end) relative to {@code run}, in order, covering it. The list must not be modified. */
  public List<int[]> segment(String run) {
    if (run.isEmpty()) {
      return List.of();
    }
    if (run.length() == 1 && TextNormalizer.isHan(run.charAt(0))) {
      return ONE_CHAR; // what smartcn gives for every single Han char (the test checks them all)
    }
    Memo memo = MEMO.get();
    if (memo.depth == 0) {
      return compute(run);
    }
    List<int[]> spans = memo.spans.get(run);
    if (spans == null) {
      spans = Collections.unmodifiableList(compute(run));
      if (memo.chars + run.length() <= MEMO_MAX_CHARS) {
        memo.spans.put(run, spans);
        memo.chars += run.length();
      }
    }
    return spans;
  }

  /** smartcn's spans, chunk by chunk, without the memo or shortcuts. */
  List<int[]> compute(String run) {
    if (run.length() <= CHUNK) {
      return smartcn(run, 0);
    }
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    while (from < run.length()) {
      int to = Math.min(run.length(), from + CHUNK);
      List<int[]> part = smartcn(run.substring(from, to), from);
      if (to == run.length()) {
        spans.addAll(part);
        break;
      }
      int kept = from;
      for (int[] w : part) {
        if (w[1] > to - OVERLAP && kept > from) {
          break;
        }
        spans.add(w);
        kept = w[1];
      }
      from = kept > from ? kept : to; // smartcn always gives words; this only guards the loop
    }
    return spans;
  }

  private List<int[]> smartcn(String piece, int offset) {
    List<int[]> spans = new ArrayList<>();
    for (SegToken t : segmenter.process(piece)) {
      if (t.wordType == WordType.SENTENCE_BEGIN || t.wordType == WordType.SENTENCE_END) {
        continue;
      }
      if (t.endOffset > t.startOffset) {
        spans.add(new int[] {offset + t.startOffset, offset + t.endOffset});
      }
    }
    return spans;
  }

  /**
   * Opens a per-profile memo scope on this thread (try-with-resources). Scopes nest; the memo is cleared when the
   * outermost one opens and when it closes.
   */
  public static Scope profileScope() {
    Memo memo = MEMO.get();
    if (memo.depth++ == 0) {
      memo.clear();
    }
    return new Scope() {
      private boolean closed;

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          memo.exit();
        }
      }
    };
  }

  /** A per-profile memo scope; closing it more than once is harmless. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Memo {
    final Map<String, List<int[]>> spans = new HashMap<>();
    int chars;
    int depth;

    void clear() {
      spans.clear();
      chars = 0;
    }

    void exit() {
      if (depth > 0 && --depth == 0) {
        clear();
      }
    }
  }
}
