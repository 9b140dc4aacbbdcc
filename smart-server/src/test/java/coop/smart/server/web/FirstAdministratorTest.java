package coop.smart.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.operation.Role;
import coop.smart.server.ServersOnOneDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first administrator's invitation, made by the server that starts on an empty database, and by one only. */
class FirstAdministratorTest {

  private static final EntityCode BE = EntityCode.of("BE");

  private ServersOnOneDatabase shared;

  @BeforeEach
  void open() {
    shared = new ServersOnOneDatabase();
  }

  @AfterEach
  void close() {
    shared.close();
  }

  /** The people as one more server of the shared database keeps them. */
  private People server() {
    return new People(shared.connect(), Clock.systemUTC());
  }

  @Test
  void serversStartingAtOnceOnAnEmptyDatabase_inviteOneFirstAdministrator() throws Exception {
    List<People> starting = List.of(server(), server(), server(), server());
    List<People.Invited> invited = ServersOnOneDatabase.atOnce(starting.stream()
        .<Callable<Optional<People.Invited>>>map(people -> () -> people.inviteFirstAdministrator(BE)).toList())
        .stream().flatMap(Optional::stream).toList();

    assertThat(invited).singleElement().satisfies(first -> assertThat(first.person().role()).isEqualTo(Role.ADMIN));
    assertThat(server().of(BE)).singleElement().satisfies(person -> assertThat(person.id()).isEqualTo(invited.get(0).person().id()));
    assertThat(starting.get(0).invited(BE, invited.get(0).token())).isPresent();
    assertThat(starting.get(1).inviteFirstAdministrator(BE)).as("a later start").isEmpty();
  }
}
