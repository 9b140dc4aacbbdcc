package coop.smart.server;

import static coop.smart.server.RunningServer.fields;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.server.http.Problems;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is an RFC 9457 problem with the status of api.md, naming what to fix. */
class ProblemDetailsTest extends StandardServer {

  private static final String PAY = "/api/v1/simulations/pay";
  private static final String LEASE = "/api/v1/simulations/lease";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown field             | "bonus": "1",                                                          | bonus
      a string for a number        | "entity": "BE", "months": "14",                                        | months
      a fraction for a whole number | "months": 14.5,                                                       | months
      a number for a string        | "entity": 32,                                                          | entity
      an impossible date           | "startDate": "2018-02-30",                                             | startDate
      a date as a number           | "startDate": 17000,                                                    | startDate
      a number for an amount       | "principal": {"amount": 3596.65, "currency": "EUR"},                   | principal.amount
      a third decimal              | "principal": {"amount": "3596.650", "currency": "EUR"},                | principal.amount
      a missing decimal            | "principal": {"amount": "3596", "currency": "EUR"},                    | principal.amount
      a number for money           | "principal": 3596.65,                                                  | principal
      an unknown money field       | "principal": {"amount": "3596.65", "currency": "EUR", "vat": "0.21"},  | principal.vat
      another currency             | "principal": {"amount": "3596.65", "currency": "SEK"},                 | principal.currency
      no currency at all           | "principal": {"amount": "3596.65", "currency": "EURO"},                | principal.currency
      a number for a rate          | "annualRate": 0.08,                                                    | annualRate
      a negative rate              | "annualRate": "-0.08",                                                 | annualRate
      an entity that is not one   | "entity": "XX",                                                        | entity
      sixteen integer digits       | "principal": {"amount": "1234567890123456.00", "currency": "EUR"},     | principal.amount
      a rate of a thousand         | "annualRate": "1000",                                                  | annualRate
      """)
  void refusesAMalformedFieldNamingIt(String what, String override, String field) {
    HttpResponse<String> response = server.post(LEASE, lease(override));
    JsonNode problem = assertProblem(response, 400, "https://smart.coop/problems/validation");
    assertThat(problem.get("errors")).as(what).hasSize(1);
    assertThat(problem.get("errors").get(0).get("field").asText()).as(response.body()).isEqualTo(field);
    assertThat(fields(problem.get("errors").get(0))).containsExactly("field", "message", "pointer");
    assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("/" + field.replace('.', '/'));
  }

  @Test
  void refusesAHundredThousandDigitAmountAtOnce_quotingOnlyItsStart() {
    String huge = "9".repeat(100_000) + ".00";
    JsonNode problem = assertProblem(server.post(PAY, """
        {"entity": "BE", "contractType": "EMPLOYEE", "withholdingRate": "0.11", "invoicedAmount": {"amount": "%s", "currency": "EUR"}}"""
        .formatted(huge)), 400, "https://smart.coop/problems/validation");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("invoicedAmount.amount");
    assertThat(problem.get("errors").get(0).get("message").asText()).contains("at most 15 integer digits").contains("(100003 characters)")
        .hasSizeLessThan(200);
  }

  @Test
  void aKnownPathAskedWithAnotherMethod_isA405NamingTheMethodsItTakes() {
    HttpResponse<String> delete = server.send(HttpRequest.newBuilder(server.uri("/api/v1/entities/BE")).DELETE().build());
    JsonNode problem = assertProblem(delete, 405, "https://smart.coop/problems/method-not-allowed");
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
    assertThat(problem.get("detail").asText()).contains("DELETE");
    assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/v1/members/6f1c1b8e-0000-4000-8000-000000000000")).DELETE().build())
        .headers().firstValue("Allow")).hasValue("GET");
    assertThat(server.get("/api/v1/simulations/pay").headers().firstValue("Allow")).hasValue("POST");
    assertProblem(server.get("/no/such/route"), 404, "https://smart.coop/problems/not-found");
  }

  @Test
  void refusesABodyOfJustNull_onPublicAndAuthenticatedResourcesAlike() {
    for (String path : List.of(PAY, LEASE)) {
      JsonNode problem = assertProblem(server.post(path, "null"), 400, "https://smart.coop/problems/validation");
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
    }
  }

  @Test
  void refusesANumberForAStringRatherThanReadItAsText() {
    JsonNode problem = assertProblem(server.post(LEASE, lease("\"entity\": 32,")), 400, "https://smart.coop/problems/validation");
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("must be a string: '32'");
  }

  @Test
  void listsEveryMissingRequiredField() {
    JsonNode problem = assertProblem(server.post(PAY, "{\"holder\": \"INDIVIDUAL\"}"), 400, "https://smart.coop/problems/validation");
    List<String> named = new ArrayList<>();
    problem.get("errors").forEach(error -> named.add(error.get("field").asText()));
    assertThat(named).containsExactly("entity", "contractType", "invoicedAmount", "withholdingRate");
    assertThat(problem.get("detail").asText()).isEqualTo("4 fields are invalid");
  }

  @Test
  void refusesBothAnInvoicedAmountAndATargetNet() {
    JsonNode problem = assertProblem(server.post(PAY, """
        {"entity": "BE", "contractType": "EMPLOYEE", "withholdingRate": "0.11",
         "invoicedAmount": {"amount": "1000.00", "currency": "EUR"},
         "targetNet": {"amount": "478.27", "currency": "EUR"}}"""), 400, "https://smart.coop/problems/validation");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("targetNet");
  }

  @Test
  void refusesWhatIsNotAJsonObject() {
    assertThat(error(server.post(PAY, "{\"entity\": "))).isEqualTo("body");
    assertThat(error(server.post(PAY, ""))).isEqualTo("body");
    assertThat(error(server.post(PAY, "[]"))).isEqualTo("body");
    assertThat(error(server.post(PAY, "{\"entity\": \"BE\", \"entity\": \"FR\"}"))).isEqualTo("entity");
  }

  @Test
  void refusesMalformedQueryParameters() {
    assertThat(error(server.get("/api/v1/entities/BE?on=2017-02-30"))).isEqualTo("on");
    assertThat(error(server.get("/api/v1/entities/BE/payment-date"))).isEqualTo("serviceEnd");
    assertThat(error(server.get("/api/v1/entities/FR/fee?amount=1000"))).isEqualTo("amount");
    assertThat(error(server.get("/api/v1/entities/FR/fee?amount=1000.00&holder=PERSON"))).isEqualTo("holder");
    assertThat(error(server.get("/api/v1/entities/FR/fee?amount=-1.00"))).isEqualTo("amount");
  }

  @Test
  void refusesABodyThatIsNotJson() {
    assertProblem(server.post(PAY, "text/plain", "entity=BE"), 415, "https://smart.coop/problems/not-json");
    assertProblem(server.send(HttpRequest.newBuilder(server.uri(PAY)).POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
        415, "https://smart.coop/problems/not-json");
  }

  @Test
  void refusesABodyOverOneMebibyte() {
    String padding = " ".repeat(1 << 20);
    assertProblem(server.post(LEASE, lease("") + padding), 413, "https://smart.coop/problems/body-too-large");
    HttpRequest chunked = HttpRequest.newBuilder(server.uri(LEASE)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream((lease("") + padding).getBytes()))).build();
    assertProblem(server.send(chunked), 413, "https://smart.coop/problems/body-too-large");
  }

  @Test
  void answersAnUnknownRouteOrEntityWithNotFound() {
    assertProblem(server.get("/api/v1/nothing-here"), 404, "https://smart.coop/problems/not-found");
    assertProblem(server.get("/api/v1/entities/XX"), 404, "https://smart.coop/problems/not-found");
    assertProblem(server.get("/api/v1/entities/be/payment-date?serviceEnd=2017-07-14"), 404, "https://smart.coop/problems/not-found");
    assertProblem(server.get("/api/v1/entities/XX/fee?amount=1.00"), 404, "https://smart.coop/problems/not-found");
  }

  @Test
  void answersARuleThatRefusesWithItsCode() {
    JsonNode problem = assertProblem(server.get("/api/v1/entities/BE?on=1900-01-01"), 422, "https://smart.coop/problems/business-rule");
    assertThat(problem.get("rule").asText()).isEqualTo("NO_RULES_IN_FORCE");
    JsonNode expenses = assertProblem(server.post(PAY, """
        {"entity": "BE", "contractType": "EMPLOYEE", "withholdingRate": "0.11", "serviceEnd": "2017-07-14",
         "invoicedAmount": {"amount": "100.00", "currency": "EUR"},
         "expenses": {"amount": "100.00", "currency": "EUR"}}"""), 422, "https://smart.coop/problems/business-rule");
    assertThat(expenses.get("rule").asText()).isEqualTo("EXPENSES_EXCEED_BUDGET");
  }

  @Test
  void hidesAnUnexpectedFailureBehindARequestIdItLogs() {
    Clock broken = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("UTC");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        throw new IllegalStateException("secret internals");
      }
    };
    try (CapturedLog log = new CapturedLog(Problems.class);
         RunningServer failing = RunningServer.start(Dependencies.standard().withClock(broken))) {
      HttpResponse<String> response = failing.get("/api/v1/entities/BE");
      JsonNode problem = assertProblem(response, 500, "https://smart.coop/problems/internal");
      String requestId = problem.get("requestId").asText();
      assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
      assertThat(response.body()).doesNotContain("secret", "Exception", "at coop.");
      assertThat(log.events()).anySatisfy(event -> {
        assertThat(CapturedLog.fields(event)).containsEntry("requestId", requestId);
        assertThat(event.getThrowableProxy().getMessage()).isEqualTo("secret internals");
      });
    }
  }

  private static String lease(String override) {
    List<String> base = List.of("\"entity\": \"BE\"", "\"principal\": {\"amount\": \"3596.65\", \"currency\": \"EUR\"}",
        "\"annualRate\": \"0.08\"", "\"months\": 14", "\"startDate\": \"2018-01-15\"");
    // A later duplicate would be refused as such, so the override replaces the field it names.
    StringBuilder body = new StringBuilder("{").append(override);
    for (String field : base) {
      String name = field.substring(0, field.indexOf(':'));
      if (!override.contains(name + ":")) body.append(field).append(", ");
    }
    return body.substring(0, body.length() - 2) + "}";
  }

  private static String error(HttpResponse<String> response) {
    return assertProblem(response, 400, "https://smart.coop/problems/validation").get("errors").get(0).get("field").asText();
  }

  static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        contentType -> assertThat(contentType).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo(type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    return problem;
  }
}
