package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Education;
import dev.candidates.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AsciiDoc résumés read as résumés: title, attributes, sections, description lists, tables; includes never read. */
class AsciiDocTextTest {
  static Profile parse(String adoc) {
    return ResumeParserTest.PARSER.read(adoc, "cv.adoc").profile();
  }

  static final String RESUME = """
      = Oluwaseun Brandt-Achebe
      :email: seun.ba@example.org
      :phone: +49 30 5550 1234
      :location: Berlin, Germany
      :toc:
      :icons: font
      // a comment line

      include::private/address.adoc[]

      [.lead]
      Site reliability engineer · {email} · link:https://seun.example.org[seun.example.org]

      == Experience

      === Staff SRE, Kranich Mobility GmbH
      _Berlin · March 2021 – present_

      * Led the move to *Kubernetes* and _Terraform_
      * Wrote `Go` operators for the fleet

      === SRE, Havelsoft AG
      _Potsdam · June 2017 – February 2021_

      * On-call for payments, see https://status.example.org[status page]

      == Education

      === MSc Computer Science, Technische Universität Berlin
      _2015 – 2017_

      == Skills

      [horizontal]
      Languages:: Go, Python, Bash
      Platforms:: Kubernetes, Terraform, Prometheus

      [cols="1,3"]
      |===
      |Cloud |AWS, GCP
      |===

      == Volunteering

      === Mentor, CodeBridge e.V.
      _2019 – present_

      ifdef::backend-pdf[]
      PDF only text
      endif::[]

      ////
      A comment block
      with lines
      ////

      ++++
      <div>raw html</div>
      ++++
      """;

  @Test
  void an_asciidoc_resume_reads_its_title_attributes_sections_and_skill_lists() {
    Profile p = parse(RESUME);
    assertEquals("Oluwaseun Brandt-Achebe", p.name());
    assertEquals("seun.ba@example.org", p.email());
    assertEquals("+49 30 5550 1234", p.phone());
    assertEquals("Berlin, Germany", p.location());
    assertEquals(List.of("Kranich Mobility GmbH | Staff SRE | 2021-03 | null",
        "Havelsoft AG | SRE | 2017-06 | 2021-02"), LatexTextTest.jobs(p)); // volunteering is not a job
    assertEquals(List.of("Technische Universität Berlin"), p.education().stream().map(Education::school).toList());
    assertTrue(p.skills().containsAll(List.of("Go", "Python", "Bash", "Kubernetes", "Terraform", "Prometheus",
        "AWS")), p.skills().toString());
    assertFalse(p.text().contains("raw html") || p.text().contains("A comment block") || p.text().contains("::"),
        p.text());
  }

  @Test
  void inline_markup_links_and_tables_come_out_as_text() {
    String plain = AsciiDocText.read("""
        == Projects
        .Selected
        * *Bold* _it_ `code` link:https://x.example[the site] https://y.example[docs^] <<ref,see below>>
        ** image:logo.png[Logo] nested, footnote:[a note]

        [cols="2,3,1"]
        |===
        |Role |Company |Year

        |Lead
        |Acme
        |2021
        |===
        """).text();
    assertEquals("""
        Projects

        Selected
        - Bold it code the site docs see below
        - nested, a note

        Role | Company | Year
        Lead | Acme | 2021
        """, plain);
  }

  @Test
  void hostile_asciidoc_is_read_bounded_and_never_includes() {
    String adoc = "= Ana Lima\n:email: ana@example.com\ninclude::/etc/passwd[]\n:a: {b}\n:b: {a}\n{a}{b}\n"
        + "|===\n" + "|x".repeat(200_000) + "\n" + "*".repeat(100_000) + "\n////\nnever closed";
    SourceMarkup.Plain plain = SourceMarkup.ASCIIDOC.read(adoc);
    assertTrue(plain.text().startsWith("Ana Lima\nEmail: ana@example.com\n"), plain.text().substring(0, 80));
    assertFalse(plain.text().contains("passwd"));
  }
}
