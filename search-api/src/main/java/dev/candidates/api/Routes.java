package dev.candidates.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;

/**
 * Registers every endpoint with the access it needs and the query parameters it takes. Each request is checked in
 * that order before its handler runs (the caller first, so that a stranger learns nothing about parameters; then an
 * unknown parameter is a 400 with "did you mean"), so a new endpoint gets both checks by being declared here. An
 * endpoint that needs a token answers with {@code Cache-Control: no-store} (its answers hold personal data); one
 * declared {@link Audited} leaves a line in the {@link AuditLog} when it succeeds.
 */
final class Routes {
  /** An endpoint's handler, given the request's checked query parameters. */
  @FunctionalInterface
  interface Endpoint {
    void handle(Context ctx, QueryParams params) throws Exception;
  }

  /** The context attribute that holds the request's {@link User}. */
  static final String USER = "candidates.user";

  /** The candidate's {@code {id}} in a path ({@code /api/candidates/{id}}). */
  private static final String ID = "id";

  /** The context attribute a handler sets to the ids its answer showed or changed, for the audit log. */
  static final String AUDIT_IDS = "candidates.auditIds";

  private final RoutesConfig routes;
  private final Authenticator auth;
  private final AuditLog audit;

  Routes(RoutesConfig routes, Authenticator auth, AuditLog audit) {
    this.routes = routes;
    this.auth = auth;
    this.audit = audit;
  }

  /** Names the candidates a request showed or changed (default: the {@code {id}} of its path). */
  static void audited(Context ctx, List<String> ids) {
    ctx.attribute(AUDIT_IDS, List.copyOf(ids));
  }

  /** The candidate id of the request's path. */
  static String id(Context ctx) {
    return ctx.pathParam(ID);
  }

  static User user(Context ctx) {
    User u = ctx.attribute(USER);
    return u == null ? User.ANONYMOUS : u;
  }

  void get(String path, Access access, Set<String> params, Endpoint endpoint) {
    routes.get(path, checked(access, params, null, endpoint));
  }

  void get(String path, Access access, Set<String> params, Audited audited, Endpoint endpoint) {
    routes.get(path, checked(access, params, audited, endpoint));
  }

  /** A write whose calls the audit log need not record (it changes no one, e.g. reading a résumé to review it). */
  void post(String path, Access access, Set<String> params, Endpoint endpoint) {
    routes.post(path, checked(access, params, null, endpoint));
  }

  void post(String path, Access access, Set<String> params, Audited audited, Endpoint endpoint) {
    routes.post(path, checked(access, params, audited, endpoint));
  }

  void put(String path, Access access, Set<String> params, Audited audited, Endpoint endpoint) {
    routes.put(path, checked(access, params, audited, endpoint));
  }

  void delete(String path, Access access, Set<String> params, Audited audited, Endpoint endpoint) {
    routes.delete(path, checked(access, params, audited, endpoint));
  }

  private Handler checked(Access access, Set<String> params, Audited audited, Endpoint endpoint) {
    Set<String> allowed = Set.copyOf(params);
    return ctx -> {
      User user = auth.check(ctx, access);
      ctx.attribute(USER, user);
      if (access != Access.OPEN) {
        ctx.header("Cache-Control", "no-store");
      }
      endpoint.handle(ctx, QueryParams.of(ctx, allowed));
      if (audited != null && ctx.statusCode() < 400) {
        List<String> ids = ctx.attribute(AUDIT_IDS);
        if (ids == null) {
          String id = ctx.pathParamMap().get(ID);
          ids = id == null ? List.of() : List.of(id);
        }
        if (!ids.isEmpty() || audited.evenWithoutIds()) {
          audit.record(user, audited.label(), ids, ctx.ip());
        }
      }
    };
  }
}
