package dev.candidates.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationsTest {
  private static final YearMonth NOW = YearMonth.of(2026, 11);

  private static Occupation of(String headline, double years, List<Experience> jobs, List<Education> edu) {
    Profile p = new Profile("p", "Invented Person", headline, null, null, null, null, null, jobs, null, edu, null,
        null, null, null, null, null);
    return Occupations.of(p, NOW, years);
  }

  private static Experience job(String title, String start, String end) {
    return new Experience("Invented Co", title, start, end, null);
  }

  @Test
  void titlesInEitherLanguageNameTheFamilyAndTheLevel() {
    assertEquals("SRE · senior", of("Senior Site Reliability Engineer", 8, List.of(), List.of()).words());
    assertEquals("SRE · senior", of("资深SRE工程师", 8, List.of(), List.of()).words());
    assertEquals("IT operations · lead", of("运维经理", 10, List.of(), List.of()).words());
    assertEquals("business operations", of("运营经理", 6, List.of(), List.of()).family().words());
    assertEquals("engineering management · director", of("技术总监", 15, List.of(), List.of()).words());
    assertEquals(Seniority.STAFF, of("首席架构师", 15, List.of(), List.of()).level());
    assertEquals(Seniority.INTERN, of("前端开发实习生", 0.4, List.of(), List.of()).level());
    assertEquals(Seniority.GRADUATE, of("应届生 · 数据工程师", 0.4, List.of(), List.of()).level());
  }

  @Test
  void aTitleWrittenInTraditionalCharactersNamesTheSameFamilyAndLevel() {
    assertEquals(of("资深SRE工程师", 8, List.of(), List.of()).words(), of("資深SRE工程師", 8, List.of(), List.of()).words());
    assertEquals("IT operations · lead", of("運維經理", 10, List.of(), List.of()).words());
    Occupation o = of(null, 4, List.of(job("前端開發工程師", "2022-01", null)), List.of());
    assertEquals(RoleFamily.FRONTEND, o.family());
  }

  @Test
  void aRecruiterIsARecruiterAndAProductManagerIsNotALead() {
    assertEquals(RoleFamily.RECRUITER, of("Technical Recruiter", 7, List.of(), List.of()).family());
    Occupation pm = of("Product Manager", 4, List.of(), List.of());
    assertEquals(RoleFamily.PRODUCT, pm.family());
    assertEquals(Seniority.MID, pm.level(), "manager is the role's own name, so the level comes from years");
    assertEquals(RoleFamily.MARKETING, of("Product Marketing Manager", 7, List.of(), List.of()).family());
  }

  @Test
  void withoutALevelWordTheCurrentTitleThenTheYearsDecide() {
    Occupation o = of("Systems Engineer (Rust)", 7,
        List.of(job("Senior Systems Engineer", "2019-10", null)), List.of());
    assertEquals(Seniority.SENIOR, o.level());
    assertEquals(Seniority.JUNIOR, of("Backend Engineer", 2, List.of(job("Backend Engineer", "2024-09", null)),
        List.of()).level());
    assertEquals(Seniority.GRADUATE, of("Software Engineer", 0.3, List.of(job("Software Engineer", "2026-08", null)),
        List.of(new Education("Invented University", "Bachelor", "CS", "2022-09", "2026-06"))).level());
  }

  @Test
  void yearsInAFamilyCountOnlyTheJobsOfThatFamily() {
    Occupation o = of("Frontend Developer", 12, List.of(
        job("Frontend Developer", "2024-11", null),
        job("Java Backend Developer", "2014-06", "2024-10")), List.of());
    assertEquals(RoleFamily.FRONTEND, o.family());
    assertEquals(2.0, o.yearsIn(RoleFamily.FRONTEND), 0.2);
    assertEquals(10.3, o.yearsIn(RoleFamily.BACKEND), 0.2);
  }

  @Test
  void aFullTitleMemoStartsOverAndStillAnswersEveryTitle() {
    TitleMemo<RoleFamily> memo = new TitleMemo<>(2, RoleFamily::of);
    for (int round = 0; round < 2; round++) {
      assertEquals(RoleFamily.SRE, memo.get("Site Reliability Engineer"));
      assertEquals(RoleFamily.FRONTEND, memo.get("前端工程师"));
      assertEquals(null, memo.get("Gardener"));
      assertEquals(RoleFamily.DATA, memo.get("Data Engineer " + "x".repeat(TitleMemo.MAX_TITLE)));
    }
  }
}
