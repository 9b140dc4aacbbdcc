package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.persistence.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests an attacker would send, to every endpoint: malformed JSON, duplicate and unknown
 * fields, deep nesting, every field of every body given the wrong type, too long, with a control
 * character, too large or too small a number, lists too long, wrong content types, path ids that
 * are not ids, a missing, stale or malformed If-Match, malformed query parameters. Each must be
 * refused with a 4xx problem naming the field where there is one, and leave every table and the
 * ledger's trial balance as they were. Generated from one valid body per endpoint.
 */
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String VALIDATION = "https://smart.coop/problems/validation";
  /** The longest each list may be, by field name. */
  private static final Map<String, Integer> MAX_ITEMS = Map.of("lines", 500, "workDays", 31, "administrators", 50, "equipment", 100);

  private static RunningServer server;
  private static Connection sql;
  private static String schemaState;
  private static Seed seed;

  /** The records the requests aim at, so that only their hostile part refuses them. */
  private record Seed(String admin, String memberKey, String member, String invited, String client, String contract, String activity,
                      String otherActivity, String invoice, String lease, String apiKey, Map<String, String> etags) {

    /** The version the record at {@code path} is at, as If-Match names it. */
    String etag(String path) {
      return etags.get(path);
    }
  }

  /** One request, and what its refusal must be: a status, and the field it names (null: none). */
  record Case(String name, String method, String path, String key, Map<String, String> headers, String contentType, byte[] body,
              int status, String field) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** A valid request of one endpoint, which the cases break one way at a time. */
  private record Endpoint(String method, String path, String key, String ifMatch, String body, List<String> required) {
  }

  @BeforeAll
  static void start() throws SQLException {
    TestDatabases.Fresh fresh = TestDatabases.freshSchema();
    server = RunningServer.start(Dependencies.standard().withDatabase(fresh.database()));
    sql = DriverManager.getConnection(fresh.url());
    List<String> tables = new ArrayList<>();
    try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1")) {
      while (rows.next()) tables.add(rows.getString(1));
    }
    assertThat(tables).contains("members", "invoices", "journal_entries", "postings", "audit_trail", "idempotency_keys");
    schemaState = tables.stream().map(table -> "'" + table + " ' || (SELECT count(*) FROM " + table + ")").collect(Collectors.joining(", ", "SELECT ", ""));
    seed = seed();
  }

  @AfterAll
  static void stop() throws SQLException {
    sql.close();
    server.close();
  }

  /** A shareholder, an invited member, a client, a draft contract, two funded activities, an invoice, a lease, a second key. */
  private static Seed seed() {
    Calls calls = new Calls(server);
    String admin = server.key("BE", Role.ADMIN, null);
    String member = calls.shareholder(admin, "Anna Peeters");
    String invited = calls.shareholder(admin, "Bea Claes");
    String client = created(calls.send("POST", "/api/v1/clients", admin,
        "{\"name\": \"Brussels venue\", \"country\": \"BE\", \"kind\": \"BUSINESS\", \"vatNumber\": \"BE0412345678\"}"));
    String contract = created(calls.send("POST", "/api/v1/contracts", admin, contract(member, client)));
    String activity = calls.activity(admin, "Band", member).get("id").asText();
    String otherActivity = calls.activity(admin, "Choir", member).get("id").asText();
    calls.fund(admin, activity, member, "5000.00", "2017-07-03");
    String activityPath = "/api/v1/activities/" + activity;
    assertThat(calls.matching(activityPath + "/invitations", admin, etag(calls, activityPath, admin), "{\"member\": \"" + invited + "\"}")
        .statusCode()).isEqualTo(200);
    String invoice = created(calls.send("POST", "/api/v1/invoices", admin, "{\"activity\": \"%s\", \"client\": \"%s\", \"administrator\": \"%s\", \"lines\": [%s]}"
        .formatted(activity, client, member, line())));
    String lease = created(calls.send("POST", "/api/v1/leases", admin, lease(activity)));
    String memberKey = server.key("BE", Role.MEMBER, new MemberId(UUID.fromString(invited)));
    // A key whose hex id holds a letter, so that its upper-case form is another id (one in ~300 ids is all digits).
    String apiKey;
    do {
      apiKey = json(calls.send("POST", "/api/v1/api-keys", admin, "{\"role\": \"ADVISOR\", \"label\": \"laptop\"}")).get("id").asText();
    } while (apiKey.chars().noneMatch(Character::isLetter));
    Map<String, String> etags = new LinkedHashMap<>();
    for (String path : List.of("/api/v1/members/" + member, "/api/v1/clients/" + client, "/api/v1/contracts/" + contract, activityPath,
        "/api/v1/invoices/" + invoice, "/api/v1/leases/" + lease)) {
      etags.put(path, etag(calls, path, admin));
    }
    return new Seed(admin, memberKey, member, invited, client, contract, activity, otherActivity, invoice, lease, apiKey, etags);
  }

  private static String etag(Calls calls, String path, String key) {
    HttpResponse<String> read = calls.send("GET", path, key, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return read.headers().firstValue("ETag").orElseThrow();
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asText();
  }

  private static String contract(String member, String client) {
    return """
        {"member": "%s", "client": "%s", "contractType": "EMPLOYEE", "structure": "ASSOCIATED_PRODUCTIONS", "holder": "INDIVIDUAL",
         "start": "2017-07-14", "end": "2017-07-14", "workDays": [{"date": "2017-07-14", "hours": "8"}],
         "invoicedAmount": %s, "expenses": %s, "withholdingRate": "0.11"}""".formatted(member, client, Calls.eur("1000.00"), Calls.eur("0.00"));
  }

  private static String line() {
    return "{\"description\": \"Concert\", \"quantity\": 2, \"unitPrice\": " + Calls.eur("400.00") + "}";
  }

  private static String lease(String activity) {
    return "{\"activity\": \"%s\", \"equipment\": [{\"description\": \"Camera\", \"price\": %s}], \"startDate\": \"2018-01-15\", \"annualRate\": \"0.08\", \"months\": 14}"
        .formatted(activity, Calls.eur("1000.00"));
  }

  /** Every endpoint that reads a body, with a body it would take. */
  private static List<Endpoint> endpoints() {
    String admin = seed.admin();
    String activity = "/api/v1/activities/" + seed.activity();
    String invoice = "/api/v1/invoices/" + seed.invoice();
    String lease = "/api/v1/leases/" + seed.lease();
    String clientDetails = "{\"name\": \"Lille festival\", \"country\": \"FR\", \"kind\": \"BUSINESS\", \"vatNumber\": \"FR12345678901\"}";
    return List.of(
        new Endpoint("POST", "/api/v1/simulations/pay", null, null, """
            {"entity": "BE", "holder": "INDIVIDUAL", "contractType": "EMPLOYEE", "invoicedAmount": %s, "expenses": %s, "withholdingRate": "0.11",
             "serviceEnd": "2017-07-14", "explain": false}""".formatted(Calls.eur("1000.00"), Calls.eur("0.00")),
            List.of("entity", "contractType", "invoicedAmount", "withholdingRate")),
        new Endpoint("POST", "/api/v1/simulations/lease", null, null, """
            {"entity": "BE", "principal": %s, "annualRate": "0.08", "months": 14, "startDate": "2018-01-15"}""".formatted(Calls.eur("3596.65")),
            List.of("entity", "principal", "months", "startDate")),
        new Endpoint("POST", "/api/v1/api-keys", admin, null, "{\"role\": \"ADVISOR\", \"label\": \"laptop\"}", List.of("role", "label")),
        new Endpoint("POST", "/api/v1/members", admin, null, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Carl\"}", List.of("kind", "name")),
        new Endpoint("POST", "/api/v1/members/" + seed.member() + "/shares", admin, seed.etag("/api/v1/members/" + seed.member()), "{\"count\": 1, \"category\": \"A\"}",
            List.of("count", "category")),
        new Endpoint("POST", "/api/v1/clients", admin, null, clientDetails, List.of("name", "country", "kind")),
        new Endpoint("PUT", "/api/v1/clients/" + seed.client(), admin, seed.etag("/api/v1/clients/" + seed.client()), clientDetails, List.of("name", "country", "kind")),
        new Endpoint("POST", "/api/v1/contracts", admin, null, contract(seed.member(), seed.client()),
            List.of("member", "client", "contractType", "start", "end", "workDays", "invoicedAmount", "withholdingRate")),
        new Endpoint("POST", "/api/v1/invoices", admin, null, """
            {"activity": "%s", "client": "%s", "administrator": "%s", "holder": "INDIVIDUAL", "issueDate": "2017-07-14", "lines": [%s]}"""
            .formatted(seed.activity(), seed.client(), seed.member(), line()), List.of("client", "lines")),
        new Endpoint("POST", invoice + "/payments", admin, seed.etag(invoice), "{\"amount\": %s, \"paidOn\": \"2017-07-20\"}".formatted(Calls.eur("10.00")),
            List.of("amount")),
        new Endpoint("POST", invoice + "/credit-notes", admin, seed.etag(invoice), "{\"amount\": %s, \"creditedOn\": \"2017-07-20\"}".formatted(Calls.eur("10.00")),
            List.of()),
        new Endpoint("POST", "/api/v1/guarantee-fund/contributions", admin, null, "{\"amount\": %s, \"on\": \"2017-07-20\"}"
            .formatted(Calls.eur("100.00")), List.of("amount")),
        new Endpoint("POST", "/api/v1/activities", admin, null, """
            {"name": "Orchestra", "sector": {"name": "music", "horeca": false}, "administrators": ["%s"]}""".formatted(seed.member()),
            List.of("name", "sector", "administrators")),
        new Endpoint("POST", activity + "/expenses", admin, null, """
            {"claimant": "%s", "description": "Strings", "amount": %s, "incurredOn": "2017-07-14", "paidOn": "2017-07-15", "administrator": "%s"}"""
            .formatted(seed.member(), Calls.eur("10.00"), seed.member()), List.of("claimant", "description", "amount", "incurredOn")),
        new Endpoint("POST", activity + "/transfers", admin, null, "{\"to\": \"%s\", \"amount\": %s, \"on\": \"2017-07-15\", \"administrator\": \"%s\"}"
            .formatted(seed.otherActivity(), Calls.eur("10.00"), seed.member()), List.of("to", "amount")),
        new Endpoint("POST", activity + "/receipts", admin, null, """
            {"kind": "FINANCING_AGREEMENT", "amount": %s, "holder": "INDIVIDUAL", "on": "2017-07-15", "administrator": "%s"}"""
            .formatted(Calls.eur("100.00"), seed.member()), List.of("kind", "amount", "administrator")),
        new Endpoint("POST", activity + "/year-closings", admin, seed.etag(activity), "{\"year\": 2017}", List.of("year")),
        new Endpoint("POST", "/api/v1/year-closings", admin, null, "{\"year\": 2017}", List.of("year")),
        new Endpoint("POST", activity + "/invitations", admin, seed.etag(activity), "{\"member\": \"%s\"}".formatted(seed.member()), List.of("member")),
        new Endpoint("POST", activity + "/administrators", admin, seed.etag(activity), "{\"member\": \"%s\"}".formatted(seed.invited()), List.of("member")),
        new Endpoint("POST", "/api/v1/leases", admin, null, lease(seed.activity()), List.of("activity", "equipment", "startDate", "months")),
        new Endpoint("POST", lease + "/amendments", admin, seed.etag(lease), "{\"signedOn\": \"2018-01-20\", \"equipment\": {\"description\": \"Tripod\", \"price\": %s}}"
            .formatted(Calls.eur("600.00")), List.of("signedOn", "equipment")),
        new Endpoint("POST", lease + "/payoff", admin, seed.etag(lease), "{\"date\": \"2018-06-15\"}", List.of("date")));
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      ObjectNode valid = read(endpoint.body());
      bodies(endpoint, valid, cases);
      fields(endpoint, valid, List.of(), valid, cases);
      for (String required : endpoint.required()) {
        cases.add(body(endpoint, "without " + required, without(valid, required), required));
        cases.add(body(endpoint, required + " ← null", with(valid, List.of(required), NullNode.getInstance()), required));
      }
      if (endpoint.ifMatch() != null) versions(endpoint, cases);
    }
    pathIds(cases);
    queries(cases);
    return cases.stream();
  }

  /** The body as a whole: not JSON, not an object, nested too deep, sent as another type. */
  private static void bodies(Endpoint endpoint, ObjectNode valid, List<Case> cases) {
    String text = valid.toString();
    String first = valid.fieldNames().next();
    cases.add(raw(endpoint, "unclosed", text.substring(0, text.length() - 1), "body"));
    cases.add(raw(endpoint, "empty", "", "body"));
    cases.add(raw(endpoint, "null", "null", "body"));
    cases.add(raw(endpoint, "an array", "[" + text + "]", "body"));
    cases.add(raw(endpoint, "trailing garbage", text + " {}", "body"));
    cases.add(raw(endpoint, "duplicate " + first, "{\"" + first + "\": " + valid.get(first) + ", " + text.substring(1), first));
    cases.add(raw(endpoint, "nested 2000 deep", "{\"zzz\": " + "[".repeat(2000) + "]".repeat(2000) + ", " + text.substring(1), "body"));
    cases.add(raw(endpoint, "an unknown field", "{\"zzz\": 1, " + text.substring(1), "zzz"));
    cases.add(new Case(label(endpoint, "invalid UTF-8"), endpoint.method(), endpoint.path(), endpoint.key(), headers(endpoint),
        "application/json", invalidUtf8(text), 400, "body"));
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/jsonx")) {
      cases.add(new Case(label(endpoint, "sent as " + type), endpoint.method(), endpoint.path(), endpoint.key(), headers(endpoint), type,
          text.getBytes(StandardCharsets.UTF_8), 415, null));
    }
    if (endpoint.key() != null && endpoint.ifMatch() == null) {
      Map<String, String> headers = new LinkedHashMap<>(headers(endpoint));
      headers.put("Idempotency-Key", "k".repeat(201));
      cases.add(new Case(label(endpoint, "an Idempotency-Key of 201 characters"), endpoint.method(), endpoint.path(), endpoint.key(), headers,
          "application/json", text.getBytes(StandardCharsets.UTF_8), 400, "Idempotency-Key"));
    }
  }

  /** Each field at {@code path} given values of the wrong type, or out of its bounds, then each field it holds. */
  private static void fields(Endpoint endpoint, ObjectNode valid, List<Object> path, JsonNode value, List<Case> cases) {
    String field = dotted(path);
    if (!path.isEmpty()) {
      for (Map.Entry<String, JsonNode> hostile : hostileValues(path, value).entrySet()) {
        cases.add(body(endpoint, field + " ← " + hostile.getKey(), with(valid, path, hostile.getValue()), field));
      }
    }
    if (value instanceof ObjectNode object) {
      if (!path.isEmpty()) {
        ObjectNode extra = object.deepCopy().put("zzz", 1);
        cases.add(body(endpoint, field + " with an unknown field", with(valid, path, extra), field + ".zzz"));
      }
      object.properties().forEach(child -> fields(endpoint, valid, append(path, child.getKey()), child.getValue(), cases));
    } else if (value instanceof ArrayNode array && !array.isEmpty()) {
      fields(endpoint, valid, append(path, 0), array.get(0), cases);
    }
  }

  /** Values a field holding {@code value} must refuse, by what they are. */
  private static Map<String, JsonNode> hostileValues(List<Object> path, JsonNode value) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Object last = path.get(path.size() - 1);
    if (value.isTextual()) {
      values.put("a number", IntNode.valueOf(12345));
      values.put("10,000 characters", TextNode.valueOf("x".repeat(10_000)));
      values.put("a NUL inside", TextNode.valueOf(value.asText() + "\u0000"));
      values.put("a line break inside", TextNode.valueOf(value.asText() + "\nx"));
      values.put("an object", NODES.objectNode());
      if ("amount".equals(last)) {
        values.put("16 integer digits", TextNode.valueOf("1" + "0".repeat(15) + ".00"));
        values.put("a third decimal", TextNode.valueOf("1.001"));
        values.put("an exponent", TextNode.valueOf("1e3"));
      }
      if ("currency".equals(last)) values.put("no currency", TextNode.valueOf("XXX"));
    } else if (value.isNumber()) {
      values.put("a word", TextNode.valueOf("twelve"));
      values.put("1e400", DecimalNode.valueOf(new BigDecimal("1e400")));
      values.put("1e-400", DecimalNode.valueOf(new BigDecimal("1e-400")));
      values.put("2^64", NODES.numberNode(BigInteger.TWO.pow(64)));
      values.put("-5", IntNode.valueOf(-5));
      values.put("true", BooleanNode.TRUE);
    } else if (value.isBoolean()) {
      values.put("a string", TextNode.valueOf("true"));
      values.put("a number", IntNode.valueOf(1));
    } else if (value.isObject()) {
      values.put("a string", TextNode.valueOf("1.00"));
      values.put("a number", IntNode.valueOf(1));
      values.put("an array", NODES.arrayNode());
    } else if (value.isArray()) {
      values.put("a string", TextNode.valueOf("x"));
      values.put("an object", NODES.objectNode());
      values.put("[null]", NODES.arrayNode().add(NullNode.getInstance()));
      Integer max = MAX_ITEMS.get(String.valueOf(last));
      if (max != null) {
        ArrayNode tooMany = NODES.arrayNode();
        for (int i = 0; i <= max; i++) tooMany.add(value.get(0).deepCopy());
        values.put((max + 1) + " items", tooMany);
      }
    }
    return values;
  }

  /** Changes that need If-Match, without it, with a version long gone, with what is not a version. */
  private static void versions(Endpoint endpoint, List<Case> cases) {
    byte[] body = endpoint.body().getBytes(StandardCharsets.UTF_8);
    cases.add(new Case(label(endpoint, "without If-Match"), endpoint.method(), endpoint.path(), endpoint.key(), Map.of(), "application/json",
        body, 428, null));
    cases.add(new Case(label(endpoint, "with a stale If-Match"), endpoint.method(), endpoint.path(), endpoint.key(), Map.of("If-Match", "\"99\""),
        "application/json", body, 412, null));
    cases.add(new Case(label(endpoint, "with If-Match not a version"), endpoint.method(), endpoint.path(), endpoint.key(),
        Map.of("If-Match", "\"1\"; DROP TABLE members"), "application/json", body, 400, "If-Match"));
  }

  /**
   * Every route taking a record id, given what is not one: the endpoints above with their body,
   * so only the id is wrong, and the routes without a body.
   */
  private static void pathIds(List<Case> cases) {
    List<Endpoint> routes = new ArrayList<>(endpoints().stream().filter(endpoint -> endpoint.path().matches(".*/[0-9a-f-]{36}(/.*)?")).toList());
    String admin = seed.admin();
    for (String route : List.of("GET /api/v1/members/ID", "GET /api/v1/clients/ID", "POST /api/v1/clients/ID/default", "GET /api/v1/contracts/ID",
        "POST /api/v1/contracts/ID/declaration", "POST /api/v1/contracts/ID/cancellation", "GET /api/v1/invoices/ID", "GET /api/v1/activities/ID",
        "GET /api/v1/activities/ID/ledger", "GET /api/v1/activities/" + seed.activity() + "/ledger/ID", "GET /api/v1/leases/ID",
        "DELETE /api/v1/api-keys/ID", "GET /api/v1/entities/ID", "GET /api/v1/entities/ID/fee?amount=1.00")) {
      String[] parts = route.split(" ");
      routes.add(new Endpoint(parts[0], parts[1].replace("/ID", "/" + UUID.randomUUID()), admin, "\"1\"", null, List.of()));
    }
    for (Endpoint route : routes) {
      String recordId = route.path().replaceAll(".*/([0-9a-f-]{36})(/[a-z-]*)?(\\?.*)?$", "$1");
      for (String id : List.of("not-an-id", "x".repeat(150), "1%27%20OR%201=1", recordId.toUpperCase() + "0", "%00")) {
        String path = route.path().replace(recordId, id);
        byte[] body = route.body() == null ? null : route.body().getBytes(StandardCharsets.UTF_8);
        cases.add(new Case(route.method() + " " + path.replace("x".repeat(150), "x×150"), route.method(), path,
            route.key(), route.ifMatch() == null ? Map.of() : Map.of("If-Match", route.ifMatch()), body == null ? null : "application/json",
            body, id.equals("%00") ? 0 : 404, null));
      }
    }
  }

  /** Query parameters that are not what they must be. */
  private static void queries(List<Case> cases) {
    String admin = seed.admin();
    Map<String, String> refused = new LinkedHashMap<>();
    for (String list : List.of("/api/v1/members", "/api/v1/clients", "/api/v1/contracts", "/api/v1/invoices", "/api/v1/activities",
        "/api/v1/leases", "/api/v1/activities/" + seed.activity() + "/ledger")) {
      refused.put(list + "?limit=0", "limit");
      refused.put(list + "?limit=501", "limit");
      refused.put(list + "?limit=1e3", "limit");
      refused.put(list + "?cursor=%00%01", "cursor");
    }
    refused.put("/api/v1/contracts?member=not-an-id", "member");
    refused.put("/api/v1/invoices?client=not-an-id", "client");
    refused.put("/api/v1/invoices?status=LOST", "status");
    refused.put("/api/v1/entities?on=2017-13-01", "on");
    refused.put("/api/v1/entities/BE?on=yesterday", "on");
    refused.put("/api/v1/entities/BE/payment-date", "serviceEnd");
    refused.put("/api/v1/entities/BE/payment-date?serviceEnd=2017-07-14&declaredOn=%00", "declaredOn");
    refused.put("/api/v1/entities/BE/fee?amount=1e400", "amount");
    refused.put("/api/v1/entities/BE/fee?amount=" + "9".repeat(5000) + ".00", "amount");
    refused.put("/api/v1/entities/BE/fee?amount=1000.00&holder=ROBOT", "holder");
    refused.put("/api/v1/entities/BE/fee?amount=1000.00&explain=maybe", "explain");
    refused.put("/api/v1/reports/leasing-portfolio?year=MMXVII", "year");
    refused.put("/api/v1/reports/activities?year=99999999999", "year");
    refused.forEach((path, parameter) -> cases.add(new Case("GET " + (path.length() > 120 ? path.substring(0, 120) + "…" : path), "GET", path,
        admin, Map.of(), null, null, 400, parameter)));
    for (String run : List.of("/api/v1/reminder-runs", "/api/v1/guarantee-fund/payment-runs", "/api/v1/leases/billing-runs",
        "/api/v1/clients/" + seed.client() + "/default")) {
      cases.add(new Case("POST " + run + " for a day to come", "POST", run + "?on=2999-01-01", admin, Map.of(), null, null, 400, "on"));
      cases.add(new Case("POST " + run + " for no day", "POST", run + "?on=someday", admin, Map.of(), null, null, 400, "on"));
    }
    cases.add(new Case("POST acceptance without If-Match", "POST", "/api/v1/activities/" + seed.activity() + "/invitations/acceptance",
        seed.memberKey(), Map.of(), null, null, 428, null));
    cases.add(new Case("POST acceptance with a stale If-Match", "POST", "/api/v1/activities/" + seed.activity() + "/invitations/acceptance",
        seed.memberKey(), Map.of("If-Match", "\"1\""), null, null, 412, null));
    for (String change : List.of("/declaration", "/cancellation")) {
      cases.add(new Case("POST contract" + change + " with If-Match not a version", "POST", "/api/v1/contracts/" + seed.contract() + change,
          admin, Map.of("If-Match", "1"), null, null, 400, "If-Match"));
    }
    cases.add(new Case("DELETE a key of another form", "DELETE", "/api/v1/api-keys/" + seed.apiKey().toUpperCase(), admin, Map.of(), null,
        null, 404, null));
  }

  @Test
  void theSuiteSendsHundredsOfRequestsAcrossEveryEndpoint() {
    List<Case> all = cases().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(300);
    assertThat(all.stream().map(Case::name).distinct()).hasSameSizeAs(all);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedCleanly_changingNothing(Case hostile) {
    List<String> before = state();
    HttpResponse<String> response = send(hostile);
    String answer = hostile.name() + "\n" + response.body();

    assertThat(response.statusCode()).as(answer).isBetween(400, 499);
    if (hostile.status() != 0) assertThat(response.statusCode()).as(answer).isEqualTo(hostile.status());
    assertThat(response.headers().firstValue("Content-Type")).as(answer)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(problem.get("detail").asText()).isNotBlank();
    if (hostile.field() != null) {
      assertThat(problem.get("type").asText()).isEqualTo(VALIDATION);
      List<String> named = new ArrayList<>();
      problem.get("errors").forEach(error -> named.add(error.get("field").asText()));
      assertThat(named).as(answer).isNotEmpty().allSatisfy(field -> assertThat(within(field, hostile.field()))
          .as(field + " is " + hostile.field() + " or within it").isTrue());
    }
    assertThat(state()).as(hostile.name() + ": tables and trial balance").isEqualTo(before);
  }

  private static boolean within(String field, String outer) {
    return field.equals(outer) || field.startsWith(outer + ".") || field.startsWith(outer + "[");
  }

  private static HttpResponse<String> send(Case hostile) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(hostile.path()));
    if (hostile.key() != null) request.header("Authorization", "Bearer " + hostile.key());
    hostile.headers().forEach(request::header);
    if (hostile.contentType() != null) request.header("Content-Type", hostile.contentType());
    return server.send(request.method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(hostile.body())).build());
  }

  /** The row count of every table, and the balance of every account of the ledger. */
  private static List<String> state() {
    List<String> state = new ArrayList<>();
    try (Statement statement = sql.createStatement()) {
      try (ResultSet counts = statement.executeQuery(schemaState)) {
        counts.next();
        for (int i = 1; i <= counts.getMetaData().getColumnCount(); i++) state.add(counts.getString(i));
      }
      try (ResultSet balances = statement.executeQuery("SELECT entity || ' ' || account_type || ' ' || account_subject || ' ' || sum(amount)"
          + " || ' ' || currency FROM postings GROUP BY entity, account_type, account_subject, currency ORDER BY 1")) {
        while (balances.next()) state.add(balances.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return state;
  }

  private static Case body(Endpoint endpoint, String what, JsonNode body, String field) {
    return raw(endpoint, what, body.toString(), field);
  }

  private static Case raw(Endpoint endpoint, String what, String body, String field) {
    return new Case(label(endpoint, what), endpoint.method(), endpoint.path(), endpoint.key(), headers(endpoint), "application/json",
        body.getBytes(StandardCharsets.UTF_8), 400, field);
  }

  private static String label(Endpoint endpoint, String what) {
    return endpoint.method() + " " + endpoint.path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + ": " + what;
  }

  private static Map<String, String> headers(Endpoint endpoint) {
    return endpoint.ifMatch() == null ? Map.of() : Map.of("If-Match", endpoint.ifMatch());
  }

  /** The body with a byte that cannot start a UTF-8 character inside its first string. */
  private static byte[] invalidUtf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int quote = text.indexOf(": \"") + 3;
    byte[] broken = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, broken, 0, quote);
    broken[quote] = (byte) 0xC3;
    broken[quote + 1] = (byte) 0x28;
    System.arraycopy(bytes, quote + 1, broken, quote + 2, bytes.length - quote - 1);
    return broken;
  }

  private static ObjectNode read(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code body} with the value at {@code path} replaced. */
  private static JsonNode with(ObjectNode body, List<Object> path, JsonNode value) {
    ObjectNode copy = body.deepCopy();
    JsonNode parent = copy;
    for (Object step : path.subList(0, path.size() - 1)) parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index) {
      ((ArrayNode) parent).set(index, value);
    } else {
      ((ObjectNode) parent).set((String) last, value);
    }
    return copy;
  }

  private static JsonNode without(ObjectNode body, String field) {
    ObjectNode copy = body.deepCopy();
    copy.remove(field);
    return copy;
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  /** {@code lines[0].quantity}, as the problems name fields. */
  private static String dotted(List<Object> path) {
    StringBuilder field = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        field.append('[').append(index).append(']');
      } else {
        if (!field.isEmpty()) field.append('.');
        field.append(step);
      }
    }
    return field.toString();
  }
}
