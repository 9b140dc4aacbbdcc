package coop.smart.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * For tests that share one server with the standard dependencies, started once per class. Its
 * clock is the system's at the start of each test, which a test moves to the days of its story.
 */
abstract class StandardServer {

  static final TestClock clock = new TestClock();
  static RunningServer server;

  @BeforeAll
  static void start() {
    server = RunningServer.start(Dependencies.standard().withClock(clock));
  }

  @BeforeEach
  void systemTime() {
    clock.reset();
  }

  @AfterAll
  static void stop() {
    server.close();
  }
}
