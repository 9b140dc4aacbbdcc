package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.member.PersonKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link DurabilityTest} kills: saves members into the embedded database in a
 * directory from {@value #WRITERS} threads, one commit each, and prints each member's id once
 * its save has returned. It stops by itself after a minute, should nobody kill it.
 */
final class AcknowledgedWrites {

  /** Marks the lines that acknowledge a commit, apart from anything else the process prints. */
  static final String ACK = "committed ";
  private static final int WRITERS = 4;

  private AcknowledgedWrites() {
  }

  public static void main(String[] args) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    try (Database database = Database.embedded(Path.of(args[0]))) {
      MemberRepository members = new JdbiMemberRepository(database, EntityCode.of("BE"));
      List<Thread> writers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        Thread writer = new Thread(() -> {
          while (System.nanoTime() < deadline) {
            Member member = members.save(Member.join(members.entity(), PersonKind.NATURAL_PERSON, "Alice Martin"));
            synchronized (System.out) {
              System.out.println(ACK + member.id());
              System.out.flush();
            }
          }
        });
        writer.start();
        writers.add(writer);
      }
      for (Thread writer : writers) writer.join();
    }
  }
}
