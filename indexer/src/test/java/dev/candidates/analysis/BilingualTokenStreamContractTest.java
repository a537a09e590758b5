package dev.candidates.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The bilingual analyzers held to Lucene's own token stream contract: exact tokens with offsets, types and
 * positions, plus {@code checkRandomData} (random text, char filters that shift offsets, a reader that throws,
 * several threads at once), which checks that offsets never go backwards or past the end, that tokens stacked on one
 * position share its offsets, and that reset/end/close can be repeated on reused components.
 *
 * <p>A JUnit 4 test (Lucene's RandomizedRunner, with its random locale, time zone and seed): the vintage engine runs
 * it beside the JUnit 5 tests. A failure prints the seed; {@code -Dtests.seed=…} replays it.
 */
public class BilingualTokenStreamContractTest extends BaseTokenStreamTestCase {
  private static final String HAN = BilingualTokenizer.TYPE_HAN;
  private static final String LATIN = BilingualTokenizer.TYPE_LATIN;

  private Analyzer words;
  private Analyzer bigrams;
  private Analyzer bareWords;

  @Override
  @Before
  public void setUp() throws Exception {
    super.setUp();
    words = new ResumeAnalyzer(List.of("redis", "kafka"));
    bigrams = new BigramAnalyzer();
    bareWords = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new BilingualTokenizer(BilingualTokenizer.Mode.WORDS));
      }
    };
  }

  @Override
  @After
  public void tearDown() throws Exception {
    words.close();
    bigrams.close();
    bareWords.close();
    super.tearDown();
  }

  @Test
  public void tech_terms_keep_the_symbols_that_make_them() throws IOException {
    assertAnalyzesTo(words, "C++", new String[] {"c++"}, new int[] {0}, new int[] {3}, new String[] {LATIN},
        new int[] {1});
    assertAnalyzesTo(words, "C#", new String[] {"c#"}, new int[] {0}, new int[] {2});
    assertAnalyzesTo(words, ".NET", new String[] {".net"}, new int[] {0}, new int[] {4});
    assertAnalyzesTo(words, "K8s", new String[] {"k8s"}, new int[] {0}, new int[] {3});
    assertAnalyzesTo(words, "F# and C++ with 8K+ QPS", new String[] {"f#", "and", "c++", "with", "8k+", "qps"},
        new int[] {0, 3, 7, 11, 16, 20}, new int[] {2, 6, 10, 15, 19, 23});
  }

  @Test
  public void the_parts_of_a_compound_stack_on_it_and_share_its_offsets() throws IOException {
    assertAnalyzesTo(words, "Node.js", new String[] {"node.js", "node", "js"}, new int[] {0, 0, 0},
        new int[] {7, 7, 7}, new String[] {LATIN, LATIN, LATIN}, new int[] {1, 0, 0});
    assertAnalyzesTo(words, "ASP.NET Core", new String[] {"asp.net", "asp", "net", "core"}, new int[] {0, 0, 0, 8},
        new int[] {7, 7, 7, 12}, new int[] {1, 0, 0, 1});
    assertAnalyzesTo(words, "trpc-go", new String[] {"trpc-go", "trpc", "go"}, new int[] {0, 0, 0},
        new int[] {7, 7, 7}, new int[] {1, 0, 0});
    // Non-ASCII Latin lowercases by String rules (İ becomes two chars); offsets still point at what was written.
    assertAnalyzesTo(bareWords, "İstanbul-Go", new String[] {"i\u0307stanbul-go", "i\u0307stanbul", "go"},
        new int[] {0, 0, 0}, new int[] {11, 11, 11}, new int[] {1, 0, 0});
  }

  @Test
  public void tech_terms_inside_chinese_text_come_out_whole_between_the_chinese_words() throws IOException {
    assertAnalyzesTo(words, "具备Go/C++/Python多语言工程能力",
        new String[] {"具备", "go", "c++", "python", "多", "语言", "工程", "能力"},
        new int[] {0, 2, 5, 9, 15, 16, 18, 20},
        new int[] {2, 4, 8, 15, 16, 18, 20, 22},
        new String[] {HAN, LATIN, LATIN, LATIN, HAN, HAN, HAN, HAN},
        new int[] {1, 1, 1, 1, 1, 1, 1, 1});
    assertAnalyzesTo(words, "熟悉K8s和Node.js",
        new String[] {"熟悉", "k8s", "和", "node.js", "node", "js"},
        new int[] {0, 2, 5, 6, 6, 6},
        new int[] {2, 5, 6, 13, 13, 13},
        new int[] {1, 1, 1, 1, 0, 0});
  }

  @Test
  public void full_width_and_traditional_text_is_normalized_but_offsets_point_at_the_original() throws IOException {
    assertAnalyzesTo(words, "熟悉Ｋａｆｋａ和C#", new String[] {"熟悉", "kafka", "和", "c#"},
        new int[] {0, 2, 7, 8}, new int[] {2, 7, 8, 10});
    assertAnalyzesTo(words, "核心調度系統重構", new String[] {"核心", "调度", "系统", "重构"}, new int[] {0, 2, 4, 6},
        new int[] {2, 4, 6, 8});
  }

  @Test
  public void plain_english_is_stemmed_and_taxonomy_labels_and_tech_terms_are_not() throws IOException {
    assertAnalyzesTo(words, "Scheduling systems with Redis and Kafka",
        new String[] {"schedul", "system", "with", "redis", "and", "kafka"});
    assertAnalyzesTo(words, "Go gRPC K8s", new String[] {"go", "grpc", "k8s"});
  }

  @Test
  public void the_bigram_companion_keeps_chinese_only_with_no_position_gap_where_latin_was() throws IOException {
    assertAnalyzesTo(bigrams, "具备Go/C++/Python多语言工程能力",
        new String[] {"具备", "多语", "语言", "言工", "工程", "程能", "能力"},
        new int[] {0, 15, 16, 17, 18, 19, 20},
        new int[] {2, 17, 18, 19, 20, 21, 22},
        new String[] {HAN, HAN, HAN, HAN, HAN, HAN, HAN},
        new int[] {1, 1, 1, 1, 1, 1, 1});
    assertAnalyzesTo(bigrams, "C++ 高 and .NET", new String[] {"高"}, new int[] {4}, new int[] {5});
    assertAnalyzesTo(bigrams, "Go, C++ and Node.js", new String[0]);
  }

  @Test
  public void random_text_keeps_the_token_stream_contract() throws IOException {
    checkRandomData(random(), words, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), bigrams, 200 * RANDOM_MULTIPLIER);
  }

  @Test
  public void long_random_text_keeps_the_token_stream_contract() throws IOException {
    checkRandomData(random(), words, 10 * RANDOM_MULTIPLIER, 8192);
    checkRandomData(random(), bigrams, 10 * RANDOM_MULTIPLIER, 8192);
  }

  @Test
  public void random_mixed_resume_text_keeps_the_token_stream_contract() throws IOException {
    // checkRandomData's text is mostly random Unicode; this is the shape résumés have: tech terms glued to Chinese.
    String[] pieces = {"C++", "C#", ".NET", "Node.js", "K8s", "trpc-go", "8K+", "İstanbul-Go", "Café-Bar", "Ｇｏ",
        "具备", "多语言", "工程能力", "分布式系统", "後端", "腾讯云", "高", "/", "、", "，", " ", "-", ".", "++", "#", "\n"};
    Random r = random();
    int iterations = atLeast(100);
    for (int i = 0; i < iterations; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + r.nextInt(30);
      for (int k = 0; k < n; k++) {
        text.append(pieces[r.nextInt(pieces.length)]);
      }
      checkAnalysisConsistency(r, words, r.nextBoolean(), text.toString());
      checkAnalysisConsistency(r, bigrams, r.nextBoolean(), text.toString());
    }
  }
}
