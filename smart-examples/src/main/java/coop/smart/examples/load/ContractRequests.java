package coop.smart.examples.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of {@code POST /api/v1/contracts} the contract scenario sends: a one-day EMPLOYEE
 * contract invoicing 1000.00 EUR, spread over the prepared members and clients and over the
 * days of a year, so no member gathers every contract on one day. The one place to change
 * when the contract resource's request changes.
 */
final class ContractRequests {

  static final String PATH = "/api/v1/contracts";
  private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 2);
  private static final int DAYS = 360;

  private ContractRequests() {
  }

  /** {@code count} bodies, the n-th for member n mod members and client n mod clients. */
  static List<String> bodies(List<String> members, List<String> clients, int count) {
    List<String> bodies = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      bodies.add(body(members.get(n % members.size()), clients.get(n % clients.size()), FIRST_DAY.plusDays((n / members.size()) % DAYS)));
    }
    return bodies;
  }

  static String body(String member, String client, LocalDate day) {
    return """
        {"member": "%s", "client": "%s", "contractType": "EMPLOYEE", "structure": "ASSOCIATED_PRODUCTIONS", "start": "%s", "end": "%s",
         "workDays": [{"date": "%s", "hours": "8"}],
         "invoicedAmount": {"amount": "1000.00", "currency": "EUR"}, "withholdingRate": "0.11"}"""
        .formatted(member, client, day, day, day);
  }
}
