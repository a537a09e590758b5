package dev.candidates.api;

import java.util.Locale;

/** What a token lets its holder do: a reader reads (search, profiles, files, stats); an admin also changes the index. */
public enum Role {
  READER, ADMIN;

  boolean allows(Access access) {
    return switch (access) {
      case OPEN, READER -> true;
      case ADMIN -> this == ADMIN;
    };
  }

  /** The role named {@code reader} or {@code admin} (any case). */
  public static Role parse(String name) {
    for (Role r : values()) {
      if (r.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("the role must be reader or admin, got \"" + name + "\"");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
