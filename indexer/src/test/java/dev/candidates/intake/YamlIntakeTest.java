package dev.candidates.intake;

import static dev.candidates.intake.ProfileIntakeTest.INTAKE;
import static dev.candidates.intake.ProfileIntakeTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.extract.ExtractionException;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Résumés written as YAML: RenderCV input, JSON Resume in YAML, any other YAML read as text; and every YAML that
 * is broken, hostile or not a résumé refused with a 4xx reason in the product's words.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class YamlIntakeTest {
  static final String RENDERCV = """
      cv:
        name: Ingrid Solberg-Achebe
        location: Trondheim, Norway
        email: ingrid.sa@example.net
        phone: tel:+47-555-01-234
        website: https://solberg-achebe.example.net/
        social_networks:
          - network: GitHub
            username: isolach
        sections:
          summary:
            - Platform engineer; likes **small** services.
          work_experience:
            - company: Fjordline Freight AS
              position: Lead Platform Engineer
              location: Trondheim
              start_date: 2021-09
              end_date: present
              highlights:
                - Moved the [booking system](https://example.net/b) to Kubernetes
            - company: Nordlys Data
              position: Software Developer
              start_date: 2017
              end_date: 2021-08
              summary: Billing and invoicing in Kotlin.
          education:
            - institution: Norwegian University of Science and Technology
              area: Cybernetics
              degree: MSc
              start_date: 2012-08
              end_date: 2017-06
          skills:
            - label: Languages
              details: Kotlin, Go, Python
            - label: Platform
              details: Kubernetes, Terraform (AWS, GCP), CI/CD
          projects:
            - name: Tidetable
              date: 2020
              highlights:
                - Harbour tide forecasts for sailors
          awards:
            - name: Best Internal Tool 2022
              date: 2022-11
      design:
        theme: classic
      locale:
        language: en
      rendercv_settings:
        render_command:
          dont_generate_png: true
      """;

  static IntakeException refusal(String yaml) {
    return assertThrows(IntakeException.class, () -> INTAKE.intake(utf8(yaml), "cv.yaml"));
  }

  @Test
  void a_rendercv_resume_is_mapped_field_by_field() throws ExtractionException {
    IntakeResult r = INTAKE.intake(utf8(RENDERCV), "ingrid.yaml");
    Profile p = r.profile();
    assertEquals("Ingrid Solberg-Achebe", p.name());
    assertEquals("ingrid.sa@example.net", p.email());
    assertEquals("+47-555-01-234", p.phone());
    assertEquals("Trondheim, Norway", p.location());
    assertEquals("Platform engineer; likes small services.", p.summary());
    assertEquals(List.of(
        new Experience("Fjordline Freight AS", "Lead Platform Engineer", "2021-09", null,
            "Moved the booking system to Kubernetes"),
        new Experience("Nordlys Data", "Software Developer", "2017-01", "2021-08",
            "Billing and invoicing in Kotlin.")), p.experience());
    assertEquals(List.of(new Education("Norwegian University of Science and Technology", "MSc", "Cybernetics",
        "2012-08", "2017-06")), p.education());
    assertEquals(List.of("Kotlin", "Go", "Python", "Kubernetes", "Terraform", "CI/CD"), p.skills());
    assertEquals(List.of("Tidetable"), p.projects().stream().map(x -> x.name()).toList());
    assertEquals(List.of("https://solberg-achebe.example.net/", "https://github.com/isolach"), p.links());
    assertTrue(p.text().contains("Best Internal Tool 2022"), p.text()); // an award: searchable, not a job or project
    assertTrue(!p.text().contains("dont_generate_png"), "the design and settings blocks are not the résumé");
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void section_titles_decide_what_entries_mean_in_english_and_chinese() throws ExtractionException {
    Profile p = INTAKE.intake(utf8("""
        cv:
          name: 周晓岚
          sections:
            工作经历:
              - company: 青禾物流科技
                position: 后端工程师
                start_date: 2020-03
            教育背景:
              - institution: 华中科技大学
                area: 软件工程
                degree: 本科
                start_date: 2016-09
                end_date: 2020-06
            专业技能:
              - 熟悉 Java、Spring Boot、MySQL
            获奖情况:
              - company: 省赛组委会
                position: 一等奖
                date: 2019
            Employment History:
              - name: Harbor Analytics
                date: 2019-06 – 2019-09
        """), "application/x-yaml").profile();
    assertEquals(List.of(new Experience("青禾物流科技", "后端工程师", "2020-03", null, null),
        new Experience("Harbor Analytics", null, "2019-06", "2019-09", null)), p.experience());
    assertEquals("华中科技大学", p.education().get(0).school());
    assertEquals(List.of("Java", "Spring Boot", "MySQL"), p.skills());
  }

  @Test
  void json_resume_written_as_yaml_maps_exactly_as_its_json_does() throws ExtractionException {
    String yaml = """
        basics:
          name: Oskar Lindqvist
          email: oskar@example.org
          location: {city: Uppsala, region: Uppsala}
        work:
          - name: Runestone Games
            position: Gameplay Programmer
            startDate: "2018-02-01"
            highlights: [Netcode rewrite]
        education:
          - {institution: Uppsala University, studyType: BSc, area: Computer Science, startDate: "2014"}
        skills:
          - {name: Engines, keywords: [Unreal, Godot]}
        """;
    String json = """
        {"basics": {"name": "Oskar Lindqvist", "email": "oskar@example.org",
                    "location": {"city": "Uppsala", "region": "Uppsala"}},
         "work": [{"name": "Runestone Games", "position": "Gameplay Programmer", "startDate": "2018-02-01",
                   "highlights": ["Netcode rewrite"]}],
         "education": [{"institution": "Uppsala University", "studyType": "BSc", "area": "Computer Science",
                        "startDate": "2014"}],
         "skills": [{"name": "Engines", "keywords": ["Unreal", "Godot"]}]}""";
    IntakeResult fromYaml = INTAKE.intake(utf8(yaml), "oskar.yml");
    assertEquals(INTAKE.intake(utf8(json), "oskar.json"), fromYaml);
    assertEquals("Runestone Games", fromYaml.profile().experience().get(0).company());
    assertEquals("2018-02", fromYaml.profile().experience().get(0).start());
    assertEquals(List.of("Unreal", "Godot"), fromYaml.profile().skills());
  }

  @Test
  void another_yaml_shape_is_read_as_text_with_a_warning() throws ExtractionException {
    IntakeResult r = INTAKE.intake(utf8("""
        person:
          full_name: Mireille Dufresne
          contact: mireille.d@example.fr
        jobs:
          - employer: Atelier Lumen
            role: UX Researcher
            from: 2019-04
            to: present
        """), "text/yaml");
    assertTrue(r.warnings().contains("not a known résumé YAML format: read as text"), r.warnings().toString());
    assertEquals("mireille.d@example.fr", r.profile().email());
    assertTrue(r.text().contains("Atelier Lumen"), r.text());
    assertEquals("yaml_unknown_format", Warning.of(r.warnings().get(0)).code());
  }

  @Test
  void anchors_aliases_and_merge_keys_are_resolved() throws ExtractionException {
    Profile p = INTAKE.intake(utf8("""
        cv:
          name: Kai Brandt
          sections:
            experience:
              - &job
                company: Lindenhof Bank
                position: Analyst
                start_date: 2015-01
                end_date: 2016-12
              - <<: *job
                position: Senior Analyst
                start_date: &since 2017-01
                end_date: present
              - company: Kantonalbank Süd
                position: Risk Consultant
                start_date: *since
        """), "application/yaml").profile();
    assertEquals(List.of(new Experience("Lindenhof Bank", "Analyst", "2015-01", "2016-12", null),
        new Experience("Lindenhof Bank", "Senior Analyst", "2017-01", null, null),
        new Experience("Kantonalbank Süd", "Risk Consultant", "2017-01", null, null)), p.experience());
  }

  @Test
  void the_kinds_of_yaml_are_its_extensions_and_media_types() {
    for (String kind : List.of("cv.yaml", "CV.YML", "application/yaml", "application/x-yaml", "text/yaml",
        "text/x-yaml; charset=utf-8")) {
      assertEquals(ProfileIntake.Reading.YAML, ProfileIntake.readingOf(kind), kind);
    }
  }

  @Test
  void a_billion_laughs_is_refused_before_it_expands() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = "*" + (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(8,
          prev))).append("]\n");
    }
    IntakeException e = refusal(bomb.toString());
    assertEquals(IntakeException.Reason.MALFORMED_YAML, e.reason());
    assertEquals("YAML that expands to more than 200000 values (through its aliases, or its size); a résumé has a "
        + "few thousand", e.getMessage());
  }

  @Test
  void more_aliases_than_a_resume_needs_are_refused() {
    StringBuilder many = new StringBuilder("x: &x Go\nskills:\n");
    for (int i = 0; i < 150; i++) {
      many.append("  - *x\n");
    }
    IntakeException e = refusal(many.toString());
    assertEquals(IntakeException.Reason.MALFORMED_YAML, e.reason());
    assertEquals("YAML with more than 100 aliases (*name); write the values out", e.getMessage());
  }

  @Test
  void nesting_deeper_than_a_resume_is_refused_in_either_style() {
    String flow = "a: " + "[".repeat(5_000) + "]".repeat(5_000);
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      block.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    block.append("  ".repeat(100)).append("leaf: 1\n");
    for (String deep : List.of(flow, block.toString())) {
      IntakeException e = refusal(deep);
      assertEquals(IntakeException.Reason.MALFORMED_YAML, e.reason());
      assertTrue(e.getMessage().startsWith("YAML nested more than 64 levels deep"), e.getMessage());
    }
  }

  @Test
  void malformed_yaml_names_its_line() {
    IntakeException e = refusal("""
        cv:
          name: Petra Novak
         email: [unclosed
        """);
    assertEquals(IntakeException.Reason.MALFORMED_YAML, e.reason());
    assertTrue(e.getMessage().startsWith("not valid YAML (line 3, column "), e.getMessage());
    IntakeException tab = refusal("cv:\n\tname: Petra\n");
    assertTrue(tab.getMessage().startsWith("not valid YAML (line 2, "), tab.getMessage());
  }

  @Test
  void yaml_that_is_a_single_value_a_list_or_nothing_is_not_a_resume() {
    IntakeException scalar = refusal("just a sentence about me\n");
    assertEquals(IntakeException.Reason.INVALID_PROFILE, scalar.reason());
    assertEquals("a YAML résumé is a mapping of keys (such as RenderCV's \"cv:\" or JSON Resume's \"basics:\"), but "
        + "this document is a single value", scalar.getMessage());
    IntakeException list = refusal("- Go\n- Rust\n");
    assertTrue(list.getMessage().endsWith("this document is a list"), list.getMessage());
    assertEquals(IntakeException.Reason.EMPTY, refusal("# only a comment\n").reason());
    assertEquals(IntakeException.Reason.EMPTY, refusal("~\n").reason());
    assertEquals(IntakeException.Reason.INVALID_PROFILE, refusal("cv:\n  sections: {}\n").reason());
  }

  @Test
  void an_alias_to_no_anchor_and_an_oversized_document_are_refused() {
    assertEquals("YAML alias *ghost names no value anchored (&ghost) before it", refusal("a: *ghost\n").getMessage());
    IntakeException big = refusal("a: \"" + "x".repeat(YamlTree.MAX_CHARS) + "\"\n");
    assertEquals(IntakeException.Reason.MALFORMED_YAML, big.reason());
    assertTrue(big.getMessage().startsWith("YAML of more than 3000000 characters"), big.getMessage());
  }

  @Test
  void the_projects_own_profile_written_as_yaml_stays_the_profile_it_says() throws ExtractionException {
    Profile p = INTAKE.intake(utf8("""
        name: Lucía Ferrer
        email: lucia@example.es
        skills: [Go, Rust]
        """), "lucia.yaml").profile();
    assertEquals("Lucía Ferrer", p.name());
    assertEquals(List.of("Go", "Rust"), p.skills());
    assertNull(p.phone());
  }
}
