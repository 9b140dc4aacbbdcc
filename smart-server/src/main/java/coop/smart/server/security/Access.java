package coop.smart.server.security;

import coop.smart.core.operation.Role;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guards the authenticated routes: a request must carry {@code Authorization: Bearer <key>}
 * with a known key (401 otherwise) whose role the route allows (403 otherwise). The route then
 * runs with the {@link Caller}, whose entity scopes everything it reads or writes.
 */
public final class Access {

  /** A route's work, given who asks. */
  @FunctionalInterface
  public interface CallerHandler {
    void handle(Context ctx, Caller caller) throws Exception;
  }

  public static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
  public static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.INTEGRATOR);

  private static final String BEARER = "Bearer ";
  private static final String CALLER = Access.class.getName() + ".caller";

  private final ApiKeys keys;

  public Access(ApiKeys keys) {
    this.keys = keys;
  }

  /** The route for callers with one of {@code roles}. */
  public Handler allow(Set<Role> roles, CallerHandler work) {
    return ctx -> {
      Caller caller = authenticate(ctx);
      ctx.attribute(CALLER, caller);
      if (!roles.contains(caller.role())) {
        throw new ForbiddenResponse("a " + caller.role() + " key may not " + ctx.method() + " " + ctx.path() + "; it takes one of "
            + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
      }
      work.handle(ctx, caller);
    };
  }

  public Handler allow(CallerHandler work, Role first, Role... others) {
    EnumSet<Role> roles = EnumSet.of(first);
    roles.addAll(Arrays.asList(others));
    return allow(roles, work);
  }

  /** The id of the key that authenticated the request, for its log line; null on public routes or without a key. */
  public static String keyIdOf(Context ctx) {
    Caller caller = ctx.attribute(CALLER);
    return caller == null ? null : caller.keyId();
  }

  private Caller authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) throw unauthorized("this resource needs an API key: send Authorization: Bearer <key>");
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) throw unauthorized("the Authorization header must be 'Bearer <key>'");
    return keys.authenticate(header.substring(BEARER.length()).strip())
        .orElseThrow(() -> unauthorized("the API key is not known (revoked, mistyped or of another server)"));
  }

  private static UnauthorizedResponse unauthorized(String message) {
    return new UnauthorizedResponse(message);
  }
}
