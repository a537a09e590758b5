package dev.candidates.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A small data folder the tests write themselves: English, Chinese and mixed-language profiles, as JSON, JSONL and
 * plain-text résumés. Ids: the JSON profiles carry their own; the text résumés get ids derived from their e-mail.
 */
final class Fixtures {
  static final String GO_ENGLISH_ID = "en-go-1";
  static final String FRONTEND_ID = "en-fe-1";
  static final String SRE_CHINESE_ID = "zh-sre-1";
  static final String DATA_ENGINEER_ID = "en-data-1";
  static final String PM_CHINESE_ID = "zh-pm-1";
  /** Profiles in {@link #write}: 4 JSON(L) files with 5 profiles, and 2 text résumés. */
  static final int PROFILES = 7;

  private Fixtures() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("en"));
    Files.createDirectories(dir.resolve("zh"));
    Files.createDirectories(dir.resolve("mixed"));
    write(dir.resolve("en/go-backend.json"), """
        {"id": "en-go-1", "name": "Daniel Mercer", "headline": "Staff Backend Engineer (Go, Kafka)",
         "location": "Shenzhen, China", "email": "daniel.mercer@example.com",
         "summary": "Backend engineer building high-throughput event pipelines in Go.",
         "skills": ["Go", "Kafka", "gRPC", "PostgreSQL", "Kubernetes"],
         "experience": [
           {"company": "AfterShip", "title": "Staff Backend Engineer", "start": "2018-05", "end": null,
            "description": "Own the tracking ingestion pipeline written in Go: carrier webhooks land in Kafka."},
           {"company": "Brightloop Logistics", "title": "Backend Engineer", "start": "2014-08", "end": "2018-04",
            "description": "Built shipment routing APIs in Go on PostgreSQL."}],
         "languages": ["English", "Chinese"]}
        """);
    write(dir.resolve("en/frontend.json"), """
        {"id": "en-fe-1", "name": "Olivia Brooks", "headline": "Senior Frontend Engineer",
         "location": "London, UK", "email": "olivia.brooks@example.com",
         "summary": "Frontend engineer who ships accessible React applications.",
         "skills": ["JavaScript", "TypeScript", "React", "CSS"],
         "experience": [
           {"company": "Fable Travel", "title": "Senior Frontend Engineer", "start": "2019-01", "end": null,
            "description": "Rebuilt the booking flow in React and TypeScript."},
           {"company": "Quillstack", "title": "Frontend Developer", "start": "2015-03", "end": "2018-12",
            "description": "Maintained a JavaScript design system and its CSS."}]}
        """);
    write(dir.resolve("zh/sre.json"), """
        {"id": "zh-sre-1", "name": "张敏", "headline": "高级SRE工程师", "location": "北京",
         "email": "zhang.min@example.cn",
         "summary": "10年运维与稳定性保障经验，熟悉Kubernetes容器平台与Prometheus监控体系。",
         "skills": ["Kubernetes", "Prometheus", "Python", "Ansible"],
         "experience": [
           {"company": "字节跳动", "title": "高级SRE工程师", "start": "2019-03", "end": null,
            "description": "负责电商核心链路的稳定性保障，建设基于Prometheus的统一告警平台，维护Kubernetes集群。"},
           {"company": "北京云途科技有限公司", "title": "运维工程师", "start": "2015-07", "end": "2019-02",
            "description": "使用Ansible实现批量部署，推动业务容器化，完成Docker与Kubernetes的首批落地。"}]}
        """);
    write(dir.resolve("mixed/batch.jsonl"), """
        {"id": "en-data-1", "name": "Priya Raman", "headline": "Data Engineer", "location": "Toronto", "email": "priya.raman@example.com", "skills": ["Spark", "Python", "Airflow"], "experience": [{"company": "Coral Systems", "title": "Data Engineer", "start": "2017-02", "end": null, "description": "Batch pipelines in Spark and Python, scheduled with Airflow."}]}
        {"id": "zh-pm-1", "name": "马兰", "headline": "数据产品经理", "location": "上海", "email": "ma.lan@example.cn", "skills": ["数据分析", "SQL"], "experience": [{"company": "阿里巴巴", "title": "数据产品经理", "start": "2018-06", "end": null, "description": "负责指标平台与BI报表产品，使用SQL进行数据分析。"}]}
        """);
    write(dir.resolve("mixed/li-wei-go.txt"), """
        李伟 Li Wei
        Senior Backend Engineer | Shanghai | li.wei@example.cn | +86 138 0000 0141

        个人简介
        7年后端开发经验，近5年专注Go微服务与分布式任务调度。熟悉Kafka、Redis、MySQL、etcd。

        技术栈
        - 语言：Go（5年）、C++、Python
        - 框架：trpc-go、gRPC
        - 中间件：Kafka、Redis、etcd、MySQL

        工作经历
        Tencent | Senior Backend Engineer | Shanghai | 2020.08 - Present
        - 基于trpc-go框架重构广告投放的任务调度系统
        - 设计基于Kafka的异步事件总线

        上海云梯网络科技有限公司 | 后端开发工程师 | 上海 | 2018.07 - 2020.07
        - 使用C++和Python开发推荐引擎的feature service

        教育背景
        同济大学 | 计算机科学与技术 | 硕士 | 2015.09 - 2018.06
        """);
    write(dir.resolve("zh/wang-java.txt"), """
        王强
        Java后端开发工程师 | 杭州 | wang.qiang@example.cn | +86 138 0000 0150

        个人简介
        8年Java后端开发经验，熟悉Spring Boot、MySQL与分布式事务。

        专业技能
        - Java、Spring Boot、MyBatis
        - MySQL、Redis、RocketMQ

        工作经历
        阿里巴巴 | 高级Java开发工程师 | 杭州 | 2018.03 - 至今
        - 负责交易链路的订单服务，使用Spring Boot与RocketMQ实现分布式事务

        杭州数澜科技有限公司 | Java开发工程师 | 杭州 | 2016.07 - 2018.02
        - 使用Java和MySQL开发数据中台的元数据服务

        教育背景
        浙江大学 | 软件工程 | 本科 | 2012.09 - 2016.06
        """);
    return dir;
  }

  /** A résumé as plain text that no fixture has: new e-mail, Chinese and English mixed. */
  static String newResume(String name, String email) {
    return name + "\n"
        + "Backend Engineer | 深圳 | " + email + "\n\n"
        + "个人简介\n"
        + "6年后端开发经验，熟悉Rust与Go，做过高性能网关。\n\n"
        + "专业技能\n"
        + "- Rust、Go、Kafka\n\n"
        + "工作经历\n"
        + "Zephyr Networks | Backend Engineer | 深圳 | 2019.04 - Present\n"
        + "- 用Rust重写API网关，P99延迟降低一半\n";
  }

  /** A JSON profile with the given id and name and one skill. */
  static String profileJson(String id, String name, String skill) {
    return String.format(Locale.ROOT, """
        {"id": "%s", "name": "%s", "headline": "%s developer", "skills": ["%s"],
         "experience": [{"company": "Acme", "title": "Engineer", "start": "2020-01", "end": null,
                         "description": "Builds services in %s."}]}""", id, name, skill, skill, skill);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
