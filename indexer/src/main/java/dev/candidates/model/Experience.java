package dev.candidates.model;

/** One dated job. Dates are "YYYY-MM"; a null {@code end} means the job is current. */
public record Experience(String company, String title, String start, String end, String description) {
  public Experience {
    start = Dates.checkMonth(start, "experience.start");
    end = Dates.checkMonth(end, "experience.end");
  }
}
