package dev.candidates.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Word segmentation of a run of Han characters with smartcn's HMM segmenter, without the rest of
 * SmartChineseAnalyzer (which would also split and stem the Latin tech terms around it).
 */
public final class ChineseSegmenter {
  private final HHMMSegmenter segmenter = new HHMMSegmenter();

  /** Word spans [start, end) relative to {@code run}, in order, covering it. */
  public List<int[]> segment(String run) {
    List<int[]> spans = new ArrayList<>();
    if (run.isEmpty()) {
      return spans;
    }
    for (SegToken t : segmenter.process(run)) {
      if (t.wordType == WordType.SENTENCE_BEGIN || t.wordType == WordType.SENTENCE_END) {
        continue;
      }
      if (t.endOffset > t.startOffset) {
        spans.add(new int[] {t.startOffset, t.endOffset});
      }
    }
    return spans;
  }
}
