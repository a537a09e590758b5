package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.jobs;
import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the third unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchThreeShapesTest {
  @Test
  void rolesDatedUnderACompanyHeadingWithItsCityWereAllHeldThere() {
    assertEquals(List.of("NORDLYS FREIGHT AB | Engineering Manager | 2023-01",
        "NORDLYS FREIGHT AB | Senior Engineer | 2020-03", "NORDLYS FREIGHT AB | Engineer | 2018-08",
        "SKAGERRAK SOFTWARE | Developer | 2015-06"), jobs(read("""
        Experience
        NORDLYS FREIGHT AB, Uddevalla
        Engineering Manager, Jan 2023 – Present
        Leads two squads.
        Senior Engineer, Mar 2020 – Dec 2022
        Kafka event pipeline for pallets.
        Engineer, Aug 2018 – Feb 2020
        Spring Boot services, PostgreSQL.
        SKAGERRAK SOFTWARE, Lysekil
        Developer, Jun 2015 – Jul 2018
        """)));
  }

  @Test
  void aCompanyWithoutOrganisationWordsBeforeItsCityIsNotAPlace() {
    assertFalse(Places.isLocation("Fjellheim Logistics AB, Gothenburg"));
    assertFalse(Places.isLocation("Kestrel Staffing, Austin"));
    assertTrue(Places.isLocation("Georgetown, Texas"));
    assertTrue(Places.isLocation("Belfast, Northern Ireland"));
    assertFalse(Places.isLocation("Harbour Apps, Senior Engineer"));
  }

  @Test
  void aLegalFormAsWrittenMakesACompany() {
    assertTrue(JobLine.companyScore("Fjordheim Billett AS") > 0);
    assertTrue(JobLine.companyScore("Lingotto Mobility S.r.l.") > 0);
    assertTrue(JobLine.companyScore("Kaveri Analytics LLP") > 0);
    assertEquals(0, JobLine.companyScore("Bus pass as a service"));
  }

  @Test
  void staffingIsACompanysWordAndStaffATitlesWord() {
    assertEquals(List.of("Mesquite Staffing | Technical Recruiter | 2017-01"), jobs(read("""
        Experience
        Technical Recruiter
        Mesquite Staffing, Austin, TX
        2017 - 2021
        """)));
    assertTrue(JobLine.titleScore("Staff Engineer") > 0);
  }

  @Test
  void fiftyOneJobKeysNameTheTitleOfTheCompanyAbove() {
    assertEquals(List.of("汉水数智科技有限公司 | 高级Java开发工程师 | 2020-04"), jobs(read("""
        工作经历
        公司名称：汉水数智科技有限公司
        所在部门：交易平台部
        职位名称：高级Java开发工程师
        在职时间：2020/04 - 至今
        工作描述：订单中心微服务拆分。
        """)));
  }

  @Test
  void aMiddleDotBetweenSpacesSeparatesCompanyTitleAndDates() {
    assertEquals(List.of("燕山智能科技有限公司 | 推荐算法工程师 | 2021-07"), jobs(read("""
        ## 工作经历
        **燕山智能科技有限公司** · 推荐算法工程师 · 2021.07 - 至今
        - 信息流推荐召回与排序。
        """)));
  }

  @Test
  void aSingleYearOpeningAnEntryLineDatesIt() {
    assertEquals(List.of("巴山信息技术有限公司 | 产品助理 | 2015-01"), jobs(read("""
        【工作经历】
        2015年　巴山信息技术有限公司　产品助理（实习）
        需求调研与竞品分析。
        """)));
    assertEquals(List.of(), jobs(read("""
        【工作经历】
        2015年度获得公司优秀员工称号
        """)));
  }

  @Test
  void aLabelBeforeAListOfSkillsNamesItsGroupNotASkill() {
    assertEquals(List.of("React", "TypeScript", "AWS"), read("""
        Skills
        - **Frontend:** React, TypeScript
        - **Cloud:** AWS
        """).skills());
  }

  @Test
  void aTwoColumnPageSavedAsTextIsReadOneColumnAfterTheOther() {
    var p = read("""
        MARTA VOLPE                               Android Engineer
        marta.volpe@example.it                    +39 333 555 0101

        SKILLS                                    EXPERIENCE
        Kotlin                                    Android Engineer
        Jetpack Compose                           Dora Mobility S.r.l. | 2021.05 - Present
        Firebase                                  Compose apps for bike sharing.

        LANGUAGES                                 Junior Developer
        Italian, English                          Stura Apps | 2018.02 - 2021.04
                                                  Java maintenance, unit tests.
        """);
    assertEquals("Marta Volpe", p.name());
    assertEquals("+39 333 555 0101", p.phone());
    assertEquals(List.of("Dora Mobility S.r.l. | Android Engineer | 2021-05",
        "Stura Apps | Junior Developer | 2018-02"), jobs(p));
    assertEquals(List.of("Kotlin", "Jetpack Compose", "Firebase"), p.skills());
  }

  @Test
  void fixedWidthDatesInFrontOfEachEntryAreNotAColumn() {
    String text = """
        Experience
        2021.05 - Present    Dora Mobility S.r.l. | Android Engineer
        2018.02 - 2021.04    Stura Apps | Junior Developer
        2016.09 - 2018.01    Po Apps | Intern
        2015.01 - 2016.08    Tanaro Labs | Intern
        """;
    assertEquals(text, TextColumns.read(text));
  }

  @Test
  void theParagraphIntroducingAJobAdsKeywordCountsIsNotTheCandidates() {
    assertEquals(List.of("PHP", "MySQL"), read("""
        技能清单
        - Web开发：PHP
        - 数据库：MySQL

        参考关键字

        本列表是从招聘Java的数百份JD中统计出来的，给HR看的简历请从中挑选。

        - java(730)
        - spring(305)
        - oracle(207)
        """).skills());
  }

  @Test
  void anEmployerOrARoleInASkillsListIsNotASkill() {
    assertEquals(List.of("Kotlin", "Android"), read("""
        Skills
        Kotlin, Android, Weibo open platform, Recruiter
        """).skills());
  }

  @Test
  void aLabelledValueEndsWhereTheNextLabelOnItsLineStarts() {
    var p = read("柏雨舟\n现居：成都　电话：139 8012 6637　邮箱：baiyuzhou@example.com\n");
    assertEquals("成都", p.location());
    assertEquals("baiyuzhou@example.com", p.email());
  }

  @Test
  void aNameInCapitalsKeepsItsHyphenApostropheAndMc() {
    assertEquals("Kofi Asante-Boateng", Names.titleCase("KOFI ASANTE-BOATENG"));
    assertEquals("Siobhan McAllister", Names.titleCase("SIOBHAN MCALLISTER"));
    assertEquals("Aoife O'Neill", Names.titleCase("AOIFE O'NEILL"));
    assertEquals("Mcc Li", Names.titleCase("MCC LI"));
  }

  @Test
  void aSchoolUnderItsDegreeAndDatesIsOneEducation() {
    var p = read("Kojo Mensah\n\nEducation\nBSc Computer Science\t2011 – 2015\nUniversity of Elmina, Cape Coast\n");
    assertEquals(1, p.education().size(), p.education()::toString);
    assertEquals("University of Elmina", p.education().get(0).school());
    assertEquals("BSc Computer Science", p.education().get(0).degree());
    assertEquals("2011-01", p.education().get(0).start());
  }
}
