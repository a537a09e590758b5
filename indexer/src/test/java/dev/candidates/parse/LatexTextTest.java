package dev.candidates.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LaTeX résumé sources (moderncv, awesome-cv, a plain article) read as résumés; hostile sources stay bounded. */
class LatexTextTest {
  static Profile parse(String latex) {
    return ResumeParserTest.PARSER.read(latex, "cv.tex").profile();
  }

  static List<String> jobs(Profile p) {
    return p.experience().stream().map(e -> e.company() + " | " + e.title() + " | " + e.start() + " | " + e.end())
        .toList();
  }

  static List<String> schools(Profile p) {
    return p.education().stream().map(Education::school).toList();
  }

  static final String MODERNCV = """
      \\documentclass[11pt,a4paper,sans]{moderncv}
      \\moderncvstyle{classic}   % style options: casual, classic, banking
      \\moderncvcolor{blue}
      \\usepackage[utf8]{inputenc}
      \\usepackage[scale=0.75]{geometry}
      \\newcommand{\\bigbox}[1]{\\fbox{\\parbox{5cm}{#1}}}
      % personal data
      \\name{Hélène}{Vasquez-Thorne}
      \\title{Platform Engineer}
      \\address{12 Quarry Lane}{Leeds LS6 2AB}{United Kingdom}
      \\phone[mobile]{+44~7700~900~123}
      \\phone[fixed]{+44~113~496~0000}
      \\email{helene.vt@example.com}
      \\social[github]{hvthorne}
      \\social[linkedin]{helene-vt}
      \\photo[64pt][0.4pt]{picture}
      \\begin{document}
      \\makecvtitle
      \\section{Experience}
      \\cventry{2020--Present}{Senior Platform Engineer}{Rook \\& Bishop Logistics}{Leeds}{}{%
      \\begin{itemize}%
      \\item Ran Kubernetes clusters for 40 teams
      \\item Cut build times by 60\\,\\% with Bazel
      \\end{itemize}}
      \\cventry{2016--2020}{Site Reliability Engineer}{Quillfeather Media}{Manchester}{}{On-call lead for the streaming stack.}
      \\cventry{Summer 2015}{Intern}{Northern Grid Ltd}{York}{}{}
      \\section{Education}
      \\cventry{2012--2016}{MEng Computer Science}{University of Leeds}{Leeds}{\\textit{First class}}{}
      \\section{Skills}
      \\cvitem{Languages}{Go, Python, Bash}
      \\cvitem{Tools}{Terraform, Ansible, Prometheus}
      \\cvlistitem{Fluent in Spanish}
      \\section{Publications}
      \\cvitem{2019}{\\emph{Scaling CI}, Tech Talk}
      \\end{document}
      """;

  static final String AWESOME_CV = """
      %!TEX TS-program = xelatex
      \\documentclass[11pt, a4paper]{awesome-cv}
      \\usepackage[UTF8]{ctex}
      \\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm, footskip=.5cm}
      \\colorlet{awesome}{awesome-red}
      \\setbool{acvSectionColorHighlight}{true}
      \\renewcommand{\\acvHeaderSocialSep}{\\quad\\textbar\\quad}
      \\photo[circle,noedge,left]{./examples/profile}
      \\name{晓峰}{欧阳}
      \\position{后端工程师{\\enskip\\cdotp\\enskip}Backend Engineer}
      \\address{上海市徐汇区}
      \\mobile{(+86) 139-1234-5678}
      \\email{ouyang.xf@example.cn}
      \\github{oyxf}
      \\quote{``Make it work, then make it fast.''}
      \\begin{document}
      \\makecvheader[C]
      \\makecvfooter{\\today}{欧阳晓峰~~~·~~~简历}{\\thepage}
      \\cvsection{工作经历}
      \\begin{cventries}
        \\cventry
          {高级后端工程师} % Job title
          {上海云帆数据科技有限公司} % Organization
          {上海} % Location
          {2021.03 - 至今} % Date(s)
          {
            \\begin{cvitems} % Description(s)
              \\item {负责订单系统的 Java 与 Go 服务}
              \\item {用 Kafka 重写消息总线}
            \\end{cvitems}
          }
        \\cventry
          {Software Engineer}
          {Brightline Robotics Inc.}
          {Singapore}
          {Jul. 2018 - Feb. 2021}
          {
            \\begin{cvitems}
              \\item {Built PostgreSQL tooling}
            \\end{cvitems}
          }
      \\end{cventries}
      \\cvsection{教育背景}
      \\begin{cventries}
        \\cventry{计算机科学与技术 学士}{同济大学}{上海}{2014.09 - 2018.06}{}
      \\end{cventries}
      \\cvsection{项目经历}
      \\begin{cventries}
        \\cventry{开源贡献者}{RocketMQ 客户端}{}{2020}{\\begin{cvitems}\\item {修复重连问题}\\end{cvitems}}
      \\end{cventries}
      \\cvsection{荣誉奖项}
      \\begin{cvhonors}
        \\cvhonor{一等奖}{全国大学生程序设计竞赛}{北京}{2017}
        \\cvhonor{Best Paper}{ACM Middleware}{Online}{2020}
      \\end{cvhonors}
      \\cvsection{专业技能}
      \\begin{cvskills}
        \\cvskill{编程语言}{Java, Go, Python}
        \\cvskill{中间件}{Kafka, Redis, PostgreSQL}
      \\end{cvskills}
      \\end{document}
      """;

