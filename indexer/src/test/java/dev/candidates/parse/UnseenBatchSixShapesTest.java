package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the sixth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchSixShapesTest {
  @Test
  void headingsDrawnBetweenRulesOrAfterAMarkOpenTheirSections() {
    Profile p = read("""
        钱小雨
        qian.xy@example.com · 139 0000 4412

        ~ 工作经验 ~

        杭州青柠网络有限公司 运营专员 2020.07 - 至今

        ■ 学历

        浙江南湖大学 市场营销 本科 2016.09 - 2020.06

        — 专业技能 —

        Excel、SQL
        """);
    assertEquals(List.of("杭州青柠网络有限公司"), p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("浙江南湖大学"), p.education().stream().map(Education::school).toList());
    assertEquals(List.of("Excel", "SQL"), p.skills());
  }

  @Test
  void theItemsOfAListShapedSkillsSectionAreListedSkillsEvenWhenTheTaxonomyDoesNotKnowThem() {
    Profile p = read("""
        Marek Dvořák
        marek.d@example.cz

        Experience
        Vltava Tooling s.r.o. | Process Engineer | 2019.04 - Present

        Skills
        Python, Creo Parametric, Kaizen (certified), Python
        • Gemba walks
        • Poka-yoke
        Languages: Czech (native), English (fluent, C2)
        Interests | Climbing, chess
        I enjoy mentoring junior engineers and writing internal guides.
        """);
    // (Mentoring is the taxonomy's, from the prose line; the languages row names no skill)
    assertEquals(List.of("Python", "Mentoring", "Creo Parametric", "Kaizen", "Gemba walks", "Poka-yoke"),
        p.skills());
  }

  @Test
  void aChineseSkillsListKeepsUnknownToolsAsWrittenButNotItsCertificates() {
    Profile p = read("""
        唐一鸣
        tangym@example.com

        工作经历
        成都锦江物联科技有限公司 硬件工程师 2021.07 - 至今

        专业技能
        熟练使用 Altium Designer、嘉立创EDA、Python
        CET-6（580分）、计算机二级
        """);
    // (CET-6 is a certificate of English, which a recruiter records as a language, not a listed skill)
    assertEquals(List.of("Python", "Altium Designer", "嘉立创EDA"), p.skills());
  }

  @Test
  void aTitleBeforeTheNameIsNoPartOfItAndASpacedDocumentTitleIsNoName() {
    assertEquals("宋知微", read("""
        个 人 简 历
        博士 宋知微
        zhiwei.song@example.cn | 138 0000 7731
        """).name());
    assertEquals("许清和", read("""
        履 历 表
        Prof. 许清和 Qinghe Xu
        qinghe.xu@example.edu
        """).name());
    assertEquals("Imogen Stray", read("""
        CURRICULUM VITAE
        Dr. Imogen Stray
        imogen.stray@example.ac.uk
        """).name());
  }

  @Test
  void aNameInTraditionalCharactersIsRecordedAsWritten() {
    Profile p = read("""
        黃詠詩 Wing Sze Wong
        wingsze.wong@example.hk
        工作經驗
        Victoria Harbour Freight Ltd. | Analyst | 2020.01 - Present
        """);
    assertEquals("黃詠詩", p.name());
  }

  @Test
  void aLabelInsideAHeaderPartLeavesWithItsValue() {
    Profile p = read("""
        孟晓川 数据仓库工程师 期望城市：苏州
        mengxc@example.com 137 0000 2290
        """);
    assertEquals("孟晓川", p.name());
    assertEquals("数据仓库工程师", p.headline());
    assertEquals("苏州", p.location());
  }

  @Test
  void aSitesOwnJsonOfModulesGivesItsJobsSchoolContactsAndSkillTags() throws Exception {
    String json = """
        {"pageId": "p-77", "blocks": [
          {"kind": "basic", "label": "个人信息", "shown": true,
           "content": {"fullName": "蒋若溪", "mail": "jiangrx@example.cn", "mobile": "+86 136 0000 5521",
                       "city": "南京"}},
          {"kind": "jobs", "label": "工作经历", "shown": true, "items": [
            {"employer": "南京紫金云数科技有限公司", "position": "测试工程师",
             "period": {"start": "2020-04", "end": null, "current": true}},
            {"employer": "苏州金鸡湖软件有限公司", "position": "测试助理",
             "period": {"start": "2018-07", "end": "2020-03"}}]},
          {"kind": "school", "label": "教育背景", "shown": true, "items": [
            {"school": "江苏南秦大学", "degree": "本科", "period": {"from": "2014-09", "to": "2018-06"}}]},
          {"kind": "skills", "label": "专业技能", "shown": true, "tags": ["Selenium", "JMeter", "禅道"]}
        ]}""";
    Profile p = JsonResumes.read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json),
        ResumeParserTest.PARSER).profile();
    assertEquals("蒋若溪", p.name());
    assertEquals("南京", p.location());
    assertEquals(List.of("南京紫金云数科技有限公司 | 测试工程师 | 2020-04 | null",
        "苏州金鸡湖软件有限公司 | 测试助理 | 2018-07 | 2020-03"),
        p.experience().stream().map(e -> e.company() + " | " + e.title() + " | " + e.start() + " | " + e.end()).toList());
    assertEquals(List.of("江苏南秦大学"), p.education().stream().map(Education::school).toList());
    assertEquals(List.of("Selenium", "JMeter", "禅道"), p.skills());
  }

  @Test
  void aResumePastedIntoAnEmailIsReadWithoutTheMailAndItsWrappedLinesJoined() {
    Profile p = read("""
        From: Niamh Ó Faoláin <niamh.of@example.ie>
        Sent: Monday, 2 November 2026 09:40
        To: jobs@example-recruiters.example.com
        Subject: CV - Niamh O Faolain - Process Engineer (ref
        PX-118)

        Hello,

        My CV is below, I am on my phone and could not attach it.

        Best regards,
        Niamh

        Sent from my Android

        ------ CV ------

        NIAMH Ó FAOLÁIN
        Sligo, Ireland | +353 86 555 0172 |
        niamh.of@example.ie

        EXPERIENCE
        Garavogue Medical Ltd, Sligo - Senior Process
        Engineer, Apr 2020 - now
          * Owned the validation of six moulding
        lines
        Moy Valley Plastics, Ballina - Process Engineer, Sep
        2016 - Mar 2020

        ------ end ------
        """);
    assertEquals("Niamh Ó Faoláin", p.name());
    assertEquals("+353 86 555 0172", p.phone());
    assertEquals("Sligo, Ireland", p.location());
    assertEquals(List.of("Garavogue Medical Ltd | Senior Process Engineer | 2020-04",
        "Moy Valley Plastics | Process Engineer | 2016-09"), UnseenShapesTest.jobs(p));
    assertEquals("Owned the validation of six moulding lines", p.experience().get(0).description()
        .replaceFirst("^\\W+", ""));
  }

  @Test
  void theCandidatesOwnPlaceIsTheirAddressLineOrPinNotAnEmployersCityARemarkOrALabel() {
    assertEquals("Hinesville, GA", read("""
        Dorian K. Wells
        Hinesville, GA 31313 US
        Mobile: 912-555-0144
        Email: dorian.wells@example.net
        Desired locations: US-GA-Savannah
        Work Experience
        Harbor Ordnance Depot, Savannah, GA    May 2019 - Present
        Logistics Specialist
        """).location());
    assertEquals("Exeter, UK", read("""
        Tamsin Roe
        Freelance Illustrator — Exeter, UK (remote or on-site in Devon)
        tamsin@example.co.uk
        """).location());
    assertEquals("Bonn", read("""
        Personal Details
        | Name | Lena Hofstetter |
        | Address | Kaiserstraße 8, 53113 Bonn |
        | Phone | +49 228 5550 1190 |
        | E-mail | lena.h@example.de |
        """).location());
    assertEquals("大阪", read("""
        | 姓名 | 林佳慧 | 性别 | 女 |
        | 现住址 | 〒530-0012 大阪府大阪市北区芝田1-2-3 |
        | 电话 | 080-5555-7781 | 邮箱 | lin.jh@example.jp |
        """).location());
    assertEquals("Sha Tin, Hong Kong", read("""
        Work Experience
        Tolo Harbour Freight Ltd.
        Planner
        Mar 2021 – Present
        Ho Wing Sze
        📞 +852 6555 0193
        ✉ wingsze.ho@example.hk
        📍 Sha Tin, Hong Kong 香港沙田
        """).location());
  }

  @Test
  void hrbpIsATitleAndPsIsPhotoshopAmongDesignToolsOnly() {
    assertEquals(List.of("东莞南城电子有限公司 | HRBP | 2019-05"), UnseenShapesTest.jobs(read("""
        许晓彤
        xu.xt@example.com
        工作经历
        东莞南城电子有限公司
        HRBP
        2019/05 — 2022/02
        """)));
    assertEquals(List.of("Excel", "Photoshop", "SPSS", "剪映"), // known concepts first, then unknown items
        read("许晓彤\nxu.xt@example.com\n技能\n熟练使用 Excel、SPSS、PS、剪映\n").skills());
    assertEquals(List.of("Python", "SQL", "PS"), read("Ada Wu\nada@example.com\nSkills\nPython, SQL, PS\n").skills());
  }

  @Test
  void aTemplatesWritingNotesGiveNoSkillsAndNoJobs() {
    Profile p = read("""
        Rory Flint
        rory@example.com
        Skills
        Go, Kafka
        Resume writing notes
        - List R and other languages only if you have used them; 2019 – 2021 dates go on the right.
        - Keep each job to three lines, e.g. Acme Ltd | Engineer | 2020 - Present
        """);
    assertEquals(List.of("Go", "Kafka"), p.skills());
    assertEquals(List.of(), p.experience());
  }

  @Test
  void aCompanyIsRecordedAsWrittenNotInTheFormsReadingFoldsTo() {
    Profile p = read("""
        周明轩
        zhou.mx@example.jp
        工作经历
        阪和物流株式会社 主任 2018.07 - 至今
        港航貿易有限公司 分析師 2014.04 - 2018.06
        """);
    assertEquals(List.of("阪和物流株式会社", "港航貿易有限公司"),
        p.experience().stream().map(Experience::company).toList());
  }
}
