package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Profile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snippets a recruiter reads, exactly: passages of about 110 characters, at most two joined by " … ", every
 * label of a requested concept (phrases whole, Chinese words, narrower skills) in {@code <em>}, the rest escaped.
 */
class SnippetsTest extends TestIndex.PerClass {
  @BeforeAll
  static void build() throws IOException {
    index = new TestIndex(dir, List.of(
        TestIndex.text("cluster", "Ran a Redis Cluster of 40 nodes for the payments team. Before that, wrote Redis "
            + "scripts & tuned <Lua> \"caches\" for the 'hot' keys/values."),
        TestIndex.text("far", "Kafka pipelines for the ads platform, ingesting events from twelve regions into one "
            + "lake. In between there was a long stretch of plain frontend work with forms, tables, charts and "
            + "a design system used by nine teams across the company. Later, moved the billing events onto Kafka "
            + "and cut the lag to seconds."),
        TestIndex.text("zh", "负责分布式系统的设计与实现，使用Redis做缓存，保障高并发场景下的稳定性。后来带领团队完成了消息队列的迁移。"),
        TestIndex.text("plain", "Teacher of Spanish and history for ten years at a public school in Madrid.")));
  }

  private static Map<String, String> snippets(String q) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    for (SearchResult.Hit h : index.search(q).hits()) {
      out.put(h.id(), h.highlights().isEmpty() ? "" : h.highlights().get(0).fragment());
    }
    return out;
  }

  @Test
  void aConceptHighlightsEveryLabelPhrasesWholeAndEscapesTheRest() throws IOException {
    assertEquals(Map.of(
        "cluster", "Ran a <em>Redis Cluster</em> of 40 nodes for the payments team. Before that, wrote "
            + "<em>Redis</em> scripts &amp; tuned &lt;Lua&gt; &quot;caches&quot; for the &#x27;hot&#x27; keys&#x2F;",
        "zh", "负责分布式系统的设计与实现，使用<em>Redis</em>做缓存，保障高并发场景下的稳定性。后来带领团队完成了消息队列的迁移。"),
        snippets("redis"));
  }

  @Test
  void distantMatchesMakeTwoPassagesJoinedByAnEllipsis() throws IOException {
    assertEquals(Map.of("far", "<em>Kafka</em> pipelines for the ads platform, ingesting events from … across the "
        + "company. Later, moved the billing events onto <em>Kafka</em> and cut the lag to seconds."), snippets("kafka"));
  }

  @Test
  void chineseWordsAndPhrasesAreHighlightedWhole() throws IOException {
    assertEquals(Map.of("zh", "负责<em>分布式系统</em>的设计与实现，使用Redis做缓存，保障高并发场景下的<em>稳定性</em>。后来带领团队完成了消息队列的迁移。"),
        snippets("分布式系统 稳定性"));
    assertEquals(Map.of("far", " nine teams across the company. Later, moved the <em>billing events</em> onto Kafka and "
        + "cut the lag to seconds."), snippets("\"billing events\""));
  }

  @Test
  void aPrefixHighlightsEveryWordItStarts() throws IOException {
    assertEquals(Map.of("cluster", "nodes for the payments team. Before that, wrote Redis <em>scripts</em> &amp; tuned "
        + "&lt;Lua&gt; &quot;caches&quot; for the &#x27;hot&#x27; keys&#x2F;values."), snippets("scri*"));
  }

  @Test
  void aHitWithoutMatchingWordsShowsItsFirstPassage() throws IOException {
    assertEquals("Teacher of Spanish and history for ten years at a public school in Madrid.", snippets("").get("plain"));
  }
}
