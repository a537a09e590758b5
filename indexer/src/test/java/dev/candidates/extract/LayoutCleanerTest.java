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

  @Test
  void whatABrowserPrintsAroundEachPageIsDroppedEvenOnPageOne() {
    List<String> pages = List.of(
        "11/24/26, 11:34 AM 王晓明 - 个人简历\n王晓明\n后端工程师\nfile:///home/wang/resume.html 1/2",
        "11/24/26, 11:34 AM 王晓明 - 个人简历\n工作经历\n海鹰科技\nfile:///home/wang/resume.html 2/2");
    assertEquals("王晓明\n后端工程师\n工作经历\n海鹰科技", LayoutCleaner.clean(pages));
    assertEquals("Daniel Mercer\nBackend", LayoutCleaner.clean(List.of(
        "2026/11/24 下午3:05\nDaniel Mercer\nBackend\nhttps://cv.example.com/daniel")));
  }

  @Test
  void kangxiRadicalsAndCompatibilityIdeographsBecomeTheCharactersTheyLookLike() {
    assertEquals("北京大学 金融 言语", LayoutCleaner.clean("北京\u2F24\u5B66 \u2FA6\u878D \u2F94\u8BED"));
    assertEquals("金融", LayoutCleaner.clean("\uF90A\u878D"));
  }

  @Test
  void letterSpacedChineseIsJoinedButSpacedWordsStay() {
    assertEquals("XX大学 | 本科\n张三\n男 汉族\nGo 和 Java\n北京 上海", LayoutCleaner.clean(
        "X X 大 学 | 本科\n张 三\n男 汉族\nGo 和 Java\n北京 上海"));
  }

  @Test
  void noBreakSpacesAndSoftHyphensMendWords() {
    assertEquals("Senior Engineer | Kubernetes", LayoutCleaner.clean("Senior\u00A0Engineer\u202F|\u2007Kuber\u00ADnetes"));
  }
}
