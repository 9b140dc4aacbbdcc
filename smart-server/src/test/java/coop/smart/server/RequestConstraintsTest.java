package coop.smart.server;

import static coop.smart.server.ProblemDetailsTest.assertProblem;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each request body is checked against the constraints its record declares, and refused once,
 * naming every invalid field with its JSON pointer.
 */
class RequestConstraintsTest extends StandardServer {

  private static final String VALIDATION = "https://smart.coop/problems/validation";
  private static final String NOWHERE = UUID.randomUUID().toString();

  private static Calls calls;
  private static String admin;

  @BeforeAll
  static void keys() {
    calls = new Calls(server);
    admin = server.key("BE", Role.ADMIN, null);
  }

  @Test
  void aLineWithThreeBadFields_isRefusedWithThreeErrorsEachAtItsPointer() {
    JsonNode problem = refused("/api/v1/invoices", invoice(line("\"Concert\\u0000\"", "0", "-1.00")));

    assertThat(pointers(problem)).containsExactly("/lines/0/description", "/lines/0/quantity", "/lines/0/unitPrice");
    assertThat(fields(problem)).containsExactly("lines[0].description", "lines[0].quantity", "lines[0].unitPrice");
    assertThat(problem.get("detail").asText()).isEqualTo("3 fields are invalid");
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("must not hold control characters such as line breaks");
  }

  @Test
  void aValueOfTheWrongType_anUnknownFieldAndAMissingOne_areReportedTogether() {
    JsonNode problem = refused("/api/v1/members", "{\"kind\": 5, \"nickname\": \"Anna\"}");

    assertThat(fields(problem)).containsExactly("kind", "nickname", "name");
    assertThat(pointers(problem)).containsExactly("/kind", "/nickname", "/name");
  }

  @Test
  void everyLineOfAnInvoice_isCheckedAndNamedByItsIndex() {
    JsonNode problem = refused("/api/v1/invoices", invoice(line("\"Rehearsal\"", "1", "10.00") + ", "
        + line("\"Concert\"", "\"seven\"", "10.00") + ", null, " + line("\"x\"", "1e10000000", "10.000")));

    assertThat(fields(problem)).containsExactly("lines[1].quantity", "lines[3].unitPrice.amount", "lines[2]", "lines[3].quantity");
    assertThat(pointers(problem)).contains("/lines/1/quantity", "/lines/2", "/lines/3/unitPrice/amount");
  }

  @Test
  void aQuantityMayBeADecimalStringOrANumber() {
    for (String quantity : List.of("\"7.5\"", "7.5", "2")) {
      // Valid in shape, the request reaches the core, which finds no such activity.
      HttpResponse<String> response = calls.send("POST", "/api/v1/invoices", admin, invoice(line("\"Rehearsal\"", quantity, "10.00")));
      assertProblem(response, 404, "https://smart.coop/problems/not-found");
    }
    assertThat(fields(refused("/api/v1/invoices", invoice(line("\"Rehearsal\"", "\"7,5\"", "10.00"))))).containsExactly("lines[0].quantity");
    assertThat(fields(refused("/api/v1/invoices", invoice(line("\"Rehearsal\"", "0.0000001", "10.00"))))).containsExactly("lines[0].quantity");
    assertThat(fields(refused("/api/v1/invoices", invoice(line("\"Rehearsal\"", "1000000000", "10.00"))))).containsExactly("lines[0].quantity");
  }

  @Test
  void textIsBoundByItsColumn_andHoldsNoControlCharacterNorHalfACharacter() {
    assertThat(calls.send("POST", "/api/v1/members", admin, member("A".repeat(300))).statusCode()).isEqualTo(201);
    assertThat(calls.send("POST", "/api/v1/members", admin, member("Zoë 😀 Ångström")).statusCode()).isEqualTo(201);
    for (String name : List.of("A".repeat(301), "Anna\\nPeeters", "Anna\\u0000", "Anna\\u007f", "Anna\\ud800", "\\udc00Anna", "   ")) {
      assertThat(fields(refused("/api/v1/members", member(name)))).as(name).containsExactly("name");
    }
    assertThat(fields(refused("/api/v1/api-keys", "{\"role\": \"ADVISOR\", \"label\": \"laptop\\tx\"}"))).containsExactly("label");
    assertThat(fields(refused("/api/v1/clients", "{\"name\": \"Venue\", \"country\": \"BEL\", \"kind\": \"BUSINESS\", \"vatNumber\": \""
        + "1".repeat(41) + "\"}"))).containsExactly("country", "vatNumber");
  }

