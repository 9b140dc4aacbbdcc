package coop.smart.core.activity;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.store.Versioned;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A budget-bearing project run by members without founding a company. Its administrators are
 * shareholders; its money lives in the ledger ({@link ActivityBudget}). Immutable: changes
 * return the activity after the change.
 *
 * @param invited members invited to administer it, who have not accepted yet
 * @param closedThrough the last year closed, or 0 when none is: nothing is booked into a closed year
 * @param version the stored version, for optimistic concurrency; changes do not touch it
 */
public record Activity(ActivityId id, EntityCode entity, String name, Sector sector, Set<MemberId> administrators, Set<MemberId> invited,
                       int closedThrough, long version) implements Versioned<Activity, ActivityId> {

  /** Rule code of the refusal of an operation by someone who does not administer the activity. */
  public static final String NOT_AN_ADMINISTRATOR = "NOT_AN_ADMINISTRATOR";
  /** Rule code of the refusal to accept an invitation nobody made. */
  public static final String NOT_INVITED = "NOT_INVITED";
  /** Rule code of the refusal to book into a closed year. */
  public static final String YEAR_CLOSED = "YEAR_CLOSED";

  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(sector, "sector");
    if (name == null || name.isBlank()) throw ValidationException.of("name", "is required");
    if (administrators.isEmpty()) throw new IllegalArgumentException("an activity has at least one administrator");
    if (version < 0) throw new IllegalArgumentException("a version is never negative: " + version);
    administrators = Set.copyOf(new LinkedHashSet<>(administrators));
    invited = Set.copyOf(invited);
    if (invited.stream().anyMatch(administrators::contains)) throw new IllegalArgumentException("an administrator is not invited too");
    name = name.strip();
  }

  /** Opens an activity administered by {@code administrator}, who must hold a share. */
  public static Activity open(NationalEntity entity, Member administrator, String name, Sector sector, LocalDate on) {
    requireSameEntity(entity, administrator);
    entity.membershipRules(on).requireMay(administrator, MemberAction.OPEN_ACTIVITY);
    return new Activity(ActivityId.random(), entity.code(), name, sector, Set.of(administrator.id()), Set.of(), 0, 0);
  }

  /**
   * The activity with one more administrator, who must hold a share too: an advisor's act, or
   * the member's own, accepting an invitation ({@link #acceptInvitation}).
   */
  public Activity addAdministrator(NationalEntity entity, Member administrator, LocalDate on) {
    requireSameEntity(entity, administrator);
    entity.membershipRules(on).requireMay(administrator, MemberAction.OPEN_ACTIVITY);
    Set<MemberId> more = new LinkedHashSet<>(administrators);
    more.add(administrator.id());
    Set<MemberId> stillInvited = new LinkedHashSet<>(invited);
    stillInvited.remove(administrator.id());
    return new Activity(id, entity.code(), name, sector, more, stillInvited, closedThrough, version);
  }

  /**
   * The activity with {@code member} invited to administer it: nobody becomes an administrator
   * of someone's activity without agreeing to it. The member must be able to administer one.
   */
  public Activity invite(NationalEntity entity, Member member, LocalDate on) {
    requireSameEntity(entity, member);
    entity.membershipRules(on).requireMay(member, MemberAction.OPEN_ACTIVITY);
    if (administrators.contains(member.id())) throw ValidationException.of("member", "member " + member.id() + " administers '" + name + "' already");
    Set<MemberId> more = new LinkedHashSet<>(invited);
    more.add(member.id());
    return new Activity(id, entity.code(), name, sector, administrators, more, closedThrough, version);
  }

  /** The activity administered by {@code member} too, who accepts the invitation made to it. */
  public Activity acceptInvitation(NationalEntity entity, Member member, LocalDate on) {
    if (!invited.contains(member.id())) {
      throw new BusinessRuleException(NOT_INVITED, "member " + member.id() + " is not invited to administer activity '" + name + "'");
    }
    return addAdministrator(entity, member, on);
  }

  /** Refuses a member who does not administer the activity. */
  public void requireAdministrator(MemberId member) {
    if (!administrators.contains(member)) {
      throw new BusinessRuleException(NOT_AN_ADMINISTRATOR, "member " + member + " does not administer activity '" + name + "'");
    }
  }

  /** Refuses a booking dated in a closed year. */
  public void requireOpenOn(LocalDate date) {
    if (date.getYear() <= closedThrough) {
      throw new BusinessRuleException(YEAR_CLOSED, "activity '" + name + "' closed " + closedThrough + "; nothing can be booked on " + date);
    }
  }

  /** The activity with {@code year} closed; years close in order. */
  public Activity closeYear(int year) {
    if (closedThrough != 0 && year != closedThrough + 1) {
      throw new BusinessRuleException(YEAR_CLOSED, "activity '" + name + "' closed " + closedThrough + "; the next year to close is "
          + (closedThrough + 1) + ", not " + year);
    }
    return new Activity(id, entity, name, sector, administrators, invited, year, version);
  }

  @Override
  public Activity withVersion(long version) {
    return new Activity(id, entity, name, sector, administrators, invited, closedThrough, version);
  }

  private static void requireSameEntity(NationalEntity entity, Member member) {
    if (!member.entity().equals(entity.code())) {
      throw ValidationException.of("administrator", "member " + member.id() + " belongs to " + member.entity() + ", not " + entity.code());
    }
  }
}
