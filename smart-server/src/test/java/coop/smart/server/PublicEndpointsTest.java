package coop.smart.server;

import static coop.smart.server.RunningServer.fields;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every public endpoint of the API contract, its figures and its shape field for field. */
class PublicEndpointsTest extends StandardServer {

  private static final List<String> MONEY = List.of("amount", "currency");

  @Test
  void listsEveryEntityWithTheShapeOfOne() {
    HttpResponse<String> response = server.get("/api/v1/entities?on=2017-07-14");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).matches("application/json; ?charset=utf-8"));
    JsonNode body = json(response);
    assertThat(fields(body)).containsExactly("items");
    List<String> codes = new ArrayList<>();
    body.get("items").forEach(entity -> codes.add(entity.get("code").asText()));
    assertThat(codes).containsExactlyInAnyOrder("BE", "FR", "SE", "ES", "IT", "NL", "AT", "DE", "HU");
    assertThat(body.get("items").get(0)).isEqualTo(json(server.get("/api/v1/entities/" + codes.get(0) + "?on=2017-07-14")));
  }

  @Test
  void showsAnEntityAndTheRulesInForceOnADate() {
    JsonNode be = ok(server.get("/api/v1/entities/BE?on=2017-07-14"));
    assertThat(fields(be)).containsExactly("code", "name", "currency", "on", "feeRates", "paymentRule", "services", "coverage", "capabilities",
        "rulesVerifiedUntil");
    assertTexts(be, Map.of("code", "BE", "name", "SMart Belgium", "currency", "EUR", "on", "2017-07-14"));
    assertThat(fields(be.get("feeRates"))).containsExactly("INDIVIDUAL", "LEGAL_PERSON");
    assertThat(be.get("feeRates").get("INDIVIDUAL").isTextual()).isTrue();
    assertThat(be.get("feeRates").get("INDIVIDUAL").asText()).isEqualTo("0.065");
    assertThat(be.get("paymentRule").asText())
        .isEqualTo("7th working day (Mon-Sat, public holidays excluded) after the end of service, preceding bank business day");
    assertThat(be.get("services")).extracting(JsonNode::asText)
        .containsSubsequence("NATURAL_PERSONS", "LEGAL_PERSONS", "GUARANTEE_FUND", "LEGAL_ASSISTANCE");
  }

  @Test
  void givesThePaymentDateOfAGuaranteedSalary() {
    JsonNode payment = ok(server.get("/api/v1/entities/BE/payment-date?serviceEnd=2017-07-14"));
    assertThat(fields(payment)).containsExactly("entity", "serviceEnd", "start", "rule", "guaranteedDate", "paymentDate",
        "rulesVerifiedUntil");
    assertTexts(payment, Map.of("entity", "BE", "serviceEnd", "2017-07-14", "start", "2017-07-14", "guaranteedDate", "2017-07-24",
        "paymentDate", "2017-07-24"));
  }

  @Test
  void answersFor2026_sayTheirRulesWereCheckedUntil2017_andWarnNamingTheSections() {
    JsonNode pay = json(server.post("/api/v1/simulations/pay", """
        {"entity": "BE", "contractType": "EMPLOYEE", "invoicedAmount": {"amount": "1000.00", "currency": "EUR"},
         "withholdingRate": "0.11", "serviceEnd": "2026-11-30"}"""));
    assertThat(pay.get("rulesVerifiedUntil").asText()).isEqualTo("2017-12-31");
    assertThat(pay.get("warnings")).singleElement().satisfies(warning -> {
      assertThat(fields(warning)).containsExactly("code", "sections", "message");
      assertThat(warning.get("code").asText()).isEqualTo("RULES_NOT_VERIFIED");
      assertThat(warning.get("sections")).extracting(JsonNode::asText).containsExactly("fee", "payroll", "payment");
      assertThat(warning.get("message").asText()).contains("only until 2017-12-31").contains("2026-11-30");
    });
    JsonNode fee = ok(server.get("/api/v1/entities/AT/fee?amount=1000.00&on=2026-11-30"));
    assertThat(fee.get("rulesVerifiedUntil").asText()).isEqualTo("2021-07-01");
    assertThat(fee.get("warnings").get(0).get("sections")).extracting(JsonNode::asText).containsExactly("fee");
    JsonNode payment = ok(server.get("/api/v1/entities/FR/payment-date?serviceEnd=2026-11-30"));
    assertThat(payment.get("warnings").get(0).get("sections")).extracting(JsonNode::asText).containsExactly("payment");
    JsonNode lease = json(server.post("/api/v1/simulations/lease", """
        {"entity": "BE", "principal": {"amount": "3596.65", "currency": "EUR"}, "months": 14, "startDate": "2026-11-30"}"""));
    assertThat(lease.get("warnings").get(0).get("sections")).extracting(JsonNode::asText).containsExactly("leasing");
  }

  @Test
  void explainsEachFigureWithItsArithmeticAndTheRowsItUsed() {
    JsonNode fee = ok(server.get("/api/v1/entities/BE/fee?amount=1000.00&on=2017-07-14&explain=true"));
    JsonNode feeLine = fee.get("explanation").get(0);
    assertThat(fields(feeLine)).containsExactly("figure", "value", "computation", "rules");
    assertThat(feeLine.get("computation").asText()).isEqualTo("half-up(1000.00 × 0.065) = 65.00");
    assertThat(fields(feeLine.get("rules").get(0))).containsExactly("section", "key", "from", "value", "source");
    assertTexts(feeLine.get("rules").get(0), Map.of("section", "fee", "key", "INDIVIDUAL", "from", "2017-01-01", "value", "0.065"));
    assertThat(ok(server.get("/api/v1/entities/BE/fee?amount=1000.00&on=2017-07-14")).has("explanation")).as("only when asked").isFalse();

    JsonNode pay = json(server.post("/api/v1/simulations/pay", """
        {"entity": "BE", "contractType": "EMPLOYEE", "targetNet": {"amount": "478.27", "currency": "EUR"},
         "withholdingRate": "0.11", "serviceEnd": "2017-07-14", "explain": true}"""));
    List<String> figures = new ArrayList<>();
    pay.get("explanation").forEach(line -> {
      figures.add(line.get("figure").asText());
      assertThat(line.get("value")).as(line.get("figure").asText()).isEqualTo(pay.get(line.get("figure").asText()));
    });
    assertThat(figures).containsExactly("fee", "employmentBudget", "gross", "employerContributions", "employeeContributions", "taxable",
        "withholdingTax", "net");
  }

  @Test
  void explainsThePaymentDate_withTheRuleRowAndEveryDayCountedOrSkipped() {
    JsonNode payment = ok(server.get("/api/v1/entities/BE/payment-date?serviceEnd=2017-07-14&explain=true"));
    List<String> figures = new ArrayList<>();
    payment.get("explanation").forEach(line -> {
      figures.add(line.get("figure").asText());
      assertThat(line.get("value")).as(line.get("figure").asText()).isEqualTo(payment.get(line.get("figure").asText()));
    });
    assertThat(figures).containsExactly("start", "guaranteedDate", "paymentDate");
    JsonNode guaranteed = payment.get("explanation").get(1);
    assertThat(guaranteed.get("computation").asText()).contains("skipped Sun 2017-07-16, Fri 2017-07-21 (public holiday), Sun 2017-07-23")
        .endsWith(" = 2017-07-24");
    assertTexts(guaranteed.get("rules").get(0), Map.of("section", "payment", "key", "rule", "from", "2017-01-01"));
    assertThat(ok(server.get("/api/v1/entities/BE/payment-date?serviceEnd=2017-07-14")).has("explanation")).as("only when asked").isFalse();
  }

  @Test
  void explainsALeaseQuote_rowByRow_citingTheDefaultRate() {
    JsonNode lease = ok(server.post("/api/v1/simulations/lease", """
        {"entity": "BE", "principal": {"amount": "3596.65", "currency": "EUR"}, "months": 14, "startDate": "2018-01-15", "explain": true}"""));
    JsonNode explanation = lease.get("explanation");
    assertThat(explanation).hasSize(3 + 4 * 14);
    assertThat(explanation.get(0).get("figure").asText()).isEqualTo("instalment");
    assertThat(explanation.get(0).get("value")).isEqualTo(lease.get("instalment"));
    assertTexts(explanation.get(0).get("rules").get(0), Map.of("section", "leasing", "key", "defaultAnnualRate", "value", "0.08"));
    assertThat(explanation.get(1).get("figure").asText()).isEqualTo("row 1 interest");
    assertThat(explanation.get(1).get("computation").asText()).isEqualTo("half-up(3596.65 × 0.08 ÷ 12) = 23.98");
    assertThat(explanation.get(1).get("value")).isEqualTo(lease.get("schedule").get(0).get("interest"));
    assertThat(explanation.get(explanation.size() - 2).get("value")).isEqualTo(lease.get("totalInterest"));
    assertThat(explanation.get(explanation.size() - 1).get("value")).isEqualTo(lease.get("totalPaid"));
    assertThat(ok(server.post("/api/v1/simulations/lease", """
        {"entity": "BE", "principal": {"amount": "3596.65", "currency": "EUR"}, "months": 14, "startDate": "2018-01-15"}""")).has("explanation"))
        .as("only when asked").isFalse();
  }

  @Test
  void showsEachSectionsCoverageAndTheEntitysCapabilities() {
    JsonNode be = ok(server.get("/api/v1/entities/BE?on=2026-11-30"));
    assertThat(be.get("coverage").get("payroll").asText()).isEqualTo("2017-12-31");
    assertThat(fields(be.get("coverage"))).contains("fee", "payment", "payroll", "vat", "collection", "leasing");
    assertThat(be.get("capabilities")).extracting(JsonNode::asText).contains("PAY", "CONTRACTS", "LEASING", "INVOICING");
    assertThat(be.get("warnings").get(0).get("sections")).extracting(JsonNode::asText).containsExactly("fee", "payment");
    JsonNode germany = ok(server.get("/api/v1/entities/DE?on=2017-07-14"));
    assertThat(germany.get("capabilities")).extracting(JsonNode::asText).containsExactly("FEES", "PAYMENT_DATES", "INVOICING");
    assertThat(germany.has("warnings")).isFalse();
  }

  @Test
  void startsThePaymentClockAtALateDeclaration() {
    JsonNode payment = json(server.get("/api/v1/entities/BE/payment-date?serviceEnd=2017-07-14&declaredOn=2017-07-20"));
    assertThat(payment.get("start").asText()).isEqualTo("2017-07-20");
    assertThat(payment.get("paymentDate").asText()).isGreaterThan("2017-07-24");
  }

  @Test
  void computesTheFeeOnAnAmount() {
    JsonNode fee = ok(server.get("/api/v1/entities/FR/fee?amount=1000.00&holder=INDIVIDUAL&on=2017-07-14"));
    assertThat(fields(fee)).containsExactly("entity", "holder", "on", "feeRate", "amount", "fee", "rulesVerifiedUntil");
    assertTexts(fee, Map.of("entity", "FR", "holder", "INDIVIDUAL", "on", "2017-07-14", "feeRate", "0.085"));
    assertMoney(fee.get("amount"), "1000.00", "EUR");
    assertMoney(fee.get("fee"), "85.00", "EUR");
  }

  @Test
  void simulatesPayFromAnInvoicedAmount() {
    HttpResponse<String> response = server.post("/api/v1/simulations/pay", """
        {"entity": "BE", "holder": "INDIVIDUAL", "contractType": "EMPLOYEE",
         "invoicedAmount": {"amount": "1000.00", "currency": "EUR"},
         "expenses": {"amount": "0.00", "currency": "EUR"},
         "withholdingRate": "0.11", "serviceEnd": "2017-07-14"}""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode pay = json(response);
    assertThat(fields(pay)).containsExactly("entity", "contractType", "rulesOn", "invoicedAmount", "feeRate", "fee", "expenses",
        "employmentBudget", "employerContributions", "gross", "employeeContributions", "taxable", "withholdingTax", "net",
        "paymentDate", "rulesVerifiedUntil");
    assertTexts(pay, Map.of("entity", "BE", "contractType", "EMPLOYEE", "rulesOn", "2017-07-14", "feeRate", "0.065",
        "paymentDate", "2017-07-24"));
    assertMoney(pay.get("invoicedAmount"), "1000.00", "EUR");
    assertMoney(pay.get("net"), "478.27", "EUR");
    assertMoney(pay.get("gross"), "618.18", "EUR");
    for (String amount : List.of("fee", "expenses", "employmentBudget", "employerContributions", "employeeContributions", "taxable",
        "withholdingTax")) {
      assertThat(fields(pay.get(amount))).as(amount).isEqualTo(MONEY);
    }
    assertThat(sum(pay, "fee", "expenses", "employerContributions", "gross")).isEqualTo(amount(pay, "invoicedAmount"));
    assertThat(sum(pay, "employeeContributions", "withholdingTax", "net")).isEqualTo(amount(pay, "gross"));
  }

  @Test
  void findsTheSmallestInvoiceReachingATargetNetAndBack() {
    JsonNode reverse = json(server.post("/api/v1/simulations/pay", payRequest("\"targetNet\": {\"amount\": \"478.27\", \"currency\": \"EUR\"}")));
    assertMoney(reverse.get("net"), "478.27", "EUR");
    BigDecimal invoiced = amount(reverse, "invoicedAmount");
    assertThat(invoiced).isBetween(new BigDecimal("990.00"), new BigDecimal("1000.00"));

    JsonNode forward = json(server.post("/api/v1/simulations/pay", payRequest("\"invoicedAmount\": " + reverse.get("invoicedAmount"))));
    assertThat(forward).isEqualTo(reverse);
    String oneCentLess = invoiced.subtract(new BigDecimal("0.01")).toPlainString();
    JsonNode less = json(server.post("/api/v1/simulations/pay",
        payRequest("\"invoicedAmount\": {\"amount\": \"" + oneCentLess + "\", \"currency\": \"EUR\"}")));
    assertThat(amount(less, "net")).isLessThan(new BigDecimal("478.27"));
  }

  private static String payRequest(String amountField) {
    return """
        {"entity": "BE", "contractType": "EMPLOYEE", %s, "withholdingRate": "0.11", "serviceEnd": "2017-07-14"}""".formatted(amountField);
  }

  @Test
  void simulatesALease() {
    HttpResponse<String> response = server.post("/api/v1/simulations/lease", """
        {"entity": "BE", "principal": {"amount": "3596.65", "currency": "EUR"},
         "annualRate": "0.08", "months": 14, "startDate": "2018-01-15"}""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode lease = json(response);
    assertThat(fields(lease)).containsExactly("instalment", "totalInterest", "totalPaid", "schedule");
    assertMoney(lease.get("instalment"), "269.93", "EUR");
    assertThat(lease.get("schedule")).hasSize(14);
    JsonNode first = lease.get("schedule").get(0);
    assertThat(fields(first)).containsExactly("number", "dueDate", "instalment", "interest", "principal", "outstanding");
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("dueDate").asText()).isEqualTo("2018-02-15");
    assertMoney(first.get("instalment"), "269.93", "EUR");
    assertMoney(lease.get("schedule").get(13).get("outstanding"), "0.00", "EUR");
    assertThat(amount(lease, "totalPaid")).isEqualTo(new BigDecimal("3596.65").add(amount(lease, "totalInterest")));
  }

  /** The response is a 200 and its JSON body. */
  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  /** Each field named is a JSON string with the text given. */
  private static void assertTexts(JsonNode node, Map<String, String> expected) {
    expected.forEach((field, text) -> {
      assertThat(node.get(field).isTextual()).as(field).isTrue();
      assertThat(node.get(field).asText()).as(field).isEqualTo(text);
    });
  }

  static void assertMoney(JsonNode money, String amount, String currency) {
    assertThat(fields(money)).isEqualTo(MONEY);
    assertThat(money.get("amount").isTextual()).as("amount is a string").isTrue();
    assertThat(money.get("amount").asText()).isEqualTo(amount);
    assertThat(money.get("currency").asText()).isEqualTo(currency);
  }

  private static BigDecimal amount(JsonNode node, String field) {
    return new BigDecimal(node.get(field).get("amount").asText());
  }

  private static BigDecimal sum(JsonNode node, String... fields) {
    BigDecimal total = BigDecimal.ZERO;
    for (String field : fields) total = total.add(amount(node, field));
    return total;
  }
}
