package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.MemberRepository;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps every commit it acknowledged when its process is killed outright:
 * a child JVM saves members from several threads and prints each id once its save returned; it
 * is killed with SIGKILL in the middle of saving, leaving its PostgreSQL running, and the
 * database, reopened (which stops that orphan first), must hold every member printed.
 */
class DurabilityTest {

  private static final int ACKNOWLEDGED_BEFORE_KILL = 500;

  @Test
  void everyAcknowledgedCommit_survivesTheProcessBeingKilled(@TempDir Path directory) throws Exception {
    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AcknowledgedWrites.class.getName(), directory.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<MemberId> acknowledged = new ArrayList<>();
    BufferedReader output = writer.inputReader();
    String line;
    while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = output.readLine()) != null) {
      if (line.startsWith(AcknowledgedWrites.ACK)) acknowledged.add(MemberId.parse(line.substring(AcknowledgedWrites.ACK.length())));
    }
    writer.destroyForcibly(); // SIGKILL while the writer is still saving: no shutdown hook, no close
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(writer.exitValue()).as("killed by SIGKILL, not ended on its own").isEqualTo(128 + 9);
    assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);

    long restarted = System.nanoTime();
    try (Database reopened = Database.embedded(directory)) {
      assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(Duration.ofSeconds(15));
      MemberRepository members = new JdbiMemberRepository(reopened, EntityCode.of("BE"));
      assertThat(acknowledged).as("acknowledged commits lost").filteredOn(id -> members.find(id).isEmpty()).isEmpty();
    }
  }
}
