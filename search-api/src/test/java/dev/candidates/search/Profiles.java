package dev.candidates.search;

import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made profiles for ranking and query-language tests. */
final class Profiles {
  private Profiles() {}

  static Builder profile(String id) {
    return new Builder(id);
  }

  /** A profile with a headline and one job held since {@code start}. */
  static Profile working(String id, String headline, String company, String title, String start,
      String description) {
    return profile(id).headline(headline).job(company, title, start, null, description).build();
  }

  static final class Builder {
    private final String id;
    private String name;
    private String headline;
    private String location;
    private String summary;
    private final List<String> skills = new ArrayList<>();
    private final List<Experience> jobs = new ArrayList<>();
    private final List<Education> education = new ArrayList<>();

    Builder(String id) {
      this.id = id;
      this.name = "Candidate " + id;
    }

    Builder name(String n) {
      name = n;
      return this;
    }

    Builder headline(String h) {
      headline = h;
      return this;
    }

    Builder location(String l) {
      location = l;
      return this;
    }

    Builder summary(String s) {
      summary = s;
      return this;
    }

    Builder skills(String... s) {
      skills.addAll(List.of(s));
      return this;
    }

    Builder job(String company, String title, String start, String end, String description) {
      jobs.add(new Experience(company, title, start, end, description));
      return this;
    }

    Builder school(String school, String degree) {
      education.add(new Education(school, degree, null, null, null));
      return this;
    }

    Profile build() {
      return new Profile(id, name, headline, location, null, null, summary, skills, jobs, List.of(), education,
          List.of(), null, null, null, null, null);
    }
  }
}
