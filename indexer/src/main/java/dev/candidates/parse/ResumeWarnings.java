package dev.candidates.parse;

import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.ArrayList;
import java.util.List;

/** What a recruiter should check after an intake, in the product's words ("name not found", "2 jobs without dates"). */
public final class ResumeWarnings {
  private ResumeWarnings() {}

  public static List<String> of(Profile p) {
    List<String> w = new ArrayList<>();
    if (p.name() == null) {
      w.add("name not found");
    }
    if (p.email() == null && p.phone() == null) {
      w.add("no e-mail or phone found");
    }
    if (p.experience().isEmpty()) {
      w.add("no jobs found");
    }
    int undated = 0;
    int unknownEnd = 0;
    int noCompany = 0;
    for (Experience e : p.experience()) {
      if (e.start() == null) {
        undated++;
      } else if (e.end() != null && e.end().equals(e.start())) {
        unknownEnd++;
      }
      if (e.company() == null) {
        noCompany++;
      }
    }
    count(w, undated, "job without dates", "jobs without dates");
    count(w, unknownEnd, "job with an unknown end date", "jobs with an unknown end date");
    count(w, noCompany, "job without a company", "jobs without a company");
    if (p.education().isEmpty()) {
      w.add("no education found");
    }
    if (p.skills().isEmpty()) {
      w.add("no listed skills found");
    }
    return w;
  }

  private static void count(List<String> w, int n, String one, String many) {
    if (n > 0) {
      w.add(n == 1 ? "1 " + one : n + " " + many);
    }
  }
}
