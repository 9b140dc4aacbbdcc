package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.bench.StoreBenchmark;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoreBenchmarkTest {

  @Test
  void aThousandthOfTheYearOnTheEmbeddedPostgres_writesEveryRowGenerated_andReportsTheFourRates() {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(StoreBenchmark.run("--scale", "0.001", "--warmup", "0", "--threads", "4")));

    assertThat(exit).hasValue(0);
    String generated = text.replaceAll("(?s).*journal entries: ([0-9,]+) rows.*", "$1");
    String written = text.replaceAll("(?s).*rows written by the stores +([0-9,]+) rows.*", "$1");
    assertThat(written).isEqualTo(generated).isNotEqualTo("0");
    assertThat(text).containsPattern("generated in [0-9.]+ s: 23 members, 12 clients, 2 activities, 150 contracts, 170 invoices, 1 leases");
    assertThat(text).containsPattern("bulk: repositories' saveAll .* [0-9,]+ rows/s +[0-9]+ %");
    assertThat(text).containsPattern("raw batch: plain JDBC batched INSERTs .* [0-9,]+ rows/s +100 %");
    assertThat(text).containsPattern("durable: contract, entries and audit per transaction, 4 threads +150 .* [0-9,]+ tx/s +[0-9]+ %");
    assertThat(text).containsPattern("raw commits: single-row autocommit INSERTs, 4 connections +150 .* [0-9,]+ commits/s +100 %");
  }
}
