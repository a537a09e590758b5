package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Education lines in any order and what is not a listed skill, on invented résumés of the shapes seen. */
class EducationAndSkillShapesTest {
  static Profile parse(String text) {
    return ResumeParserTest.PARSER.read(text, "txt").profile();
  }

  @Test
  void aUniversityBeatsTheSchoolOfItNamedFirstAndStackedDegreesFindTheirSchool() {
    Profile p = parse("""
        Ana Ruiz
        Education
        School of Computing, Kestrel National University
        Master of Computing
        2017 – 2019
        Bachelor of Arts in Mathematics
        Ridgeline College
        2013 – 2017
        """);
    List<Education> ed = p.education();
    assertEquals(2, ed.size(), ed::toString);
    assertEquals("Kestrel National University", ed.get(0).school());
    assertEquals("Master of Computing", ed.get(0).degree());
    assertEquals("2017-01", ed.get(0).start());
    assertEquals("Ridgeline College", ed.get(1).school());
    assertEquals("Bachelor of Arts in Mathematics", ed.get(1).degree());
  }

  @Test
  void labelledEducationValuesFillOneEntry() {
    Profile p = parse("刘一\n教育经历\n- 毕业院校：某某科技大学\n- 专业：软件工程\n- 学历：本科\n- 时间：2017.09 - 2021.06\n");
    assertEquals(List.of(new Education("某某科技大学", "本科", "软件工程", "2017-09", "2021-06")), p.education());
  }

  @Test
  void aSchoolBesideTheDegreeInThePersonalBlockIsTheEducation() {
    Profile p = parse("个人信息\n- 张三/男/1990\n- 本科/某某大学计算机系\n- 工作年限：3年\n");
    assertEquals("某某大学", p.education().get(0).school());
    assertEquals("本科", p.education().get(0).degree());
  }

  @Test
  void aTitleAboveItsCompanyAndAPlaceGluedToTheCompanyAreRead() {
    Profile p = parse("""
        Li Na
        Experience
        Data Engineer
        Pinecrest Analytics Inc.
        March 2019 – Present
        Backend Engineer June 2017 – Feb 2019
        Quillfeather Media Boston, MA
        """);
    List<Experience> jobs = p.experience();
    assertEquals("Pinecrest Analytics Inc.", jobs.get(0).company());
    assertEquals("Data Engineer", jobs.get(0).title());
    assertEquals("Quillfeather Media", jobs.get(1).company());
    assertEquals("Backend Engineer", jobs.get(1).title());
  }

  @Test
  void anUnlistedCityBesideTheContactsIsTheLocation() {
    assertEquals("Gothenburg", parse("Tobias Lind\ntobias@example.se\t+46 70 123 45 67\tGothenburg\n").location());
  }

  @Test
  void aJobsTechStackIsNotTheSkillsSectionButATrailingOneIs() {
    Profile p = parse("""
        王五
        工作经历
        某某科技有限公司 | Java后端开发工程师 | 2023.06 - 至今
        技术栈：Kafka, Elasticsearch
        负责订单系统。
        专业技能
        Java、Redis
        """);
    assertEquals(List.of("Java", "Redis"), p.skills());
    Profile trailing = parse("Ann Lee\nExperience\nAcme Inc. | Engineer | 2019.01 - Present\nTechnologies: Go, Kafka\n");
    assertEquals(List.of("Go", "Kafka"), trailing.skills());
  }

  @Test
  void aKeywordFrequencyListOneKeywordALineIsNotTheCandidatesSkills() {
    Profile p = parse("赵六\n技能清单\n- Web开发：PHP/Node\n- 参考关键字\n- java(730)\n- spring(305)\n- mysql(250)\n");
    assertTrue(p.skills().contains("PHP"), p.skills()::toString);
    assertFalse(p.skills().contains("Java"), p.skills()::toString);
    assertFalse(p.skills().contains("MySQL"), p.skills()::toString);
  }
  @Test
  void anEntrysLabelledPartsStayInTheEntryAndItsEnumerationsAreNoSkills() {
    Profile p = ResumeParserTest.PARSER.read("""
        # 周七
        ## 专业技能
        - 熟悉 Java、Redis
        ## 个人项目
        ### 🧭 物流调度平台
        **项目时间：2024.03 – 至今**
        **简介：**
        面向中小仓库的调度平台，支持波次拣货与路径规划。
        **技术栈：** Java, Spring Boot, PostgreSQL
        **核心内容：**
        - 实现仓位管理、出库、盘点、波次等模块
        - 使用 PostgreSQL 存储路径结果
        **项目成果：**
        - 上线后拣货效率提升 30%
        ### 🛍 小型书店系统
        **项目时间：2023.05 – 2023.08**
        **简介：**
        个人练手项目，包含图书、购物车、订单等模块。
        **技术栈：** Java, MySQL
        **核心内容：**
        - 实现图书管理、借阅、归还等模块
        ## 写作与分享
        - 技术专栏：累计阅读 3W+，关注读者、留言、转发
        """, "md").profile();
    assertEquals(List.of("Java", "Redis"), p.skills());
    assertEquals(2, p.projects().size(), p.projects()::toString);
    assertTrue(p.projects().get(0).description().contains("波次拣货"), p.projects()::toString);
    assertTrue(p.projects().get(0).description().contains("拣货效率"), p.projects()::toString);
    assertTrue(p.projects().get(1).description().contains("借阅"), p.projects()::toString);
    assertTrue(p.summary() == null || !p.summary().contains("调度平台"), p.summary());
  }
}
