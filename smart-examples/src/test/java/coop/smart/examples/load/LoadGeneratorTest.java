package coop.smart.examples.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  @Test
  void splitsItsConnections_andSoItsRequests_evenlyBetweenTheServersLoaded() throws IOException {
    AtomicInteger first = new AtomicInteger();
    AtomicInteger second = new AtomicInteger();
    HttpServer one = answering(first);
    HttpServer other = answering(second);
    try {
      Scenario scenario = new Scenario("trivial", List.of(Scenario.http("GET", "/version", "127.0.0.1", Map.of(), null)));
      Measurement measured = new LoadGenerator(List.of(one.getAddress(), other.getAddress()), 4).run(scenario, 400, Duration.ofSeconds(20));

      assertThat(measured.requests()).isEqualTo(400);
      assertThat(measured.errors()).isZero();
      assertThat(first.get() + second.get()).isEqualTo(400);
      assertThat(first.get()).isBetween(150, 250);
    } finally {
      one.stop(0);
      other.stop(0);
    }
  }

  private static HttpServer answering(AtomicInteger requests) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }
}
