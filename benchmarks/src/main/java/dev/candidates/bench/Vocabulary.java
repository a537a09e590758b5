package dev.candidates.bench;

import java.util.List;

/**
 * The word lists the corpus generator draws from: names, places, employers, schools, career archetypes and sentence
 * templates in English and Chinese. Skills are named by their taxonomy labels so the indexer recognizes them; the
 * templates mention them in dated jobs, so years per skill come out as they would from a real résumé.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A kind of career: the skills it is built on, and what its people are called. */
  record Archetype(String key, int weight, List<String> core, List<String> titlesEn, List<String> titlesZh) {}

  static final List<Archetype> ARCHETYPES = List.of(
      new Archetype("java-backend", 22,
          List.of("Java", "Spring Boot", "MySQL", "Redis", "Kafka", "Microservices", "Spring Cloud", "MyBatis",
              "Distributed Systems", "Docker", "Linux", "Dubbo", "High Concurrency", "Elasticsearch"),
          List.of("Backend Engineer", "Senior Java Engineer", "Software Engineer", "Java Developer"),
          List.of("Java开发工程师", "后端开发工程师", "高级Java工程师", "软件工程师")),
      new Archetype("go-backend", 14,
          List.of("Go", "gRPC", "Kubernetes", "Docker", "Redis", "Kafka", "MySQL", "Microservices",
              "High Concurrency", "Distributed Systems", "Linux", "Prometheus", "Elasticsearch"),
          List.of("Backend Engineer", "Senior Go Engineer", "Software Engineer", "Server-side Engineer"),
          List.of("Go开发工程师", "后端开发工程师", "服务端开发工程师", "高级后端工程师")),
      new Archetype("frontend", 14,
          List.of("JavaScript", "TypeScript", "React", "Vue", "Node.js", "Webpack", "CSS", "HTML", "Next.js",
              "Vite", "GraphQL"),
          List.of("Frontend Engineer", "Senior Frontend Engineer", "Web Developer", "Full-Stack Engineer"),
          List.of("前端开发工程师", "资深前端工程师", "Web前端工程师", "全栈工程师")),
      new Archetype("data", 12,
          List.of("Python", "SQL", "Spark", "Hadoop", "Hive", "Flink", "Kafka", "Airflow", "ClickHouse",
              "Data Warehouse", "HBase", "Scala"),
          List.of("Data Engineer", "Big Data Engineer", "Senior Data Engineer", "Data Platform Engineer"),
          List.of("数据工程师", "大数据开发工程师", "数仓工程师", "数据平台工程师")),
      new Archetype("ml", 10,
          List.of("Python", "PyTorch", "TensorFlow", "Machine Learning", "Deep Learning", "NLP", "Computer Vision",
              "Pandas", "Scikit-learn", "LLM", "CUDA", "Spark"),
          List.of("Machine Learning Engineer", "Algorithm Engineer", "Data Scientist", "NLP Engineer"),
          List.of("算法工程师", "机器学习工程师", "推荐算法工程师", "NLP算法工程师")),
      new Archetype("mobile", 9,
          List.of("Swift", "iOS", "Kotlin", "Android", "Flutter", "Dart", "Java", "Git"),
          List.of("iOS Engineer", "Android Engineer", "Mobile Engineer", "Senior Mobile Developer"),
          List.of("iOS开发工程师", "Android开发工程师", "移动开发工程师", "客户端开发工程师")),
      new Archetype("sre", 9,
          List.of("Kubernetes", "Docker", "Terraform", "AWS", "Prometheus", "Grafana", "Linux", "Ansible",
              "Jenkins", "CI/CD", "Go", "Python", "Nginx"),
          List.of("Site Reliability Engineer", "DevOps Engineer", "Platform Engineer", "Cloud Engineer"),
          List.of("运维开发工程师", "SRE工程师", "DevOps工程师", "云平台工程师")),
      new Archetype("cpp", 6,
          List.of("C++", "Linux", "Redis", "MySQL", "Lua", "Qt", "Netty", "High Concurrency", "CUDA"),
          List.of("C++ Engineer", "Game Server Engineer", "Software Engineer", "Senior C++ Developer"),
          List.of("C++开发工程师", "游戏服务端开发工程师", "软件工程师", "高级C++工程师")),
      new Archetype("python-backend", 6,
          List.of("Python", "Django", "Flask", "PostgreSQL", "Redis", "Docker", "Celery", "RabbitMQ", "MongoDB"),
          List.of("Python Developer", "Backend Engineer", "Software Engineer", "Full-Stack Engineer"),
          List.of("Python开发工程师", "后端开发工程师", "软件工程师", "全栈工程师")));

  /** Employers: big names (they are taxonomy concepts, in both spellings) and a long tail of small companies. */
  static final List<String> BIG_EN = List.of("Tencent", "Alibaba", "ByteDance", "Baidu", "Huawei", "Meituan",
      "JD.com", "NetEase", "Xiaomi", "Kuaishou", "DiDi", "Shopee", "Trip.com", "Bilibili", "Ant Group", "Pinduoduo");
  static final List<String> BIG_ZH = List.of("腾讯", "阿里巴巴", "字节跳动", "百度", "华为", "美团", "京东", "网易",
      "小米", "快手", "滴滴", "虾皮", "携程", "哔哩哔哩", "蚂蚁集团", "拼多多");
  static final List<String> SMALL_EN_A = List.of("Blue", "Bright", "North", "Silver", "Swift", "Cloud", "Harbor",
      "Pine", "Red", "Summit", "Vector", "Lumen", "Orbit", "Delta", "Nimbus", "Quartz");
  static final List<String> SMALL_EN_B = List.of("Labs", "Technologies", "Systems", "Software", "Networks",
      "Data", "Robotics", "Logistics", "Payments", "Health");
  static final List<String> SMALL_ZH_A = List.of("蓝海", "星河", "云途", "明德", "拾光", "远景", "极光", "青橙", "鲸鱼",
      "海纳", "智联", "启明", "方舟", "银杏", "北辰", "南风");
  static final List<String> SMALL_ZH_B = List.of("网络科技有限公司", "信息技术有限公司", "软件有限公司", "数据科技有限公司",
      "智能科技有限公司", "互动娱乐有限公司");

  static final List<String> CITIES_EN = List.of("Shenzhen, China", "Shanghai, China", "Beijing, China",
      "Hangzhou, China", "Guangzhou, China", "Chengdu, China", "Singapore", "Hong Kong", "San Francisco, USA",
      "Seattle, USA", "London, UK", "Toronto, Canada", "Berlin, Germany", "Remote");
  static final int[] CITY_EN_WEIGHTS = {14, 14, 12, 8, 5, 4, 8, 5, 7, 5, 5, 4, 3, 6};
  static final List<String> CITIES_ZH = List.of("深圳", "上海", "北京", "杭州", "广州", "成都", "南京", "武汉", "西安",
      "苏州");
  static final int[] CITY_ZH_WEIGHTS = {16, 18, 20, 12, 8, 8, 5, 5, 4, 4};

  static final List<String> FIRST_EN = List.of("Daniel", "Emily", "Michael", "Sarah", "James", "Olivia", "David",
      "Grace", "Kevin", "Laura", "Nathan", "Rachel", "Brian", "Hannah", "Ethan", "Chloe", "Lucas", "Mia", "Ryan",
      "Zoe", "Wei", "Jun", "Ming", "Lin");
  static final List<String> LAST_EN = List.of("Mercer", "Brooks", "Cole", "Tan", "Okafor", "Osei", "Nguyen",
      "Patel", "Schmidt", "Rossi", "Kim", "Chen", "Wang", "Li", "Zhang", "Liu", "Lee", "Wong", "Garcia", "Silva");
  static final List<String> FAMILY_ZH = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "林", "高", "罗");
  static final List<String> GIVEN_ZH = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "杰", "涛", "明", "超",
      "秀英", "思远", "婷", "浩", "雅婷", "子涵", "宇航", "欣怡", "俊杰", "晨", "一鸣", "佳琪");

  static final List<String> SCHOOLS_EN = List.of("University of Manchester", "National University of Singapore",
      "University of Toronto", "University of Washington", "Imperial College London", "Georgia Institute of Technology",
      "University of Hong Kong", "Zhejiang University", "Tsinghua University", "Technical University of Munich");
  static final List<String> SCHOOLS_ZH = List.of("清华大学", "北京大学", "浙江大学", "上海交通大学", "复旦大学",
      "华中科技大学", "电子科技大学", "南京大学", "中山大学", "西安电子科技大学", "北京邮电大学", "武汉大学");
  static final List<String> MAJORS_EN = List.of("Computer Science", "Software Engineering", "Electrical Engineering",
      "Mathematics", "Information Systems", "Statistics");
  static final List<String> MAJORS_ZH = List.of("计算机科学与技术", "软件工程", "电子信息工程", "数学与应用数学",
      "信息管理与信息系统", "统计学");

  /** Business domains, as a pair: English, Chinese. */
  static final List<List<String>> DOMAINS = List.of(List.of("payments", "支付"), List.of("e-commerce", "电商"),
      List.of("advertising", "广告"), List.of("recommendation", "推荐"), List.of("logistics", "物流"),
      List.of("gaming", "游戏"), List.of("social", "社交"), List.of("search", "搜索"), List.of("fintech", "金融"),
      List.of("online education", "在线教育"), List.of("ride-hailing", "出行"), List.of("video", "短视频"));

  /** Job sentences; {0} {1} {2} are skills, {d} the domain, {n} a number. */
  static final List<String> JOB_EN = List.of(
      "Built {d} services in {0} and {1}, handling {n}k requests per second at peak.",
      "Designed distributed systems for the {d} platform on {0} and {1}; cut p99 latency by {n}%.",
      "Built a real-time data pipeline with {0} and {1} that processes {n} million events a day.",
      "Led a team of {n} engineers migrating legacy {d} workloads to {0} and {2}.",
      "Owned the {d} backend: {0}, {1} and {2}, on-call for production incidents.",
      "Rewrote the {d} checkout flow with {0}; introduced {1} and {2} for reliability.",
      "Maintained {0} and {1} clusters for the {d} team and automated releases.",
      "Improved {d} ranking with {0} and {1}; conversion rose {n}%.");
  static final List<String> JOB_ZH = List.of(
      "负责{d}系统核心链路开发，使用{0}和{1}构建服务，在高并发场景下保障服务稳定性。",
      "基于{0}与{1}搭建{d}业务的分布式架构，接口p99延迟降低{n}%。",
      "使用{0}和{2}重构{d}平台，支撑日均{n}亿次请求。",
      "带领{n}人团队将{d}服务迁移到{0}，引入{1}提升系统稳定性。",
      "负责{d}中台建设，基于{0}、{1}和{2}实现微服务化改造。",
      "参与{d}数据平台开发，使用{0}与{1}实现实时数据处理，延迟从分钟级降到秒级。",
      "负责{d}推荐排序优化，使用{0}和{1}，点击率提升{n}%。");
  static final List<String> SUMMARY_EN = List.of(
      "{y} years building {d} systems with {0}, {1} and {2}.",
      "Engineer with {y} years of experience in {0} and {1}, focused on {d}.",
      "{y}+ years of {0} experience; comfortable with {1}, {2} and large-scale {d} platforms.");
  static final List<String> SUMMARY_ZH = List.of(
      "{y}年{d}行业开发经验，熟悉{0}、{1}和{2}。",
      "{y}年工作经验，精通{0}，熟悉{1}与{2}，关注{d}系统的性能与稳定性。",
      "具有{y}年{0}开发经验，主导过{d}业务的高可用架构设计，熟悉{1}。");
  static final List<String> PROJECT_EN = List.of("Order Gateway", "Risk Engine", "Search Platform",
      "Realtime Dashboard", "Feature Store", "Payment Router", "Config Center", "Mobile Checkout");
  static final List<String> PROJECT_ZH = List.of("订单网关", "风控引擎", "搜索中台", "实时大屏", "特征平台", "支付路由",
      "配置中心", "移动收银台");
}
