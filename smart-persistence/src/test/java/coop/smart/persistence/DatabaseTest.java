package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.member.Member;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @Test
  void embeddedDatabase_isAPostgresClusterInItsDirectory_keptAcrossRestarts(@TempDir Path directory) {
    Member member;
    try (Database database = Database.open(null, directory)) {
      member = new JdbiMemberRepository(database, Fixtures.BE).save(Fixtures.member(Fixtures.BE));
      assertThat(setting(database, "server_version_num")).startsWith("18");
    }
    assertThat(directory.resolve("postgres/PG_VERSION")).hasContent("18");
    assertThat(directory.resolve("postgres.init")).doesNotExist();
    try (Database database = Database.embedded(directory)) {
      assertThat(new JdbiMemberRepository(database, Fixtures.BE).find(member.id())).contains(member);
    }
  }

  @Test
  void embeddedDatabase_writesEachCommitToDiskBeforeAcknowledgingIt(@TempDir Path directory) {
    try (Database database = Database.embedded(directory)) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        assertThat(setting(database, setting)).as(setting).isEqualTo("on");
      }
      assertThat(setting(database, "listen_addresses")).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void embeddedDatabase_sizesItsBuffersFromTheMachine_aQuarterOfItsMemory_between128MbAnd8Gb(@TempDir Path directory) {
    long machineMb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    try (Database database = Database.embedded(directory)) {
      long buffersMb = database.jdbi().withHandle(handle -> handle.createQuery("SELECT pg_size_bytes(current_setting('shared_buffers')) / 1048576")
          .mapTo(Long.class).one());
      assertThat(buffersMb).isEqualTo(Math.max(128, Math.min(8192, machineMb / 4)));
      assertThat(setting(database, "max_wal_size")).isEqualTo("4GB");
    }
  }

  @Test
  void embeddedDatabase_isRefusedToASecondOpener_whileTheFirstHasIt(@TempDir Path directory) {
    try (Database first = Database.embedded(directory)) {
      assertThatThrownBy(() -> Database.embedded(directory))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is in use by another running process");
      first.ping(Duration.ofSeconds(5));
    }
  }

  @Test
  void embeddedDatabase_startsOverWhatAKilledStartLeft(@TempDir Path directory) throws Exception {
    Files.createDirectories(directory.resolve("postgres.init/base")); // initialisation cut short
    try (Database database = Database.embedded(directory)) {
      database.ping(Duration.ofSeconds(5));
    }
    // a postmaster.pid naming a live process that is no PostgreSQL: this test's own JVM
    Files.writeString(directory.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n");
    try (Database database = Database.embedded(directory)) {
      database.ping(Duration.ofSeconds(5));
    }
  }

  @Test
  void ping_failsWithinItsWait_whileTheDatabaseIsDown_andPassesOnceItIsBack(@TempDir Path directory) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    LocalPostgres server = LocalPostgres.start(directory, Map.of(), port);
    try (Database database = Database.connect(server.jdbcUrl())) {
      database.ping(Duration.ofSeconds(5));
      server.close();

      long started = System.nanoTime();
      assertThatThrownBy(() -> database.ping(Duration.ofMillis(800))).isInstanceOf(IllegalStateException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

      server = LocalPostgres.start(directory, Map.of(), port);
      assertThat(recovers(database)).as("answers again, once connections closed by the restart are dropped").isTrue();
    } finally {
      server.close();
    }
  }

  @Test
  void pool_isReportedToAMeterRegistry_once() {
    try (Database database = TestDatabases.fresh()) {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      database.bindMetrics(registry);
      database.ping(Duration.ofSeconds(5));
      assertThat(registry.get("hikaricp.connections.active").tag("pool", "smart").gauge().value()).isZero();
      assertThat(registry.get("hikaricp.connections").tag("pool", "smart").gauge().value()).isPositive();
      assertThatThrownBy(() -> database.bindMetrics(new SimpleMeterRegistry())).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void unreachableDatabase_isNamedInTheError_withoutItsPassword() {
    assertThatThrownBy(() -> Database.connect("jdbc:postgresql://127.0.0.1:9/smart?user=smart&password=secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot open the database at jdbc:postgresql://127.0.0.1:9/smart?user=smart&password=***: ")
        .hasMessageNotContaining("secret");
  }

  @Test
  void otherDatabases_areRefused_forOneDialectIsSpoken() {
    assertThatThrownBy(() -> Database.connect("jdbc:h2:mem:smart"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a PostgreSQL JDBC URL (jdbc:postgresql://...) is needed, not jdbc:h2:mem:smart");
  }

  private static boolean recovers(Database database) {
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        database.ping(Duration.ofSeconds(2));
        return true;
      } catch (IllegalStateException stillDown) {
        // a connection the restart closed fails once and leaves the pool
      }
    }
    return false;
  }

  private static String setting(Database database, String name) {
    return database.jdbi().withHandle(handle -> handle.createQuery("SELECT current_setting(:name)").bind("name", name)
        .mapTo(String.class).one());
  }
}
