package dev.candidates.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-profile memo never changes a segmentation and never outlives its profile. */
class ChineseSegmenterMemoTest {
  static final List<String> RUNS = List.of("核心调度系统重构", "腾讯云高并发网关开发", "分布式系统", "负责", "使用容量规划和",
      "重构社交平台", "支撑日均", "亿次请求", "高", "具有年容量规划开发经验", "主导过社交业务的高可用架构设计", "熟悉");

  static List<List<Integer>> flat(List<int[]> spans) {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] s : spans) {
      out.add(List.of(s[0], s[1]));
    }
    return out;
  }

  @Test
  void memoizedSpansEqualFreshSpans() {
    ChineseSegmenter seg = new ChineseSegmenter();
    List<List<List<Integer>>> plain = new ArrayList<>();
    for (String r : RUNS) {
      plain.add(flat(seg.segment(r)));
    }
    try (ChineseSegmenter.Scope scope = ChineseSegmenter.profileScope()) {
      for (int round = 0; round < 3; round++) {
        ChineseSegmenter other = new ChineseSegmenter(); // analyzer and skill matcher have their own segmenters
        for (int i = 0; i < RUNS.size(); i++) {
          assertEquals(plain.get(i), flat(other.segment(RUNS.get(i))), RUNS.get(i));
        }
      }
    }
  }

  @Test
  void aSingleHanCharIsOneWordAsSmartcnSaysForEveryOne() {
    ChineseSegmenter seg = new ChineseSegmenter();
    for (int c = 0; c < 0x10000; c++) {
      if (TextNormalizer.isHan(c)) {
        String run = String.valueOf((char) c);
        assertEquals(List.of(List.of(0, 1)), flat(seg.compute(run)), run);
        assertEquals(List.of(List.of(0, 1)), flat(seg.segment(run)), run);
      }
    }
  }

  @Test
  void theMemoIsScopedToOneProfile() {
    ChineseSegmenter seg = new ChineseSegmenter();
    List<int[]> first;
    try (ChineseSegmenter.Scope scope = ChineseSegmenter.profileScope()) {
      first = seg.segment("分布式系统");
      assertSame(first, seg.segment("分布式系统"), "reused within the profile");
      try (ChineseSegmenter.Scope nested = ChineseSegmenter.profileScope()) {
        assertSame(first, seg.segment("分布式系统"), "a nested scope keeps the profile's memo");
      }
      assertSame(first, seg.segment("分布式系统"), "closing the nested scope keeps it too");
    }
    try (ChineseSegmenter.Scope scope = ChineseSegmenter.profileScope()) {
      assertNotSame(first, seg.segment("分布式系统"), "the next profile segments afresh");
    }
    assertNotSame(seg.segment("分布式系统"), seg.segment("分布式系统"), "no memo outside a scope");
  }

  @Test
  void analyzerTokensAreTheSameInsideAScope() throws Exception {
    String text = "具备Go/C++/Python多语言工程能力，负责腾讯云高并发网关开发。核心调度系统重构，分布式系统。";
    List<String> plain = AnalyzerTest.words(text);
    List<String> bigrams = AnalyzerTest.tokens(dev.candidates.index.Schema.TEXT_BIGRAM, text);
    try (ChineseSegmenter.Scope scope = ChineseSegmenter.profileScope()) {
      new ChineseSegmenter().segment("核心调度系统重构");
      assertEquals(plain, AnalyzerTest.words(text));
      assertEquals(plain, AnalyzerTest.words(text));
      assertEquals(bigrams, AnalyzerTest.tokens(dev.candidates.index.Schema.TEXT_BIGRAM, text));
    }
  }
}
