package coop.smart.examples.integration;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.entity.EntityCode;
import coop.smart.persistence.Database;
import coop.smart.server.Dependencies;
import coop.smart.server.SmartServer;
import coop.smart.server.security.ApiKeys;
import coop.smart.core.operation.Role;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;

/**
 * An integrator's day with the API: a photographer joins SMart Belgium and buys a share, opens
 * an activity, works a day for a client, the contract is declared and invoiced, the client
 * pays, the salary is paid on its guaranteed date; the activity sells prints to the same client,
 * and its ledger shows the budget they fund.
 *
 * <p>Run it against a server with {@code IntegratorExample http://localhost:7070 <ADMIN key>};
 * without arguments it starts one of its own on a temporary embedded database.
 */
public final class IntegratorExample {

  private IntegratorExample() {
  }

  /** The day the example's own server starts on: the Monday after the work, in the report's year. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2017, 7, 17);

  public static void main(String[] args) {
    if (args.length == 2) {
      story(new SmartClient(URI.create(args[0]), args[1]), LocalDate.now(Dependencies.ENTITIES_ZONE), null);
      return;
    }
    try (Database database = Database.embedded(Files.createTempDirectory("smart-integrator"))) {
      ApiKeys keys = ApiKeys.inMemory();
      String admin = keys.issue(EntityCode.of("BE"), Role.ADMIN, null, "integrator example").secret();
      StoryClock clock = new StoryClock(FIRST_DAY);
      Javalin server = SmartServer.create(Dependencies.standard().withClock(clock).withDatabase(database).withKeys(keys))
          .start("127.0.0.1", 0);
      try {
        story(new SmartClient(URI.create("http://127.0.0.1:" + server.port()), admin), FIRST_DAY, clock);
      } finally {
        server.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The story, told on {@code today}: the work was done on the last weekday before it. With a
   * {@code clock} to move, the story goes on to the salary's payment date; a real server's
   * days pass at their own pace, so without one it stops at the date the salary is due.
   */
  static void story(SmartClient smart, LocalDate today, StoryClock clock) {
    LocalDate worked = today.minusDays(1);
    while (worked.getDayOfWeek().getValue() > 5) worked = worked.minusDays(1);
    JsonNode lena = smart.create("/api/v1/members", """
        {"kind": "NATURAL_PERSON", "name": "Lena Maes"}""");
    String member = lena.get("id").asText();
    smart.change("/api/v1/members/" + member + "/shares", lena.get("version").asLong(), """
        {"count": 1, "category": "A"}""");
    System.out.println("member     " + lena.get("name").asText() + " (" + member + "), one share of category A");

    String client = smart.create("/api/v1/clients", """
        {"name": "Atelier Lumière", "country": "BE", "kind": "BUSINESS", "vatNumber": "BE0123456749"}""").get("id").asText();
    String activity = smart.create("/api/v1/activities", """
        {"name": "Lena's photo studio", "sector": {"name": "photography"}, "administrators": ["%s"]}""".formatted(member))
        .get("id").asText();
    System.out.println("client     Atelier Lumière (" + client + "), activity Lena's photo studio (" + activity + ")");

    JsonNode draft = smart.create("/api/v1/contracts", """
        {"member": "%s", "client": "%s", "activity": "%s", "contractType": "EMPLOYEE", "structure": "ASSOCIATED_PRODUCTIONS",
         "start": "%s", "end": "%s", "workDays": [{"date": "%s", "hours": "8"}],
         "invoicedAmount": {"amount": "1000.00", "currency": "EUR"}, "withholdingRate": "0.11"}""".formatted(member, client, activity,
        worked, worked, worked));
    String contract = draft.get("id").asText();
    JsonNode declared = smart.change("/api/v1/contracts/" + contract + "/declaration", draft.get("version").asLong(), "{}");
    System.out.println("contract   " + contract + " " + declared.get("status").asText() + ", net " + money(draft.get("pay").get("net"))
        + ", paid on " + declared.get("paymentDate").asText());

    JsonNode invoice = smart.create("/api/v1/invoices", """
        {"contract": "%s", "issueDate": "%s"}""".formatted(contract, today));
    System.out.println("invoice    " + invoice.get("number").asText() + " total " + money(invoice.get("total")) + ", due "
        + invoice.get("dueDate").asText());
    JsonNode paid = smart.change("/api/v1/invoices/" + invoice.get("id").asText() + "/payments", invoice.get("version").asLong(), """
        {"amount": %s, "paidOn": "%s"}""".formatted(invoice.get("total"), today));
    System.out.println("payment    " + money(invoice.get("total")) + " on " + today + ": invoice " + paid.get("status").asText());

    LocalDate paymentDate = LocalDate.parse(declared.get("paymentDate").asText());
    if (clock != null) {
      clock.moveTo(paymentDate);
      smart.run("/api/v1/guarantee-fund/payment-runs?on=" + paymentDate);
    }
    JsonNode after = smart.read("/api/v1/contracts/" + contract);
    System.out.println("salary     " + after.get("status").asText() + ", guaranteed on " + paymentDate);

    JsonNode prints = smart.create("/api/v1/invoices", """
        {"activity": "%s", "client": "%s", "administrator": "%s", "issueDate": "%s",
         "lines": [{"description": "Exhibition prints", "quantity": 3, "unitPrice": {"amount": "120.00", "currency": "EUR"}}]}"""
        .formatted(activity, client, member, today));
    smart.change("/api/v1/invoices/" + prints.get("id").asText() + "/payments", prints.get("version").asLong(), """
        {"amount": %s, "paidOn": "%s"}""".formatted(prints.get("total"), paymentDate));
    System.out.println("invoice    " + prints.get("number").asText() + " for the activity, total " + money(prints.get("total"))
        + ", paid on " + paymentDate);

    JsonNode ledger = smart.read("/api/v1/activities/" + activity + "/ledger");
    System.out.println("activity ledger of Lena's photo studio:");
    for (JsonNode line : ledger.get("items")) {
      System.out.printf("  %s  %-60s %12s %12s%n", line.get("date").asText(), line.get("description").asText(), money(line.get("change")),
          money(line.get("balance")));
    }
  }

  private static String money(JsonNode money) {
    return money.get("amount").asText() + " " + money.get("currency").asText();
  }
}
