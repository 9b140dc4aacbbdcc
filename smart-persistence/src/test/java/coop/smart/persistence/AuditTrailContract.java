package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static coop.smart.persistence.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.audit.AuditRecord;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AuditTrailContract {

  private Database database;

  @BeforeEach
  void open(Database database) {
    this.database = database;
  }

  @Test
  void records_aboutASubject_comeBackInTheOrderAppended() {
    JdbiAuditTrail trail = new JdbiAuditTrail(database, BE);
    AuditRecord drafted = new AuditRecord(BE, Instant.parse("2017-07-10T09:15:00.123Z"), "alice", "contract.draft", "contract", "c-1", "key-1");
    AuditRecord declared = new AuditRecord(BE, Instant.parse("2017-07-14T17:00:00Z"), "alice", "contract.declare", "contract", "c-1", null);
    trail.append(drafted);
    trail.append(new AuditRecord(BE, Instant.parse("2017-07-11T08:00:00Z"), "bob", "member.join", "member", "m-9", null));
    trail.append(declared);
    assertThat(trail.about("contract", "c-1")).containsExactly(drafted, declared);
  }

  @Test
  void anotherEntitysTrail_isNeverRead() {
    new JdbiAuditTrail(database, FR).append(new AuditRecord(FR, Instant.parse("2017-07-10T09:15:00Z"), "chloé", "member.join", "member", "m-1", null));
    assertThat(new JdbiAuditTrail(database, BE).about("member", "m-1")).isEmpty();
    AuditRecord french = new AuditRecord(FR, Instant.parse("2017-07-10T09:15:00Z"), "chloé", "member.join", "member", "m-2", null);
    assertThatThrownBy(() -> new JdbiAuditTrail(database, BE).append(french)).isInstanceOf(IllegalArgumentException.class);
  }
}
