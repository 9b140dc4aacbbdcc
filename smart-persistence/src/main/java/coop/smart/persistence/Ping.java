package coop.smart.persistence;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;

/**
 * A query the database must answer in time. It runs on a thread of its own, so a caller that
 * must answer quickly (a health check) is not held for as long as a connection attempt may
 * take; at most one runs at a time, and callers arriving meanwhile share its answer.
 */
final class Ping implements AutoCloseable {

  private final Jdbi jdbi;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
    Thread daemon = new Thread(runnable, "smart-database-ping");
    daemon.setDaemon(true);
    return daemon;
  });
  private CompletableFuture<Void> underWay = CompletableFuture.completedFuture(null);

  Ping(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void within(Duration wait) {
    try {
      current().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the database did not answer within " + wait.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw new IllegalStateException("the database did not answer: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }

  private synchronized CompletableFuture<Void> current() {
    if (underWay.isDone()) {
      underWay = CompletableFuture.runAsync(
          () -> jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()), thread);
    }
    return underWay;
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
