package coop.smart.server.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request in {@value #METER}, tagged with method, route and status.
 * The route is the pattern ({@code /api/v1/entities/{code}}), never the path, so a client
 * cannot grow the number of series; {@code NOT_FOUND} and {@code STATIC} (the docs' files)
 * stand for requests no route matched.
 */
public final class RequestMetrics implements RequestLogger {

  private static final Set<String> STANDARD_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  public static final String METER = "http.server.requests";

  /** Built once: rebuilding the histogram settings on every request cost as much as recording the time. */
  private final Meter.MeterProvider<Timer> timers;

  public RequestMetrics(MeterRegistry registry) {
    this.timers = Timer.builder(METER)
        .description("HTTP requests served, by route and status")
        .publishPercentileHistogram()
        .withRegistry(registry);
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    timers.withTags("method", method(ctx), "route", route(ctx), "status", Integer.toString(ctx.statusCode()))
        .record((long) (executionTimeMs * 1_000_000L), TimeUnit.NANOSECONDS);
  }

  /** The standard methods by name, any other as OTHER: a client inventing methods must not add series without end. */
  private static String method(Context ctx) {
    String method = ctx.req().getMethod();
    return STANDARD_METHODS.contains(method) ? method : "OTHER";
  }

  private static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null) return endpoint.path;
    return ctx.statusCode() == 404 ? "NOT_FOUND" : "STATIC";
  }
}
