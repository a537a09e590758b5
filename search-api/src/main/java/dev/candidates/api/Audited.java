package dev.candidates.api;

import java.util.Locale;

/**
 * What the audit log records of a successful call to an endpoint: reads of personal data and every write. A search
 * or a similar list is recorded only when it showed someone (the ids of its hits).
 */
enum Audited {
  READ, FILE, SEARCH, SIMILAR, WRITE, DELETE, BULK, REINDEX;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a call that names no candidate is still worth a line (a reindex changes everyone). */
  boolean evenWithoutIds() {
    return this == REINDEX;
  }
}
