package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.jobs;
import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the tenth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchTenShapesTest {
  @Test
  void aContractHistoryWithARemarkOnItsOrderHoldsJobs() {
    Profile p = read("""
        MARCUS OYELARAN-HOLT
        Contract Java Developer  |  marcus.holt@example.com

        PROFILE
        Contractor since 2022, before that six years in permanent roles.

        CONTRACT HISTORY (most recent first)

        04/2025 – present    Fenwold Building Society — Senior Java Developer
                             via Northgate Recruitment; 6 months, extended
        01/2024 – 03/2025    Tamworth Rail Ltd — Java Developer
        """);
    assertEquals(List.of("Fenwold Building Society | Senior Java Developer | 2025-04", "Tamworth Rail Ltd | Java Developer | 2024-01"),
        jobs(p));
  }

  @Test
  void aHeadingInTraditionalChineseOrComposedBeforeItsTranslationOpensItsSection() {
    Profile tw = read("""
        林冠廷
        手機：0912-000-118

        ■ 專長技能
        SPC、Minitab、FMEA
        """);
    assertEquals(java.util.Set.of("SPC", "Minitab", "FMEA"), java.util.Set.copyOf(tw.skills()));
    Profile lab = read("""
        Dr. Helen Okafor-Lind
        helen.okafor@example.org

        LABORATORY TECHNIQUES 实验技能
        XRD, COMSOL, Python
        """);
    assertEquals(java.util.Set.of("XRD", "COMSOL", "Python"), java.util.Set.copyOf(lab.skills()));
  }

  @Test
  void aJobSitesBannerWithItsDateAndAPhotoCaptionAreNoNames() {
    Profile hk = read("""
        jobsDB  |  Candidate Profile                         Generated on 02 Dec 2026
        Karen LAM Hoi Ying 林凱盈
        Email: karen.lam@example.com  |  Mobile: +852 6000 1234
        """);
    assertEquals("Karen LAM Hoi Ying", hk.name());
    Profile cn = read("""
        [照片 Photo]
        免冠照片 2寸

        邓子健 Zijian Deng
        UI 设计师
        📱 188 0000 7731
        扫一扫，查看我的作品集
        """);
    assertEquals("邓子健", cn.name().substring(0, 3));
  }

  @Test
  void aTitleInBracketsAfterTheCompanyIsTheTitleAndARemarkAfterATitleIsNot() {
    Profile p = read("""
        沈嘉禾
        手机：138 0000 5562

        ## 工作经历
        **杭州澜舟数据科技有限公司（高级前端工程师）**　2021.03 - 至今
        - 负责数据看板。
        **自由职业（UI设计）**　2019.05 - 2021.02
        **宁波海曙软件有限公司**　2016.07 - 2019.04
        人力资源经理（招聘与组织发展）

        ## 教育经历
        **浙东理工学院（软件工程 · 本科）**　2012.09 - 2016.06
        """);
    assertEquals(List.of("杭州澜舟数据科技有限公司 | 高级前端工程师 | 2021-03", "自由职业 | UI设计 | 2019-05",
        "宁波海曙软件有限公司 | 人力资源经理 | 2016-07"), jobs(p));
    assertEquals("浙东理工学院", p.education().get(0).school());
    assertEquals("本科", p.education().get(0).degree());
  }

  @Test
  void aSkillsMatrixGivesItsSkillsNotTheirYearsOrLevels() {
    Profile p = read("""
        Priya Nandakumar
        priya.n@example.com

        TECHNICAL SKILLS
          Skill        | Years | Level
          -------------+-------+-------------
          Python       |  8    | Expert
          Kafka        |  3    | Intermediate
        """);
    assertEquals(java.util.Set.of("Python", "Kafka"), java.util.Set.copyOf(p.skills()));
  }

  @Test
  void aNoteEndingInADateAndADatedCareerChangeAreNoJobs() {
    Profile p = read("""
        Tomasz Wierzbicki
        tomasz.w@example.com

        EXPERIENCE
        Larchfield Logistics, Leeds                                Sep 2024 – Present
        Data Engineer
        6-month fixed-term contract, made permanent in March 2025
          • Built the shipment events pipeline.

        Career Change                                              Jan 2023 – Aug 2024
          Retrained through an evening data course while teaching.

        Ashby Grammar School, Leeds                                Sep 2016 – Dec 2022
        Mathematics Teacher
        """);
    assertEquals(List.of("Larchfield Logistics | Data Engineer | 2024-09", "Ashby Grammar School | Mathematics Teacher | 2016-09"),
        jobs(p));
  }

  @Test
  void aLinkedInExportsNameInBothScriptsSitsAboveATitleAtAChineseEmployer() {
    Profile p = read("""
        Contact
        liang.wei@example.com

        Top Skills
        Product Strategy
        SQL

        Wei Liang 梁伟
        Product Manager at 杭州栖云科技有限公司
        Hangzhou, Zhejiang, China

        Summary
        Five years in consumer product.
        """);
    assertEquals("Wei Liang 梁伟", p.name());
  }

  @Test
  void aTaiwanJobSitesLabelsNameTheTitleAndALabelAfterAWideGapEndsTheValue() {
    Profile tw = read("""
        陳怡君
        手機：0912-000-331

        ■ 工作經歷（共2筆）
        【2020/06～迄今】新竹晶采光電股份有限公司
        　職務名稱：製程工程師
        【2017/07～2020/05】桃園鼎盛精密工業有限公司
        　職位名稱：品管專員
        """);
    assertEquals(List.of("新竹晶采光電股份有限公司 | 製程工程師 | 2020-06", "桃園鼎盛精密工業有限公司 | 品管專員 | 2017-07"), jobs(tw));
    Profile cn = read("""
        孙浩然
        手机：139 0000 8841

        工作经历
        2018/01—2021/05    潍坊北辰智能装备股份有限公司
            职位：高级嵌入式工程师    部门：控制器事业部
        """);
    assertEquals(List.of("潍坊北辰智能装备股份有限公司 | 高级嵌入式工程师 | 2018-01"), jobs(cn));
  }

  @Test
  void aReportsNumberedHeadingsAndTwoDigitYearsOpenSectionsAndDateJobs() {
    Profile p = read("""
        严书航
        手机：186 0000 7735

        一、工作经历
        19.03-至今　｜　武汉楚云数据技术有限公司　｜　高级Java工程师
        16.07-19.02　｜　襄阳汉江软件有限公司　｜　Java工程师
        - 订单系统从12.5万提升到18.3万单/日

        （二）教育背景
        2012.09-2016.06　湖北理工大学　计算机科学与技术　本科
        """);
    assertEquals(List.of("武汉楚云数据技术有限公司 | 高级Java工程师 | 2019-03", "襄阳汉江软件有限公司 | Java工程师 | 2016-07"), jobs(p));
    assertEquals("2019-02", p.experience().get(1).end());
    assertEquals("湖北理工大学", p.education().get(0).school());
    assertEquals(List.of(), DateRange.findAll("grew 12.5–18.3% a year; Python 3.10–3.12"), "numbers and versions, no dates");
  }

  @Test
  void anExecutivesCareerAndBoardAppointmentsHoldJobs() {
    Profile p = read("""
        EDWINA MARLOW-QUAYLE
        Chief Operating Officer  ·  edwina.marlow@example.co.uk

        EXECUTIVE CAREER

        Fernhill Distribution plc                                   Oct 2018 – Present
        Chief Operating Officer

        BOARD & NON-EXECUTIVE APPOINTMENTS

        Non-Executive Director, Kestrelmoor Water Ltd                2020 – present
        """);
    assertEquals(List.of("Fernhill Distribution plc | Chief Operating Officer | 2018-10",
        "Kestrelmoor Water Ltd | Non-Executive Director | 2020-01"), jobs(p));
  }

  @Test
  void aCoveringLetterAboveTheResumeGivesNoNameAndAPostNominalIsNoPartOfOne() {
    Profile p = read("""
        Dear Mr. Alan Whitford,

        I am writing to apply for the Firmware Engineer role at Brightstar Robotics. My résumé is below.

        Yours sincerely,
        Kwame Asante-Doku

        ------------------------------------------------------------

        Kwame Asante-Doku, ACCA
        Accra, Ghana  |  +233 24 000 5521  |  kwame.asante@example.com

        EXPERIENCE
        Volta Ledger Partners — Senior Accountant            Mar 2021 – Present
        """);
    assertEquals("Kwame Asante-Doku", p.name());
    assertEquals("+233 24 000 5521", p.phone());
    assertEquals(List.of("Volta Ledger Partners | Senior Accountant | 2021-03"), jobs(p));
    assertEquals("Efua Mensah-Holt", read("Efua Mensah-Holt RN\nefua.mh@example.com\n").name());
  }

  @Test
  void aHeadhuntersReportGivesTheCandidatesNameAndContactsNotTheConsultants() {
    Profile p = read("""
            候 选 人 推 荐 报 告
        Candidate Recommendation Report
        推荐顾问：顾明远 ｜ 某某人才咨询有限公司
        顾问电话：139 0000 6658 ｜ 顾问邮箱：gu.my@agency-example.cn

        一、候选人基本信息
        候选人：章启航                    性别：男
        联系方式：手机 186 0000 7735 ／ 邮箱 zhang.qh@example.cn

        二、顾问推荐理由
        1. 12年供应链经验。

        三、工作经历
        2019.04 – 至今      杭州禾丰食品股份有限公司      供应链总监
        """);
    assertEquals("章启航", p.name());
    assertEquals("zhang.qh@example.cn", p.email());
    assertEquals("186 0000 7735", p.phone());
    assertEquals(List.of("杭州禾丰食品股份有限公司 | 供应链总监 | 2019-04"), jobs(p));
  }

  @Test
  void aCityInBracketsBeforeTheLegalFormIsPartOfTheNameAndLenticularBracketsFrameATitle() {
    Profile p = read("""
        Gao Ming 高明
        gao.ming@example.com

        EXPERIENCE
        2020.07 – Present
          Riverbend Instruments (Wuxi) Co., Ltd.
          【Process Engineer】
        """);
    assertEquals(List.of("Riverbend Instruments (Wuxi) Co., Ltd. | Process Engineer | 2020-07"), jobs(p));
  }
}
