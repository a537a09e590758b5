package dev.candidates.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * Registers every endpoint with the access it needs and the query parameters it takes. Each request is checked in
 * that order before its handler runs (the caller first, so that a stranger learns nothing about parameters; then an
 * unknown parameter is a 400 with "did you mean"), so a new endpoint gets both checks by being declared here.
 */
final class Routes {
  /** An endpoint's handler, given the request's checked query parameters. */
  @FunctionalInterface
  interface Endpoint {
    void handle(Context ctx, QueryParams params) throws Exception;
  }

  /** The context attribute that holds the request's {@link User}. */
  static final String USER = "candidates.user";

  private final RoutesConfig routes;
  private final Authenticator auth;

  Routes(RoutesConfig routes, Authenticator auth) {
    this.routes = routes;
    this.auth = auth;
  }

  static User user(Context ctx) {
    User u = ctx.attribute(USER);
    return u == null ? User.ANONYMOUS : u;
  }

  void get(String path, Access access, Set<String> params, Endpoint endpoint) {
    routes.get(path, checked(access, params, endpoint));
  }

  void post(String path, Access access, Set<String> params, Endpoint endpoint) {
    routes.post(path, checked(access, params, endpoint));
  }

  void put(String path, Access access, Set<String> params, Endpoint endpoint) {
    routes.put(path, checked(access, params, endpoint));
  }

  void delete(String path, Access access, Set<String> params, Endpoint endpoint) {
    routes.delete(path, checked(access, params, endpoint));
  }

  private Handler checked(Access access, Set<String> params, Endpoint endpoint) {
    Set<String> allowed = Set.copyOf(params);
    return ctx -> {
      ctx.attribute(USER, auth.check(ctx, access));
      endpoint.handle(ctx, QueryParams.of(ctx, allowed));
    };
  }
}
