package coop.smart.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages' scripts and styles are served from: the project's own under {@code /assets},
 * htmx and uPlot from their WebJars under {@code /webjars}, at the versions the build pins.
 * Nothing is loaded from another host.
 */
public record Assets(String htmx, String uplot, String uplotCss) {

  private static final String VERSIONS = "coop/smart/server/web/webjars.properties";

  public static Assets pinned() {
    Properties versions = new Properties();
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(VERSIONS)) {
      if (in == null) throw new IllegalStateException(VERSIONS + " is missing from the classpath");
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VERSIONS, e);
    }
    String uplot = "/webjars/uplot/" + versions.getProperty("uplot") + "/dist/";
    return new Assets("/webjars/htmx.org/" + versions.getProperty("htmx") + "/dist/htmx.min.js", uplot + "uPlot.iife.min.js",
        uplot + "uPlot.min.css");
  }
}
