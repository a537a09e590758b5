package dev.candidates.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.taxonomy.SkillMatcher.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LineMatchesTest {
  private static final SkillMatcher MATCHER = TaxonomyTest.TAXONOMY.matcher();

  @Test
  void aLabelWhoseWordsALineFeedSeparatesIsFoundAsInTheWholeText() {
    String text = "Built mobile apps with React\nNative and Go";
    LineMatches lines = new LineMatches(MATCHER);
    List<SkillMention> whole = MATCHER.find(text, Mode.PROSE);
    assertEquals(whole, lines.find(text, Mode.PROSE));
    assertTrue(whole.contains(new SkillMention("react-native", 23, 35)), whole.toString());
    // The line alone, matched (and kept) first, does not change the answer for the text that continues it.
    LineMatches warm = new LineMatches(MATCHER);
    warm.find("Built mobile apps with React", Mode.PROSE);
    assertEquals(whole, warm.find(text, Mode.PROSE));
  }

  @Test
  void aLabelAcrossALineFeedLeavesTheOtherLinesOfItsTextTheirOwnMatches() {
    String text = "Go and Kafka\nBuilt apps with React\nNative\nRedis. 分布式系统";
    LineMatches lines = new LineMatches(MATCHER);
    assertEquals(List.of("go", "kafka", "react-native", "redis", "distributed-systems"),
        lines.conceptIds(text, Mode.PROSE));
    assertEquals(MATCHER.find(text, Mode.PROSE), lines.find(text, Mode.PROSE));
  }

  @Test
  void linesThatStayOpenLineAfterLineGiveTheWholeTextsMentions() {
    String text = "Go and Kafka\n" + "React\n".repeat(50) + "Native\nRedis.";
    List<SkillMention> whole = MATCHER.find(text, Mode.PROSE);
    assertEquals(whole, new LineMatches(MATCHER).find(text, Mode.PROSE));
    assertEquals(List.of("go", "kafka", "react", "react-native", "redis"), MATCHER.conceptIds(text, Mode.PROSE));
  }

  @Test
  void theContextRulesAtALineEdgeGiveTheWholeTextsAnswer() {
    LineMatches lines = new LineMatches(MATCHER);
    for (String text : List.of("使用Go\n开发服务", "C\n++ and C#", "experience in\nGo", "Java\nScript", "go\nlive",
        "分布式\n系统", "React \nNative", "React-\nNative", "Kafka, \n Redis;\n\nMySQL\n", "hired\nPython developers",
        "K8s\r\nDocker", ".NET\n.NET Core", "\n\nGo\n", "高并发\n限流")) {
      for (Mode mode : Mode.values()) {
        assertEquals(MATCHER.find(text, mode), lines.find(text, mode), mode + " " + text);
      }
    }
  }

  @Test
  void everyResumeOfTheEvaluationSetsGivesTheMentionsOfTheWholeText() throws IOException {
    // One memo for all of them, as one profile's passes share one: lines kept from one text serve the next.
    LineMatches lines = new LineMatches(MATCHER);
    int texts = 0;
    for (String dir : List.of("parse-eval", "parse-eval-unseen7", "parse-eval-unseen8")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources", dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).toList()) {
          String text = Files.readString(f);
          for (Mode mode : Mode.values()) {
            assertEquals(MATCHER.find(text, mode), lines.find(text, mode), mode + " " + f);
            assertEquals(MATCHER.conceptIds(text, mode), lines.conceptIds(text, mode), mode + " " + f);
          }
          texts++;
        }
      }
    }
    assertTrue(texts >= 100, "résumés read: " + texts);
  }
}
