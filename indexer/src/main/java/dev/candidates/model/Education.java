package dev.candidates.model;

/** One degree or course of study. */
public record Education(String school, String degree, String major, String start, String end) {
  public Education {
    start = Dates.checkMonth(start, "education.start");
    end = Dates.checkMonth(end, "education.end");
  }
}
