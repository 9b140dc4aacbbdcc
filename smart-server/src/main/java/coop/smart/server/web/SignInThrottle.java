package coop.smart.server.web;

import coop.smart.persistence.JdbiPeople;
import coop.smart.persistence.JdbiPeople.Failures;
import coop.smart.server.security.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failed sign-ins to one address, or
 * {@link #PER_ADDRESS} from one network address, within {@link #WINDOW}, further tries are refused
 * until the oldest failure leaves the window, right password or not. Counted in the database, so
 * every server of an entity refuses alike and a restart forgives nothing.
 */
final class SignInThrottle {

  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final JdbiPeople people;
  private final Clock clock;

  SignInThrottle(JdbiPeople people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  /** How long the next try must wait, zero when it may go on. */
  Duration wait(String account, String address) {
    Instant now = clock.instant();
    Duration forAccount = wait(key("account", account), PER_ACCOUNT, now);
    Duration forAddress = wait(key("address", address), PER_ADDRESS, now);
    return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
  }

  void failed(String account, String address) {
    Instant now = clock.instant();
    people.failed(List.of(key("account", account), key("address", address)), now, now.minus(WINDOW));
  }

  /** A successful sign-in forgives the account's failures, not the address's. */
  void succeeded(String account) {
    people.forgive(key("account", account));
  }

  private Duration wait(String key, int allowed, Instant now) {
    Failures failures = people.failures(key, now.minus(WINDOW));
    return failures.count() < allowed ? Duration.ZERO : Duration.between(now, failures.oldest().plus(WINDOW));
  }

  private static String key(String kind, String value) {
    return Sha256.hex(kind + " " + value);
  }
}
