package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure classes of issue 12, each on an invented résumé of the same shape. */
class ResumeShapesTest {
  static ParsedResume read(String text, String kind) {
    return ResumeParserTest.PARSER.read(text, kind);
  }

  @Test
  void aContactHeaderGluedIntoOneLineGivesNameEmailAndPhone() {
    Profile p = read("吴海峰资深后端工程师/团队Leader|交易系统·高并发深圳|13900001111|wu.hf@example.com|https://github.com/example\n"
        + "工作经历\n示例网络有限公司 | 后端工程师 | 2019.03 - 至今\n", "txt").profile();
    assertEquals("吴海峰", p.name());
    assertEquals("wu.hf@example.com", p.email());
    assertEquals("13900001111", p.phone());
    assertEquals("深圳", p.location());
  }

  @Test
  void aMaskedPhoneIsNoPhoneAndAnInternationalOneIsKept() {
    assertNull(read("郑一\n手机：139****1111\n", "txt").profile().phone());
    assertNull(read("郑一\n手机：155xxxxxx06\n", "txt").profile().phone());
    assertEquals("+44 20 7946 0958", read("Ann Lee\nTel: +44 20 7946 0958\n", "txt").profile().phone());
    assertEquals("+86 139-1234-5678", read("Ann Lee | +86 139-1234-5678\n", "txt").profile().phone());
  }

  @Test
  void legalSuffixesBelongToTheCompanyAndCityRegionIsALocation() {
    Profile p = read("""
        Sam Ortiz
        Experience
        Hangzhou Example Networks Co., Ltd. (later acquired by Example Holdings Co., Ltd.) | Backend Engineer | Hangzhou | 2016.11 - 2018.07
        Example Tech Co., Ltd. | Engineer | Shenzhen / Overseas | 2018.08 - 2020.01
        """, "txt").profile();
    assertEquals("Hangzhou Example Networks Co., Ltd.", p.experience().get(0).company());
    assertEquals("Backend Engineer", p.experience().get(0).title());
    assertEquals("Example Tech Co., Ltd.", p.experience().get(1).company());
    assertEquals("Engineer", p.experience().get(1).title());
  }

  @Test
  void aBilingualResumeTakesTheNameFromTheHalfThatHasIt() {
    Profile p = read("Summary\nBackend engineer.\n\nExperience\nAcme Ltd. | Engineer | 2019.01 - Present\n\n"
        + "卢子昂\n电话：13700001234\n\n工作经历\n某某科技有限公司 | 工程师 | 2019.01 - 至今\n", "txt").profile();
    assertEquals("卢子昂", p.name());
  }

  @Test
  void markdownMarkupNeverReachesAField() {
    Profile p = read("""
        # 孙丽
        **NLP算法工程师** | 北京 | sun.li@example.cn

        ## 工作经历
        ### 深圳市海鹰软件有限公司 | 算法工程师 | 2020.03 - 至今
        - 基于 **PyTorch** 的文本分类
        """, "md").profile();
    assertEquals("孙丽", p.name());
    assertEquals("NLP算法工程师", p.headline());
    assertEquals("深圳市海鹰软件有限公司", p.experience().get(0).company());
    assertFalse(p.experience().get(0).description().contains("**"));
    assertFalse(p.text().contains("**") || p.text().contains("##"), "the text snippets come from: " + p.text());
    assertTrue(p.text().contains("深圳市海鹰软件有限公司") && p.text().contains("PyTorch"), p.text());
  }

  @Test
  void aProjectsDateLabelLineLeavesTheProjectItsHeading() {
    Profile p = read("""
        # 顾明远
        Java后端开发工程师 | guming@example.cn

        ## 个人项目
        ### 🚀 智能客服编排平台（开源）
        **项目时间：2024.05 – 至今**
        **简介：** 基于 Spring Boot 的多轮对话编排平台
        """, "md").profile();
    assertEquals(1, p.projects().size(), p.projects()::toString);
    assertFalse(p.projects().get(0).name().contains("项目时间"), p.projects()::toString);
    assertTrue(p.projects().get(0).name().contains("智能客服编排平台"), p.projects()::toString);
  }

  @Test
  void awardsAndAPersonalSectionLaidOutLikeJobsAreNotJobs() {
    Profile p = read("""
        Kim Park
        Experience
        Acme Ltd. | Engineer | 2019.01 - Present
        Awards
        Hackathon Winner | 2018.05 - 2018.05
        旅行经历
        冰岛，自驾        2018.08 - 2018.09
        """, "txt").profile();
    assertEquals(List.of("Acme Ltd."), p.experience().stream().map(Experience::company).toList());
  }

  @Test
  void aKeywordFrequencyListIsNotTheCandidatesSkills() {
    Profile p = read("Lee Wu\nSkills\njava(730) spring(305) mysql(290)\nGo, Redis\n", "txt").profile();
    assertTrue(p.skills().containsAll(List.of("Go", "Redis")), p.skills()::toString);
    assertFalse(p.skills().contains("Java"), p.skills()::toString);
  }

  @Test
  void twoCurrentJobsAreBothCurrentAndAReversedRangeHasNoDuration() {
    Profile p = read("""
        Ana Silva
        Experience
        Alpha Ltd. | Engineer | 2021.03 - Present
        Beta Labs | Advisor | 2022.01 - Present
        Gamma Inc. | Developer | 2020 - 2018
        """, "txt").profile();
    assertNull(p.experience().get(0).end());
    assertNull(p.experience().get(1).end());
    assertEquals(p.experience().get(2).start(), p.experience().get(2).end());
  }

  @Test
  void warningsSayWhatWasNotFound() {
    ParsedResume r = read("Experience\nAcme | Engineer\nBeta Ltd. | Engineer | 2019.01 - Present\n", "txt");
    assertTrue(r.warnings().contains("name not found"), r.warnings()::toString);
    assertTrue(r.warnings().contains("no e-mail or phone found"), r.warnings()::toString);
  }

  @Test
  void aLongHostileTokenIsScannedInLinearTime() {
    // A quadratic e-mail or phone scan takes hours on a 1 MB token; the hand scanners take milliseconds.
    String token = "a".repeat(1_000_000);
    String digits = "1-".repeat(500_000);
    ParsedResume r = read("Jo Bell\n" + token + "\n" + digits + "\n" + "x@".repeat(200_000) + "\n", "txt");
    assertNull(r.profile().email());
    assertEquals("Jo Bell", r.profile().name());
  }

  @Test
  void oneLineHostileTextIsBrokenInLinearTime() {
    // One line of 400,000 characters made of header words and dates: the header pass used to compile and run a
    // regex per header over the whole text; it is now one scan by hand. A quadratic pass would not finish here.
    String line = "Experience 2019-2020 Co., Ltd. | 工作经历 ".repeat(10_000);
    ParsedResume r = read("Jo Bell " + line, "txt");
    assertEquals("Jo Bell", r.profile().name());
  }
}
