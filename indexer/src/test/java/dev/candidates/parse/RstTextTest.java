package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Education;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** reStructuredText résumés read as résumés: titles, field lists, list-tables; directives never run. */
class RstTextTest {
  static Profile parse(String rst) {
    return ResumeParserTest.PARSER.read(rst, "cv.rst").profile();
  }

  static final String RESUME = """
      =============================
      林志远 Chi-Yuen Lam
      =============================

      :Email: cy.lam@example.com
      :Phone: +852 6123 4567
      :Location: 香港 Hong Kong
      :GitHub: `github.com/cylam <https://github.com/cylam>`_

      .. contents::
         :depth: 2

      .. This is a comment that should vanish
         with its second line.

      工作经历 Experience
      ===================

      香港海港物流有限公司 Harbourline Logistics
      ---------------------------------------------

      **高级数据工程师 Senior Data Engineer** — 2020-04 至今

      - 用 *Spark* 和 ``Airflow`` 搭建数据管道
      - Cut costs by 30% with `Kafka <https://kafka.apache.org>`_

      Tidewell Analytics Ltd.
      -----------------------

      **Data Analyst** — 2017-07 – 2020-03

      * Built dashboards in Tableau and SQL

      教育背景 Education
      ==================

      香港大学 The University of Hong Kong — 理学学士 BSc Computer Science, 2013 – 2017

      技能 Skills
      ===========

      .. list-table::
         :header-rows: 1
         :widths: 20 80

         * - Area
           - Skills
         * - Languages
           - Python, Scala, SQL
         * - Tools
           - Spark, Airflow, Kafka

      荣誉 Awards
      ===========

      - 2019 最佳新人奖 Best Newcomer, Harbourline

      .. image:: photo.png
         :width: 100

      .. include:: /etc/passwd
      """;

  @Test
  void an_rst_resume_reads_its_title_fields_sections_and_list_table() {
    Profile p = parse(RESUME);
    assertEquals("林志远", p.name());
    assertEquals("cy.lam@example.com", p.email());
    assertEquals("+852 6123 4567", p.phone());
    assertEquals("香港 Hong Kong", p.location());
    assertEquals(List.of("香港海港物流有限公司 Harbourline Logistics | 高级数据工程师 Senior Data Engineer | 2020-04 | null",
        "Tidewell Analytics Ltd. | Data Analyst | 2017-07 | 2020-03"), LatexTextTest.jobs(p));
    assertEquals(List.of("香港大学"), p.education().stream().map(Education::school).toList());
    assertTrue(p.skills().containsAll(List.of("Python", "Scala", "SQL", "Spark", "Airflow", "Kafka")),
        p.skills().toString());
    assertFalse(p.skills().contains("Skills"), p.skills().toString()); // the list-table's header row is not a skill
    assertEquals(List.of("github.com/cylam"), p.links());
    assertFalse(p.text().contains("passwd") || p.text().contains("contents") || p.text().contains("comment"),
        p.text());
  }

  @Test
  void inline_markup_links_and_titles_of_any_punctuation_come_out_as_text() {
    String plain = RstText.read("""
        Projects
        ~~~~~~~~

        * **Bold** and *em* and ``code``, see `the site <https://x.example>`_ or docs_
        * :abbr:`SQL` rows
          continued here

        .. _docs: https://docs.example

        Languages
            Python, Go
        """).text();
    assertEquals("""
        Projects

        - Bold and em and code, see the site or docs
        - SQL rows continued here

        Languages: Python, Go
        """, plain);
  }

  @Test
  void hostile_rst_is_read_bounded() {
    String longLine = "x".repeat(6_000_000);
    assertTrue(RstText.read("Name\n====\n\n" + longLine).text().length() <= SourceMarkup.MAX_LINE_CHARS + 10);
    String deep = ".. note::\n" + "    .. note::\n".repeat(50_000) + "Kept\n";
    assertEquals("Kept\n", RstText.read(deep).text());
    String backticks = "`" + " ".repeat(100_000) + "`_ " + "*".repeat(100_000);
    assertTrue(RstText.read(backticks).text().length() < 10_000);
  }
}
