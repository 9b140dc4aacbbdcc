package coop.smart.server.web;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.core.person.Person;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiPeople;
import coop.smart.server.security.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The people who sign in to the pages: invited by an administrator or advisor (or, for the
 * first administrator, by the server's first start), signing in with their e-mail and password,
 * kept signed in by a session that ends after {@link #IDLE} without a request, {@link #LONGEST}
 * after signing in, or on signing out.
 */
public final class People {

  /** Rule code of the refusal to invite a person to a role the inviting person's does not reach. */
  public static final String INVITATION_NOT_ALLOWED = "INVITATION_NOT_ALLOWED";

  /** How long an invitation may be accepted. */
  public static final Duration INVITATION = Duration.ofDays(7);
  /** A session unused this long ends. */
  public static final Duration IDLE = Duration.ofMinutes(30);
  /** No session lasts longer, used or not. */
  public static final Duration LONGEST = Duration.ofHours(12);

  /** A sign-in refused, right password or not, while too many failed before it. */
  public static final class Throttled extends RuntimeException {
    private final long minutes;

    Throttled(Duration wait) {
      super("too many failed sign-ins: try again in " + wait);
      this.minutes = Math.max(1, wait.toMinutes() + (wait.toSecondsPart() > 0 ? 1 : 0));
    }

    /** How many minutes, rounded up, before a try is taken again. */
    public long minutes() {
      return minutes;
    }
  }

  /** An invitation just made: its token is seen once, in the link given to the person invited. */
  public record Invited(Person person, String token) {
  }

  /** A session just opened: its token goes into the person's cookie, and nowhere else. */
  public record Opened(Person person, String token) {
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final JdbiPeople people;
  private final Clock clock;
  private final SignInThrottle throttle;

  public People(Database database, Clock clock) {
    this.people = new JdbiPeople(database);
    this.clock = clock;
    this.throttle = new SignInThrottle(people, clock);
  }

  /**
   * Invites a person to {@code entity} with {@code role} (and {@code member} for a member),
   * on behalf of {@code invitedBy}: an administrator invites anyone, an advisor members only.
   *
   * @param email the address the person will sign in with, or null to let the person give it
   */
  public Invited invite(Person invitedBy, EntityCode entity, String email, Role role, MemberId member) {
    if (invitedBy.role() != Role.ADMIN && !(invitedBy.role() == Role.ADVISOR && role == Role.MEMBER)) {
      throw new BusinessRuleException(INVITATION_NOT_ALLOWED, "an " + invitedBy.role() + " may not invite a person as " + role);
    }
    return invite(entity, email, role, member, "person " + invitedBy.id());
  }

  /**
   * Invites the first administrator of {@code entity}, who gives its own e-mail on accepting,
   * when nobody was ever invited: a server's first start. Of servers starting at once on an empty
   * database, one invites; the others, and every later start, answer none.
   */
  public Optional<Invited> inviteFirstAdministrator(EntityCode entity) {
    return invitation(new Person(UUID.randomUUID(), entity, null, Role.ADMIN, null, null),
        (person, hash, until, at) -> people.inviteFirst(person, hash, until, "the server's first start", at));
  }

  public List<Person> of(EntityCode entity) {
    return people.of(entity);
  }

  /** The person an invitation still pending is for. */
  public Optional<Person> invited(EntityCode entity, String token) {
    return people.invited(entity, sha256(token), clock.instant());
  }

  /**
   * Accepts an invitation: the person chooses its password (and its e-mail when the invitation
   * named none) and is signed in.
   *
   * @throws ValidationException naming the e-mail or password that will not do
   */
  public Optional<Opened> accept(EntityCode entity, String token, String email, String password) {
    Optional<Person> invited = invited(entity, token);
    if (invited.isEmpty()) return Optional.empty();
    String address = invited.get().email() != null ? invited.get().email() : email;
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (invited.get().email() == null) checkEmail(address, errors);
    if (password == null || password.length() < Passwords.MINIMUM_LENGTH) errors.put("password", List.of("error.tooShort"));
    else if (password.length() > Passwords.MAXIMUM_LENGTH) errors.put("password", List.of("error.tooLong"));
    if (!errors.isEmpty()) throw new ValidationException(errors);
    if (!people.accept(entity, sha256(token), address.strip(), Passwords.hash(password), clock.instant())) return Optional.empty();
    return Optional.of(open(invited.get().withEmail(address.strip())));
  }

  /**
   * Signs a person in, unless too many tries failed lately.
   *
   * @param address the network address the try comes from
   * @throws Throttled while tries are refused
   */
  public Optional<Opened> signIn(EntityCode entity, String email, String password, String address) {
    String account = entity.value() + " " + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    Duration wait = throttle.wait(account, address);
    if (!wait.isZero()) throw new Throttled(wait);
    String given = password == null || password.length() > Passwords.MAXIMUM_LENGTH ? "" : password;
    Optional<JdbiPeople.Credentials> found = email == null ? Optional.empty() : people.credentials(entity, email.strip());
    if (found.isEmpty()) Passwords.checkDecoy(given);
    if (found.isEmpty() || !Passwords.matches(given, found.get().passwordHash())) {
      throttle.failed(account, address);
      return Optional.empty();
    }
    throttle.succeeded(account);
    return Optional.of(open(found.get().person()));
  }

  /** The person a session token stands for, while the session lasts. */
  public Optional<Person> session(String token) {
    if (token == null || token.isBlank()) return Optional.empty();
    Instant now = clock.instant();
    return people.session(sha256(token), now.minus(LONGEST), now.minus(IDLE), now);
  }

  public void signOut(String token) {
    if (token != null) people.closeSession(sha256(token));
  }

  public Person setLanguage(Person person, String language) {
    people.setLanguage(person, language);
    return person.withLanguage(language);
  }

  /** A new random token, for a session, an invitation or a form. */
  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private Invited invite(EntityCode entity, String email, Role role, MemberId member, String invitedBy) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (email != null) checkEmail(email, errors);
    if (role == null) errors.put("role", List.of("error.required"));
    else if (role == Role.INTEGRATOR) errors.put("role", List.of("error.notAPerson"));
    else if (role == Role.MEMBER && member == null) errors.put("member", List.of("error.required"));
    if (!errors.isEmpty()) throw new ValidationException(errors);
    Person person = new Person(UUID.randomUUID(), entity, email == null ? null : email.strip(), role, role == Role.MEMBER ? member : null, null);
    return invitation(person, (invited, hash, until, at) -> {
      people.invite(invited, hash, until, invitedBy, at);
      return true;
    }).orElseThrow();
  }

  /** How an invitation is stored: answers whether it was. */
  private interface Store {
    boolean stored(Person person, String tokenHash, Instant until, Instant at);
  }

  /** The invitation of {@code person} with a new token, valid for {@link #INVITATION}, once {@code store} stores it; none when it does not. */
  private Optional<Invited> invitation(Person person, Store store) {
    String token = token();
    Instant now = clock.instant();
    return store.stored(person, sha256(token), now.plus(INVITATION), now) ? Optional.of(new Invited(person, token)) : Optional.empty();
  }

  private Opened open(Person person) {
    String token = token();
    people.openSession(sha256(token), person, clock.instant());
    return new Opened(person, token);
  }

  private static void checkEmail(String email, Map<String, List<String>> errors) {
    if (email == null || email.isBlank()) errors.put("email", List.of("error.required"));
    else if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) errors.put("email", List.of("error.notAnEmail"));
  }

  private static String sha256(String token) {
    return Sha256.hex(token);
  }
}
