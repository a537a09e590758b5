package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes found by résumés written after the evaluation set was tuned (issue 12), each on a small invented one. */
class UnseenShapesTest {
  static Profile read(String text) {
    return ResumeParserTest.PARSER.read(text, "txt").profile();
  }

  static List<String> jobs(Profile p) {
    return p.experience().stream().map(e -> e.company() + " | " + e.title() + " | " + e.start()).toList();
  }

  @Test
  void severalRolesUnderOneCompanyAndItsTenureEachBelongToIt() {
    Profile p = read("""
        Ines Duarte
        Experience
        Tagus Freight Labs
        5 years 3 months
        Lead Engineer
        May 2022 - Present (2 years 7 months)
        Lisbon, Portugal
        Software Engineer
        August 2019 - April 2022 (2 years 9 months)
        Ribeira Apps Ltd.
        Junior Developer
        June 2017 - July 2019 (2 years 2 months)
        """);
    assertEquals(List.of("Tagus Freight Labs | Lead Engineer | 2022-05", "Tagus Freight Labs | Software Engineer | 2019-08",
        "Ribeira Apps Ltd. | Junior Developer | 2017-06"), jobs(p));
  }

  @Test
  void aTenureInBracketsIsNeverTheTitle() {
    assertEquals(List.of("青岩数据有限公司 | null | 2020-03"), jobs(read("""
        工作经验
        2020/3--至今：青岩数据有限公司（150-500人） [ 4年8个月]
        """)));
  }

  @Test
  void theTitleUnderTheDatesAfterTheCompanysFactsIsTheJobsTitle() {
    Profile p = read("""
        工作经历
        2019.08 - 至今　苍山信息技术有限公司（1000-9999人）
        职位：技术经理
        汇报对象：CTO
        负责搜索团队。
        2017/7--2019/7：洱海网联有限公司（150-500人）
        所属行业：计算机软件
        研发中心 软件测试工程师
        功能测试。
        """);
    assertEquals(List.of("苍山信息技术有限公司 | 技术经理 | 2019-08", "洱海网联有限公司 | 软件测试工程师 | 2017-07"), jobs(p));
    assertEquals("功能测试。", p.experience().get(1).description().lines().toList().getLast());
  }

  @Test
  void aBulletedLineWithATitleAndACompanyBeforeItsDatesIsAJob() {
    Profile p = read("""
        Work
        - Staff Designer @ Juniper Loop (2021–present) — the design system
        - Designer at Willow Print Co. (2018–2021)
        - Shipped the 2019 redesign with the marketing team, on time and under budget (2019)
        """);
    assertEquals(List.of("Juniper Loop | Staff Designer | 2021-01", "Willow Print Co. | Designer | 2018-01"), jobs(p));
  }

  @Test
  void aTitleWordAtTheEndOfAPartMakesItTheTitle() {
    assertEquals(List.of("Kumasi Cloud Services | Systems Administrator | 2017-07"),
        jobs(read("Experience\nSystems Administrator — Kumasi Cloud Services\nJul 2017 – Jan 2021\n")));
    assertEquals(List.of("Elbe Data Works | Software Developer | 2016-01"),
        jobs(read("Experience\n2016 – 2018   Software Developer (working student), Elbe Data Works, Hamburg\n")));
  }

  @Test
  void aCompanyBeforeItsCityIsNotAPlaceButADistrictIs() {
    assertFalse(Places.isLocation("Elbe Data Works, Hamburg"));
    assertTrue(Places.isLocation("Mitte, Berlin"));
    assertTrue(Places.isLocation("Salt Lake City, UT"));
  }

  @Test
  void aLatinNameInBracketsAfterAChineseCompanyIsKeptAndARemarkIsNot() {
    assertEquals(List.of("蓝鲸互娱（BlueWhale Games） | 数据挖掘工程师 | 2020-07", "赤水科技有限公司 | 后端工程师 | 2018-07"),
        jobs(read("""
            工作经历
            2020.07-2023.06  蓝鲸互娱（BlueWhale Games） 数据挖掘工程师
            2018.07-2020.06  赤水科技有限公司（Remote） 后端工程师
            """)));
  }

  @Test
  void anEnglishNameAfterAChineseCompanysDotIsPartOfItsNameAndAPlaceOrTitleIsNot() {
    assertEquals(List.of("青岚储能科技有限公司 · Qinglan Energy Storage | 电池管理工程师 BMS Engineer | 2021-05",
        "青岚储能科技有限公司 | 测试工程师 | 2018-03"), jobs(read("""
            工作经历
            青岚储能科技有限公司 · Qinglan Energy Storage
            电池管理工程师 BMS Engineer — 2021-05 至今
            - 负责电池管理系统
            青岚储能科技有限公司 · Suzhou
            测试工程师 — 2018-03 – 2021-04
            """)));
  }

  @Test
  void aSentenceAboveTheDatesIsNotTheNextJobsHeading() {
    Profile p = read("""
        WORK EXPERIENCE
        01/03/2019 – CURRENT Kraków, Poland
        DATA ENGINEER – VISTULA ANALYTICS SP. Z O.O.
        Batch and streaming pipelines in Python, Airflow and Spark.
        15/09/2016 – 28/02/2019 Warsaw, Poland
        JUNIOR BI DEVELOPER – MAZOVIA RETAIL S.A.
        """);
    assertEquals(List.of("VISTULA ANALYTICS SP. Z O.O. | DATA ENGINEER | 2019-03",
        "MAZOVIA RETAIL S.A. | JUNIOR BI DEVELOPER | 2016-09"), jobs(p));
  }

