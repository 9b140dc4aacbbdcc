package coop.smart.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failed sign-ins to one address, or
 * {@link #PER_ADDRESS} from one network address, within {@link #WINDOW}, further tries are refused
 * until the oldest failure leaves the window, right password or not. Kept in memory: a restart
 * forgives, and each server of several counts its own.
 */
final class SignInThrottle {

  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the next try must wait, zero when it may go on. */
  Duration wait(String account, String address) {
    Instant now = clock.instant();
    Duration forAccount = wait("account " + account, PER_ACCOUNT, now);
    Duration forAddress = wait("address " + address, PER_ADDRESS, now);
    return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
  }

  void failed(String account, String address) {
    Instant now = clock.instant();
    record("account " + account, now);
    record("address " + address, now);
  }

  /** A successful sign-in forgives the account's failures, not the address's. */
  void succeeded(String account) {
    failures.remove("account " + account);
  }

  private Duration wait(String key, int allowed, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) return Duration.ZERO;
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) times.pollFirst();
      return times.size() < allowed ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(WINDOW));
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
    }
  }
}
