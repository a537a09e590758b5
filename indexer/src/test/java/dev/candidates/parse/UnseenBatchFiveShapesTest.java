package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.jobs;
import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Education;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the fifth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchFiveShapesTest {
  static Profile markdown(String text) {
    return ResumeParserTest.PARSER.read(text, "md").profile();
  }

  @Test
  void aReadmeResumeGivesItsGreetedNameBadgeContactsAndEmojiHeadedJobs() {
    Profile p = markdown("""
        <div align="center">

        # 👋 Hello, I'm Amara Nwosu-Eze

        [![Mail](https://img.shields.io/badge/mail-amara-blue)](mailto:amara%40example.org)
        [![Call](https://img.shields.io/badge/call-now-green)](tel:+2348035550199)

        </div>

        ## 🧰 Tech stack

        | Area | Tools |
        |------|-------|
        | Languages | Go, Kotlin |

        ## 💼 Experience

        ### 🏢 Kola Logistics &nbsp;·&nbsp; Backend Engineer
        <sub>📍 Lagos &nbsp;|&nbsp; 🗓️ Mar 2021 – present</sub>

        - Moved billing to event sourcing.
        """);
    assertEquals("Amara Nwosu-Eze", p.name());
    assertEquals("amara@example.org", p.email());
    assertEquals("2348035550199", p.phone().replaceAll("\\D", ""));
    assertEquals(List.of("Kola Logistics | Backend Engineer | 2021-03"), jobs(p));
    assertEquals(List.of("Go", "Kotlin"), p.skills());
  }

  @Test
  void aNicknameBetweenTheNamesIsNoPartOfTheName() {
    assertEquals("Robert McAllister", read("ROBERT (BOBBY) MCALLISTER\nbobby.mca@example.com\n").name());
    assertEquals("Jane Okoro", read("Jane \"JJ\" Okoro\njj@example.com\n").name());
  }

  @Test
  void europassBracketedDatesOverTheEmployerAndItsPageFooterGiveTheJobsOnly() {
    assertEquals(List.of("Brisa Analytics S.L. | Data Engineer | 2019-02",
        "Giralda Sistemas S.A. | Software Developer | 2015-05"), jobs(read("""
        Inés Robles
        ines@example.es
        WORK EXPERIENCE
        [ 01/02/2019 – Current ] Data Engineer
        Brisa Analytics S.L.
        City: Seville | Country: Spain
        © European Union, 2002-2026 | europass.europa.eu Page 1 / 2
        [ 05/2015 – 01/2019 ] Software Developer
        Giralda Sistemas S.A.
        """)));
    assertTrue(PageMarks.is("© European Union, 2002-2026 | europass.europa.eu Page 1 / 2"));
    assertTrue(PageMarks.is("Page 2 of 3"));
    assertTrue(PageMarks.is("第 1 页 / 共 2 页"));
    assertFalse(PageMarks.is("Built a page of 3 charts for the board"));
  }

  @Test
  void aTitleAndItsFieldOnTheDatesLineHaveTheirEmployerBelow() {
    assertEquals(List.of("Ajuntament de Gandia | Trainee – Customer Support | 2014-03"), jobs(read("""
        Experience
        [ 03/2014 – 08/2015 ] Trainee – Customer Support
        Ajuntament de Gandia
        City: Gandia | Country: Spain
        """)));
    assertEquals(List.of("Kestrel | Engineer | 2019-01"), jobs(read("""
        Experience
        Engineer – Kestrel | Jan 2019 – Present
        Leading a team of five engineers
        """)));
  }

  @Test
  void datesThenCompanyThenTitleStackedGiveEachJobItsOwnTitle() {
    assertEquals(List.of("峨眉互动娱乐有限公司 | 主美术设计师 | 2020-04", "锦江数字传媒有限公司 | 视觉设计师 | 2017-07"),
        jobs(read("""
            工作经历
            2020.04 – 至今
            峨眉互动娱乐有限公司
            主美术设计师
            负责三款手游的美术风格。
            2017.07 – 2020.03
            锦江数字传媒有限公司
            视觉设计师
            """)));
  }

  @Test
  void clientEngagementsAndARemarksDateAreNotJobs() {
    assertEquals(List.of("Marlow & Finch Consulting LLP | Principal, Retail Practice | 2018-03",
        "Harbourview Partners | Manager | 2012-09"), jobs(read("""
        Experience
        Principal, Retail Practice
        Marlow & Finch Consulting LLP, Boston, MA
        Mar 2018 – Present
          Client engagements
          • Regional pharmacy chain (Jan 2022 – Present): store network redesign for 200 stores.
          – Coastal Outfitters: loyalty analytics for the whole chain (2019–2021)
        Manager (promoted from Associate, 2015)
        Harbourview Partners, Chicago, IL
        Sep 2012 – Feb 2018
        """)));
    assertTrue(JobLine.companyScore("Harbourview Partners") > 0);
    assertTrue(JobLine.titleScore("Managing Partner") > 0);
    assertTrue(JobLine.titleScore("Demand Planner") > 0);
  }

  @Test
  void aCareerBreakDatedLikeAJobIsNotOne() {
    assertEquals(List.of("Tamesis Software | Support Engineer | 2022-06",
        "Kennet Housing Association | Help Desk Analyst | 2016-05"), jobs(read("""
        Experience
        Support Engineer — Tamesis Software, Reading
        June 2022 – Present
        Career break
        August 2020 – May 2022
        Looked after my father.
        Help Desk Analyst — Kennet Housing Association, Newbury
        May 2016 – July 2020
        """)));
  }

  @Test
  void aCompanyAndItsCityBeforeATitleAreNotOnePlace() {
    assertEquals(List.of("Brygga Ferries", "Deck Planner"), JobLine.parts("Brygga Ferries, Kalmar — Deck Planner"));
    assertEquals(List.of("Engineer"), JobLine.parts("Engineer | Santa Clara, California"));
    assertEquals(List.of("Engineer"), JobLine.parts("San Diego, CA — Engineer"));
  }

  @Test
  void aPlaceBracketedInsideAChineseCompanyNameStaysInIt() {
    assertEquals(List.of("蓝湾物流（深圳）有限公司", "运营经理"), JobLine.parts("蓝湾物流（深圳）有限公司 | 运营经理"));
    assertEquals(List.of("东港精工有限公司"), JobLine.parts("东港精工有限公司（机械制造 | 500-999人 | 外资（欧美））"));
  }

  @Test
  void bilingualLabelsWithTheDatesFirstInEachBlock() {
    Profile p = read("""
        基本信息 Personal Information
        姓名 Name：程远航 Cheng Yuanhang
        电话 Tel：139 0101 4471
        工作经历 Work Experience
        时间 Period：2020年5月 – 至今 Present
        公司 Company：东湖云链科技有限公司
        职位 Position：后端工程师 Backend Engineer
        描述 Description：负责订单服务。
        时间 Period：2017年7月 – 2020年4月
        公司 Company：汉阳数码有限公司
        职位 Position：Java开发工程师
        """);
    assertEquals("程远航", p.name());
    assertEquals(List.of("东湖云链科技有限公司 | 后端工程师 Backend Engineer | 2020-05",
        "汉阳数码有限公司 | Java开发工程师 | 2017-07"), jobs(p));
  }

  @Test
  void aWordTablesLabelCellsNameNoCompanyTitleOrSchool() {
    Profile p = read("""
        邵明川
        139 0531 8890
        工作经历
        起止时间 | 2019.09—2023.06 | 工作单位 | 泰山软件股份有限公司
        职务 | 运维工程师 | 所在部门 | 基础架构部
        工作内容 | 负责Kubernetes集群运维。
        教育背景
        起止时间 | 学校 | 专业 | 学历
        2015.09—2019.06 | 泉城理工大学 | 网络工程 | 本科
        """);
    assertEquals(List.of("泰山软件股份有限公司 | 运维工程师 | 2019-09"), jobs(p));
    assertEquals(List.of("泉城理工大学"), p.education().stream().map(Education::school).toList());
  }

  @Test
  void aPlaceLineUnderTheHeadlineAfterASidebarIsTheCandidates() {
    Profile p = read("""
        Lina Haddad
        Contact
        lina.haddad@example.com
        Top Skills
        SQL
        Data Analyst at Cedar Insights
        Dubai, United Arab Emirates
        Experience
        Cedar Insights
        Data Analyst
        March 2021 - Present (5 years 8 months)
        Abu Dhabi, United Arab Emirates
        """);
    assertEquals("Dubai, United Arab Emirates", p.location());
    assertEquals(null, ResumeParser.placeBeforeEntries(List.of("Experience", "Acme Labs", "Berlin, Germany")));
  }

  @Test
  void aHomeAddressGivesItsCityWithoutThePostcode() {
    assertEquals("Valencia", ContactBlock.addressTail("Carrer de Colón 8, 46004 Valencia (Spain)"));
    assertEquals("Valencia", read("Pau Mira\nHome: Carrer de Colón 8, 46004 Valencia (Spain)\npau@example.es\n")
        .location());
  }
}
