package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.jobs;
import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings the lexicon composes from its words, and skills listed as tags or as Chinese compounds (issue 12). */
class ComposedHeadingsAndTagsTest {
  @Test
  void aHeadingOfAModifierAndAHeadWordOpensTheSectionItsHeadNames() {
    assertEquals(Section.SUMMARY, Section.composed("Professional Profile"));
    assertEquals(Section.SUMMARY, Section.composed("SUMMARY OF QUALIFICATIONS"));
    assertEquals(Section.SUMMARY, Section.composed("自我描述"));
    assertEquals(Section.SKILLS, Section.composed("Relevant Skills"));
    assertEquals(Section.SKILLS, Section.composed("计算机技能"));
    assertEquals(Section.EXPERIENCE, Section.composed("Work Experiences"));
    assertEquals(Section.EXPERIENCE, Section.composed("实习工作经历"));
    assertEquals(Section.AWARDS, Section.composed("Key Achievements"));
    assertEquals(Section.OTHER, Section.composed("Certifications & Licenses"));
    assertNull(Section.composed("Training"), "alone, too common a word in running text");
    assertNull(Section.composed("Overview"), "alone, a project's or a company's paragraph as often");
    assertNull(Section.composed("Communication Skills"), "a skill, not a heading");
    assertNull(Section.composed("沟通能力"), "a skill, not a heading");
  }

  @Test
  void aComposedHeadingOpensItsSectionButALabelOverBulletsUnderADatedJobIsThatJobsPart() {
    Profile p = read("""
        Priya Raman
        priya.raman@example.in

        Professional Profile
        Supply planner with eight years in FMCG.

        Work Experiences
        Demand Planner — Kaveri Foods Ltd.
        July 2019 – March 2022
        Key achievements
        - Cut finished-goods inventory by 18%
        Planning Analyst — Godavari Mills
        June 2016 – June 2019

        Relevant Skills
        SAP IBP, Power BI, Python
        """);
    assertEquals("Supply planner with eight years in FMCG.", p.summary());
    assertEquals(2, p.experience().size(), () -> jobs(p).toString());
    assertTrue(p.experience().get(0).description().contains("18%"), "the achievements stay in their job");
    assertTrue(p.skills().containsAll(List.of("Power BI", "Python")), () -> p.skills().toString());
  }

  @Test
  void tagsSetApartByWideGapsAreListedSkillsButALabelAndALevelAreNot() {
    Profile p = read("""
        周雨桐
        13800007731

        技能标签
        Axure  墨刀  SQL  用户研究  数据分析
        """);
    assertTrue(p.skills().containsAll(List.of("Axure", "墨刀", "SQL", "用户研究")), () -> p.skills().toString());
    assertEquals(List.of("Python", "Kafka"), ListedSkills.of(List.of("Python, Kafka")));
    assertEquals(List.of("Python", "Kafka"), ListedSkills.of(List.of("Python, Kafka, Expert")), "a level is never a skill");
    assertEquals(List.of(), ListedSkills.of(List.of("Python     Expert")), "two cells: a skill and its level");
  }

  @Test
  void aChineseCompoundWhoseHeadWordAloneIsKnownIsListedAsWrittenNotAsTheBroaderSkill() {
    Profile p = read("""
        陈立
        13900002222

        专业技能
        全面预算管理、合并报表、用友NC、Excel
        """);
    assertTrue(p.skills().contains("合并报表"), () -> p.skills().toString());
    assertFalse(p.skills().contains("Business Intelligence"), "合并报表 is accounting, not a kind of BI report");
    Profile q = read("""
        陈立
        13900002222

        专业技能
        常用设计模式、Redis、Kafka
        """);
    assertTrue(q.skills().contains("Design Patterns"), "常用 is a degree, not a kind: " + q.skills());
  }
}
