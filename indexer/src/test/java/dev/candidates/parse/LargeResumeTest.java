package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Résumés of up to 200,000 characters (all the parser reads) of dense, distinct job entries (issue 12: never unbounded CPU). Each of thousands
 * of names was once looked up by folding the whole source again, and each entry compared with all kept before it:
 * quadratic. The timeout only guards against a hang, it claims no speed (benchmarks/NOTES.md has the numbers).
 */
class LargeResumeTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  /** "1950.01 - 1952.01  第0分公司 北辰软件有限公司  高级工程师", one line an entry, each at its own company. */
  private static String denseEntries(int chars, String traditionalLast) {
    StringBuilder sb = new StringBuilder("张三\nzhang.san@example.com | 138-0000-0000\n\n工作经历\n");
    for (int n = 0; sb.length() < chars; n++) {
      int year = 1950 + n % 70;
      int month = 1 + n % 12;
      sb.append(String.format(Locale.ROOT, "%d.%02d - %d.%02d  第%d分公司 北辰软件有限公司  高级工程师%n", year, month,
          year + 2, month, n));
    }
    return sb.append("2024.01 - 2024.06  ").append(traditionalLast).append("  資深工程師\n").toString();
  }

  @Test
  void aDenseResumeOfNearlyTwoHundredThousandCharactersKeepsEveryEntryAndItsLastNameAsWritten() {
    String text = denseEntries(195_000, "臺灣晨光軟體股份有限公司");
    Profile p = assertTimeoutPreemptively(HANG_GUARD, () -> ResumeParserTest.PARSER.parse(text));
    List<Experience> jobs = p.experience();
    long entries = text.lines().filter(l -> l.contains(" - ")).count();
    assertEquals(entries, jobs.size(), "one job a dated line: none merged, none dropped as a translation");
    assertEquals("第0分公司 北辰软件有限公司 | 高级工程师 | 1950-01", UnseenShapesTest.jobs(p).get(0));
    assertEquals("臺灣晨光軟體股份有限公司 | 資深工程師 | 2024-01", UnseenShapesTest.jobs(p).get(jobs.size() - 1),
        "the last of thousands of names still found in the source, in its Traditional characters");
  }

  @Test
  void theEnglishCopyOfAnEntryAmongThousandsStillCountsOnce() {
    String text = denseEntries(100_000, "臺灣晨光軟體股份有限公司") + "Acme Corp  Senior Engineer  2024.01 - 2024.06\n"
        + "Globex Ltd  Data Analyst  2024.01 - 2024.07\n";
    Profile p = assertTimeoutPreemptively(HANG_GUARD, () -> ResumeParserTest.PARSER.parse(text));
    List<String> last = UnseenShapesTest.jobs(p).subList(p.experience().size() - 2, p.experience().size());
    assertEquals(List.of("臺灣晨光軟體股份有限公司 | 資深工程師 | 2024-01", "Globex Ltd | Data Analyst | 2024-01"), last,
        "Acme's dates are the Chinese entry's: its translation; Globex ends a month later: a job of its own");
  }

  @Test
  void oneEntryOfTwentyThousandBulletLinesKeepsThemAllInItsDescription() {
    StringBuilder sb = new StringBuilder("Jane Roe\njane.roe@example.com\n\nExperience\nAcme Corp | Senior Engineer | "
        + "2019-03 – 2021-02\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("- ").append(letters(i)).append('\n'); // no digits: a number could read as a year
    }
    Profile p = assertTimeoutPreemptively(HANG_GUARD, () -> ResumeParserTest.PARSER.parse(sb.toString()));
    assertEquals(List.of("Acme Corp | Senior Engineer | 2019-03"), UnseenShapesTest.jobs(p));
    assertEquals(20_000, p.experience().get(0).description().lines().count());
  }

  /** 0 → "a", 27 → "bb": a bullet's distinct name without digits. */
  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    do {
      s.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return s.toString();
  }
}