  static final String ARTICLE = """
      \\documentclass[letterpaper,11pt]{article}
      \\usepackage[margin=0.7in]{geometry}
      \\usepackage{hyperref}
      \\pagestyle{empty}
      \\begin{document}
      \\begin{center}
      {\\LARGE \\textbf{Dmitri O'Callaghan}}\\\\[2pt]
      Chicago, IL $|$ (312) 555-0142 $|$ \\href{mailto:dmitri.oc@example.com}{dmitri.oc@example.com} $|$ \\href{https://github.com/doc}{github.com/doc}
      \\end{center}

      \\section*{Experience}
      \\textbf{Lakeshore Analytics} \\hfill Chicago, IL\\\\
      \\emph{Data Engineer} \\hfill Mar 2020 -- Present
      \\begin{itemize}
        \\item Built Spark pipelines on AWS
        \\item Migrated 300 jobs to Airflow
      \\end{itemize}

      \\textbf{Prairie Insurance Co.} \\hfill Springfield, IL\\\\
      \\emph{Junior Analyst} \\hfill Jun 2017 -- Feb 2020
      \\begin{enumerate}
        \\item Wrote SQL reports
      \\end{enumerate}

      \\section*{Education}
      \\begin{tabular}{@{}l l}
      University of Illinois Urbana-Champaign & B.S. Statistics, 2013--2017 \\\\
      \\end{tabular}

      \\section*{Skills}
      \\begin{description}
        \\item[Languages] Python, Scala, SQL
        \\item[Platforms] AWS, Spark, Airflow
      \\end{description}
      \\end{document}
      """;

  @Test
  void a_moderncv_source_reads_as_its_header_entries_and_skill_rows() {
    Profile p = parse(MODERNCV);
    assertEquals("Hélène Vasquez-Thorne", p.name());
    assertEquals("Platform Engineer", p.headline());
    assertEquals("helene.vt@example.com", p.email());
    assertEquals("+44 7700 900 123", p.phone());
    assertEquals("Leeds LS6 2AB, United Kingdom", p.location());
    assertEquals(List.of("Rook & Bishop Logistics | Senior Platform Engineer | 2020-01 | null",
        "Quillfeather Media | Site Reliability Engineer | 2016-01 | 2020-01",
        "Northern Grid Ltd | Intern | 2015-06 | 2015-06"), jobs(p));
    assertEquals(List.of("University of Leeds"), schools(p));
    assertTrue(p.skills().containsAll(List.of("Go", "Python", "Bash", "Terraform", "Ansible", "Prometheus")),
        p.skills().toString());
    assertEquals(List.of("github.com/hvthorne", "linkedin.com/in/helene-vt"), p.links());
    assertFalse(p.text().contains("\\"), p.text()); // no macro reaches the kept text
    assertFalse(p.text().contains("picture"), p.text()); // \photo's file name is not text
  }

  @Test
  void an_awesome_cv_source_with_ctex_puts_the_family_name_first_and_keeps_honors_out_of_the_jobs() {
    Profile p = parse(AWESOME_CV);
    assertEquals("欧阳晓峰", p.name());
    assertEquals("ouyang.xf@example.cn", p.email());
    assertEquals("(+86) 139-1234-5678", p.phone());
    assertEquals("上海市徐汇区", p.location());
    assertEquals(List.of("上海云帆数据科技有限公司 | 高级后端工程师 | 2021-03 | null",
        "Brightline Robotics Inc. | Software Engineer | 2018-07 | 2021-02"), jobs(p));
    assertEquals(List.of("同济大学"), schools(p));
    assertEquals(List.of("开源贡献者"), p.projects().stream().map(Project::name).toList());
    assertTrue(p.skills().containsAll(List.of("Java", "Go", "Python", "Kafka", "Redis", "PostgreSQL")),
        p.skills().toString());
    assertFalse(p.experience().stream().map(Experience::company).anyMatch(c -> c.contains("竞赛")));
    assertFalse(p.text().contains("[C]"), p.text()); // \makecvheader[C]'s option is a setting
  }

