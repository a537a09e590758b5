package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.parse.ResumeParser;
import dev.candidates.taxonomy.Taxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Résumés in English, Chinese and mixed text, and the check that a file parses like its plain text. */
final class Resumes {
  static final Taxonomy TAXONOMY = Taxonomy.loadDefault();
  static final ResumeParser PARSER = new ResumeParser(TAXONOMY);
  static final ProfileEnricher ENRICHER = new ProfileEnricher(TAXONOMY,
      Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

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
      - Led a team of five engineers.

      Brightloop Logistics | Backend Engineer | Shanghai | Mar 2015 – Feb 2019
      - Built routing APIs in Go and Python.

      Education
      Fudan University | B.Sc. | Computer Science | 2011 - 2015
      """;

  static final String CHINESE = """
      张敏
      高级SRE工程师 | 北京 | zhang.min@example.cn | +86 138 0000 0132

      个人简介
      10年运维与稳定性保障经验，熟悉Kubernetes容器平台与Prometheus监控体系。

      专业技能
      - 容器与编排：Kubernetes、Docker、Helm
      - 自动化：Python、Shell、Ansible

      工作经历
      字节跳动 | 高级SRE工程师 | 北京 | 2019/03–至今
      - 负责电商核心链路的稳定性保障，全年可用性达到99.99%
      - 主导建设基于Prometheus的统一告警平台

      北京云途科技有限公司 | 运维工程师 | 北京 | 2015/07–2019/02
      - 使用Ansible实现批量部署，搭建Zabbix监控

      教育背景
      北京交通大学 | 计算机科学与技术 | 本科 | 2011/09–2015/06
      """;

  static final String MIXED = """
      李伟 Li Wei
      Senior Backend Engineer | Shanghai | li.wei@example.cn | +86 138 0000 0141

      个人简介
      7年后端开发经验，近5年专注Go微服务与分布式任务调度，熟悉Kafka、Redis、MySQL。

      技术栈
      - 语言：Go（5年）、C++、Python
      - 中间件：Kafka、Redis、etcd、MySQL

      工作经历
      Tencent | Senior Backend Engineer | Shanghai | 2020.08 - Present
      - 基于trpc-go框架重构广告投放的任务调度系统
      - 设计基于Kafka的异步事件总线，支撑日均50亿条消息

      上海云梯网络科技有限公司 | 后端开发工程师 | 上海 | 2018.07 - 2020.07
      - 使用C++和Python开发推荐引擎的feature service

      教育背景
      同济大学 | 计算机科学与技术 | 硕士 | 2015.09 - 2018.06
      """;

  private Resumes() {}

  static Profile parse(String text) {
    return ENRICHER.enrich(PARSER.parse(text));
  }

  /** The fields a recruiter searches on are the same as from the plain text. */
  static void assertSameProfile(String plainText, String extracted) {
    Profile expected = parse(plainText);
    Profile actual = parse(extracted);
    assertFalse(expected.experience().isEmpty(), "the plain-text résumé itself must parse");
    String context = "\n--- extracted text ---\n" + extracted;
    assertEquals(expected.name(), actual.name(), "name" + context);
    assertEquals(expected.headline(), actual.headline(), "headline" + context);
    assertEquals(expected.location(), actual.location(), "location" + context);
    assertEquals(expected.email(), actual.email(), "email" + context);
    assertEquals(expected.phone(), actual.phone(), "phone" + context);
    assertEquals(expected.skills(), actual.skills(), "skills" + context);
    assertEquals(jobs(expected), jobs(actual), "jobs" + context);
    assertEquals(expected.education(), actual.education(), "education" + context);
    assertEquals(expected.totalYears(), actual.totalYears(), "totalYears" + context);
    assertEquals(expected.skillYears(), actual.skillYears(), "skillYears" + context);
    assertEquals(expected.resumeLanguage(), actual.resumeLanguage(), "language" + context);
  }

  /** Company, title and dates: descriptions may differ in line breaks. */
  private static List<String> jobs(Profile p) {
    return p.experience().stream().map(Resumes::job).toList();
  }

  private static String job(Experience e) {
    return e.company() + " | " + e.title() + " | " + e.start() + " | " + e.end();
  }
}
