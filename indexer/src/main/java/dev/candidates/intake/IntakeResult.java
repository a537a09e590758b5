package dev.candidates.intake;

import dev.candidates.model.Profile;
import java.util.List;

/**
 * What one intake yields: the profile (not yet enriched), what the user should know about how it was read (short
 * sentences such as {@code scanned PDF: no text layer}), and the plain text it came from ({@code ""} for a JSON
 * profile without text).
 */
public record IntakeResult(Profile profile, List<String> warnings, String text) {
  public IntakeResult {
    if (profile == null) {
      throw new IllegalArgumentException("an intake result needs a profile");
    }
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    text = text == null ? "" : text;
  }
}
