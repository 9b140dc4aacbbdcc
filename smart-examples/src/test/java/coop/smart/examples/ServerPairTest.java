package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.load.ServerPair;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Two server processes on one embedded PostgreSQL, loaded alone then together: no error, and the books hold. */
class ServerPairTest {

  @Test
  void twoServersOfOneDatabase_shareTheLoadWithoutError_andLeaveTheBooksWhole() {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(new CommandLine(new ServerPair()).execute("--scenarios", "trivial,members,contracts",
        "--duration", "2s", "--warmup", "0s", "--connections", "4")));

    assertThat(exit).as(text).hasValue(0);
    assertThat(text).contains("1 server req/s", "2 servers req/s").containsPattern("(?m)^members +[0-9]+ +[0-9.]+ +[0-9]+ +[0-9.]+ +0$")
        .containsPattern("(?m)^contracts +[0-9]+ +[0-9.]+ +[0-9]+ +[0-9.]+ +0$").contains("The books the load left hold every invariant.");
  }
}