  @Test
  void everyCollectionIsBounded() {
    String lines = String.join(", ", Collections.nCopies(501, line("\"Rehearsal\"", "1", "1.00")));
    JsonNode tooManyLines = refused("/api/v1/invoices", invoice(lines));
    assertThat(fields(tooManyLines)).containsExactly("lines");
    assertThat(tooManyLines.get("errors").get(0).get("message").asText()).isEqualTo("must hold at most 500 lines");

    List<String> days = new ArrayList<>();
    for (int day = 1; day <= 32; day++) days.add("{\"date\": \"2017-07-%02d\", \"hours\": \"8\"}".formatted(Math.min(day, 31)));
    assertThat(fields(refused("/api/v1/contracts", "{\"member\": \"%s\", \"client\": \"%s\", \"contractType\": \"EMPLOYEE\", \"start\": \"2017-07-01\","
        .formatted(NOWHERE, NOWHERE) + " \"end\": \"2017-07-31\", \"workDays\": [" + String.join(", ", days) + "], \"invoicedAmount\": "
        + Calls.eur("100.00") + ", \"withholdingRate\": \"0.11\"}"))).containsExactly("workDays");

    String administrators = Collections.nCopies(51, "\"" + NOWHERE + "\"").stream().collect(Collectors.joining(", "));
    assertThat(fields(refused("/api/v1/activities", "{\"name\": \"Band\", \"sector\": {\"name\": \"music\"}, \"administrators\": ["
        + administrators + "]}"))).containsExactly("administrators");
    assertThat(fields(refused("/api/v1/activities", "{\"name\": \"Band\", \"sector\": {\"name\": \"music\"}, \"administrators\": []}")))
        .containsExactly("administrators");
  }

  @Test
  void hoursAreADecimalStringOfAtMostADay() {
    for (String hours : List.of("0", "24.5", "7,5", "1e1", "-1", "")) {
      JsonNode problem = refused("/api/v1/contracts", "{\"member\": \"%s\", \"client\": \"%s\", \"contractType\": \"EMPLOYEE\", \"start\": \"2017-07-03\","
          .formatted(NOWHERE, NOWHERE) + " \"end\": \"2017-07-03\", \"workDays\": [{\"date\": \"2017-07-03\", \"hours\": \"" + hours
          + "\"}], \"invoicedAmount\": " + Calls.eur("100.00") + ", \"withholdingRate\": \"0.11\"}");
      assertThat(pointers(problem)).as(hours).containsExactly("/workDays/0/hours");
    }
  }

  @Test
  void fieldsThatExcludeEachOther_areNamedBesideTheOtherErrors() {
    JsonNode problem = refused("/api/v1/invoices", "{\"contract\": \"%s\", \"client\": \"%s\", \"structure\": \"%s\"}"
        .formatted(NOWHERE, NOWHERE, "S".repeat(101)));
    assertThat(fields(problem)).containsExactly("client", "structure", "structure");
  }

  @Test
  void aQueryParameterOrHeaderHasNoPointer() {
    JsonNode problem = assertProblem(calls.send("GET", "/api/v1/members?limit=0", admin, null), 400, VALIDATION);
    assertThat(problem.get("errors").get(0).has("pointer")).isFalse();
    JsonNode ifMatch = assertProblem(calls.matching("/api/v1/members/" + NOWHERE + "/shares", admin, "three",
        "{\"count\": 1, \"category\": \"A\"}"), 400, VALIDATION);
    assertThat(ifMatch.get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
    assertThat(ifMatch.get("errors").get(0).has("pointer")).isFalse();
  }

  @Test
  void aBodyNestedDeeperThanAnyRequest_isRefusedAsABody() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    JsonNode problem = refused("/api/v1/members", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Anna\", \"extra\": " + deep + "}");
    assertThat(fields(problem)).containsExactly("body");
    assertThat(pointers(problem)).containsExactly("");
  }

  private static JsonNode refused(String path, String body) {
    return assertProblem(calls.send("POST", path, admin, body), 400, VALIDATION);
  }

  private static String invoice(String lines) {
    return "{\"activity\": \"%s\", \"client\": \"%s\", \"lines\": [%s]}".formatted(NOWHERE, NOWHERE, lines);
  }

  private static String line(String description, String quantity, String unitPrice) {
    return "{\"description\": %s, \"quantity\": %s, \"unitPrice\": %s}".formatted(description, quantity, Calls.eur(unitPrice));
  }

  private static String member(String name) {
    return "{\"kind\": \"NATURAL_PERSON\", \"name\": \"" + name + "\"}";
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  private static List<String> pointers(JsonNode problem) {
    List<String> pointers = new ArrayList<>();
    problem.get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
    return pointers;
  }
}
