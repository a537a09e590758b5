package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the ninth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchNineShapesTest {
  @Test
  void rocYearsAreGregorianYearsAndARangesEndMayLeaveOutTheEra() {
    assertEquals("2021年3月～至今", RocYears.gregorian("民国110年3月～至今"));
    assertEquals("2018年8月～2021年2月", RocYears.gregorian("民国107年8月～110年2月"));
    assertEquals("2018年8月～2021年2月", RocYears.gregorian("民国107年8月～民国110年2月"));
    assertEquals("110年", RocYears.gregorian("110年"), "no era, no rewrite");
    Profile p = read("""
        林思妤
        0912-555-301

        【工作經歷】
        民國109年5月～迄今　大屯山物流股份有限公司　倉儲主任
        民國105年7月～民國109年4月　新莊紙業有限公司　倉管員
        """);
    assertEquals(List.of("2020-05", "2016-07"), p.experience().stream().map(Experience::start).toList());
    assertEquals("2020-04", p.experience().get(1).end());
  }

  @Test
  void aThreePartCapitalisedNameBeforeItsChineseFormIsKeptWhole() {
    Profile p = read("""
        LIM WEI JIE 林伟杰
        Process Engineer
        Seremban, Malaysia | +60 12-300 4411 | weijie.lim@example.com.my
        """);
    assertEquals("Lim Wei Jie", p.name());
  }

  @Test
  void anAddressGivesItsCityOrSuburbAndNotItsStateOrPostcode() {
    Profile au = read("""
        Harriet M. Quill
        Flat 3, 18 Albion Road, Brunswick East VIC 3057
        0413 555 902  |  harriet.quill@example.com.au
        """);
    assertEquals("Brunswick East VIC", au.location());
    Profile in = read("""
        ANIKA RAO
        Mobile: +91 98860 55512
        Address: 14 Rose Villa, Indiranagar, Pune - 411014, Maharashtra

        PERSONAL DETAILS
        Father's Name     : Suresh Rao
        Date of Birth     : 12-03-1994

        DECLARATION
        I hereby declare that the above information is true. (ANIKA RAO)
        """);
    assertEquals("Pune, Maharashtra", in.location());
    assertEquals("Anika Rao", in.name());
    assertNull(in.headline(), "neither a personal-details label nor the declaration is a headline");
  }
}
