package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 24 fixture profiles and 31 must / must-not cases of shared/notes/bilingual-analysis.md, every query variant,
 * through the real analysis chain, index and query layer. Cross-language variants go through the taxonomy.
 */
class BilingualFixturesTest extends TestIndex.PerClass {
  static final Map<String, String> DOCS = Map.ofEntries(
      Map.entry("D1", "具备Go/C++/Python多语言工程能力，主导Tracking系统重构"),
      Map.entry("D2", "技术栈：Go、Python、C++、Redis、Kafka、Elasticsearch；负责限流和幂等设计"),
      Map.entry("D3", "10年+后端研发经验，微服务架构与分布式系统，QPS过万"),
      Map.entry("D4", "Backend engineer: built distributed systems and microservices in Go; rate limiting and "
          + "idempotency keys"),
      Map.entry("D5", "React, Node.js. Going forward I want to go into management"),
      Map.entry("D6", "Led go-to-market and the go-live of the billing product"),
      Map.entry("D7", "熟悉C#、.NET Core和ASP.NET，了解K8s"),
      Map.entry("D8", "Java developer with C"),
      Map.entry("D9", "无限流量卡套餐运营"),
      Map.entry("D10", "分散式系統與微服務架構，負責服務治理"),
      Map.entry("D11", "Ｇｏ，１０年後端經驗"),
      Map.entry("D12", "熟悉trpc-go框架，参与AIAgent平台研发"),
      Map.entry("D13", "消息队列：Kafka/RocketMQ，技术负责人"),
      Map.entry("D14", "Tech lead for the message queue (RabbitMQ) team"),
      Map.entry("D15", "Python developer"),
      Map.entry("D16", "腾讯云高并发网关开发"),
      Map.entry("D17", "high concurrency systems"),
      Map.entry("D18", "负责Node.js服务端开发"),
      Map.entry("D19", "Kubernetes operator"),
      Map.entry("D20", "在AfterShip负责物流追踪系统"),
      Map.entry("D21", "服务端开发，负责流程引擎"),
      Map.entry("D22", "熟悉Golang与gRPC"),
      Map.entry("D23", "Objective-C iOS"),
      Map.entry("D24", "ASP.NET MVC"));

  @BeforeAll
  static void build() throws IOException {
    List<dev.candidates.model.Profile> profiles = new ArrayList<>();
    DOCS.forEach((id, text) -> profiles.add(TestIndex.text(id, text)));
    index = new TestIndex(dir, profiles);
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    add(out, 1, List.of("C++", "c++", "Ｃ＋＋"), "D1 D2", "D7 D8 D23");
    add(out, 2, List.of("C#"), "D7", "D1 D2 D8");
    add(out, 3, List.of(".NET"), "D7 D24", "D8");
    add(out, 4, List.of("ASP.NET"), "D7 D24", "");
    add(out, 5, List.of("C"), "D8", "D1 D2 D7 D23");
    add(out, 6, List.of("Go", "go", "Ｇｏ"), "D1 D2 D4 D11 D12 D22", "D5 D6");
    add(out, 7, List.of("Golang", "Go语言"), "D1 D2 D4 D11 D12 D22", "D5 D6");
    add(out, 8, List.of("微服务", "microservices"), "D3 D4 D10", "D18 D21");
    add(out, 9, List.of("分布式系统", "distributed systems", "分散式系統"), "D3 D4 D10", "D8");
    add(out, 10, List.of("限流", "rate limiting"), "D2 D4", "D9");
    add(out, 11, List.of("幂等", "idempotent"), "D2 D4", "");
    add(out, 12, List.of("消息队列", "message queue"), "D13 D14", "");
    add(out, 13, List.of("高并发", "high concurrency"), "D16 D17", "");
    add(out, 14, List.of("技术负责人", "tech lead"), "D13 D14", "");
    add(out, 15, List.of("K8s", "Kubernetes"), "D7 D19", "");
    add(out, 16, List.of("Node.js", "nodejs"), "D5 D18", "");
    add(out, 17, List.of("Kafka"), "D2 D13", "D14");
    add(out, 18, List.of("Redis"), "D2", "");
    add(out, 19, List.of("Python"), "D1 D2 D15", "");
    add(out, 20, List.of("Elasticsearch"), "D2", "");
    add(out, 21, List.of("后端"), "D3 D4 D11 D18 D21", "D5");
    add(out, 22, List.of("AfterShip"), "D20", "");
    add(out, 23, List.of("Tracking"), "D1", "");
    add(out, 24, List.of("物流追踪"), "D20", "");
    add(out, 25, List.of("trpc-go"), "D12", "");
    add(out, 26, List.of("AIAgent", "AI Agent"), "D12", "");
    add(out, 27, List.of("QPS"), "D3", "");
    add(out, 28, List.of("腾讯"), "D16", "");
    add(out, 29, List.of("服务治理"), "D10", "");
    add(out, 30, List.of("Go 微服务"), "D4", "D1 D3 D10");
    add(out, 31, List.of("Python 限流"), "D2", "D1 D4");
    return out.stream();
  }

  private static void add(List<Arguments> out, int n, List<String> queries, String must, String mustNot) {
    for (String q : queries) {
      out.add(Arguments.of(n, q, split(must), split(mustNot)));
    }
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : List.of(s.split(" "));
  }

  @ParameterizedTest(name = "case {0}: {1}")
  @MethodSource("cases")
  void queryFindsWhatItMustAndNothingItMustNot(int n, String query, List<String> must, List<String> mustNot)
      throws IOException {
    SearchResult r = index.search(query);
    assertFalse(r.partial(), () -> "case " + n + " \"" + query + "\" fell back to partial matches: " + ids(r));
    List<String> ids = ids(r);
    for (String id : must) {
      assertTrue(ids.contains(id), () -> "case " + n + " \"" + query + "\" must find " + id + " (" + DOCS.get(id)
          + "); found " + ids);
    }
    for (String id : mustNot) {
      assertFalse(ids.contains(id), () -> "case " + n + " \"" + query + "\" must not find " + id + " ("
          + DOCS.get(id) + "); found " + ids);
    }
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