  @Test
  void a_plain_article_resume_reads_its_hfill_lines_lists_and_tables() {
    Profile p = parse(ARTICLE);
    assertEquals("Dmitri O'Callaghan", p.name());
    assertEquals("dmitri.oc@example.com", p.email());
    assertEquals("(312) 555-0142", p.phone());
    assertEquals("Chicago, IL", p.location());
    assertEquals(List.of("Lakeshore Analytics | Data Engineer | 2020-03 | null",
        "Prairie Insurance Co. | Junior Analyst | 2017-06 | 2020-02"), jobs(p));
    assertEquals(List.of("University of Illinois Urbana-Champaign"), schools(p));
    assertTrue(p.skills().containsAll(List.of("Python", "Scala", "SQL", "AWS", "Spark", "Airflow")),
        p.skills().toString());
  }

  @Test
  void escapes_accents_dashes_and_links_are_decoded() {
    String plain = LatexText.read("""
        \\section{Über uns}
        Jos\\'e Mu\\~noz, Fran\\c{c}ois, G\\"{o}del, \\'{\\i}ndice \\& Co.~Ltd, 50\\% off
        2019--2021 --- \\textbf{bold} \\emph{em} {\\bf old} \\href{https://x.example}{site} $|$ \\url{a_b.example}
        \\unknownmacro{kept text}\\\\second line
        """).text();
    assertEquals("""
        Über uns

        José Muñoz, François, Gödel, índice & Co. Ltd, 50% off
        2019–2021 — bold em old site | a_b.example
        kept text
        second line
        """, plain);
  }

  @Test
  void comments_are_dropped_but_an_escaped_percent_stays() {
    assertEquals("Cut costs by 30% in 2020\n", LatexText.read("Cut costs by 30\\% % a note\n   in 2020").text());
  }

  @Test
  void input_and_include_never_read_a_file_and_leave_no_trace() {
    String plain = LatexText.read("\\documentclass{article}\\begin{document}\\input{/etc/passwd}"
        + "\\include{../secrets}Kept\\end{document}").text();
    assertEquals("Kept\n", plain);
  }

  @Test
  void unbalanced_braces_still_read_their_text() {
    Profile p = parse("""
        \\name{Ana}{Lima
        \\email{ana.lima@example.com}}}}
        \\section{Experience}
        \\cventry{2019--2021}{Engineer}{Acme {Ltd}{Porto}{}{}
        """);
    assertTrue(p.text().contains("ana.lima@example.com"), p.text());
    assertEquals("text x\n", LatexText.read("}}}{{{ text {\\textbf{x}").text());
  }

  @Test
  void ten_thousand_nested_braces_and_shaped_macros_read_in_one_pass() {
    String deep = "{".repeat(10_000) + "deep" + "}".repeat(10_000);
    assertEquals("deep\n", LatexText.read(deep).text());
    String shaped = "\\textbf{\\href{x}{".repeat(10_000) + "core" + "}}".repeat(10_000);
    assertTrue(LatexText.read(shaped).text().contains("core"));
    assertEquals("", LatexText.read("\\cvitem{".repeat(100_000)).text().strip());
  }

  @Test
  void a_five_megabyte_source_is_read_within_the_source_limit() {
    String filler = "Lorem ipsum {\\bf dolor} sit \\textit{amet}, {{adipiscing}} elit \\& more~text. ";
    String big = "\\documentclass{moderncv}\\name{Ana}{Lima}\\email{ana.lima@example.com}\\begin{document}\n"
        + "\\section{Experience}\n\\cventry{2019--2021}{Engineer}{Acme}{Porto}{}{Go}\n\\section{Notes}\n"
        + filler.repeat(5_000_000 / filler.length());
    assertTrue(big.length() >= 4_900_000);
    Profile p = parse(big);
    assertEquals("Ana Lima", p.name());
    assertEquals("ana.lima@example.com", p.email());
    assertEquals(List.of("Acme | Engineer | 2019-01 | 2021-01"), jobs(p));
    assertTrue(p.text().contains("dolor sit amet, adipiscing elit & more text."), p.text().substring(0, 300));
  }
}
