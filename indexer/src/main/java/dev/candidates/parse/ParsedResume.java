package dev.candidates.parse;

import dev.candidates.model.Profile;
import java.util.List;

/** A parsed résumé and what the parser could not find or trust, as short sentences for the recruiter. */
public record ParsedResume(Profile profile, List<String> warnings) {
  public ParsedResume {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
