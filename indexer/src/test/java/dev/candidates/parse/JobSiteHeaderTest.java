package dev.candidates.parse;

import static dev.candidates.parse.UnseenShapesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Profile;
import org.junit.jupiter.api.Test;

/** The header of a job site's export: its banner, the person's facts in cells, the post sought (issue 12). */
class JobSiteHeaderTest {
  @Test
  void theSitesBannerIsNoHeadlineAndTheFactCellsAreNoneEither() {
    Profile p = read("""
        拉勾招聘 | 在线简历

        周雨桐
        女 | 28岁 | 本科 | 5年工作经验 | 北京
        13800007731 | yutong.zhou@example.cn

        工作经历
        北京青禾云科技有限公司  高级产品经理  2022.05-至今

        —— 本简历来自拉勾招聘 ——
        """);
    assertEquals("周雨桐", p.name());
    assertNull(p.headline(), "neither the banner nor 28岁 is a headline");
    assertEquals("北京", p.location());
    assertFalse(p.text().isEmpty());
  }

  @Test
  void thePostSoughtInALabelledCellIsTheHeadline() {
    Profile p = read("""
        邵一鸣
        男 | 27岁 | 本科 | 4年经验 | 在职-考虑机会
        电话 131-0000-7290 · 邮箱 shao.ym@example.com
        期望：Golang开发 · 上海 · 20-30K
        """);
    assertEquals("Golang开发", p.headline());
    assertEquals("13100007290", p.phone().replaceAll("\\D", ""));
  }

  @Test
  void aBannerIsOnlyTheSitesNameWithResumeWords() {
    assertTrue(PageMarks.siteBanner("拉勾招聘 | 在线简历"));
    assertTrue(PageMarks.siteBanner("—— 本简历来自猎聘 ——"));
    assertTrue(PageMarks.siteBanner("Resume downloaded from Indeed"));
    assertFalse(PageMarks.siteBanner("LinkedIn | Software Engineer | 2019 – 2022"), "a job at LinkedIn");
    assertFalse(PageMarks.siteBanner("智联招聘"), "alone, maybe an employer's line");
    assertFalse(PageMarks.siteBanner("linkedin.com/in/zhou-yutong (LinkedIn)"), "a link");
  }
}
