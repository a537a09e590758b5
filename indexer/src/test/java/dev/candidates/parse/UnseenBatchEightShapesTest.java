package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the eighth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchEightShapesTest {
  @Test
  void aEuropeanCvInEnglishKeepsItsHeadingsAndDatesInItsOwnLanguage() {
    Profile p = read("""
        Mathis Delorme
        mathis.d@example.fr

        EXPÉRIENCE PROFESSIONNELLE / WORK EXPERIENCE

        Depuis mars 2022 | Data Engineer – Ondine Énergie SA (Nantes)
        - Spark jobs for metering data

        Juil. 2018 – Févr. 2022 | BI Developer – Carrefour des Halles SAS (Rennes)

        FORMATION

        2015 – 2018  Diplôme d'ingénieur, École Centrale de Nantes

        COMPÉTENCES / SKILLS
        Outils : Airflow, Power BI
        """);
    assertEquals(List.of("Ondine Énergie SA", "Carrefour des Halles SAS"),
        p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Data Engineer", "BI Developer"), p.experience().stream().map(Experience::title).toList());
    assertEquals(List.of("2022-03", "2018-07"), p.experience().stream().map(Experience::start).toList());
    assertNull(p.experience().get(0).end(), "depuis: still there");
    assertEquals("2022-02", p.experience().get(1).end());
    assertEquals(List.of("École Centrale de Nantes"), p.education().stream().map(Education::school).toList());
    assertEquals(List.of("Airflow", "Power BI"), p.skills().subList(0, 2));
  }

  @Test
  void aHeadingWithItsTranslationAfterASlashOpensTheKnownSection() {
    assertEquals(Section.EXPERIENCE, Section.of("EXPÉRIENCES PROFESSIONNELLES / EXPERIENCE"));
    assertEquals(Section.EDUCATION, Section.of("Ausbildung | Education"));
    assertEquals(Section.SKILLS, Section.of("Kenntnisse / Skills"));
    assertNull(Section.of("Work / life balance"), "a word of running text needs a known other half");
    assertNull(Section.of("Languages | Kotlin, Java"), "a table row: a label and its list");
  }

  @Test
  void aTwoColumnPageWithContactsAcrossTheTopAndSkillBarsInTheSidebar() {
    Profile p = read("""
        LENA VOSKUIJLEN
        Platform Engineer

        +31 6 1234 5678  |  lena.v@example.nl  |  Utrecht

        SKILLS                         PROFILE
        Terraform   ●●●●●              Platform engineer, eight years of cloud
        Go          ●●●●○              infrastructure for logistics firms.
        Ansible     ★★★☆☆
                                       EXPERIENCE
        LANGUAGES
        Dutch       ●●●●●              Senior Platform Engineer
        English     ●●●●○              Dijkgraaf Logistics B.V.
                                       03/2021 – present
                                       • Runs 30 Kubernetes clusters

                                       Site Reliability Engineer
                                       Polder Cloud
                                       01/2017 – 02/2021

        References available upon request.
        """);
    assertEquals("Lena Voskuijlen", p.name());
    assertEquals(List.of("Dijkgraaf Logistics B.V.", "Polder Cloud"),
        p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Senior Platform Engineer", "Site Reliability Engineer"),
        p.experience().stream().map(Experience::title).toList());
    assertEquals(List.of("Terraform", "Go", "Ansible"), p.skills().subList(0, 3));
    assertEquals(List.of(), p.skills().stream().filter(s -> s.contains("●") || s.contains("★")).toList());
  }

  @Test
  void aNotionPageGivesEachRoleAsAHeadingAboveItsCompanyAndDatesRows() {
    Profile p = ResumeParserTest.PARSER.read("""
        # Tomás Ilves

        📧 tomas.ilves@example.org · 📍 Tallinn

        ## 💼 Experience

        ### Staff Engineer

        **Company:** Virmalised OÜ

        **Dates:** May 2021 → Present

        - Led the billing rewrite

        ### Software Engineer

        **Company:** Kesklinna Apps

        **Dates:** August 2016 → April 2021
        """, "md").profile();
    assertEquals(List.of("Virmalised OÜ", "Kesklinna Apps"), p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("Staff Engineer", "Software Engineer"), p.experience().stream().map(Experience::title).toList());
    assertEquals(List.of("2021-05", "2016-08"), p.experience().stream().map(Experience::start).toList());
    assertEquals("Led the billing rewrite", p.experience().get(0).description().strip());
  }
}
