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

  @Test
  void aServiceRecordGivesTheServiceAsEmployerNotItsBaseAndTheRankAsTitle() {
    assertEquals(List.of("Prairie Line Haulage | Dispatch Supervisor | 2023-11",
        "United States Air Force | Master Sergeant | 2016-03",
        "United States Air Force | Supply Specialist | 2009-07"), jobs(read("""
        Dale Okonkwo-Reyes
        dale.okr@example.com
        EXPERIENCE
        Prairie Line Haulage, Salina, KS                               Nov 2023 – Present
        Dispatch Supervisor (hired after a fellowship that began in Aug 2023)
        - Ran the night dispatch desk for 60 drivers

        United States Air Force, Osan Air Base, Republic of Korea      Mar 2016 – Oct 2023
        Master Sergeant (E-7), Logistics Readiness Squadron, Mission Support Group
        - Led 25 airmen in vehicle and fuel operations

        United States Air Force, Minot, ND                             Jul 2009 – Feb 2016
        Supply Specialist (AFSC 2S0X1), promoted to Staff Sergeant
        - Kept the squadron's bench stock
        """)));
  }

  @Test
  void anOldestFirstListOfCompanyCityTitleDatesBlocksGivesEveryJob() {
    assertEquals(List.of("Merrow Building Society | Graduate Analyst | 2013-09",
        "Tarnbrook Re plc | Senior Pricing Analyst | 2016-10",
        "Ribble Grid Services | Analytics Engineer | 2021-03"), jobs(read("""
        Ines Haworth
        ines.haworth@example.co.uk
        Career History
        Merrow Building Society, Preston
        Graduate Analyst
        Sep 2013 – Sep 2016
        • Priced mortgage products
        Tarnbrook Re plc, Lancaster
        Pricing Analyst, then Senior Pricing Analyst
        Oct 2016 – Feb 2021
        • Built the reserving model
        Ribble Grid Services, Preston (hybrid)
        Analytics Engineer
        Mar 2021 – Now
        • Own the dbt models
        """)));
  }

  @Test
  void aDateColumnBeforeTheCompanyAndTheTitleUnderItGivesBoth() {
    assertEquals(List.of("Ochre & Fern | Lead Interaction Designer | 2021-05",
        "Saltmarsh Health | Visual Designer | 2018-02"), jobs(read("""
        Nell Ashdown
        nell@example.com
        Experience
        May 2021 — Present
        Ochre & Fern
        Lead Interaction Designer
        Led the redesign of the booking flow.
        Feb 2018 — Apr 2021
        Saltmarsh Health
        Visual Designer
        Illustrations for the patient app.
        """)));
  }

  @Test
  void anAcademicAppointmentNamesTheUniversityAsEmployerNotItsSchool() {
    assertEquals(List.of("Lingnan Coast University 岭海大学 | Lecturer 讲师 | 2021-09",
        "University of Tromsgard | Postdoctoral Fellow | 2018-01"), jobs(read("""
        Mei Tanaka-Wu
        mei.tw@example.edu
        ACADEMIC APPOINTMENTS
        2021.09–present   Lecturer 讲师, Department of Earth Sciences, Lingnan Coast University 岭海大学
        2018.01–2021.08   Postdoctoral Fellow, Polar Research Institute, University of Tromsgard, Norway
        """)));
  }

  @Test
  void boldCapsClientsWithItalicTitlesOverTheirDatesAreContractJobs() {
    assertEquals(List.of("LANTERNGATE INSURANCE | Senior Angular Developer | 2024-06",
        "MOORFIELD & PIKE | UI Engineer | 2023-01", "QUAYSIDE PRINT LTD | Web Developer | 2018-04"),
        jobs(UnseenBatchFiveShapesTest.markdown("""
        # Rowan Achebe-Lund
        rowan@example.co.uk

        ## Contracts

        **LANTERNGATE INSURANCE** — *Senior Angular Developer* (Contract, 6 months, via Northgate Talent)
        Jun 2024 – Nov 2024 · Remote
        - Rebuilt the claims portal

        **MOORFIELD & PIKE** — *UI Engineer* (Contract, 12 months, extended twice, via Harrowgate Talent)
        Jan 2023 – Jan 2024 · Frome
        - Moved the broker portal to Angular 17

        *Career break, Jul 2022 – Dec 2022: sailing the Hebrides; learnt Gaelic to A2.*

        ## Permanent roles

        **QUAYSIDE PRINT LTD** — *Web Developer*
        Apr 2018 – Dec 2022 · London

        ## Side projects

        **tidelog.app** — *Maintainer* (2021 – present)
        """)));
  }

  @Test
  void aPlaceInBracketsBeforeTheLegalFormStaysInTheCompanyName() {
    assertEquals(List.of("Tai Kok Freight (HK) Ltd. 大角貨運（香港）有限公司 | Import Coordinator 進口協調員 | 2021-05"),
        jobs(read("""
        Winnie Lau
        winnie.lau@example.hk
        Work Experience 工作經驗
        Tai Kok Freight (HK) Ltd. 大角貨運（香港）有限公司
        Import Coordinator 進口協調員
        May 2021 – Present
        Cleared 400 shipments a month.
        """)));
  }

  @Test
  void aCareerPauseNamedInChineseIsNoJob() {
    assertEquals(List.of("南山智联物流有限公司 | 仓储主管 | 2020-04"), jobs(read("""
        韩立平
        hanlp@example.com
        工作经历
        南山智联物流有限公司
        仓储主管
        2020/04 — 现在
        · 负责三个仓库的日常运营。
        职业间歇
        2019/06 — 2020/03
        · 照顾家人。
        """)));
  }

  @Test
  void aRirekishoHistoryTableGivesAJobForEachJoiningRowEndedByItsLeavingRow() {
    assertEquals(List.of("株式会社青葉商事 | 课长 | 2019-10", "东和电机株式会社 | 技术员 | 2011-04"), jobs(read("""
        履历书
        | 姓名 | 林佳慧 |
        | 邮箱 | lin.jh@example.jp |
        | 年 | 月 | 学历·工作经历 |
        | 2007 | 4 | 北辰工业大学 入学 |
        | 2011 | 3 | 北辰工业大学 毕业 |
        | 2011 | 4 | 东和电机株式会社 入社（生产技术部 技术员，负责产线改善） |
        | 2019 | 9 | 东和电机株式会社 因家庭原因 退社 |
        2019 | 10 | 株式会社青葉商事 入社（海外采购部 课长）
        |  |  | 现在在职中 |
        """)).reversed());
  }

  @Test
  void aPortfoliosSelectedWorkIsProjectsNotJobs() {
    var p = read("""
        Ines Varga
        ines.varga@example.net
        Experience
        2019 — Present
        Lakeshore Studio
        Product Designer
        Selected Work
        2021
        Tramline
        Concept redesign of a ferry-ticket app (personal project)
        Education
        2012 — 2016
        Danube School of Design
        """);
    assertEquals(List.of("Lakeshore Studio | Product Designer | 2019-01"), jobs(p));
    assertEquals(Section.PROJECTS, Section.of("Selected Work"));
    assertEquals(Section.EXPERIENCE, Section.of("Contracts"));
    assertEquals(Section.EXPERIENCE, Section.of("Permanent roles"));
  }
}
