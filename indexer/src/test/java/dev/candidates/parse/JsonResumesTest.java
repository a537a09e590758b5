package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.extract.ResumeExtractor;
import dev.candidates.intake.ProfileIntake;
import dev.candidates.model.Profile;
import dev.candidates.model.ProfileJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Resume, FRESH and other résumé JSON are read, never refused; the project's own profile JSON stays strict. */
class JsonResumesTest {
  static final ProfileIntake READER = new ProfileIntake(ProfileJson.mapper(), ResumeParserTest.PARSER,
      new ResumeExtractor());

  @Test
  void jsonResumeIsMappedFully() {
    ParsedResume r = READER.readJsonResume("""
        {"basics": {"name": "Iris Vega", "label": "SRE", "email": "iris@example.com", "phone": "+1 555 0100",
                    "location": {"city": "Austin", "region": "TX"}},
         "work": [{"name": "Lonestar Cloud, Inc.", "position": "SRE", "startDate": "2019-02-01",
                   "highlights": ["Kubernetes upgrades"]},
                  {"company": "Pecan Labs", "position": "Intern", "startDate": "2018-06", "endDate": "2018-09"}],
         "education": [{"institution": "Rice University", "studyType": "BSc", "area": "CS", "startDate": "2014"}],
         "skills": [{"name": "Ops", "keywords": ["Kubernetes", "Terraform"]}],
         "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2017-01"}],
         "languages": [{"language": "Spanish"}, {"name": "English"}]}""");
    Profile p = r.profile();
    assertEquals("Iris Vega", p.name());
    assertEquals("Austin, TX", p.location());
    assertEquals("Lonestar Cloud, Inc.", p.experience().get(0).company());
    assertNull(p.experience().get(0).end());
    assertEquals("Pecan Labs", p.experience().get(1).company());
    assertEquals("2018-09", p.experience().get(1).end());
    assertEquals("Rice University", p.education().get(0).school());
    assertTrue(p.skills().containsAll(List.of("Kubernetes", "Terraform")));
    assertEquals("Code Club", p.projects().get(0).name());
    assertEquals(List.of("Spanish", "English"), p.languages());
  }

  @Test
  void aSkillGroupsNameIsItsLabelAndACityRepeatedAsItsRegionIsTheCity() {
    Profile p = READER.readJsonResume("""
        {"basics": {"name": "Sigrid Holm", "location": {"city": "Bergen", "region": "Bergen"}},
         "skills": [{"name": "Observability", "keywords": ["Prometheus", "Grafana"]}, {"name": "Go"}]}""").profile();
    assertEquals(List.of("Prometheus", "Grafana", "Go"), p.skills());
    assertEquals("Bergen", p.location());
    Profile written = READER.readJsonResume("""
        {"basics": {"name": "Sigrid Holm", "location": "Tromsø, Norway"}}""").profile();
    assertEquals("Tromsø, Norway", written.location(), "a location written as one string");
  }

  @Test
  void freshIsMappedAndItsMarkupRemoved() {
    Profile p = READER.readJsonResume("""
        {"name": "Omar Haddad", "meta": {"format": "FRESH@0.6.0"}, "info": {"label": "Security <b>Lead</b>"},
         "contact": {"email": "omar@example.com", "phone": "1-555-010-7788"},
         "employment": {"history": [{"employer": "Cedar **Security** Inc.", "position": "*Lead*", "start": "2019-06"}]},
         "education": {"history": [{"institution": "AUB", "studyType": "BE", "start": "2010-09", "end": "2014-06"}]},
         "skills": {"sets": [{"name": "Offense", "skills": ["Python", "Burp Suite"]}]}}""").profile();
    assertEquals("Omar Haddad", p.name());
    assertEquals("Security Lead", p.headline());
    assertEquals("Cedar Security Inc.", p.experience().get(0).company());
    assertEquals("Lead", p.experience().get(0).title());
    assertEquals("AUB", p.education().get(0).school());
  }

  @Test
  void anyOtherJsonIsReadAsTextWithAWarning() {
    ParsedResume r = READER.readJsonResume("""
        {"basicInfo": {"name": "赵一", "phone": "13800138000", "email": "zhao@example.com"},
         "work": [{"company": "示例科技有限公司", "position": "工程师", "date": "2020.05 - 2022.06",
                   "details": ["22年5月-23年2月，负责网关"]}],
         "education": [{"school": "复旦大学", "degree": "本科", "date": "2016.09 - 2020.06"}]}""");
    assertTrue(r.warnings().contains("not a known résumé JSON format: read as text"), r.warnings()::toString);
    assertEquals("赵一", r.profile().name());
    assertEquals(1, r.profile().experience().size(), r.profile().experience()::toString);
    assertEquals("示例科技有限公司", r.profile().experience().get(0).company());
    assertEquals("复旦大学", r.profile().education().get(0).school());
  }

  @Test
  void theProjectsOwnProfileJsonStaysStrict() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> READER.parseJson("{\"name\": \"X\", \"skils\": [\"Go\"]}"));
    assertTrue(e.getMessage().contains("unknown field \"skils\""), e.getMessage());
  }
}
