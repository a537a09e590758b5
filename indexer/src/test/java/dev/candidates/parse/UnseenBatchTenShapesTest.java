package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.jobs;
import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the tenth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchTenShapesTest {
  @Test
  void aContractHistoryWithARemarkOnItsOrderHoldsJobs() {
    Profile p = read("""
        MARCUS OYELARAN-HOLT
        Contract Java Developer  |  marcus.holt@example.com

        PROFILE
        Contractor since 2022, before that six years in permanent roles.

        CONTRACT HISTORY (most recent first)

        04/2025 – present    Fenwold Building Society — Senior Java Developer
                             via Northgate Recruitment; 6 months, extended
        01/2024 – 03/2025    Tamworth Rail Ltd — Java Developer
        """);
    assertEquals(List.of("Fenwold Building Society | Senior Java Developer | 2025-04", "Tamworth Rail Ltd | Java Developer | 2024-01"),
        jobs(p));
  }

  @Test
  void aHeadingInTraditionalChineseOrComposedBeforeItsTranslationOpensItsSection() {
    Profile tw = read("""
        林冠廷
        手機：0912-000-118

        ■ 專長技能
        SPC、Minitab、FMEA
        """);
    assertEquals(java.util.Set.of("SPC", "Minitab", "FMEA"), java.util.Set.copyOf(tw.skills()));
    Profile lab = read("""
        Dr. Helen Okafor-Lind
        helen.okafor@example.org

        LABORATORY TECHNIQUES 实验技能
        XRD, COMSOL, Python
        """);
    assertEquals(java.util.Set.of("XRD", "COMSOL", "Python"), java.util.Set.copyOf(lab.skills()));
  }
}
