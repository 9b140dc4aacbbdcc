package coop.smart.server.api;

import coop.smart.core.error.NotFoundException;
import io.javalin.http.Context;
import java.util.UUID;

/** Record ids in paths: one that is not even an id names a record that does not exist. */
public final class PathIds {

  private PathIds() {
  }

  public static UUID of(Context ctx, String parameter, String record) {
    String text = ctx.pathParam(parameter);
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("no " + record + " has the id '" + text + "'");
    }
  }
}
