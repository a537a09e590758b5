package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.analysis.Script;
import dev.candidates.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenScriptsTest {
  private static final Taxonomy TAXONOMY = Taxonomy.loadDefault();

  @Test
  void countsEachScriptsLabelsAsWholeWordsInLatinAndAnywhereInHan() {
    WrittenScripts w = WrittenScripts.of(TAXONOMY,
        "Built Go services at Google; GO and go again. 负责微服务架构，微服务拆分。Microservices too.",
        List.of("go", "microservices", "kafka"));
    assertEquals(3, w.mentions("go", Script.LATIN), "Go, GO, go; not the go in Google");
    assertEquals(0, w.mentions("go", Script.HAN));
    assertEquals(2, w.mentions("microservices", Script.HAN));
    assertEquals(1, w.mentions("microservices", Script.LATIN));
    assertEquals(0, w.mentions("kafka", Script.LATIN), "a concept the text does not write");
    assertEquals(0, w.mentions("unknown-concept", Script.LATIN));
  }

  @Test
  void lengthCountsWordsAndHalfTheHanCharacters() {
    assertEquals(3 + 2, WrittenScripts.of(TAXONOMY, "Go and Kafka 分布式系统", List.of()).length());
  }
}
