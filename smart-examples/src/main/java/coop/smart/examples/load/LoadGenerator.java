package coop.smart.examples.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Sends a scenario's requests over a few kept-alive HTTP/1.1 connections, each waiting for its
 * response before sending the next (no pipelining), all driven by one thread over non-blocking
 * sockets: on two cores shared with the server, a thread per connection would spend the CPU
 * the server needs on waking threads. A run stops at whichever bound comes first, requests or
 * time; requests in flight then finish, for at most {@link #GRACE} more.
 *
 * <p>Latency runs from writing a request to reading its whole response. The loop is closed:
 * a slow response delays the connection's next request, so under saturation the latencies
 * are those of the requests sent, not of a fixed arrival rate.
 */
final class LoadGenerator {

  static final Duration GRACE = Duration.ofSeconds(10);
  private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final List<InetSocketAddress> servers;
  private final int connections;

  /** A generator whose connections go to {@code servers} in turn: the load split evenly between them. */
  LoadGenerator(List<InetSocketAddress> servers, int connections) {
    if (connections < 1) throw new IllegalArgumentException("at least one connection is needed: " + connections);
    if (servers.isEmpty()) throw new IllegalArgumentException("at least one server is loaded");
    this.servers = List.copyOf(servers);
    this.connections = connections;
  }

  Measurement run(Scenario scenario, long maxRequests, Duration maxDuration) throws IOException {
    try (Selector selector = Selector.open()) {
      return new Run(selector, scenario, maxRequests, maxDuration).measure();
    }
  }

  /** One bounded run: its connections, counters and latencies. */
  private final class Run {

    private final Selector selector;
    private final Scenario scenario;
    private final long maxRequests;
    private final long start = System.nanoTime();
    private final long deadline;
    private final Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
    private long sent;
    private long received;
    private long errors;
    private String firstError;
    private int open;
    private int opened;

    Run(Selector selector, Scenario scenario, long maxRequests, Duration maxDuration) {
      this.selector = selector;
      this.scenario = scenario;
      this.maxRequests = maxRequests;
      this.deadline = start + maxDuration.toNanos();
    }

    Measurement measure() throws IOException {
      for (int i = 0; i < connections && sent < maxRequests; i++) sendNext(connect());
      long giveUp = deadline + GRACE.toNanos();
      while (open > 0 && System.nanoTime() < giveUp) {
        selector.select(100);
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
          SelectionKey key = ready.next();
          ready.remove();
          Connection connection = (Connection) key.attachment();
          try {
            if (key.isValid() && key.isWritable()) connection.flush();
            if (key.isValid() && key.isReadable()) read(connection);
          } catch (IOException e) {
            lost(connection, e.getMessage());
          }
        }
      }
      for (SelectionKey key : selector.keys()) {
        if (!key.isValid()) continue;
        error("no response within " + GRACE.toSeconds() + " s after the run's end");
        key.channel().close();
      }
      return new Measurement(scenario.name(), received, errors, Duration.ofNanos(System.nanoTime() - start), latencies, firstError);
    }

    private void read(Connection connection) throws IOException {
      ResponseReader reader = connection.reader;
      if (connection.channel.read(reader.buffer()) < 0) {
        lost(connection, "the server closed the connection");
        return;
      }
      int status = reader.next();
      if (status < 0) return;
      long now = System.nanoTime();
      latencies.recordValue(Math.min(now - connection.sentAt, HIGHEST_NANOS));
      received++;
      if (status / 100 != 2) error(status + " " + reader.errorBody());
      if (reader.closing()) {
        retire(connection);
        if (more(now)) sendNext(connect());
      } else if (more(now)) {
        sendNext(connection);
      } else {
        retire(connection);
      }
    }

    private boolean more(long now) {
      return sent < maxRequests && now < deadline;
    }

    /** A connection failed with a request in flight: that request is an error, and a new connection goes on. */
    private void lost(Connection connection, String why) throws IOException {
      error(why);
      received++;
      retire(connection);
      if (more(System.nanoTime())) sendNext(connect());
    }

    private void error(String what) {
      errors++;
      if (firstError == null) firstError = what;
    }

    private Connection connect() throws IOException {
      SocketChannel channel = SocketChannel.open(servers.get(opened++ % servers.size()));
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      Connection connection = new Connection(channel);
      connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
      open++;
      return connection;
    }

    private void retire(Connection connection) throws IOException {
      connection.key.cancel();
      connection.channel.close();
      open--;
    }

    private void sendNext(Connection connection) throws IOException {
      connection.sentAt = System.nanoTime();
      connection.out = ByteBuffer.wrap(scenario.request(sent++));
      connection.flush();
    }
  }

  /** One kept-alive connection with at most one request in flight. */
  private static final class Connection {

    private final SocketChannel channel;
    private final ResponseReader reader = new ResponseReader();
    private SelectionKey key;
    private ByteBuffer out;
    private long sentAt;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    /** Writes what the socket takes now, and asks to be told when it takes the rest. */
    void flush() throws IOException {
      channel.write(out);
      int wanted = out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ;
      if (key.interestOps() != wanted) key.interestOps(wanted);
    }
  }
}
