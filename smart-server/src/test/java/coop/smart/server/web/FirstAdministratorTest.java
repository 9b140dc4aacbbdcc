package coop.smart.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.operation.Role;
import coop.smart.persistence.Database;
import coop.smart.persistence.TestDatabases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first administrator's invitation, made by the server that starts on an empty database, and by one only. */
class FirstAdministratorTest {

  private static final EntityCode BE = EntityCode.of("BE");

  private TestDatabases.Fresh shared;
  private final List<Database> servers = new ArrayList<>();

  @BeforeEach
  void open() {
    shared = TestDatabases.freshSchema();
  }

  @AfterEach
  void close() {
    servers.forEach(Database::close);
    shared.database().close();
  }

  /** The people as one more server of the shared database keeps them. */
  private People server() {
    Database database = Database.connect(shared.url());
    servers.add(database);
    return new People(database, Clock.systemUTC());
  }

  @Test
  void serversStartingAtOnceOnAnEmptyDatabase_inviteOneFirstAdministrator() throws Exception {
    List<People> starting = List.of(server(), server(), server(), server());
    CountDownLatch ready = new CountDownLatch(starting.size());
    ExecutorService threads = Executors.newFixedThreadPool(starting.size());
    List<People.Invited> invited = new ArrayList<>();
    try {
      List<Future<Optional<People.Invited>>> firsts = new ArrayList<>();
      for (People people : starting) {
        firsts.add(threads.submit(() -> {
          ready.countDown();
          ready.await();
          return people.inviteFirstAdministrator(BE);
        }));
      }
      for (Future<Optional<People.Invited>> first : firsts) first.get().ifPresent(invited::add);
    } finally {
      threads.shutdown();
    }

    assertThat(invited).singleElement().satisfies(first -> assertThat(first.person().role()).isEqualTo(Role.ADMIN));
    assertThat(server().of(BE)).singleElement().satisfies(person -> assertThat(person.id()).isEqualTo(invited.get(0).person().id()));
    assertThat(starting.get(0).invited(BE, invited.get(0).token())).isPresent();
    assertThat(starting.get(1).inviteFirstAdministrator(BE)).as("a later start").isEmpty();
  }
}
