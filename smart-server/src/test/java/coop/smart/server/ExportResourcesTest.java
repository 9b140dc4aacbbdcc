package coop.smart.server;

import static coop.smart.server.Calls.money;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.books.BookFiles;
import coop.smart.core.books.JournalFormat;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The books over HTTP: the journal as FEC or CSV and the trial balance, for the entity's staff. */
class ExportResourcesTest extends StandardServer {

  private static Calls calls;

  @BeforeAll
  static void calls() {
    calls = new Calls(server);
  }

  @Test
  void theFecOfAYear_isBalanced_givesTheTrialBalance_andTheSameBytesTwice() {
    String admin = server.key("FR", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String studio = calls.activity(admin, "Studio", anna).get("id").asText();
    calls.fund(admin, studio, anna, "1000.00", "2017-03-01");
    calls.fund(admin, studio, anna, "200.00", "2017-04-01");

    HttpResponse<byte[]> fec = journal("/api/v1/exports/journal?from=2017-01-01&to=2017-12-31&format=fec", admin);

    assertThat(fec.statusCode()).isEqualTo(200);
    assertThat(fec.headers().firstValue("Content-Type")).hasValue("text/plain; charset=ISO-8859-15");
    assertThat(fec.headers().firstValue("Content-Disposition").orElseThrow()).as("the company's SIREN, FEC, the last day")
        .matches("attachment; filename=\"[0-9]{9}FEC20171231\\.txt\"");
    Map<String, BigDecimal> accounts = BookFiles.checkFec(fec.body());
    List<String[]> rows = BookFiles.rows(fec.body(), JournalFormat.FEC);
    assertThat(rows).hasSize(1 + 6);
    assertThat(rows.get(1)).startsWith("BQ", "Banque", "1", "20170301", "512", "Banques");
    assertThat(rows.get(4)).startsWith("BQ", "Banque", "2", "20170401");
    JsonNode trial = calls.read("/api/v1/exports/trial-balance?on=2017-12-31", admin);
    Map<String, BigDecimal> general = new TreeMap<>();
    accounts.forEach((account, balance) -> general.merge(account.split("/")[0], balance, BigDecimal::add));
    Map<String, BigDecimal> served = new TreeMap<>();
    trial.get("accounts").forEach(line -> served.put(line.get("account").asText(), new BigDecimal(line.get("balance").get("amount").asText())));
    assertThat(served).isEqualTo(general);
    assertThat(journal("/api/v1/exports/journal?from=2017-01-01&to=2017-12-31&format=fec", admin).body()).isEqualTo(fec.body());
  }

  @Test
  void theTrialBalance_listsTheChartsAccounts_whoseBalancesAddUpToZero() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String anna = calls.shareholder(advisor, "Anna");
    String studio = calls.activity(advisor, "Studio", anna).get("id").asText();
    calls.fund(advisor, studio, anna, "1000.00", "2017-03-01");

    JsonNode trial = calls.read("/api/v1/exports/trial-balance?on=2017-03-31", advisor);

    assertThat(trial.get("on").asText()).isEqualTo("2017-03-31");
    List<String> lines = new ArrayList<>();
    trial.get("accounts").forEach(line -> lines.add(line.get("account").asText() + " " + line.get("debit").get("amount").asText() + " "
        + line.get("credit").get("amount").asText() + " " + line.get("balance").get("amount").asText()));
    assertThat(lines).as("BE's 6.5 % fee on 1,000.00").containsExactly("4890 0.00 935.00 -935.00", "550 1000.00 0.00 1000.00",
        "705 0.00 65.00 -65.00");
    assertThat(trial.get("accounts").get(1).get("name").asText()).isEqualTo("Établissements de crédit : comptes courants");
    assertThat(trial.get("total").get("debit")).isEqualTo(money("1000.00")).isEqualTo(trial.get("total").get("credit"));
    assertThat(trial.get("total").get("balance")).isEqualTo(money("0.00"));
    assertThat(calls.read("/api/v1/exports/trial-balance?on=2017-02-28", advisor).get("accounts")).isEmpty();
  }

  @Test
  void theCsv_isInTheEntitysChart_asAnAttachment() {
    // May, apart from the March of the trial balance's test: the tests of the class share one database.
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    calls.fund(admin, calls.activity(admin, "Studio", anna).get("id").asText(), anna, "1000.00", "2017-05-02");

    HttpResponse<byte[]> csv = journal("/api/v1/exports/journal?from=2017-05-01&to=2017-05-31&format=csv", admin);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"journal-BE-2017-05-01-2017-05-31.csv\"");
    List<String[]> rows = BookFiles.rows(csv.body(), JournalFormat.CSV);
    assertThat(String.join(";", rows.get(0))).isEqualTo("Journal;EntryNumber;Date;Account;AccountName;Auxiliary;AuxiliaryName;Document;Description"
        + ";Debit;Credit");
    assertThat(rows.subList(1, rows.size())).extracting(row -> row[0] + " " + row[3] + " " + row[9] + " " + row[10])
        .containsExactly("FIN 550 1000,00 0,00", "FIN 705 0,00 65,00", "FIN 4890 0,00 935,00");
  }

  @Test
  void exportsAreForAdminsAndAdvisors() {
    String admin = server.key("NL", Role.ADMIN, null);
    String member = server.key("NL", Role.MEMBER, MemberId.parse(calls.member(admin, "Anna")));
    String integrator = server.key("NL", Role.INTEGRATOR, null);
    for (String path : List.of("/api/v1/exports/journal?from=2017-01-01&to=2017-12-31&format=fec", "/api/v1/exports/trial-balance?on=2017-12-31")) {
      assertThat(calls.send("GET", path, member, null).statusCode()).isEqualTo(403);
      assertThat(calls.send("GET", path, integrator, null).statusCode()).isEqualTo(403);
      assertThat(calls.send("GET", path, "no-such-key", null).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void anEntityWithoutAChart_isRefusedItsBooks_untilItsEmbedderShipsOne() {
    String admin = server.key("AT", Role.ADMIN, null);
    for (String path : List.of("/api/v1/exports/journal?from=2017-01-01&to=2017-12-31&format=csv", "/api/v1/exports/trial-balance?on=2017-12-31")) {
      HttpResponse<String> refused = calls.send("GET", path, admin, null);
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(json(refused).get("rule").asText()).isEqualTo("NO_CHART_OF_ACCOUNTS");
    }
  }

  @Test
  void badParameters_areEachNamed() {
    String admin = server.key("BE", Role.ADMIN, null);
    assertThat(invalid(calls.send("GET", "/api/v1/exports/journal", admin, null))).containsExactly("from", "to", "format");
    assertThat(invalid(calls.send("GET", "/api/v1/exports/journal?from=2017-13-01&to=2017-12-31&format=xlsx", admin, null)))
        .containsExactly("from", "format");
    assertThat(invalid(calls.send("GET", "/api/v1/exports/journal?from=2017-12-31&to=2017-01-01&format=fec", admin, null))).containsExactly("to");
    assertThat(invalid(calls.send("GET", "/api/v1/exports/journal?from=2017-01-01&to=2017-12-31&format=FEC", admin, null))).containsExactly("format");
    assertThat(invalid(calls.send("GET", "/api/v1/exports/trial-balance", admin, null))).containsExactly("on");
    assertThat(invalid(calls.send("GET", "/api/v1/exports/trial-balance?on=yesterday", admin, null))).containsExactly("on");
  }

  private static HttpResponse<byte[]> journal(String path, String key) {
    return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + key).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> invalid(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }
}
