package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.member.Member;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @Test
  void embeddedDatabase_isAFileInItsDirectory_keptAcrossReopening(@TempDir Path directory) {
    Member member;
    try (Database database = Database.open(null, directory)) {
      member = new JdbiMemberRepository(database, Fixtures.BE).save(Fixtures.member(Fixtures.BE));
    }
    assertThat(directory.resolve("smart.mv.db")).isRegularFile();
    try (Database database = Database.embedded(directory)) {
      assertThat(new JdbiMemberRepository(database, Fixtures.BE).find(member.id())).contains(member);
    }
  }

  @Test
  void embeddedDatabase_writesEachCommitBeforeAcknowledgingIt(@TempDir Path directory) {
    try (Database database = Database.embedded(directory)) {
      String writeDelay = database.jdbi().withHandle(handle -> handle
          .createQuery("SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'").mapTo(String.class).one());
      assertThat(writeDelay).isEqualTo("0");
    }
  }

  @Test
  void pool_isReportedToAMeterRegistry_once(@TempDir Path directory) {
    try (Database database = Database.embedded(directory)) {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      database.bindMetrics(registry);
      database.ping();
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
}
