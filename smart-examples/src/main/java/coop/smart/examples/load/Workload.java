package coop.smart.examples.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The scenarios the load tool knows, and how each prepares its requests. */
enum Workload {

  /** {@code GET /version}: the server's cheapest JSON answer, the baseline the others are compared with. */
  trivial {
    @Override
    Scenario prepare(Target target, Preparation preparation) {
      return new Scenario(name(), List.of(Scenario.http("GET", "/version", target.host(), Map.of(), null)));
    }
  },

  /** A forward pay simulation, BE EMPLOYEE on 1000.00 EUR: the core's pay rules, nothing stored. */
  pay {
    @Override
    Scenario prepare(Target target, Preparation preparation) {
      String body = """
          {"entity": "BE", "contractType": "EMPLOYEE", "invoicedAmount": {"amount": "1000.00", "currency": "EUR"}, "withholdingRate": "0.11"}""";
      return new Scenario(name(), List.of(Scenario.http("POST", "/api/v1/simulations/pay", target.host(), Map.of(), body)));
    }
  },

  /** {@code POST /api/v1/members}: a member joins, stored with its audit record in one transaction. */
  members {
    @Override
    Scenario prepare(Target target, Preparation preparation) throws Unavailable {
      requireKey(target);
      return new Scenario(name(), List.of(Scenario.http("POST", "/api/v1/members", target.host(), authorization(target),
          "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Load Member\"}")));
    }
  },

  /** {@code POST /api/v1/contracts} (see {@link ContractRequests}) over prepared members and clients. */
  contracts {
    @Override
    Scenario prepare(Target target, Preparation preparation) throws Unavailable {
      requireKey(target);
      for (String path : List.of("/api/v1/clients", ContractRequests.PATH)) {
        if (!preparation.serves("POST", path)) throw new Unavailable("the server has no POST " + path);
      }
      List<String> members = new ArrayList<>();
      for (int i = 1; i <= MEMBERS; i++) members.add(preparation.member("Load Member " + i));
      List<String> clients = new ArrayList<>();
      for (int i = 1; i <= CLIENTS; i++) clients.add(preparation.client("Load Client " + i));
      List<byte[]> requests = ContractRequests.bodies(members, clients, MEMBERS * CLIENTS).stream()
          .map(body -> Scenario.http("POST", ContractRequests.PATH, target.host(), authorization(target), body)).toList();
      return new Scenario(name(), requests);
    }
  };

  private static final int MEMBERS = 20;
  private static final int CLIENTS = 5;

  abstract Scenario prepare(Target target, Preparation preparation) throws Unavailable;

  private static void requireKey(Target target) throws Unavailable {
    if (target.key() == null) throw new Unavailable("needs an API key of a staff role (--key)");
  }

  private static Map<String, String> authorization(Target target) {
    return Map.of("Authorization", "Bearer " + target.key());
  }

  /** A scenario this server or these options cannot run, and why. */
  static final class Unavailable extends Exception {

    private static final long serialVersionUID = 1L;

    Unavailable(String why) {
      super(why);
    }
  }
}
