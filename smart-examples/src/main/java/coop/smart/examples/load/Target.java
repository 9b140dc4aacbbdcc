package coop.smart.examples.load;

import coop.smart.core.entity.EntityCode;
import coop.smart.persistence.Database;
import coop.smart.server.Dependencies;
import coop.smart.server.SmartServer;
import coop.smart.server.security.ApiKeys;
import coop.smart.core.operation.Role;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server under load: the real one started in this process on a free loopback port, or one
 * already running at a loopback URL. Load is never sent to another machine.
 */
final class Target implements AutoCloseable {

  /** The entity whose key the in-process server issues. */
  static final EntityCode ENTITY = EntityCode.of("BE");

  private final List<URI> bases;
  private final String key;
  private final String description;
  private final Runnable stop;

  private Target(List<URI> bases, String key, String description, Runnable stop) {
    this.bases = List.copyOf(bases);
    this.key = key;
    this.description = description;
    this.stop = stop;
  }

  /**
   * The server started here with an administrator key of {@link #ENTITY}, on the database at
   * {@code databaseUrl}, or on an embedded PostgreSQL in a temporary directory removed on close.
   */
  static Target inProcess(String databaseUrl) {
    Path directory = temporaryDirectory();
    Database database;
    try {
      database = Database.open(databaseUrl, directory);
    } catch (RuntimeException e) {
      delete(directory);
      throw e;
    }
    ApiKeys keys = ApiKeys.inMemory();
    String key;
    Javalin app;
    try {
      key = keys.issue(ENTITY, Role.ADMIN, null, "load tool").secret();
      app = SmartServer.create(Dependencies.standard().withDatabase(database).withKeys(keys).withStopTimeout(Duration.ofSeconds(2)))
          .start(InetAddress.getLoopbackAddress().getHostAddress(), 0);
    } catch (RuntimeException | Error e) {
      database.close();
      delete(directory);
      throw e;
    }
    return new Target(List.of(URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + app.port())), key,
        "the server in this process on " + database, () -> {
          app.stop();
          database.close();
          delete(directory);
        });
  }

  /**
   * The server running at {@code url}, which must be plain HTTP on a loopback address.
   *
   * @throws IllegalArgumentException for another scheme or a host that is not loopback
   */
  static Target remote(List<URI> urls, String key) {
    for (URI url : urls) requireLoopback(url);
    String servers = urls.size() == 1 ? "the server at " + urls.get(0) : "the " + urls.size() + " servers at " + urls + ", the load split evenly";
    return new Target(urls.stream().map(url -> URI.create("http://" + url.getRawAuthority())).toList(), key, servers, () -> { });
  }

  private static void requireLoopback(URI url) {
    if (!"http".equals(url.getScheme()) || url.getHost() == null || url.getPort() < 0) {
      throw new IllegalArgumentException("--url must be http://HOST:PORT, e.g. http://127.0.0.1:7070: " + url);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(url.getHost());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--url names an unknown host: " + url.getHost(), e);
    }
    if (!Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
      throw new IllegalArgumentException("--url must be on this machine's loopback (127.0.0.1, ::1, localhost): " + url.getHost()
          + " is not; the load tool loads only a server on this machine");
    }
  }

  /** The first server's address, which prepares the scenarios' records. */
  URI base() {
    return bases.get(0);
  }

  /** The servers loaded, each taking its share of the connections. */
  List<InetSocketAddress> addresses() {
    return bases.stream().map(base -> new InetSocketAddress(base.getHost(), base.getPort())).toList();
  }

  /** The Host header's value. */
  String host() {
    return base().getRawAuthority();
  }

  /** The API key the authenticated scenarios send, or null when none was given. */
  String key() {
    return key;
  }

  @Override
  public String toString() {
    return description;
  }

  @Override
  public void close() {
    stop.run();
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("smart-load");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for the embedded database", e);
    }
  }

  /** Removes {@code directory} and everything in it. */
  static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + directory, e);
    }
  }
}
