package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.taxonomy.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResumeParserTest {
  static final Taxonomy TAXONOMY = Taxonomy.loadDefault();
  static final ResumeParser PARSER = new ResumeParser(TAXONOMY);
  static final ProfileEnricher ENRICHER = new ProfileEnricher(TAXONOMY,
      Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

  static Profile parse(String text) {
    return ENRICHER.enrich(PARSER.parse(text));
  }

  static final String ENGLISH = """
      Daniel Mercer
      Staff Backend Engineer | Shenzhen, China | daniel.mercer@example.com | +1 555 0101

      Summary
      Backend engineer building distributed systems in Go.

      Core Skills
      Go, Kafka, PostgreSQL, Kubernetes

      Professional Experience
      AfterShip | Staff Backend Engineer | Shenzhen | 2019.03 - Present
      - Built the tracking platform in Go on Kafka.

      Brightloop Logistics | Backend Engineer | Shanghai | Mar 2015 – Feb 2019
      - Built routing APIs in Go and Python.

      Highlighted Projects
      Tracking pipeline | Tech Lead | 2020.01 - 2021.06
      - Kafka streams for 50M events a day

      Education
      Fudan University | B.Sc. | Computer Science | 2011 - 2015
      """;

  @Test
  void englishResumeWithHeadersOnTheirOwnLines() {
    Profile p = parse(ENGLISH);
    assertEquals("Daniel Mercer", p.name());
    assertEquals("Staff Backend Engineer", p.headline());
    assertEquals("Shenzhen, China", p.location());
    assertEquals("daniel.mercer@example.com", p.email());
    assertEquals("+1 555 0101", p.phone());
    assertEquals("Backend engineer building distributed systems in Go.", p.summary());
    assertEquals(List.of(
        new Experience("AfterShip", "Staff Backend Engineer", "2019-03", null,
            "Built the tracking platform in Go on Kafka."),
        new Experience("Brightloop Logistics", "Backend Engineer", "2015-03", "2019-02",
            "Built routing APIs in Go and Python.")), p.experience());
    assertEquals("Tracking pipeline", p.projects().get(0).name());
    assertEquals("Tech Lead", p.projects().get(0).role());
    assertEquals("Fudan University", p.education().get(0).school());
    assertEquals("B.Sc.", p.education().get(0).degree());
    assertEquals("Computer Science", p.education().get(0).major());
    assertTrue(p.skills().containsAll(List.of("Go", "Kafka", "PostgreSQL", "Kubernetes")), p.skills()::toString);
    // Mar 2015 – Feb 2019 (47 months: an end month is where a job stops) and 2019-03 to now (92 months)
    assertEquals(11.6, p.totalYears(), 0.05);
    assertEquals(11.6, p.skillYears().get("Go"), 0.05);
    assertEquals(7.7, p.skillYears().get("Kafka"), 0.05, "only the AfterShip job and project mention Kafka");
    assertEquals(3.9, p.skillYears().get("Python"), 0.05);
  }

  @Test
  void chineseResumeWithChineseHeadersAndDates() {
    Profile p = parse("""
        李伟
        高级后端工程师 | 上海 | li.wei@example.cn | +86 138 0000 0141

        个人简介
        8年后端开发经验。

        专业技能
        Go、Redis、消息队列

        工作经历
        腾讯 | 高级后端工程师 | 深圳 | 2019/03–至今
        - 使用Go开发分布式任务调度系统
        美团 | 后端工程师 | 北京 | 2018年7月 - 2019年2月
        - 使用Java开发订单系统

        教育背景
        同济大学 | 硕士 | 计算机科学与技术 | 2015.09 - 2018.06
        """);
    assertEquals("李伟", p.name());
    assertEquals("高级后端工程师", p.headline());
    assertEquals("上海", p.location());
    assertEquals("腾讯", p.experience().get(0).company());
    assertEquals("高级后端工程师", p.experience().get(0).title());
    assertEquals("2019-03", p.experience().get(0).start());
    assertEquals(null, p.experience().get(0).end());
    assertEquals("美团", p.experience().get(1).company());
    assertEquals("2018-07", p.experience().get(1).start());
    assertEquals("2019-02", p.experience().get(1).end());
    assertEquals("同济大学", p.education().get(0).school());
    assertEquals("硕士", p.education().get(0).degree());
    assertTrue(p.skills().containsAll(List.of("Go", "Redis", "Message Queue")), p.skills()::toString);
    assertEquals("zh", p.resumeLanguage());
  }

  @Test
  void aChineseNameFollowedByItsRomanizationIsNotAHeadline() {
    Profile p = parse("李伟 Li Wei\nSenior Backend Engineer | Shanghai | li.wei@example.cn\n\n工作经历\n腾讯 | 工程师 | 2019.03 - 至今\n");
    assertEquals("李伟", p.name());
    assertEquals("Senior Backend Engineer", p.headline());
    assertEquals("Shanghai", p.location());
  }

  @Test
  void oneLineTextFromAPdfStillYieldsSectionsAndJobs() {
    Profile p = parse("王芳 数据工程师 北京 wang.fang@example.cn +86 138 0000 0134 个人简介 5年数据开发经验。 工作经历 "
        + "字节跳动 | 数据工程师 | 北京 | 2020.04-至今 负责实时数仓，使用Flink消费Kafka。 北京星图数据技术有限公司 | 数据开发实习生 | "
        + "北京 | 2019.07-2020.03 编写Hive SQL。 专业技能 Spark、Flink、Kafka 教育背景 中国农业大学 | 本科 | 统计学 | 2016.09-2020.06");
    assertEquals("王芳", p.name());
    assertEquals("北京", p.location());
    assertEquals("wang.fang@example.cn", p.email());
    assertEquals(2, p.experience().size(), p.experience()::toString);
    assertEquals("字节跳动", p.experience().get(0).company());
    assertEquals("数据工程师", p.experience().get(0).title());
    assertEquals("北京星图数据技术有限公司", p.experience().get(1).company());
    assertEquals("中国农业大学", p.education().get(0).school());
    assertTrue(p.skills().containsAll(List.of("Spark", "Flink", "Kafka")), p.skills()::toString);
    assertTrue(!p.skills().contains("Education"), "the header 教育背景 is not a skill");
  }

  @Test
  void englishOneLineTextWithInlineHeaders() {
    Profile p = parse("Nathan Cole Machine Learning Engineer Seattle, WA nathan.cole@example.com +1 555 0129 Summary "
        + "ML engineer. Experience Driftwood Commerce | Senior ML Engineer | Seattle | Jan 2022 – Present Built "
        + "ranking in PyTorch. Tallgrass Analytics | ML Engineer | Portland | Aug 2019 – Dec 2021 Forecasting with "
        + "LightGBM. Skills Python, PyTorch Education University of Washington | MS, Computer Science | 2017 – 2019");
    assertEquals("Nathan Cole", p.name());
    assertEquals("Seattle, WA", p.location());
    assertEquals("Machine Learning Engineer", p.headline());
    assertEquals(List.of("Driftwood Commerce", "Tallgrass Analytics"),
        p.experience().stream().map(Experience::company).toList());
    assertEquals("University of Washington", p.education().get(0).school());
  }

  @Test
  void overlappingJobsAreNotCountedTwiceAndSkillYearsDiffer() {
    Profile p = parse("""
        Jo Park
        Work History
        Acme | Engineer | 2015.01 - 2020.01
        Go services
        Side Co | Consultant | 2018.01 - 2021.01
        Python scripts
        """);
    assertEquals(6.0, p.totalYears(), 0.05, "2015-2021 once, though two jobs overlap");
    assertEquals(5.0, p.skillYears().get("Go"), 0.05);
    assertEquals(3.0, p.skillYears().get("Python"), 0.05);
  }

  @Test
  void yearsAddUpAcrossSpellingsAndLanguagesOfOneSkill() {
    Profile p = parse("""
        Kim Lee
        Experience
        Acme | Engineer | 2012.01 - 2015.01
        Golang services, K8s operators
        腾讯 | 后端工程师 | 2015.01 - 2018.01
        使用Go语言开发微服务，部署在Kubernetes上
        Beta | Engineer | 2018.01 - 2020.01
        Microservices in Go on kube
        """);
    assertEquals(8.0, p.skillYears().get("Go"), 0.05, p.skillYears()::toString);
    assertEquals(8.0, p.skillYears().get("Kubernetes"), 0.05, p.skillYears()::toString);
    assertEquals(5.0, p.skillYears().get("Microservices"), 0.05, "微服务 and microservices are one skill");
    assertTrue(!p.skillYears().containsKey("Golang") && !p.skillYears().containsKey("K8s"), "canonical names only");
  }

  @Test
  void theIdIsStableAcrossReparsesAndFollowsTheEmail() {
    assertEquals(parse(ENGLISH).id(), parse(ENGLISH + "\n").id());
    assertEquals(parse(ENGLISH).id(), parse(ENGLISH.replace("Summary", "Profile")).id());
    String noContact = "Someone\nGo developer";
    assertEquals(parse(noContact).id(), parse(noContact).id());
    assertTrue(!parse(noContact).id().equals(parse("Someone else\nGo developer").id()));
  }

  @Test
  void garbageNeverThrowsAndKeepsTheText() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(4000)];
      random.nextBytes(bytes);
      String s = new String(bytes, StandardCharsets.UTF_8);
      Profile p = parse(s);
      assertEquals(s, p.text());
      assertNotNull(p.id());
    }
    assertNotNull(parse(""));
    assertNotNull(parse("\u0000\u0001\uFFFF"));
    assertNotNull(parse("2019.03 - 2018.01 | | | ||||"));
    String big = ENGLISH.repeat(5 * 1024 * 1024 / ENGLISH.length());
    Profile p = parse(big);
    assertEquals(big.length(), p.text().length());
    assertEquals("Daniel Mercer", p.name());
  }
}
