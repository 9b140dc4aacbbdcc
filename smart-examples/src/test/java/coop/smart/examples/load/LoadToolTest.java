package coop.smart.examples.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoadToolTest {

  @Test
  void measuresEveryScenarioOnTheServerItStarts_withoutErrors() {
    LoadTool tool = new LoadTool();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(tool);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));

    int exit = command.execute("--requests", "200", "--duration", "20s", "--warmup", "0s", "--connections", "4");

    assertThat(exit).as(out + "\n" + err).isZero();
    assertThat(tool.report().measured()).extracting(Measurement::scenario).startsWith("trivial", "pay", "members");
    assertThat(tool.report().measured()).allSatisfy(measurement -> {
      assertThat(measurement.requests()).as(measurement.scenario()).isEqualTo(200);
      assertThat(measurement.errors()).as(measurement.scenario()).isZero();
      assertThat(measurement.millisAt(99)).as(measurement.scenario()).isPositive();
    });
    assertThat(out.toString()).contains("scenario", "req/s", "p50 ms", "p99 ms", "errors", "vs trivial")
        .containsPattern("(?m)^trivial +200 .* 0 +100%$")
        .containsPattern("(?m)^pay +200 ")
        .containsPattern("(?m)^members +200 ")
        .containsPattern("(?m)^contracts +(200 |skipped: )");
  }

  @Test
  void loadsOnlyThisMachine() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new LoadTool());
    command.setErr(new PrintWriter(err, true));

    assertThat(command.execute("--url", "http://192.0.2.1:7070", "--requests", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("loopback");
    assertThat(command.execute("--url", "https://127.0.0.1:7070", "--requests", "1")).isEqualTo(2);
  }

  @Test
  void readsHttpResponsesFramedByLengthOrChunks() {
    ResponseReader reader = new ResponseReader();
    String responses = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
        + "HTTP/1.1 422 Unprocessable\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n2\r\n\"}\r\n0\r\n\r\n"
        + "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n";
    byte[] bytes = responses.getBytes(StandardCharsets.US_ASCII);
    // Byte by byte: a response is whole only once its last byte arrived.
    StringBuilder statuses = new StringBuilder();
    for (byte b : bytes) {
      reader.buffer().put(b);
      int status;
      while ((status = reader.next()) >= 0) {
        statuses.append(status).append(' ');
        if (status == 422) assertThat(reader.errorBody()).contains("{\"a");
      }
    }
    assertThat(statuses.toString()).isEqualTo("200 422 204 ");
    assertThat(reader.closing()).isTrue();
  }

  @Test
  void readsTimesInSecondsMillisecondsOrMinutes() {
    LoadTool.TimeConverter converter = new LoadTool.TimeConverter();
    assertThat(converter.convert("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("1m")).isEqualTo(Duration.ofMinutes(1));
  }
}
