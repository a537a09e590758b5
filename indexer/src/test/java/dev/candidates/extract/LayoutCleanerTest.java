package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutCleanerTest {
  @Test
  void barePageNumbersInEveryStyleAreDropped() {
    assertEquals("Alice Smith\nbody a\nbody b\nbody c\nbody d\nbody e", LayoutCleaner.clean(List.of(
        "Alice Smith\nbody a\n1", "body b\n- 2 -", "Page 3 of 5\nbody c", "body d\n第 4 页，共 5 页", "5/5\nbody e")));
  }

  @Test
  void aNumberInsideThePageIsKept() {
    String page = "Alice Smith\nline 1\nline 2\nline 3\n2019\nline 4\nline 5\nline 6\nline 7";
    assertEquals(page, LayoutCleaner.clean(List.of(page)));
  }

  @Test
  void runningHeaderIsKeptOnceOnPageOneAndFootersGoEverywhere() {
    List<String> pages = List.of(
        "Alice Smith | alice@example.com\nSummary\nJava developer.\na1\na2\na3\nConfidential - page 1",
        "Alice Smith | alice@example.com\nExperience\nAcme | Developer\nb1\nb2\nb3\nConfidential - page 2",
        "Alice Smith | alice@example.com\nEducation\nMIT\nc1\nc2\nc3\nConfidential - page 3");
    assertEquals("Alice Smith | alice@example.com\nSummary\nJava developer.\na1\na2\na3\nExperience\n"
        + "Acme | Developer\nb1\nb2\nb3\nEducation\nMIT\nc1\nc2\nc3", LayoutCleaner.clean(pages));
  }

  @Test
  void headerOfLaterPagesNamingTheCandidateIsDropped() {
    assertEquals("王芳\n数据工程师\n工作经历\n字节跳动", LayoutCleaner.clean(List.of("王芳\n数据工程师", "王芳 - 个人简历\n工作经历\n字节跳动")));
  }

  @Test
  void wordsHyphenatedAtLineEndsAreJoined() {
    assertEquals("Built the tracking platform in Go.\nGo-\nLang stays; e-mail stays; soft hyphenation",
        LayoutCleaner.clean("Built the tracking plat-\nform in Go.\nGo-\nLang stays; e-mail stays; soft hyphen\u00AD\n"
            + "ation"));
  }

  @Test
  void oddBulletsBecomeDashes() {
    assertEquals("- Go\n- Kafka\n- Redis\n- Rust\n- Java\n- C++\n- lone bullet\n- en dash\nShenzhen • Remote",
        LayoutCleaner.clean("\uF0B7 Go\n▪ Kafka\n➢ Redis\n  • Rust\n● Java\n◆ C++\n●\nlone bullet\n– en dash\n"
            + "Shenzhen • Remote"));
  }

  @Test
  void fullWidthAsciiAndOddSpacesAreFoldedButCjkPunctuationIsKept() {
    assertEquals("技能:Go(5年)、Kafka。 office\nfinance", LayoutCleaner.clean(
        "技能：Ｇｏ（５年）、Ｋａｆｋａ。\u3000o\uFB03ce\u200B\r\nﬁnance"));
  }

  @Test
  void blankLineRunsShrink() {
    assertEquals("a\n\nb", LayoutCleaner.clean("a\n\n\n\n\nb\n\n"));
  }
}
