package coop.smart.server.http;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.StaleVersionException;
import coop.smart.core.error.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: each exception the core or the HTTP layer
 * raises maps to a status and an RFC 9457 problem. Anything else is a 500 that shows no
 * internals and is logged with the request id the client is given, except an unreachable
 * database: a 503 the client may retry.
 */
public final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {
  }

  /**
   * @param allowedMethods the methods a path has routes for: a request of another method on a
   *     known path is answered 405 with them in {@code Allow}, not 404
   */
  public static void register(RoutesConfig routes, Function<String, List<String>> allowedMethods) {
    routes.exception(ValidationException.class, (e, ctx) -> invalid(ctx, e));
    routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, Problem.of("not-found", "Not found", 404, e.getMessage())));
    routes.exception(StaleVersionException.class, (e, ctx) -> send(ctx, Problem.of("stale-version", "Precondition Failed", 412, e.getMessage())));
    routes.exception(ConflictException.class, (e, ctx) -> send(ctx, Problem.of("conflict", "Conflict", 409, e.getMessage())));
    routes.exception(BusinessRuleException.class, (e, ctx) -> send(ctx,
        new Problem("https://smart.coop/problems/business-rule", "Refused by a business rule", 422, e.getMessage(), null, e.rule(), null)));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      List<String> allowed = e.getStatus() == 404 && ctx.endpoints().matchedHttpEndpoint() == null ? allowedMethods.apply(ctx.path()) : List.of();
      if (allowed.isEmpty()) {
        http(ctx, e);
        return;
      }
      ctx.header("Allow", String.join(", ", allowed));
      send(ctx, Problem.of("method-not-allowed", "Method Not Allowed", 405, ctx.method() + " is not a method of " + ctx.path()
          + "; it takes " + String.join(", ", allowed)));
    });
    routes.exception(Exception.class, Problems::unexpected);
  }

  /** A 400 listing every invalid field, each field of the body with its JSON pointer. */
  private static void invalid(Context ctx, ValidationException e) {
    boolean inBody = JsonBody.wasRead(ctx) && !(e instanceof InvalidParameter);
    List<Problem.FieldError> errors = new ArrayList<>();
    e.errors().forEach((field, messages) -> messages.forEach(message ->
        errors.add(inBody ? Problem.FieldError.inBody(field, message) : new Problem.FieldError(field, message, null))));
    String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    send(ctx, new Problem("https://smart.coop/problems/validation", "Invalid request", 400, detail, errors, null, null));
  }

  /** Refusals raised as HTTP statuses: no such route, no key, a stale version, body too large, not JSON… */
  private static void http(Context ctx, HttpResponseException e) {
    if (e.getStatus() == 401) ctx.header("WWW-Authenticate", "Bearer");
    send(ctx, ofStatus(e.getStatus(), e.getMessage()));
  }

  /** The problem of a refusal known only by its HTTP status, here or in Jetty itself. */
  static Problem ofStatus(int status, String detail) {
    String type = switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 412 -> "stale-version";
      case 428 -> "version-required";
      case 413 -> "body-too-large";
      case 414 -> "uri-too-long";
      case 415 -> "not-json";
      case 431 -> "headers-too-large";
      default -> "http-" + status;
    };
    return Problem.of(type, HttpStatus.forStatus(status).getMessage(), status, detail);
  }

  private static void unexpected(Exception e, Context ctx) {
    String requestId = RequestIds.of(ctx);
    if (DatabaseOutage.causes(e)) {
      LOG.atWarn().addKeyValue("requestId", requestId).addKeyValue("path", ctx.path()).log("database unavailable: " + e.getMessage());
      ctx.header("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
      send(ctx, new Problem("https://smart.coop/problems/unavailable", "Service unavailable", 503,
          "The database cannot be reached just now; nothing was changed. Retry the request later.", null, null, requestId));
      return;
    }
    LOG.atError().setCause(e).addKeyValue("requestId", requestId).addKeyValue("method", ctx.method().toString())
        .addKeyValue("path", ctx.path()).log("unexpected failure");
    send(ctx, new Problem("https://smart.coop/problems/internal", "Internal error", 500,
        "The server could not complete the request; quote the request id when reporting it.", null, null, requestId));
  }

  private static void send(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem).contentType(Problem.MEDIA_TYPE);
  }
}
