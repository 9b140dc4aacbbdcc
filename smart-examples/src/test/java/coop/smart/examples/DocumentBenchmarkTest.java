package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.bench.DocumentBenchmark;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentBenchmarkTest {

  @Test
  void aFewInvoices_reportPdfAndUblRates_andTheYearsTime() {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(DocumentBenchmark.run("--invoices", "8", "--warm-up", "4", "--threads", "1")));

    assertThat(exit).hasValue(0);
    assertThat(text).containsPattern("PDF: 8 in [0-9.]+ s, [0-9]+ a second .* ms of CPU each, [0-9]+ a second on [0-9]+ free processors");
    assertThat(text).containsPattern("UBL: 8 in [0-9.]+ s, [0-9]+ a second");
    assertThat(text).containsPattern("a year's 170,000 invoices, PDF and UBL, on free processors: [0-9]+ min [0-9]{2} s \\((within|beyond)");
  }
}
