package coop.smart.examples.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.examples.process.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client of the server doing a member's money operations over and over: join, client,
 * contract, declaration, invoice, payment. Every answered write is recorded as acknowledged.
 * A request left without an answer (the server killed, the database down) is sent again, the
 * same request: a creation with its {@code Idempotency-Key}, a change with its {@code If-Match};
 * a change found already applied (412 on its retry) is read back and counted.
 */
final class Writer implements Runnable {

  /** A write the server acknowledged, with the record it answered. */
  record Acknowledged(String kind, String path, JsonNode record) {
  }

  /** What all writers count together. */
  static final class Tally {
    final AtomicLong retried = new AtomicLong();
    final AtomicLong foundApplied = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicLong slowestUnavailableMillis = new AtomicLong();
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STEP_LIMIT = Duration.ofMinutes(3);

  private final URI base;
  private final String key;
  private final String name;
  private final Queue<Acknowledged> acknowledged;
  private final Tally tally;
  private final AtomicBoolean running;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  Writer(URI base, String key, String name, Queue<Acknowledged> acknowledged, Tally tally, AtomicBoolean running) {
    this.base = base;
    this.key = key;
    this.name = name;
    this.acknowledged = acknowledged;
    this.tally = tally;
    this.running = running;
  }

  @Override
  public void run() {
    for (int story = 1; running.get(); story++) story(name + "-" + story);
  }

  private void story(String tag) {
    LocalDate today = LocalDate.now();
    LocalDate worked = today.minusDays(1);
    while (worked.getDayOfWeek().getValue() > 5) worked = worked.minusDays(1);
    JsonNode member = create("member", "/api/v1/members", """
        {"kind": "NATURAL_PERSON", "name": "Drill %s"}""".formatted(tag));
    JsonNode client = create("client", "/api/v1/clients", """
        {"name": "Client %s", "country": "BE", "kind": "BUSINESS", "vatNumber": "BE0123456749"}""".formatted(tag));
    JsonNode contract = create("contract", "/api/v1/contracts", """
        {"member": "%s", "client": "%s", "contractType": "EMPLOYEE", "structure": "ASSOCIATED_PRODUCTIONS",
         "start": "%s", "end": "%s", "workDays": [{"date": "%s", "hours": "8"}],
         "invoicedAmount": {"amount": "1000.00", "currency": "EUR"}, "withholdingRate": "0.11"}"""
        .formatted(member.get("id").asText(), client.get("id").asText(), worked, worked, worked));
    String contractPath = "/api/v1/contracts/" + contract.get("id").asText();
    change("declaration", contractPath, contractPath + "/declaration", contract.get("version").asLong(), "{}");
    JsonNode invoice = create("invoice", "/api/v1/invoices", """
        {"contract": "%s", "issueDate": "%s"}""".formatted(contract.get("id").asText(), today));
    String invoicePath = "/api/v1/invoices/" + invoice.get("id").asText();
    change("payment", invoicePath, invoicePath + "/payments", invoice.get("version").asLong(), """
        {"amount": %s, "paidOn": "%s"}""".formatted(invoice.get("total"), today));
  }

  private JsonNode create(String kind, String path, String body) {
    HttpRequest request = request(path).header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = untilAnswered(request);
    if (response.statusCode() != 201) throw refused(request, response);
    JsonNode record = parse(response);
    acknowledged.add(new Acknowledged(kind, path + "/" + record.get("id").asText(), record));
    return record;
  }

  private void change(String kind, String recordPath, String path, long version, String body) {
    HttpRequest request = request(path).header("If-Match", "\"" + version + "\"").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = untilAnswered(request);
    if (response.statusCode() == 412) { // an earlier, unanswered attempt was applied
      tally.foundApplied.incrementAndGet();
      response = untilAnswered(request(recordPath).GET().build());
    }
    if (response.statusCode() != 200) throw refused(request, response);
    acknowledged.add(new Acknowledged(kind, recordPath, parse(response)));
  }

  /** Sends {@code request} until the server answers other than 503, counting the tries left unanswered. */
  private HttpResponse<String> untilAnswered(HttpRequest request) {
    long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0) tally.retried.incrementAndGet();
      long sent = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 503) return response;
        tally.unavailable.incrementAndGet();
        tally.slowestUnavailableMillis.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
      } catch (IOException noAnswer) {
        // the server is down or was killed mid-request: send it again once it is back
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > deadline) throw new IllegalStateException(request.uri() + " had no answer in " + STEP_LIMIT);
      ServerProcess.pause(Duration.ofMillis(100));
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json");
  }

  private static IllegalStateException refused(HttpRequest request, HttpResponse<String> response) {
    return new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
  }

  static JsonNode parse(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + response.body(), e);
    }
  }
}
