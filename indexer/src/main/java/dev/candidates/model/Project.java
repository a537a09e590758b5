package dev.candidates.model;

/** One project; dated like {@link Experience}. */
public record Project(String name, String role, String start, String end, String description) {
  public Project {
    start = Dates.checkMonth(start, "projects.start");
    end = Dates.checkMonth(end, "projects.end");
  }
}
