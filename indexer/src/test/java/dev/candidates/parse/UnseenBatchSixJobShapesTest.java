package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.jobs;
import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job-entry failure classes found by the sixth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchSixJobShapesTest {
  @Test
  void anEmploymentTypeAfterTheCompanyIsNotTheTitleAbove() {
    assertEquals(List.of("Tidewater Analytics | Machine Learning Engineer | 2022-04",
        "Qiantang Ledger Co., Ltd. | Data Analyst Intern | 2020-06"), jobs(read("""
        Wen Jiahui
        wen.jh@example.com
        工作经历
        Machine Learning Engineer
        Tidewater Analytics · 全职
        2022年4月 - 至今 · 4 年 8 个月
        中国 杭州市
        Built the ranking features.

        Data Analyst Intern
        Qiantang Ledger Co., Ltd. · Internship
        2020年6月 - 2020年9月 · 4 个月
        """)));
  }

  @Test
  void anEmployersPostalAddressAndPayLinesAreNeitherItsNameNorItsTitle() {
    assertEquals(List.of("Bureau of Coastal Surveys | Budget Analyst | 2020-05",
        "Harlow County Water Board | Office Assistant | 2015-02"), jobs(read("""
        Marisol Quintero
        marisol.q@example.net
        WORK EXPERIENCE
        Bureau of Coastal Surveys
        4410 Meridian Ave NW
        Norfolk, VA 23510 United States
        05/2020 - Present
        Salary: $88,000.00 USD Per Year
        Hours per week: 40
        Series: 0560   Pay Plan: GS   Grade: 12
        Budget Analyst
        Duties, Accomplishments and Related Skills:
        Prepared the budget justification for three fiscal years.
        Supervisor: Dana Holt (757-555-0101)
        Okay to contact this Supervisor: Yes

        Harlow County Water Board
        9 Lantern St
        Harlow, VA 23601
        02/2015 - 04/2020
        Hours per week: 30
        Office Assistant
        Kept the meter records.
        """)));
  }

  @Test
  void aTabularCvsSinceRowAndTheCityAfterTheCompanyLeaveTheTitleToItsOwnRow() {
    assertEquals(List.of("Weserbogen Maschinenbau GmbH | Head of Procurement | 2020-04",
        "Lindqvist Pumpen AG | Senior Buyer | 2016-01"), jobs(read("""
        Curriculum Vitae
        Frieda Oltmanns
        frieda.oltmanns@example.de
        Professional Experience
        | since 04/2020 | Weserbogen Maschinenbau GmbH, Bremen |
        |  | Head of Procurement |
        |  | Supplier strategy for 300 suppliers; team of 4 |
        | 01/2016 – 03/2020 | Lindqvist Pumpen AG, Oldenburg |
        |  | Senior Buyer, Castings |
        |  | Bought castings. |
        """)));
    DateRange since = DateRange.findFirst("seit 09/2018 | Beispiel GmbH");
    assertEquals(YearMonth.of(2018, 9), since.start());
    assertEquals(null, since.end());
    assertEquals(null, DateRange.findFirst("Used Python daily since 2015"));
  }
}
