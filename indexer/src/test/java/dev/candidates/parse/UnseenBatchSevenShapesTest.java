package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the seventh unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchSevenShapesTest {
  @Test
  void letterSpacedHeadingsOpenTheirSections() {
    Profile p = read("""
        ODETTE MARLOWE
        odette.m@example.co.uk

        P R O F E S S I O N A L   E X P E R I E N C E

        Fenwick Row Studios | Designer | 2021 - Present

        E D U C A T I O N

        Thornbury College of Art
        BA Illustration, 2017 - 2020

        S K I L L S
        Procreate, Affinity Designer, Figma
        """);
    assertEquals(List.of("Fenwick Row Studios"), p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Thornbury College of Art"), p.education().stream().map(Education::school).toList());
    assertEquals(List.of("Figma", "Procreate", "Affinity Designer"), p.skills());
  }

  @Test
  void skillsListedUnderAnotherHeadingOrInLabelledRowsAreListedSkills() {
    Profile german = read("""
        Lukas Brenner
        lukas.b@example.de

        IT Skills
        Languages:     Rust, Python
        Systems:       Zephyr RTOS, NuttX
        Tools:         Git, Lauterbach
        """);
    assertEquals(List.of("Rust", "Python", "Git", "Zephyr RTOS", "NuttX", "Lauterbach"), german.skills());

    Profile toolkit = read("""
        Ana Ferreira
        ana.f@example.pt

        TOOLKIT
        Methods   contextual inquiry, tree testing
        Tools     Optimal Workshop, Lookback
        """);
    assertEquals(List.of("contextual inquiry", "tree testing", "Optimal Workshop", "Lookback"), toolkit.skills());
  }

  @Test
  void chineseSkillsUnderStrengthsAMarkedHeadingOrAnOtherRowAreListedAsWritten() {
    Profile strengths = ResumeParserTest.PARSER.read("""
        # 简历 · 郑一鸣
        电话：135 0000 2231 | 邮箱：zheng.ym@example.cn

        ## 个人优势
        - 6 年搜索算法经验，熟悉召回与排序全链路
        - 熟练掌握 Go、Milvus、ClickHouse

        ## 工作经历
        **深圳远帆科技有限公司** ｜ 算法工程师 ｜ 2020.04 - 至今
        """, "md").profile();
    assertEquals(List.of("Go", "Milvus", "ClickHouse"), strengths.skills());

    Profile marked = read("""
        许 嘉 怡
        ✉ xujiayi@example.com

        ▍技能证书 SKILLS
        薪税师（三级）｜ 熟练使用 钉钉、Moka、Excel ｜ CET-6

        【專長】
        薪資計算、勞健保作業

        技能特长
        · 语言能力：CET-4（520分），普通话二级乙等
        · 其他：活动策划、社群运营
        """);
    // The certificates and the language row are no skills; the Traditional items stay as written.
    assertEquals(List.of("Excel", "钉钉", "Moka", "薪資計算", "勞健保作業", "活动策划", "社群运营"), marked.skills());
  }

  @Test
  void aListedItemKeepsItsYearAndDropsItsLevelAndAProductOfAKnownToolIsItsOwnSkill() {
    Profile p = read("""
        Siti Hajar binti Osman
        siti.hajar@example.com.my

        Skills
        Workday (Advanced), Leave Management (Intermediate), Industrial Relations Act 1967 (Basic)
        SAP PP · Vendor Negotiation · Demand Planning 需求计划 · Excel · AWS CloudWatch
        对企业级应用有深刻理解
        """);
    // (a brand inside a known platform is that platform; the prose line's "级" makes no certificate of it, and the
    // concept it names is the taxonomy's)
    assertEquals(List.of("Excel", "AWS", "Enterprise Software", "Workday", "Leave Management", "Industrial Relations Act 1967", "SAP PP",
        "Vendor Negotiation", "Demand Planning"), p.skills());
  }

  @Test
  void aPersonalDataBlockGivesTheNameAndTheAddressGivesTheCity() {
    Profile p = read("""
        CURRICULUM VITAE

        Personal Data
        Name:              Wiebke Anna Harms
        Date of birth:     04.07.1991 in Kiel
        Address:           Am Wall 7, 24103 Kiel
        E-mail:            w.harms@example.de

        Professional Experience
        since 01/2021          Förde Robotics GmbH, Kiel
                               Controls Engineer
        """);
    assertEquals("Wiebke Anna Harms", p.name());
    assertEquals("Kiel", p.location());
  }

  @Test
  void aChineseKeyValueHeaderWithPaddedLabelsAndTwoPairsALineGivesNameAndCity() {
    Profile p = read("""
        个人简历

        基本信息
        姓    名：蒙嘉欣                 性    别：女
        出生年月：2002.11                政治面貌：群众
        电    话：177 0000 3302          邮    箱：mengjx@example.cn
        现居城市：柳州                   求职意向：行政专员

        教育背景
        2020.09 - 2024.06    桂中师范学院    汉语言文学（本科）
        """);
    assertEquals("蒙嘉欣", p.name());
    assertEquals("柳州", p.location());
  }

  @Test
  void aNameSpacedPerCharacterIsTheName() {
    assertEquals("郭子涵", read("""
        郭 子 涵
        求职意向：财务专员 ｜ 到岗时间：随时

        ☎ 138 0000 1212    ✉ guozh@example.com
        """).name());
  }

  @Test
  void aLinkedInSidebarBeforeTheNameGivesNeitherNameNorHeadline() {
    Profile p = read("""
        Contact
        www.linkedin.com/in/rhea-castell (LinkedIn)
        rhea.castell@example.com

        Top Skills
        Looker
        Apache Kafka

        Languages
        English (Native or Bilingual)

        Rhea Castell
        Data Engineer at Brightmoor Logistics
        Leeds, England, United Kingdom

        Summary
        Builds pipelines.
        """);
    assertEquals("Rhea Castell", p.name());
    assertEquals("Data Engineer at Brightmoor Logistics", p.headline());
  }

  @Test
  void aMalayOrIndianPatronymicStaysInTheName() {
    assertEquals("Ahmad Faris bin Zulkifli", read("""
        Ahmad Faris bin Zulkifli
        Penang, Malaysia
        faris.z@example.com.my
        """).name());
    assertEquals("Kavitha a/p Ramasamy", read("""
        Kavitha a/p Ramasamy | Accounts Executive
        kavitha.r@example.com.my
        """).name());
  }

  @Test
  void aBoldSubHeadingInsideAMarkdownJobKeepsTheJobsBelowIt() {
    Profile p = ResumeParserTest.PARSER.read("""
        # Tomás Aguirre

        ## Work Experience

        ### Category Manager — Pampa Foods S.A.
        *Córdoba · March 2021 – Present*

        **Notable achievements**
        - Cut supplier lead times by 20%

        ### Buyer — Andes Retail S.A.
        *Mendoza · May 2018 – February 2021*

        **Notable achievements**
        - Renegotiated 30 contracts

        ## Education

        **BBA** — Universidad del Sur, 2014 – 2018
        """, "md").profile();
    assertEquals(List.of("Pampa Foods S.A. | Category Manager | 2021-03", "Andes Retail S.A. | Buyer | 2018-05"),
        UnseenShapesTest.jobs(p));
  }

  @Test
  void aTaiwanJobBoardExportGivesTitleThenCompanyWithItsIndustryAndSizeThenDates() {
    Profile p = read("""
        陳怡君
        聯絡電話：0912-000-417
        E-mail：chen.yj@example.tw

        【工作經歷】
        資深行銷專員
        桃園晨光食品股份有限公司｜食品製造業｜100~500人
        2021/4~仍在職　5年8個月
        工作內容：品牌社群經營

        會計助理
        高雄港聯合會計師事務所｜會計服務業｜30~100人
        2018/7~2021/3　2年9個月
        """);
    assertEquals(List.of("桃園晨光食品股份有限公司 | 資深行銷專員 | 2021-04", "高雄港聯合會計師事務所 | 會計助理 | 2018-07"),
        UnseenShapesTest.jobs(p), "as written: Traditional characters, the industry and headcount cells left out");
    assertEquals(null, p.experience().get(0).end(), "仍在職: still there");
  }

  @Test
  void aTitleWithItsQualifierBeforeALongerEmployerNameKeepsTheQualifier() {
    Profile p = ResumeParserTest.PARSER.read("""
        # Ravi Menon
        ravi.menon@example.in

        ## Experience

        ### Graduate Trainee, Procurement — Velankar Shipping Agents
        *Kochi · March 2017 – May 2019*

        ### Senior Analyst, Ardmore Retail Insights — Derry
        *April 2019 – Present*
        """, "md").profile();
    assertEquals(List.of("Velankar Shipping Agents | Graduate Trainee, Procurement | 2017-03",
        "Ardmore Retail Insights | Senior Analyst | 2019-04"), UnseenShapesTest.jobs(p));
  }

  @Test
  void aNameBeforeTheDatesUnderATitleAloneIsTheEmployer() {
    Profile p = read("""
        Nora Quill
        nora.quill@example.co.uk

        EXPERIENCE

        Events Assistant
        Glenwood Country Hotels | 2018 - 2019
        • Ran wedding fairs
        """);
    assertEquals(List.of("Glenwood Country Hotels | Events Assistant | 2018-01"), UnseenShapesTest.jobs(p));
  }

  @Test
  void aSchoolIsRecordedAsWrittenWithoutItsBracketedTranslation() {
    Profile p = read("""
        黃詠琪
        wingkei.h@example.hk

        EDUCATION
        2013 – 2017    B.Sc. Statistics, 嶺南山大學 (Lingnan Hill University)
        2017 – 2019    國立東海科技大學｜資訊管理系｜碩士
        """);
    assertEquals(List.of("嶺南山大學", "國立東海科技大學"), p.education().stream().map(Education::school).toList());
  }

  @Test
  void aDatedHeadingEndingInACommaGoesOnWithItsEmployerOnTheNextLine() {
    Profile p = read("""
        Ines Duarte
        ines.d@example.pt

        EXPERIENCE
        2019 – 2021    Research Assistant, Speech Perception Lab,
                       University of Alto Douro
                       Ran listening tests with 120 participants.
        """);
    assertEquals(List.of("University of Alto Douro | Research Assistant | 2019-01"), UnseenShapesTest.jobs(p),
        "the lab sits inside the university, which employs");
  }
}
