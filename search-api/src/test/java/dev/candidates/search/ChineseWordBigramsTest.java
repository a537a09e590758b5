package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.index.RankingModel;
import dev.candidates.index.Schema;
import dev.candidates.search.QueryPlan.Alternative;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Chinese word of three or more characters is also searched as character bigrams, for the résumés the segmenter
 * cut differently, unless the segmenter keeps it whole and résumés have it: then the bigrams find what the word
 * finds, and only cost a phrase match per candidate.
 */
class ChineseWordBigramsTest extends TestIndex.PerClass {
  @BeforeAll
  static void build() throws IOException {
    index = new TestIndex(dir, List.of(
        TestIndex.text("stable", "负责支付系统的稳定性和容量规划"),
        TestIndex.text("trade", "设计交易链路的对账流程")));
  }

  private static boolean searchesBigrams(String q) throws IOException {
    QueryBuilder builder = new QueryBuilder(index.env.taxonomy(), index.env.analyzer(),
        new Ranking(RankingModel.DEFAULT));
    QueryNode root = QueryParser.parse(q);
    var understood = new QueryUnderstanding(index.env.taxonomy()).understand(root, word -> true);
    IndexSearcher s = index.index.searchers().acquire();
    try {
      QueryPlan plan = builder.build(root, understood, s.getIndexReader(), true);
      return plan.clauses().get(0).alternatives().stream().map(Alternative::field)
          .anyMatch(Schema.TEXT_BIGRAM::equals);
    } finally {
      index.index.searchers().release(s);
    }
  }

  @Test
  void aWholeWordTheResumesHaveIsSearchedAsTheWordAlone() throws IOException {
    assertEquals(false, searchesBigrams("稳定性"));
    assertEquals(List.of("stable"), index.ids("稳定性"));
  }

  @Test
  void aWordNoResumeHasKeepsItsBigrams() throws IOException {
    assertEquals(true, searchesBigrams("图书馆"));
  }

  @Test
  void aWordTheSegmenterCutsInPiecesIsFoundThroughItsBigrams() throws IOException {
    assertEquals(true, searchesBigrams("交易链路"));
    assertEquals(List.of("trade"), index.ids("交易链路"));
  }
}
