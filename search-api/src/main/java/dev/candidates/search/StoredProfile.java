package dev.candidates.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.candidates.index.Schema;
import dev.candidates.model.Profile;
import java.util.Set;
import org.apache.lucene.document.Document;

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
    /** The stored fields {@link #of} reads. */
    static final Set<String> FIELDS = Set.of(Schema.ROLE_FAMILY, Schema.SENIORITY);

    static Occupation of(Document stored) {
      return new Occupation(stored.get(Schema.ROLE_FAMILY), stored.get(Schema.SENIORITY));
    }
  }
}
