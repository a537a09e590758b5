package dev.candidates.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.taxonomy.Taxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
  private final ProfileEnricher enricher = new ProfileEnricher(Taxonomy.loadDefault(), CLOCK);

  private static Profile profile(String headline, List<String> skills, List<Experience> jobs, List<Education> edu) {
    return new Profile("p", "Invented Person", headline, null, null, null, null, skills, jobs, null, edu, null, null,
        null, null, null, null);
  }

  @Test
  void clausesAboutRecruitingAndSupportingOthersAreSplitOffTheirOwnWork() {
    OthersContext.Split s = OthersContext.split(
        "Built the billing service in Java; hired Python developers for the data team. Worked alongside the Kafka"
            + " team.");
    assertTrue(s.own().contains("billing service in Java"), s.own());
    assertFalse(s.own().contains("Python"), s.own());
    assertTrue(s.others().contains("hired Python developers"), s.others());
    assertTrue(s.others().contains("Kafka"), s.others());
    assertEquals(s.own().length(), s.others().length(), "same length, so offsets line up");

    OthersContext.Split zh = OthersContext.split("带领后端团队开发订单系统，参与团队面试与招聘，负责新人培养");
    assertTrue(zh.others().contains("参与团队面试与招聘"), zh.others());
    assertTrue(zh.own().contains("带领后端团队开发订单系统"), zh.own());
  }

  @Test
  void aCueInCapitalsOrWithALetterThatFoldsToOneMarksItsClauseAndAClauseWithoutACueStaysOwn() {
    OthersContext.Split caps = OthersContext.split("HIRED Python developers; built Kafka pipelines");
    assertTrue(caps.others().contains("HIRED Python developers"), caps.others());
    assertTrue(caps.own().contains("built Kafka pipelines"), caps.own());
    // The dotted capital I folds to "i" in the cue's case-insensitive match, so the literal prefilter must see
    // "hired" in it too.
    OthersContext.Split dotted = OthersContext.split("H\u0130RED Java engineers. Shipped Go services.");
    assertTrue(dotted.others().contains("Java engineers"), dotted.others());
    assertTrue(dotted.own().contains("Shipped Go services"), dotted.own());
    OthersContext.Split none = OthersContext.split("Shipped Go services; tuned the placement of Kafka brokers");
    assertFalse(none.hasOthers(), "\"plac\" in placement opens the regex, which finds no cue there");
    assertEquals("Shipped Go services; tuned the placement of Kafka brokers", none.own());
  }

  @Test
  void aRecruiterWhoHiredPythonDevelopersHasPythonOnlyAsAMentionWithNoYears() {
    ProfileEnricher.Facts f = enricher.facts(profile("Technical Recruiter", List.of("Sourcing"),
        List.of(new Experience("Invented Talent", "Technical Recruiter", "2019-03", null,
            "Hired Python developers and data scientists for fintech clients; sourced Kubernetes engineers.")),
        List.of()));
    assertEquals(Evidence.MENTION, f.evidence("python"));
    assertEquals(Evidence.MENTION, f.evidence("kubernetes"));
    assertEquals(Evidence.TITLE, f.evidence("recruiter"));
    assertFalse(f.yearsByConcept().containsKey("python"), "no years for other people's skills");
    assertFalse(f.profile().skills().contains("Python"), f.profile().skills()::toString);
  }

  @Test
  void theStrongestEvidenceWinsTitleThenJobThenSkillsThenEducation() {
    ProfileEnricher.Facts f = enricher.facts(profile("Senior Go Engineer", List.of("Redis", "Kafka"),
        List.of(new Experience("Invented Co", "Backend Engineer", "2020-01", null, "Built Kafka consumers.")),
        List.of(new Education("Invented University", "Master", "thesis on PostgreSQL query planning", null,
            null))));
    assertEquals(Evidence.TITLE, f.evidence("go"));
    assertEquals(Evidence.JOB, f.evidence("kafka"));
    assertEquals(Evidence.SKILLS, f.evidence("redis"));
    assertEquals(Evidence.EDUCATION, f.evidence("postgresql"));
    assertTrue(f.yearsByConcept().get("kafka") >= 6.0, f.yearsByConcept()::toString);
  }

  @Test
  void aProjectManagerOfACSharpAndCppTeamHasNeitherAsOwnEvidence() {
    ProfileEnricher.Facts f = enricher.facts(profile("Project Manager", List.of("Scrum"),
        List.of(new Experience("Invented Games", "Project Manager", "2019-02", null,
            "Managed a C# and C++ team of 12 building a toolchain; release planning.")),
        List.of()));
    assertEquals(Evidence.MENTION, f.evidence("csharp"));
    assertEquals(Evidence.MENTION, f.evidence("cpp"));
  }
}
