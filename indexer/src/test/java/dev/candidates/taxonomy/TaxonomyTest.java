package dev.candidates.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.taxonomy.SkillMatcher.Mode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  static final Taxonomy TAXONOMY = Taxonomy.loadDefault();

  private static Taxonomy parse(String... lines) throws IOException {
    return Taxonomy.parse(new StringReader(String.join("\n", lines)), "test.tsv");
  }

  private static String row(String... cols) {
    return String.join("\t", cols);
  }

  @Test
  void theShippedTaxonomyIsLargeAndBilingual() {
    assertTrue(TAXONOMY.size() >= 400, "at least 400 concepts, has " + TAXONOMY.size());
    long withChinese = TAXONOMY.concepts().stream().filter(c -> !c.chinese().isEmpty()).count();
    assertTrue(withChinese >= 200, "Chinese labels on " + withChinese);
    assertEquals("kafka", TAXONOMY.lookup("Kafka").id());
    assertTrue(TAXONOMY.ancestors("kafka").contains("message-queue"));
    assertEquals("distributed-systems", TAXONOMY.lookup("分布式系统").id());
    assertEquals("distributed-systems", TAXONOMY.lookup("分散式系統").id(), "traditional folds to simplified");
    assertEquals("kubernetes", TAXONOMY.lookup("K8s").id());
    assertEquals("go", TAXONOMY.lookup("Golang").id());
  }

  @Test
  void aLabelClaimedByTwoConceptsIsAnErrorNamingTheLine() {
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> parse(
        "# header",
        row("kafka", "tool", "Kafka", "", "MQ", "", ""),
        row("rabbitmq", "tool", "RabbitMQ", "", "mq", "", "")));
    assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("\"mq\" is already claimed by \"kafka\" on line 2"), e.getMessage());
  }

  @Test
  void anEmptyLabelIsAnError() {
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> parse(
        row("go", "language", "Go;;Golang", "", "", "", "")));
    assertTrue(e.getMessage().startsWith("test.tsv:1:") && e.getMessage().contains("empty value"), e.getMessage());
  }

  @Test
  void aCycleOfBroaderConceptsIsAnError() {
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> parse(
        row("a", "tool", "A1", "", "", "b", ""),
        row("b", "tool", "B1", "", "", "c", ""),
        row("c", "tool", "C1", "", "", "a", "")));
    assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("a → b → c → a"), e.getMessage());
  }

  @Test
  void unknownBroaderIdsWrongColumnCountsAndBadCategoriesAreErrors() {
    assertThrows(TaxonomyException.class, () -> parse(row("a", "tool", "A1", "", "", "nope", "")));
    assertThrows(TaxonomyException.class, () -> parse(row("a", "tool", "A1", "", "")));
    assertThrows(TaxonomyException.class, () -> parse(row("a", "gadget", "A1", "", "", "", "")));
    assertThrows(TaxonomyException.class, () -> parse(row("A B", "tool", "A1", "", "", "", "")));
  }

  private static List<String> found(String text, Mode mode) {
    return TAXONOMY.matcher().conceptIds(text, mode);
  }

  @Test
  void javaNeverMatchesJavaScript() {
    assertEquals(List.of("javascript"), found("JavaScript and TypeScript", Mode.PROSE).subList(0, 1));
    assertTrue(!found("JavaScript developer", Mode.PROSE).contains("java"));
    assertTrue(found("Java developer", Mode.PROSE).contains("java"));
  }

  @Test
  void cDoesNotMatchCPlusPlusCSharpOrObjectiveC() {
    assertEquals(List.of("cpp"), found("C++ engineer", Mode.PROSE));
    assertTrue(found("熟悉C#、.NET Core", Mode.PROSE).containsAll(List.of("csharp", "dotnet")));
    assertTrue(!found("熟悉C#、.NET Core", Mode.PROSE).contains("c"));
    assertEquals(List.of("objective-c"), found("Objective-C iOS", Mode.PROSE).subList(0, 1));
    assertTrue(!found("Objective-C iOS", Mode.PROSE).contains("c"));
    assertTrue(found("Java developer with C", Mode.PROSE).contains("c"));
  }

  @Test
  void goTheLanguageIsNotGoTheVerb() {
    assertTrue(found("具备Go/C++/Python多语言工程能力", Mode.PROSE).contains("go"));
    assertTrue(found("microservices in Go; rate limiting", Mode.PROSE).contains("go"));
    assertTrue(found("Ｇｏ，１０年後端經驗", Mode.PROSE).contains("go"));
    assertTrue(!found("Going forward I want to go into management", Mode.PROSE).contains("go"));
    assertTrue(!found("Led go-to-market and the go-live of the billing product", Mode.PROSE).contains("go"));
    assertTrue(!found("Go to the office", Mode.PROSE).contains("go"));
    assertTrue(found("Go developer with 9 years", Mode.PROSE).contains("go"));
  }

  @Test
  void esIsElasticsearchOnlyInSkillContexts() {
    assertTrue(found("Search on ES, Kafka and Redis", Mode.PROSE).contains("elasticsearch"));
    assertTrue(found("ES", Mode.SKILLS).contains("elasticsearch"));
    assertTrue(!found("Taught ES classes; yes ES means Spanish here", Mode.PROSE).contains("elasticsearch"));
  }

  @Test
  void commonWordsAreSkillsOnlyAsWrittenAndInASkillContext() {
    assertTrue(found("HDFS、YARN、MapReduce", Mode.SKILLS).contains("yarn"));
    assertTrue(!found("installed packages with yarn", Mode.SKILLS).contains("yarn"));
    assertTrue(!found("She knits with yarn and wool", Mode.PROSE).contains("yarn"));
    assertTrue(found("Sass/Less, Gulp", Mode.SKILLS).containsAll(List.of("less", "gulp")));
    assertTrue(!found("less than a gulp of coffee", Mode.PROSE).contains("less"));
    assertTrue(!found("Took less time than before", Mode.PROSE).contains("less"));
    assertTrue(!found("watched the solar eclipse", Mode.PROSE).contains("eclipse"));
    assertTrue(found("IntelliJ IDEA, Eclipse, VS Code", Mode.SKILLS).containsAll(List.of("intellij", "eclipse",
        "vscode")));
    assertTrue(!found("I had an idea for a composer of music", Mode.PROSE).contains("intellij"));
    assertTrue(found("WordPress, Laravel, PHPUnit", Mode.PROSE).containsAll(List.of("wordpress", "laravel",
        "phpunit")));
    assertTrue(found("熟悉嵌入式Linux与Yocto", Mode.PROSE).contains("embedded-linux"));
  }

  @Test
  void reactNativeIsNotReact() {
    assertEquals(List.of("react-native"), found("Apps in React Native", Mode.PROSE));
    assertEquals(List.of("react"), found("Web apps in React", Mode.PROSE));
  }

  @Test
  void aChineseLabelMustNotStraddleTwoWords() {
    assertTrue(!found("无限流量卡套餐运营", Mode.PROSE).contains("rate-limiting"));
    assertTrue(found("负责限流和幂等设计", Mode.PROSE).contains("rate-limiting"));
    assertTrue(found("腾讯云高并发网关开发", Mode.PROSE).contains("high-concurrency"));
  }
}
