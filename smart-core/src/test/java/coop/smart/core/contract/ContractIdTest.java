package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContractIdTest {

  /** How a database compares two UUIDs: byte by byte, unsigned. */
  private static int asStored(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  @Test
  void idsMadeOneAfterAnother_comeInTheOrderTheyWereMade_manyWithinOneMillisecond() {
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) made.add(ContractId.next().value());
    for (int i = 1; i < made.size(); i++) {
      assertThat(asStored(made.get(i - 1), made.get(i))).as("id %d after id %d", i, i - 1).isNegative();
      assertThat(made.get(i - 1)).isLessThan(made.get(i));
    }
    assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
  }

  @Test
  void idsMadeOnManyThreadsAtOnce_areAllDistinct() {
    ConcurrentLinkedQueue<UUID> made = new ConcurrentLinkedQueue<>();
    IntStream.range(0, 8).parallel().forEach(thread -> {
      for (int i = 0; i < 10_000; i++) made.add(ContractId.next().value());
    });
    assertThat(made).hasSize(80_000).doesNotHaveDuplicates();
  }
}
