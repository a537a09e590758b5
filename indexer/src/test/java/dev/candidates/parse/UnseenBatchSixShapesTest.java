package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes of failure found by the sixth unseen batch (issue 12), each on a small invented résumé. */
class UnseenBatchSixShapesTest {
  @Test
  void headingsDrawnBetweenRulesOrAfterAMarkOpenTheirSections() {
    Profile p = read("""
        钱小雨
        qian.xy@example.com · 139 0000 4412

        ~ 工作经验 ~

        杭州青柠网络有限公司 运营专员 2020.07 - 至今

        ■ 学历

        浙江南湖大学 市场营销 本科 2016.09 - 2020.06

        — 专业技能 —

        Excel、SQL
        """);
    assertEquals(List.of("杭州青柠网络有限公司"), p.experience().stream().map(Experience::company).toList());
    assertEquals(List.of("浙江南湖大学"), p.education().stream().map(Education::school).toList());
    assertEquals(List.of("Excel", "SQL"), p.skills());
  }
}
