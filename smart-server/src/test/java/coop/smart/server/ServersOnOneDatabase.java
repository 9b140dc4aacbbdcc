package coop.smart.server;

import coop.smart.persistence.Database;
import coop.smart.persistence.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One fresh database and the connection pools of as many servers as a test starts on it, each
 * pool its own as a server's is; closed together.
 */
public final class ServersOnOneDatabase implements AutoCloseable {

  private final TestDatabases.Fresh shared = TestDatabases.freshSchema();
  private final List<Database> servers = new ArrayList<>();

  /** The database as one more server connects to it. */
  public Database connect() {
    Database database = Database.connect(shared.url());
    servers.add(database);
    return database;
  }

  /** What each of {@code work} answers, in the order given, all started at once, each on a thread of its own, as servers starting together. */
  public static <T> List<T> atOnce(List<Callable<T>> work) throws Exception {
    CountDownLatch ready = new CountDownLatch(work.size());
    ExecutorService threads = Executors.newFixedThreadPool(work.size());
    try {
      List<Future<T>> started = new ArrayList<>();
      for (Callable<T> one : work) {
        started.add(threads.submit(() -> {
          ready.countDown();
          ready.await();
          return one.call();
        }));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> answer : started) answers.add(answer.get());
      return answers;
    } finally {
      threads.shutdown();
    }
  }

  @Override
  public void close() {
    servers.forEach(Database::close);
    shared.database().close();
  }
}
