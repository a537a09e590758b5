package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written decoration strip is the regex it replaced, char for char. */
class SectionHeaderTest {
  static String byRegex(String line) {
    return Section.HEADER_DECORATION.matcher(line.strip()).replaceAll("").strip();
  }

  @Test
  void bareIsWhatTheRegexLeaves() {
    List<String> lines = new ArrayList<>(List.of("", " ", "Skills", "## Skills ##", "【工作经历】", "[Education]",
        "*Skills*", "===", "= =", "Skills:", "技能：", "  -- Work Experience --  ", "Skills\u0085", ":Skills",
        "Skills & Tools:", "\u3000教育背景\u3000", "#", "]Skills[", "*]", "Go, Java", "工作经历 2019-2021"));
    Random r = new Random(42);
    char[] alphabet = "#*=-【[】]:： \t\u000B\f\r\u0085\u2028\u3000aSk技能—~■|〔〕•".toCharArray();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(9); k > 0; k--) {
        sb.append(alphabet[r.nextInt(alphabet.length)]);
      }
      lines.add(sb.toString());
    }
    for (String line : lines) {
      assertEquals(byRegex(line), Section.bare(line), () -> "line: [" + line + "]");
    }
  }

  @Test
  void headersAreRecognizedWithTheirDecoration() {
    assertTrue(Section.isHeaderLine("## Work Experience"));
    assertTrue(Section.isHeaderLine("【教育背景】"));
    assertTrue(Section.isHeaderLine("Skills:"));
    assertFalse(Section.isHeaderLine("Skills: Go, Java"));
  }

  @Test
  void aKnownHeadingInsideRulesFramesOrMarksOpensItsSection() {
    assertEquals(Section.EDUCATION, Section.of("— 学历 —"));
    assertEquals(Section.SKILLS, Section.of("== Tech Stack =="));
    assertEquals(Section.EXPERIENCE, Section.of("〔实习经历〕"));
    assertEquals(Section.SKILLS, Section.of("■ 专业技能"));
    assertEquals(Section.EDUCATION, Section.of("~ Academic Background ~"));
    assertEquals(Section.EXPERIENCE, Section.of("-- Employment History --"));
    assertEquals(Section.PROJECTS, Section.of("| Key Projects |"));
    assertEquals(null, Section.of("• Service"), "a bullet opens a list item, not a heading");
    assertEquals(null, Section.of("— Go, Java —"));
    assertEquals(Section.EXPERIENCE, Section.of("Work History 工作經歷"), "a translation in Traditional characters");
  }
}
