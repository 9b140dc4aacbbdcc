package coop.smart.server.ops;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /version}: the server's name and build version. It touches nothing else, which
 * makes it the baseline a load test compares the other endpoints with.
 */
public final class VersionController {

  public static final String NAME = "smart-server";
  /** The Maven project version, written into the resource when it is built. */
  public static final String VERSION = read("coop/smart/server/version.txt");

  private final Version version = new Version(NAME, VERSION);

  public void routes(RoutesConfig routes) {
    routes.get("/version", ctx -> ctx.json(version));
  }

  record Version(String name, String version) {
  }

  private static String read(String name) {
    try (InputStream in = VersionController.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