  @Test
  void aFullPostalAddressGivesItsCityAndCountry() {
    assertEquals("Kraków, Poland", read("Marta Nowak\nAddress: ul. Długa 12, 31-147, Kraków, Poland (Home)\n")
        .location());
    assertEquals("Kraków, Poland", ContactBlock.addressTail("ul. Długa 12, 31-147, Kraków, Poland (Home)"));
    assertEquals("12 Long Street", ContactBlock.addressTail("12 Long Street"));
  }

  @Test
  void formsOfAddressAndLettersAfterTheNameAreNotTheName() {
    assertEquals("Tomás Echeverría", Names.leading("Dr. Tomás Echeverría"));
    assertEquals("Ada Moss", Names.leading("Prof Ada Moss"));
    assertEquals("Ada Moss", Names.leading("Ada Moss, PhD"));
  }

  @Test
  void aWordBeforeAColonIsALabelNotAName() {
    assertNull(Names.leading("简历编号：LP-5527190 更新时间：2026-10-12"));
    assertEquals("韦思远", read("简历编号：LP-5527190　更新时间：2026-10-12\n\n韦思远 | 男 | 34岁\n").name());
  }

  @Test
  void academicEuropassAndLinkedInHeadingsOpenTheirSections() {
    assertEquals(Section.EXPERIENCE, Section.of("Positions"));
    assertEquals(Section.EXPERIENCE, Section.of("Academic Appointments"));
    assertEquals(Section.OTHER, Section.of("Teaching"));
    assertEquals(Section.AWARDS, Section.of("Grants and Awards"));
    assertEquals(Section.EDUCATION, Section.of("EDUCATION AND TRAINING"));
    assertEquals(Section.SKILLS, Section.of("DIGITAL SKILLS"));
    assertEquals(Section.SKILLS, Section.of("Top Skills"));
    assertEquals(Section.SKILLS, Section.of("【技能标签】"));
    Profile p = read("""
        Positions
        Lecturer in Geophysics, Northbridge University, 2021–present
        Teaching
        Inverse Problems (MSc), Northbridge University, 2022–2024
        """);
    assertEquals(List.of("Northbridge University | Lecturer in Geophysics | 2021-01"), jobs(p));
  }

  @Test
  void aTitleWithItsDatesTakesTheCompanyOnTheLineAbove() {
    assertEquals(List.of("Liffey Payments | Senior Project Manager | 2021-03", "Claddagh Software Ltd | Project Manager | 2017-06"),
        jobs(read("""
            Professional Experience
            Liffey Payments – Dublin, Ireland
            Senior Project Manager (03/2021 – Present)
            Led the card-issuing rollout.
            Claddagh Software Ltd – Galway, Ireland
            Project Manager (06/2017 – 02/2021)
            """)));
    assertEquals(List.of("黄浦云信科技有限公司 | Golang开发工程师 | 2022-03"),
        jobs(read("工作经历\n黄浦云信科技有限公司\nGolang开发工程师  2022.03-至今\n内容：IM网关。\n")));
    // a phrase above is a description, not a company
    assertEquals(List.of("null | Data Engineer | 2020-01"),
        jobs(read("Experience\nPayment routing in Java\nData Engineer (01/2020 – Present)\n")));
  }

  @Test
  void anUnknownPlaceAfterTheDatesLeavesTheHeadingAboveAsTheJob() {
    Profile p = read("""
        Experience
        Founder & CTO, Panela Labs
        Jan 2022 – Mar 2024 · Medellín
        Built a marketplace for growers.
        Freelance Full-Stack Developer
        2019 – 2021 · Remote
        Client work in Django, React and PostgreSQL.
        """);
    assertEquals(List.of("Panela Labs | Founder & CTO | 2022-01", "null | Freelance Full-Stack Developer | 2019-01"),
        jobs(p));
  }

  @Test
  void aPlaceAfterADashInTheHeaderAndAPlaceInBothScriptsAreLocations() {
    assertEquals("Medellín, Colombia", read("Camila Rios\nFull-stack developer — Medellín, Colombia\n").location());
    assertEquals("深圳 Shenzhen", read("常嘉禾\njiahe@example.com | 深圳 Shenzhen\n").location());
    assertTrue(Places.isLocation("深圳 Shenzhen"));
    assertFalse(Places.isLocation("深蓝数据 Deep Blue Data"));
  }

  @Test
  void aBuildersJsonThatSharesOnlyBasicsIsReadAsText() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
        {"basics": {"name": "Hiro Sato", "email": "hiro@example.jp"},
         "sections": {"experience": {"items": [{"company": "Naniwa Data Labs", "position": "Data Scientist",
           "date": "October 2018 - March 2021"}]}}}
        """);
    assertEquals(JsonResumes.Shape.OTHER, JsonResumes.shape(json));
    ParsedResume r = JsonResumes.read(json, ResumeParserTest.PARSER);
    assertEquals(List.of("Naniwa Data Labs | Data Scientist | 2018-10"), jobs(r.profile()));
    assertEquals(JsonResumes.Shape.JSON_RESUME, JsonResumes.shape(new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"basics\": {\"name\": \"Hiro Sato\"}, \"work\": []}")));
  }

  @Test
  void networkingSkillsAreListedSkills() {
    assertEquals(List.of("Cisco", "BGP", "OSPF"), read("Skills\nCisco, BGP, OSPF\n").skills());
  }
}
