package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candidates.occupation.Seniority;
import dev.candidates.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleIntentTest {
  private final Taxonomy taxonomy = Taxonomy.loadDefault();

  private RoleIntent read(String q) {
    return RoleIntent.read(q, taxonomy.matcher());
  }

  @Test
  void levelWordsInEitherLanguageBecomeALevelNotARequiredWord() {
    assertEquals(Seniority.SENIOR, read("senior data engineer").level());
    assertEquals("data engineer", read("senior data engineer").rest().strip());
    assertEquals(Seniority.GRADUATE, read("应届生 数据工程师").level());
    assertEquals(Seniority.GRADUATE, read("new grad data engineer").level());
    assertEquals(Seniority.INTERN, read("前端实习生").level());
    assertEquals(Seniority.JUNIOR, read("初级Java开发").level());
    assertEquals(Seniority.SENIOR, read("资深数据工程师").level());
    assertEquals(Seniority.STAFF, read("staff engineer").level());
  }

  @Test
  void genericRoleNounsAreSoftAndRolesOfTheirOwnStayWhole() {
    RoleIntent python = read("Python developer");
    assertEquals("Python", python.rest().strip());
    assertEquals(List.of("developer"), python.roleNouns());
    RoleIntent pm = read("product manager");
    assertNull(pm.level(), "manager is part of the role");
    assertEquals("product manager", pm.rest());
    assertEquals("tech lead", read("tech lead").rest());
    assertEquals("engineer", read("engineer").rest(), "a lone role noun is searched as a word");
  }

  @Test
  void levelsAndRoleNounsAreFoundInAnyCaseAndTheNounsKeptAsWritten() {
    RoleIntent shouted = read("SENIOR Kafka DEVELOPER");
    assertEquals(Seniority.SENIOR, shouted.level());
    assertEquals(List.of("DEVELOPER"), shouted.roleNouns());
    assertEquals("       Kafka          ", shouted.rest(), "blanked in place: positions keep");
    assertEquals(Seniority.LEAD, read("IT Operations Manager").level());
    assertEquals(Seniority.STAFF, read("Principal Java Engineer").level());
    assertEquals(Seniority.JUNIOR, read("Jr. Go Engineer").level());
  }

  @Test
  void aManagerOfSomeWorkIsALeadOfIt() {
    RoleIntent ops = read("运维经理");
    assertEquals(Seniority.LEAD, ops.level());
    assertEquals("运维", ops.rest().strip());
  }
}
