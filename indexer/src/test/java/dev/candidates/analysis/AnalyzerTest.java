package dev.candidates.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.index.Schema;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Exact tokens of the tricky inputs measured in shared/notes/bilingual-analysis.md. */
class AnalyzerTest {
  static final Analyzer ANALYZER = Schema.analyzer(Taxonomy.loadDefault());

  /** Tokens as "term" or "+0:term" when stacked on the previous position. */
  static List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(inc.getPositionIncrement() == 0 ? "+0:" + term : term.toString());
      }
      ts.end();
    }
    return out;
  }

  static List<String> words(String text) throws IOException {
    return tokens(Schema.TEXT, text);
  }

  @Test
  void techTermsSurviveInsideChineseText() throws IOException {
    assertEquals(List.of("具备", "go", "c++", "python", "多", "语言", "工程", "能力"), words("具备Go/C++/Python多语言工程能力"));
  }

  @Test
  void symbolsThatMakeATechTermAreKept() throws IOException {
    assertEquals(List.of("c++"), words("C++"));
    assertEquals(List.of("c#"), words("C#"));
    assertEquals(List.of(".net"), words(".NET"));
    assertEquals(List.of("asp.net", "+0:asp", "+0:net"), words("ASP.NET"));
    assertEquals(List.of("node.js", "+0:node", "+0:js"), words("Node.js"));
    assertEquals(List.of("vue.js", "+0:vue", "+0:js"), words("Vue.js"));
    assertEquals(List.of("trpc-go", "+0:trpc", "+0:go"), words("trpc-go"));
    assertEquals(List.of("k8s"), words("K8s"));
    assertEquals(List.of("调度", "每", "秒", "处理", "8k+"), words("调度每秒处理8K+"));
    assertEquals(List.of("c"), words("C"));
  }

  @Test
  void nonAsciiLatinIsLowercasedByStringRules() throws IOException {
    assertEquals(List.of("café-bar", "+0:café", "+0:bar"), words("Café-Bar"));
    assertEquals(List.of("i\u0307stanbul", "école"), words("İstanbul ÉCOLE")); // İ lowercases to two chars
  }

  @Test
  void goIsNotAStopWordAndTechTermsAreNotStemmed() throws IOException {
    assertEquals(List.of("go"), words("Go"));
    assertEquals(List.of("redis", "kafka", "qps"), words("Redis Kafka QPS"));
  }

  @Test
  void englishIsStemmedSoInflectionsMeet() throws IOException {
    assertEquals(words("scheduler"), words("scheduling"));
    assertEquals(words("system"), words("systems"));
    assertEquals(List.of("track"), words("Tracking"));
  }

  @Test
  void fullWidthAndTraditionalCharactersMeetTheirNormalForms() throws IOException {
    assertEquals(words("Go,10年后端经验"), words("Ｇｏ，１０年後端經驗"));
    assertEquals(words("分散式系统"), words("分散式系統"));
    assertEquals(words("后端"), words("後端"));
    assertEquals(words("go"), words("GO"));
  }

  @Test
  void chineseWordsAreFoundInsideUnspacedText() throws IOException {
    List<String> t = words("核心调度系统重构");
    assertEquals(List.of("核心", "调度", "系统", "重构"), t);
    assertEquals(List.of("分布式", "系统"), words("分布式系统"));
  }

  @Test
  void theBigramCompanionCoversWordsTheSegmenterSplitsWrongly() throws IOException {
    assertEquals(List.of("腾讯", "讯云", "云高", "高并", "并发", "发网", "网关", "关开", "开发"),
        tokens(Schema.TEXT_BIGRAM, "腾讯云高并发网关开发"));
    // Chinese only: Latin terms are in the word field, and are separators here like spaces (no position gap).
    assertEquals(List.of("高并", "并发"), tokens(Schema.TEXT_BIGRAM, "K8s高并发"));
    assertEquals(List.of(), tokens(Schema.TEXT_BIGRAM, "Go, C++ and Node.js"));
    assertEquals(List.of("负责", "网关", "关开", "开发", "高"), tokens(Schema.TEXT_BIGRAM, "负责Go网关开发 with Kafka 高"));
  }

  @Test
  void bigramPositionsHaveNoGapsWhereLatinWas() throws IOException {
    List<Integer> incs = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(Schema.TEXT_BIGRAM, "腾讯 Go/C++ 高并发，Kafka 网关")) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        incs.add(inc.getPositionIncrement());
      }
      ts.end();
    }
    assertEquals(List.of(1, 1, 1, 1), incs); // 腾讯 高并 并发 网关: phrases are built from consecutive terms
  }

  @Test
  void offsetsPointIntoTheOriginalText() throws IOException {
    String text = "熟悉Ｋａｆｋａ和C++";
    List<String> spans = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(Schema.TEXT, text)) {
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(text.substring(off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    assertEquals(List.of("熟悉", "Ｋａｆｋａ", "和", "C++"), spans);
  }

  /** Past 32,766 bytes Lucene refuses a whole document; a word over 255 chars is not indexed, its neighbours are. */
  @Test
  void aWordTooLongForAnyoneToSearchIsNotATermButItsNeighboursAre() throws IOException {
    String blob = "a".repeat(40_000);
    assertEquals(List.of("java", "kafka"), words("Java " + blob + " Kafka"));
    assertEquals(List.of("go", "redis"), words("Go " + blob + "." + "b".repeat(300) + " Redis"));
    assertEquals(List.of("x", "trpc-go", "+0:trpc", "+0:go"), words(blob + "-x trpc-go"),
        "a compound's short part takes the long word's position");
    assertEquals("x".repeat(255), words("x".repeat(255)).get(0));
  }
}
