package coop.smart.server.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import coop.smart.server.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured line per request: id, method, path, status and time taken. */
public final class RequestLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    LOG.atInfo()
        .addKeyValue("requestId", RequestIds.of(ctx))
        .addKeyValue("method", ctx.method().toString())
        .addKeyValue("path", ctx.path())
        .addKeyValue("status", ctx.statusCode())
        .addKeyValue("key", Access.keyIdOf(ctx))
        .addKeyValue("ms", executionTimeMs)
        .log("request");
  }
}
