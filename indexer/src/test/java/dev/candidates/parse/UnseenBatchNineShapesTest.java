package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the ninth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchNineShapesTest {
  @Test
  void rocYearsAreGregorianYearsAndARangesEndMayLeaveOutTheEra() {
    assertEquals("2021年3月～至今", RocYears.gregorian("民国110年3月～至今"));
    assertEquals("2018年8月～2021年2月", RocYears.gregorian("民国107年8月～110年2月"));
    assertEquals("2018年8月～2021年2月", RocYears.gregorian("民国107年8月～民国110年2月"));
    assertEquals("110年", RocYears.gregorian("110年"), "no era, no rewrite");
    Profile p = read("""
        林思妤
        0912-555-301

        【工作經歷】
        民國109年5月～迄今　大屯山物流股份有限公司　倉儲主任
        民國105年7月～民國109年4月　新莊紙業有限公司　倉管員
        """);
    assertEquals(List.of("2020-05", "2016-07"), p.experience().stream().map(Experience::start).toList());
    assertEquals("2020-04", p.experience().get(1).end());
  }

  @Test
  void aThreePartCapitalisedNameBeforeItsChineseFormIsKeptWhole() {
    Profile p = read("""
        LIM WEI JIE 林伟杰
        Process Engineer
        Seremban, Malaysia | +60 12-300 4411 | weijie.lim@example.com.my
        """);
    assertEquals("Lim Wei Jie", p.name());
  }

  @Test
  void anAddressGivesItsCityOrSuburbAndNotItsStateOrPostcode() {
    Profile au = read("""
        Harriet M. Quill
        Flat 3, 18 Albion Road, Brunswick East VIC 3057
        0413 555 902  |  harriet.quill@example.com.au
        """);
    assertEquals("Brunswick East VIC", au.location());
    Profile in = read("""
        ANIKA RAO
        Mobile: +91 98860 55512
        Address: 14 Rose Villa, Indiranagar, Pune - 411014, Maharashtra

        PERSONAL DETAILS
        Father's Name     : Suresh Rao
        Date of Birth     : 12-03-1994

        DECLARATION
        I hereby declare that the above information is true. (ANIKA RAO)
        """);
    assertEquals("Pune, Maharashtra", in.location());
    assertEquals("Anika Rao", in.name());
    assertNull(in.headline(), "neither a personal-details label nor the declaration is a headline");
  }

  @Test
  void aForwardedMailLosesBothHeadersTheLettersAndTheSignOffAndKeepsTheResume() {
    Profile p = read("""
        From: 孙立 Sun Li <sunli@talentbay.example.cn>
        Sent: Monday, March 2, 2026 9:01 AM
        To: Hiring <hiring@example.com>
        Subject: FW: 候选人 - 数据分析师

        Hi team, 简历见下。

        -----Original Message-----
        From: 唐若溪 <ruoxi.tang@example.com>
        Sent: Sunday, March 1, 2026 8:40 PM
        To: 孙立 <sunli@talentbay.example.cn>
        Subject: 简历 - 唐若溪

        孙老师好，简历如下，谢谢！

        唐若溪 Ruoxi Tang
        数据分析师 Data Analyst | 苏州 Suzhou
        Tel: 158 0000 3321 | Email: ruoxi.tang@example.com

        WORK EXPERIENCE 工作经历
        苏州云帆数据有限公司 — 数据分析师
        2021.04 – Present

        EDUCATION 教育背景
        南京大学 Nanjing University — 统计学 B.S., 2016 – 2020

        SKILLS 技能
        SQL, Python, Tableau

        Thanks,
        若溪

        This e-mail is confidential. If you are not the intended recipient, please delete it.
        """);
    assertEquals("唐若溪", p.name());
    assertEquals("ruoxi.tang@example.com", p.email());
    assertEquals("数据分析师 Data Analyst", p.headline());
    assertEquals(List.of("苏州云帆数据有限公司"), p.experience().stream().map(Experience::company).toList());
    assertEquals("南京大学", p.education().get(0).school());
    assertEquals(List.of("SQL", "Python", "Tableau"), p.skills());
  }

  @Test
  void aTableRowsFirstCellLabelsTheListInTheNext() {
    assertEquals(List.of("短视频剪辑", "社群运营"), ListedSkills.of(List.of("运营能力\t短视频剪辑、社群运营")));
    assertEquals(List.of("HubSpot", "Canva", "Mailchimp"), ListedSkills.of(List.of("✔ HubSpot   ✔ Canva   ✔ Mailchimp")),
        "a Latin item before a wide gap is an item, not a label");
  }

  @Test
  void aCompanyAloneAboveTheTitleAndItsDatesIsThatJobsEmployer() {
    Profile p = read("""
        何建军
        13700002468

        工作经历（3段）

        佛山顺安仓储服务有限公司
        仓库组长 | 2019年4月-至今（6年8个月）
        负责出入库与盘点。

        中山永兴塑胶制品厂
        注塑操作工 | 2015年3月-2019年3月
        """);
    assertEquals(List.of("佛山顺安仓储服务有限公司 | 仓库组长 | 2019-04", "中山永兴塑胶制品厂 | 注塑操作工 | 2015-03"),
        UnseenShapesTest.jobs(p));
  }

  @Test
  void aChineseHeadingWithARemarkInBracketsIsThatHeading() {
    assertEquals(Section.EXPERIENCE, Section.of("工作经历（按时间顺序）"));
    assertEquals(Section.EXPERIENCE, Section.of("工作经历（4段）"));
    assertEquals(Section.EDUCATION, Section.of("教育背景（最高学历）"));
    assertNull(Section.of("工作经历（2019-2024）"), "a dated line is no heading");
    Profile p = read("""
        邓文斌
        13600001357

        工作经历（按时间顺序）
        湘潭华宇机电有限公司　　工艺员　　2013.07 - 2016.08
        株洲鼎力传动股份有限公司　　结构工程师　　2016.09 - 至今
        """);
    assertEquals(List.of("湘潭华宇机电有限公司 | 工艺员 | 2013-07", "株洲鼎力传动股份有限公司 | 结构工程师 | 2016-09"),
        UnseenShapesTest.jobs(p));
  }

  @Test
  void datesAloneAboveCompanyDepartmentAndTitleHeadTheEntryBelowNotTheBulletAbove() {
    Profile p = read("""
        簡佩君
        0933-555-218

        【工作經歷】
        民國109年2月～迄今
        觀音山精密股份有限公司　採購部　資深採購專員
        ・負責原物料議價
        ・導入供應商評鑑制度

        民國105年7月～民國109年1月
        竹圍貿易有限公司　業務助理
        ・處理報價與出貨
        """);
    assertEquals(List.of("觀音山精密股份有限公司 | 資深採購專員 | 2020-02", "竹圍貿易有限公司 | 業務助理 | 2016-07"),
        UnseenShapesTest.jobs(p));
  }

  @Test
  void aNumberedCompanyLineHeadsItsDesignationAndDurationRows() {
    Profile p = read("""
        MEERA KULKARNI
        Mobile: +91 98220 11447

        ORGANISATIONAL EXPERIENCE

        1. Godavari Analytics Pvt. Ltd., Nashik
           Designation : Data Analyst
           Duration    : Mar 2020 to Till Date

        2. Indrayani Software Ltd., Pune
           Designation : Junior Analyst
           Duration    : Jul 2017 to Feb 2020
        """);
    assertEquals(List.of("Godavari Analytics Pvt. Ltd. | Data Analyst | 2020-03", "Indrayani Software Ltd. | Junior Analyst | 2017-07"),
        UnseenShapesTest.jobs(p));
    assertNull(p.experience().get(0).end(), "till date: still there");
  }

  @Test
  void aCompanyAndItsTownWithAnAustralianStateHeadTheTitleAndDatesBelow() {
    Profile p = read("""
        Callum R. Ashdown
        0415 555 207  |  callum.ashdown@example.com.au

        EMPLOYMENT HISTORY

        Ironbark Civil Pty Ltd — Brisbane, QLD
        Site Engineer (Mar 2020 – Present)
        - Ran the earthworks package of a highway upgrade.

        Yarrawonga Water Board — Yarrawonga, VIC
        Graduate Engineer (Feb 2017 – Feb 2020)
        - Pump station renewals.

        Kookaburra Drafting — Tumut, NSW
        Drafting Cadet (Dec 2015 – Jan 2017)
        """);
    assertEquals(List.of("Ironbark Civil Pty Ltd | Site Engineer | 2020-03", "Yarrawonga Water Board | Graduate Engineer | 2017-02",
        "Kookaburra Drafting | Drafting Cadet | 2015-12"), UnseenShapesTest.jobs(p));
    assertEquals("Pump station renewals.", p.experience().get(1).description(), "the next company is not this job's text");
  }

  @Test
  void rolesDatedInsideAGroupCompanysSpanWereHeldThereAndTheGroupLineIsNoJob() {
    Profile p = read("""
        韦思源
        手机：138 0000 2291

        【工作经历】

        2015.06 - 至今　　青禾实业集团有限公司
        　　2021.03 - 至今　　集团采购部经理
        　　　　· 负责集团年采购额约12亿元。
        　　2017.08 - 2021.02　　华东区采购主管
        　　2015.06 - 2017.07　　青禾包装材料有限公司（集团子公司）　采购专员

        2012.07 - 2015.05　　苏州同舟物流有限公司
        　　调度员
        """);
    assertEquals(List.of("青禾实业集团有限公司 | 集团采购部经理 | 2021-03", "青禾实业集团有限公司 | 华东区采购主管 | 2017-08",
        "青禾包装材料有限公司 | 采购专员 | 2015-06", "苏州同舟物流有限公司 | 调度员 | 2012-07"), UnseenShapesTest.jobs(p));
  }

  @Test
  void aCommaInsideADegreesBracketsIsTheRemarksNotACellsEdge() {
    Profile p = read("""
        韦思源
        手机：138 0000 2291

        【教育背景】
        2016.09 - 2019.06　　复旦大学管理学院　　工商管理硕士（EMBA，周末班）
        """);
    assertEquals("工商管理硕士(EMBA,周末班)", p.education().get(0).degree());
    assertNull(p.education().get(0).major());
  }

  @Test
  void anIndianQualificationTableGivesTheUniversityAndNotItsHeaderOrTheExamBoards() {
    Profile p = read("""
        SUNITA RAGHAVAN
        Mobile: +91 99000 41236

        ACADEMIC QUALIFICATIONS

        Qualification     Board / University                          Year of Passing   Percentage
        B.Tech (IT)       Andhra Coastal University, Visakhapatnam    2015              68.9 %
        12th (HSC)        Board of Intermediate Education             2011              81.0 %
        10th (SSC)        State Board of Secondary Education          2009              88.4 %
        """);
    assertEquals(List.of("Andhra Coastal University"), p.education().stream().map(e -> e.school()).toList());
    assertEquals("B.Tech (IT)", p.education().get(0).degree());
  }

  @Test
  void theBracketsAroundASchoolsDatesGoWithTheDates() {
    Profile p = read("""
        Ines Calloway
        ines.calloway@example.org

        EDUCATION
        Harrowgate College (2012 – 2016)
        MSc Urban Planning (2017 – 2018), Fenwick University
        """);
    assertEquals(List.of("Harrowgate College", "Fenwick University"), p.education().stream().map(e -> e.school()).toList());
    assertNull(p.education().get(0).major());
    assertEquals("MSc Urban Planning", p.education().get(1).degree());
  }

  @Test
  void aProductNamedWithDigitsAfterAKnownSkillIsKeptAsWrittenAndAVersionIsNot() {
    Profile p = read("""
        Odette Brannigan
        odette.brannigan@example.com

        KEY SKILLS
        - AutoCAD Plant 3D, Java 8
        """);
    assertEquals(java.util.Set.of("AutoCAD Plant 3D", "Java"), java.util.Set.copyOf(p.skills()));
  }

  @Test
  void aStudentUnionPostUnderCampusPracticeIsNoJob() {
    Profile p = read("""
        钟雨桐
        电话：177 0000 3206

        工作经历
        2019.07-至今\t遵义茶乡文化传播有限公司\t新媒体编辑

        校内实践
        2016.09-2017.06\t遵义师范学院学生会外联部\t副部长\t—
        """);
    assertEquals(List.of("遵义茶乡文化传播有限公司 | 新媒体编辑 | 2019-07"), UnseenShapesTest.jobs(p));
  }

  @Test
  void aMalaysianSchoolIsNamedInMalayAndItsExamIsTheQualification() {
    Profile p = read("""
        LEE MEI XIN 李美欣
        +60 16-555 2093

        EDUCATION
        STPM — SMK Convent Bukit Nanas, 2013
        """);
    assertEquals("SMK Convent Bukit Nanas", p.education().get(0).school());
    assertEquals("STPM", p.education().get(0).degree());
  }

  @Test
  void aSeparateDutiesTableGivesEachCompanysRowToItsJob() {
    Profile p = read("""
        钟雨桐
        电话：177 0000 3206

        工作经历
        起止时间\t工作单位\t职务
        2021.04-至今\t遵义茶乡文化传播有限公司\t新媒体主管
        2019.07-2021.03\t赤水河酒业有限公司\t文案专员

        主要工作内容
        遵义茶乡文化传播有限公司\t负责两个短视频账号，团队3人。
        赤水河酒业有限公司\t撰写新品推文，月均30篇。
        """);
    assertEquals(List.of("负责两个短视频账号,团队3人。", "撰写新品推文,月均30篇。"), // normalised to half-width
        p.experience().stream().map(Experience::description).toList());
  }
}
