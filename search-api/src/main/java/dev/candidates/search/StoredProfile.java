package dev.candidates.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.candidates.index.HitCard;
import dev.candidates.model.Profile;

/**
 * A stored profile as the profile endpoint answers it: the profile's own JSON, plus what enrichment read from it
 * that the profile record does not hold, under {@code occupation}. Written, never read back: a profile sent in
 * keeps to {@link Profile}'s fields.
 */
public record StoredProfile(@JsonUnwrapped Profile profile, Occupation occupation) {
  /**
   * The role family and level ranking reads, as the values of the {@code role} and {@code level} facets.
   *
   * @param role null when no title or headline names a family
   */
  public record Occupation(String role, String level) {
    static Occupation of(HitCard card) {
      return new Occupation(card.role(), card.level());
    }
  }
}
