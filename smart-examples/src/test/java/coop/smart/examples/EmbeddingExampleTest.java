package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.embedding.EmbeddingExample;
import coop.smart.examples.integration.IntegratorExample;
import org.junit.jupiter.api.Test;

/** The library's operations, embedded, give the figures the server gives over HTTP for the same story. */
class EmbeddingExampleTest {

  private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void theStoryToldThroughTheOperations_printsWhatItPrintsOverHttp_figureForFigure() {
    String embedded = Printed.by(EmbeddingExample::main);
    String overHttp = Printed.by(IntegratorExample::main);

    assertThat(embedded).containsPattern("contract +\\S+ DECLARED, net 478.27 EUR, paid on 2017-07-26")
        .containsPattern("invoice +BE-2017-000002 for the activity, total 435.60 EUR");
    assertThat(embedded.replaceAll(ID, "<id>")).isEqualTo(overHttp.replaceAll(ID, "<id>"));
  }
}
