package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the eighth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchEightShapesTest {
  @Test
  void aEuropeanCvInEnglishKeepsItsHeadingsAndDatesInItsOwnLanguage() {
    Profile p = read("""
        Mathis Delorme
        mathis.d@example.fr

        EXPÉRIENCE PROFESSIONNELLE / WORK EXPERIENCE

        Depuis mars 2022 | Data Engineer – Ondine Énergie SA (Nantes)
        - Spark jobs for metering data

        Juil. 2018 – Févr. 2022 | BI Developer – Carrefour des Halles SAS (Rennes)

        FORMATION

        2015 – 2018  Diplôme d'ingénieur, École Centrale de Nantes

        COMPÉTENCES / SKILLS
        Outils : Airflow, Power BI
        """);
    assertEquals(List.of("Ondine Énergie SA", "Carrefour des Halles SAS"),
        p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Data Engineer", "BI Developer"), p.experience().stream().map(Experience::title).toList());
    assertEquals(List.of("2022-03", "2018-07"), p.experience().stream().map(Experience::start).toList());
    assertNull(p.experience().get(0).end(), "depuis: still there");
    assertEquals("2022-02", p.experience().get(1).end());
    assertEquals(List.of("École Centrale de Nantes"), p.education().stream().map(Education::school).toList());
    assertEquals(List.of("Airflow", "Power BI"), p.skills().subList(0, 2));
  }

  @Test
  void aHeadingWithItsTranslationAfterASlashOrInBracketsOpensTheKnownSection() {
    assertEquals(Section.EXPERIENCE, Section.of("EXPÉRIENCES PROFESSIONNELLES / EXPERIENCE"));
    assertEquals(Section.EDUCATION, Section.of("Ausbildung | Education"));
    assertEquals(Section.SKILLS, Section.of("Kenntnisse / Skills"));
    assertEquals(Section.SKILLS, Section.of("活用できる知识・技能（可运用的知识、技能）"));
    assertEquals(Section.EXPERIENCE, Section.of("工作经历 (Work Experience)"));
    assertNull(Section.of("Work / life balance"), "a word of running text needs a known other half");
    assertNull(Section.of("Languages | Kotlin, Java"), "a table row: a label and its list");
    assertNull(Section.of("Work history (Completed jobs)"), "neither a translation nor a second heading");
    assertNull(Section.of("2015年 蜀道信息技术有限公司 产品助理（实习）"), "a dated line is no heading");
  }

  @Test
  void aTwoColumnPageWithContactsAcrossTheTopAndSkillBarsInTheSidebar() {
    Profile p = read("""
        LENA VOSKUIJLEN
        Platform Engineer

        +31 6 1234 5678  |  lena.v@example.nl  |  Utrecht

        SKILLS                         PROFILE
        Terraform   ●●●●●              Platform engineer, eight years of cloud
        Go          ●●●●○              infrastructure for logistics firms.
        Ansible     ★★★☆☆
                                       EXPERIENCE
        LANGUAGES
        Dutch       ●●●●●              Senior Platform Engineer
        English     ●●●●○              Dijkgraaf Logistics B.V.
                                       03/2021 – present
                                       • Runs 30 Kubernetes clusters

                                       Site Reliability Engineer
                                       Polder Cloud
                                       01/2017 – 02/2021

        References available upon request.
        """);
    assertEquals("Lena Voskuijlen", p.name());
    assertEquals(List.of("Dijkgraaf Logistics B.V.", "Polder Cloud"),
        p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Senior Platform Engineer", "Site Reliability Engineer"),
        p.experience().stream().map(Experience::title).toList());
    assertEquals(List.of("Terraform", "Go", "Ansible"), p.skills().subList(0, 3));
    assertEquals(List.of(), p.skills().stream().filter(s -> s.contains("●") || s.contains("★")).toList());
  }

  @Test
  void aNotionPageGivesEachRoleAsAHeadingAboveItsCompanyAndDatesRows() {
    Profile p = ResumeParserTest.PARSER.read("""
        # Tomás Ilves

        📧 tomas.ilves@example.org · 📍 Tallinn

        ## 💼 Experience

        ### Staff Engineer

        **Company:** Virmalised OÜ

        **Dates:** May 2021 → Present

        - Led the billing rewrite

        ### Software Engineer

        **Company:** Kesklinna Apps

        **Dates:** August 2016 → April 2021
        """, "md").profile();
    assertEquals(List.of("Virmalised OÜ", "Kesklinna Apps"), p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Staff Engineer", "Software Engineer"), p.experience().stream().map(Experience::title).toList());
    assertEquals(List.of("2021-05", "2016-08"), p.experience().stream().map(Experience::start).toList());
    assertEquals("Led the billing rewrite", p.experience().get(0).description().strip());
  }

  @Test
  void aShokumuKeirekishoGivesEachCompanyOnceWithItsTaskTableAsTheDescription() {
    Profile p = read("""
        职务经历书
        姓名：佐藤 健一（中文名：佐健一）
        邮箱：sato.k@example.cn

        ■职务概要
        在日资企业从事物流系统开发约8年。

        ■职务经历
        ◆2019年4月～现在　青岛海樱信息技术有限公司
        事业内容：对日物流系统开发　员工数：300名
        期间｜业务内容｜规模｜职位
        2019年4月～现在｜仓储系统的需求定义、基本设计｜10名｜项目经理
        2020年2月～2021年5月｜运输模块改版（Java、PostgreSQL）｜5名｜项目经理

        ◆2015年7月～2019年3月　大连东樱软件株式会社
        期间｜业务内容｜规模｜职位
        2015年7月～2019年3月｜详细设计、编码｜8名｜程序员

        ■活用できる知识・技能（可运用的知识、技能）
        Java、PostgreSQL、COBOL
        """);
    assertEquals("佐藤 健一", p.name());
    assertEquals(List.of("青岛海樱信息技术有限公司 | 项目经理 | 2019-04", "大连东樱软件株式会社 | 程序员 | 2015-07"),
        UnseenShapesTest.jobs(p), "the task rows are the job's description, its 职位 column the title");
    assertEquals(List.of("Java", "PostgreSQL", "COBOL"), p.skills().subList(0, 3));
  }

  @Test
  void aResumeGivenTwiceInTwoLanguagesHasEachJobOnce() {
    Profile p = read("""
        李明远
        liming.y@example.cn

        工作经历
        深圳海湾电子有限公司 ｜ 固件工程师 ｜ 2020.03 - 至今
        珠海南屏科技有限公司 ｜ 测试工程师 ｜ 2017.07 - 2020.02

        Work Experience
        Shenzhen Haiwan Electronics Co., Ltd. | Firmware Engineer | 2020.03 - Present
        Zhuhai Nanping Technology Co., Ltd. | Test Engineer | 2017.07 - 2020.02
        """);
    assertEquals(List.of("深圳海湾电子有限公司 | 固件工程师 | 2020-03", "珠海南屏科技有限公司 | 测试工程师 | 2017-07"),
        UnseenShapesTest.jobs(p));
  }

  @Test
  void aCompanyAboveItsTitleWithAQualifierAndRightAlignedDates() {
    Profile p = read("""
        Kelvin Ho
        kelvin.ho@example.hk

        EXPERIENCE
        Tsing Yi Harbour Securities Limited 青衣港證券有限公司
        Vice President, Treasury                          Mar 2021 – Present
        • Ran the liquidity forecast

        Sai Kung Pacific Bank (Hong Kong) Limited
        Treasury Analyst                                  Sep 2016 – Feb 2021
        """);
    assertEquals(List.of("Tsing Yi Harbour Securities Limited 青衣港證券有限公司 | Vice President, Treasury | 2021-03",
        "Sai Kung Pacific Bank (Hong Kong) Limited | Treasury Analyst | 2016-09"), UnseenShapesTest.jobs(p));
  }

  @Test
  void gigsDatedInsideAFreelanceEntryAndACareerGapAreNoJobs() {
    Profile p = ResumeParserTest.PARSER.read("""
        # 何雨桐

        ✉️ he.yt@example.cn

        ## 工作经历

        ### 自由职业 ｜ UI 设计师 ｜ 2023.01 – 至今
        - 为某咖啡品牌设计小程序界面（Figma，2023.04 – 2023.07）
        - 为某诊所重做官网视觉（2024.02 – 2024.03）

        ### 职业空档期 ｜ 2022.05 – 2022.12
        照顾家人。

        ### 杭州青禾网络有限公司 ｜ 视觉设计师 ｜ 2018.07 – 2022.04
        """, "md").profile();
    assertEquals(List.of("2023-01", "2018-07"), p.experience().stream().map(Experience::start).toList());
    assertEquals(List.of("UI 设计师", "视觉设计师"), p.experience().stream().map(Experience::title).toList());
  }

  @Test
  void aJsonResumeWithoutANameFieldGivesTheNameFromItsHeadline() {
    Profile p = JsonResumesTest.READER.readJsonResume("""
        {"basics": {"label": "Tobias Renner — Data Engineer", "email": "t.renner@example.de"}}
        """).profile();
    assertEquals("Tobias Renner", p.name());
    assertEquals("Data Engineer", p.headline());
    Profile titled = JsonResumesTest.READER.readJsonResume("""
        {"basics": {"label": "Senior Engineer — Payments", "email": "x@example.de"}}
        """).profile();
    assertNull(titled.name(), "a title is no name");
  }

  @Test
  void aCadreFormTimelineGluesTheCompanyToItsDepartmentAndTitleAndMayLeaveTheEndOpen() {
    List<DateRange> open = DateRange.findAll("2021.06--　　　　　南通港航投资集团有限公司");
    assertEquals(1, open.size());
    assertNull(open.get(0).end(), "an open dash before a gap: until now");
    assertEquals(List.of("江苏滨海建设工程有限公司", "财务部主管会计"), JobLine.parts("江苏滨海建设工程有限公司财务部主管会计"));
    assertEquals(List.of("南通港航集团有限公司", "审计部会计"), JobLine.parts("南通港航集团有限公司审计部会计"),
        "the last legal suffix ends the company");
  }

  @Test
  void aTableOfJobsWithTaskLikeColumnsIsStillTheListOfJobs() {
    Profile p = read("""
        Jonas Weber
        jonas.w@example.de

        EXPERIENCE
        Period | Role | Project
        2021.03 - Present | Lead Engineer | Hafenbahn Logistik GmbH
        2018.01 - 2021.02 | Engineer | Ostsee Daten AG
        """);
    assertEquals(List.of("2021-03", "2018-01"), p.experience().stream().map(Experience::start).toList(),
        "no job's dates above the table: its rows are the jobs, not one job's tasks");
  }
}
