package dev.candidates.api;

/** Who made a request, as the token they sent names them: for the role check and the audit log. */
public record User(String name, Role role) {
  /** A request to an open endpoint ({@code /api/health}) carries no one. */
  static final User ANONYMOUS = new User("anonymous", null);
}
