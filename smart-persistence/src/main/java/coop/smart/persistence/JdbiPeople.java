package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.core.person.Person;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The people who sign in to the pages, in the {@code people} table, their sessions in
 * {@code person_sessions} and their failed sign-ins in {@code sign_in_failures}. Secrets are
 * never stored: invitation and session tokens by their SHA-256, passwords by the hash the caller
 * made, what failures are counted under by its SHA-256.
 */
public final class JdbiPeople {

  /** A person with the hash of its password, to check a sign-in against. */
  public record Credentials(Person person, String passwordHash) {
  }

  /** The failed sign-ins counted under one key within a window: how many, and when the oldest of them was. */
  public record Failures(int count, Instant oldest) {
  }

  private static final String COLUMNS = "id, entity, email, role, member_id, language";

  private final Jdbi jdbi;

  public JdbiPeople(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * Stores an invitation for {@code person}, valid until {@code until}.
   *
   * @throws coop.smart.core.error.ConflictException when a person of the entity has that e-mail already
   */
  public void invite(Person person, String invitationHash, Instant until, String invitedBy, Instant at) {
    SqlStates.insert("a person with e-mail " + person.email() + " in " + person.entity(),
        () -> jdbi.useHandle(handle -> insert(handle, person, invitationHash, until, invitedBy, at)));
  }

  /**
   * Stores the invitation of the first person of all, {@link #invite as invite does}, only while
   * nobody is stored: answers false, storing nothing, once anybody is. Decided with the table
   * locked against other writes, so of servers starting at once on an empty database one invites.
   */
  public boolean inviteFirst(Person person, String invitationHash, Instant until, String invitedBy, Instant at) {
    return jdbi.inTransaction(handle -> {
      handle.execute("LOCK TABLE people IN SHARE ROW EXCLUSIVE MODE");
      if (handle.createQuery("SELECT EXISTS (SELECT 1 FROM people)").mapTo(Boolean.class).one()) return false;
      insert(handle, person, invitationHash, until, invitedBy, at);
      return true;
    });
  }

  private static void insert(Handle handle, Person person, String invitationHash, Instant until, String invitedBy, Instant at) {
    handle.createUpdate("INSERT INTO people (entity, id, email, role, member_id, language, invitation_hash, invited_until, invited_by, created_at)"
            + " VALUES (:entity, :id, :email, :role, :member, :language, :hash, :until, :by, :at)")
        .bind("entity", person.entity().value()).bind("id", person.id()).bind("email", person.email()).bind("role", person.role().name())
        .bind("member", person.member() == null ? null : person.member().value()).bind("language", person.language())
        .bind("hash", invitationHash).bind("until", until).bind("by", invitedBy).bind("at", at).execute();
  }

  /** The person an invitation still valid at {@code now} is for. */
  public Optional<Person> invited(EntityCode entity, String invitationHash, Instant now) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM people WHERE entity = :entity"
            + " AND invitation_hash = :hash AND invited_until > :now")
        .bind("entity", entity.value()).bind("hash", invitationHash).bind("now", now).map((rs, ctx) -> person(rs)).findOne());
  }

  /**
   * Accepts the invitation: the person signs in with {@code email} and the password hashed as
   * {@code passwordHash} from now on, and the invitation is spent. Answers false when it was spent
   * or had expired meanwhile.
   *
   * @throws coop.smart.core.error.ConflictException when another person of the entity has that e-mail
   */
  public boolean accept(EntityCode entity, String invitationHash, String email, String passwordHash, Instant now) {
    int[] accepted = new int[1];
    SqlStates.insert("a person with e-mail " + email + " in " + entity, () -> accepted[0] = jdbi.withHandle(handle -> handle.createUpdate(
            "UPDATE people SET email = :email, password_hash = :password, invitation_hash = NULL, invited_until = NULL"
                + " WHERE entity = :entity AND invitation_hash = :hash AND invited_until > :now")
        .bind("email", email).bind("password", passwordHash).bind("entity", entity.value()).bind("hash", invitationHash)
        .bind("now", now).execute()));
    return accepted[0] == 1;
  }

  /** The person of the entity who signs in with {@code email}, whatever its case, once it has a password. */
  public Optional<Credentials> credentials(EntityCode entity, String email) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + ", password_hash FROM people WHERE entity = :entity"
            + " AND lower(email) = lower(:email) AND password_hash IS NOT NULL")
        .bind("entity", entity.value()).bind("email", email)
        .map((rs, ctx) -> new Credentials(person(rs), rs.getString("password_hash"))).findOne());
  }

  /** The entity's people, invited or signing in, by e-mail. */
  public List<Person> of(EntityCode entity) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM people WHERE entity = :entity ORDER BY email, id")
        .bind("entity", entity.value()).map((rs, ctx) -> person(rs)).list());
  }

  public void setLanguage(Person person, String language) {
    jdbi.useHandle(handle -> handle.createUpdate("UPDATE people SET language = :language WHERE entity = :entity AND id = :id")
        .bind("language", language).bind("entity", person.entity().value()).bind("id", person.id()).execute());
  }

  public void openSession(String tokenHash, Person person, Instant at) {
    jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO person_sessions (token_hash, entity, person_id, created_at, last_seen)"
            + " VALUES (:hash, :entity, :person, :at, :at)")
        .bind("hash", tokenHash).bind("entity", person.entity().value()).bind("person", person.id()).bind("at", at).execute());
  }

  /**
   * The person of a session opened after {@code openedAfter} and seen after {@code seenAfter},
   * which is seen now; an expired session is ended.
   */
  public Optional<Person> session(String tokenHash, Instant openedAfter, Instant seenAfter, Instant now) {
    return jdbi.inTransaction(handle -> {
      int live = handle.createUpdate("UPDATE person_sessions SET last_seen = :now WHERE token_hash = :hash"
              + " AND created_at > :opened AND last_seen > :seen")
          .bind("now", now).bind("hash", tokenHash).bind("opened", openedAfter).bind("seen", seenAfter).execute();
      if (live == 0) {
        handle.createUpdate("DELETE FROM person_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute();
        return Optional.empty();
      }
      return handle.createQuery("SELECT p." + COLUMNS.replace(", ", ", p.") + " FROM person_sessions s JOIN people p"
              + " ON p.entity = s.entity AND p.id = s.person_id WHERE s.token_hash = :hash")
          .bind("hash", tokenHash).map((rs, ctx) -> person(rs)).findOne();
    });
  }

  public void closeSession(String tokenHash) {
    jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM person_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute());
  }

  /** The failures counted under {@code keyHash} after {@code since}. */
  public Failures failures(String keyHash, Instant since) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT count(*) AS failed, min(failed_at) AS oldest FROM sign_in_failures WHERE key_hash = :key AND failed_at > :since")
        .bind("key", keyHash).bind("since", since)
        .map((rs, ctx) -> new Failures(rs.getInt("failed"), rs.getObject("oldest", OffsetDateTime.class) == null ? null
            : rs.getObject("oldest", OffsetDateTime.class).toInstant()))
        .one());
  }

  /** Counts a failure at {@code at} under each of {@code keyHashes}, and forgets those from before {@code forgetBefore}. */
  public void failed(List<String> keyHashes, Instant at, Instant forgetBefore) {
    jdbi.useTransaction(handle -> {
      PreparedBatch batch = handle.prepareBatch("INSERT INTO sign_in_failures (key_hash, failed_at) VALUES (:key, :at)");
      keyHashes.forEach(key -> batch.bind("key", key).bind("at", at).add());
      batch.execute();
      handle.createUpdate("DELETE FROM sign_in_failures WHERE failed_at <= :before").bind("before", forgetBefore).execute();
    });
  }

  /** Forgets the failures counted under {@code keyHash}. */
  public void forgive(String keyHash) {
    jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM sign_in_failures WHERE key_hash = :key").bind("key", keyHash).execute());
  }

  private static Person person(ResultSet rs) throws SQLException {
    String member = rs.getString("member_id");
    return new Person(rs.getObject("id", UUID.class), EntityCode.of(rs.getString("entity").strip()), rs.getString("email"),
        Role.valueOf(rs.getString("role")), member == null ? null : MemberId.parse(member), rs.getString("language"));
  }
}
