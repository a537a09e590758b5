package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence, role family and level in the ranking: a mention is not a skill, a level is not a word. */
class WhoTheCandidateIsTest {
  @TempDir
  Path dir;

  private static Profile recruiter() {
    return Profiles.profile("recruiter").headline("Technical Recruiter")
        .job("Invented Talent", "Technical Recruiter", "2019-03", null,
            "Hired Python developers and data scientists for fintech clients.").build();
  }

  @Test
  void aRecruiterWhoHiredPythonDevelopersIsNotAPythonMatchWhileAnEngineerIs() throws IOException {
    try (TestIndex index = new TestIndex(dir, List.of(recruiter(),
        Profiles.profile("engineer").headline("Backend Engineer")
            .job("Invented Co", "Backend Engineer", "2020-01", null, "Python services with Django.").build()))) {
      SearchResult r = index.search("Python developer");
      assertEquals(List.of("engineer"), r.hits().stream().map(SearchResult.Hit::id).toList());
      assertFalse(r.partial());
      assertEquals(List.of("recruiter"), index.ids("recruiter"));
    }
  }

  @Test
  void aQueryWhoseOnlyMatchIsAMentionAboutOthersIsNeverAnEmptyPage() throws IOException {
    try (TestIndex index = new TestIndex(dir, List.of(recruiter()))) {
      SearchResult r = index.search("Python");
      assertEquals(List.of("recruiter"), r.hits().stream().map(SearchResult.Hit::id).toList());
      assertTrue(r.partial(), "said so: a partial match");
    }
  }

  @Test
  void aLevelInEitherLanguageRanksThatLevelFirstWithoutRequiringTheWord() throws IOException {
    try (TestIndex index = new TestIndex(dir, List.of(
        Profiles.profile("senior").headline("Data Engineer")
            .job("Invented Co", "Senior Data Engineer", "2015-01", null, "Spark pipelines.").build(),
        Profiles.profile("grad").headline("数据工程师")
            .job("某公司", "数据开发实习生", "2026-03", "2026-08", "Hive数仓开发。").build(),
        Profiles.profile("junior").headline("Junior Data Engineer")
            .job("Invented Co", "Data Engineer", "2025-06", null, "dbt models.").build()))) {
      assertEquals("senior", index.ids("senior data engineer").get(0));
      assertEquals("senior", index.ids("资深数据工程师").get(0));
      assertEquals("junior", index.ids("初级 data engineer").get(0));
      assertEquals(3, index.ids("senior data engineer").size(), "the level word excludes nobody");
    }
  }

  @Test
  void theExplanationSaysWhichSkillFromWhichEvidenceHowManyYearsAndWhichRoleAndLevel() throws IOException {
    try (TestIndex index = new TestIndex(dir, List.of(
        Profiles.profile("kafka").headline("Backend Engineer")
            .job("Invented Co", "Senior Backend Engineer", "2018-11", null, "Kafka consumers in Java.").build()))) {
      SearchResult.Hit hit = index.search(SearchRequest.of("Kafka").withExplain(true)).hits().get(0);
      assertEquals("backend · senior", hit.rankedAs());
      assertEquals("work experience", hit.matchedSkills().get(0).evidence());
      String summary = hit.explanation().summary();
      assertTrue(summary.startsWith("Ranked as: backend · senior."), summary);
      assertTrue(summary.contains("Kafka 8.0 y from work experience"), summary);
    }
  }

  @Test
  void aRoleInOneLanguageFindsTheFamilyWrittenInTheOther() throws IOException {
    try (TestIndex index = new TestIndex(dir, List.of(
        Profiles.profile("ops-en").headline("Operations Manager, IT Infrastructure")
            .job("Invented Hosting", "Operations Manager", "2018-04", null,
                "Managed the IT operations team running Linux servers.").build(),
        Profiles.profile("content-ops").headline("运营经理")
            .job("某公司", "运营经理", "2020-06", null, "负责内容运营与社区活动。").build()))) {
      assertEquals(List.of("ops-en"), index.ids("运维经理"));
    }
  }
}
