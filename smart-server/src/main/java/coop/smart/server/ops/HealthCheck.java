package coop.smart.server.ops;

/** Something the server needs to serve requests, checked by {@code GET /health} (the database, once wired). */
public interface HealthCheck {

  /** The name the health report shows, e.g. {@code database}. */
  String name();

  /** Returns when the dependency is usable; throws when it is not. */
  void check() throws Exception;
}
