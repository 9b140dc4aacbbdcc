package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.member.PersonKind;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process {@link DurabilityTest} kills: saves members into the embedded database in a
 * directory, one commit each, and prints each member's id once its save has returned. It stops
 * by itself after a minute, should nobody kill it.
 */
final class AcknowledgedWrites {

  /** Marks the lines that acknowledge a commit, apart from anything else the process prints. */
  static final String ACK = "committed ";

  private AcknowledgedWrites() {
  }

  public static void main(String[] args) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    try (Database database = Database.embedded(Path.of(args[0]))) {
      MemberRepository members = new JdbiMemberRepository(database, EntityCode.of("BE"));
      while (System.nanoTime() < deadline) {
        Member member = members.save(Member.join(members.entity(), PersonKind.NATURAL_PERSON, "Alice Martin"));
        System.out.println(ACK + member.id());
        System.out.flush();
      }
    }
  }
}
