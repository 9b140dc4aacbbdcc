package coop.smart.core.leasing;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Amounts;
import coop.smart.core.money.Rate;
import coop.smart.core.store.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Equipment the entity bought for an activity, which repays its price with interest in equal
 * monthly instalments (R7).
 *
 * <p>A lease is immutable and keeps its whole history: {@link #amend} and {@link #payOff}
 * answer the lease after the change. An amendment re-schedules the balance left after the last
 * instalment due on or before its date, plus any equipment it adds, over the remaining term,
 * from that instalment's due date; instalments already due stay as they were. So money is
 * conserved over the whole life: the principal of every instalment, plus the payoff, is the
 * price of every item leased.
 */
public final class Lease implements Versioned<Lease, LeaseId> {

  /** Rule code of the {@link BusinessRuleException} refusing to change a lease that is repaid or paid off. */
  public static final String LEASE_ENDED = "LEASE_ENDED";

  private final LeaseId id;
  private final EntityCode entity;
  private final ActivityId activity;
  private final List<Equipment> equipment;
  private final List<Amendment> amendments;
  private final List<AmortisationSchedule> schedules;
  private final Payoff payoff;
  private final List<Instalment> instalments;
  private final long version;

  /**
   * @param schedules the contract's schedule, then one per amendment
   * @param payoff null unless the lease was paid off
   */
  private Lease(LeaseId id, EntityCode entity, ActivityId activity, List<Equipment> equipment, List<Amendment> amendments,
                List<AmortisationSchedule> schedules, Payoff payoff, long version) {
    if (version < 0) throw new IllegalArgumentException("a version is never negative: " + version);
    this.id = id;
    this.entity = entity;
    this.activity = activity;
    this.equipment = List.copyOf(equipment);
    this.amendments = List.copyOf(amendments);
    this.schedules = List.copyOf(schedules);
    this.payoff = payoff;
    this.instalments = instalments(this.schedules, payoff);
    this.version = version;
  }

  /**
   * A lease of {@code equipment} to {@code activity}, whose principal is the sum of the prices.
   *
   * @param annualRate a fraction of one, or null for the entity's default on {@code startDate}
   * @throws BusinessRuleException when the entity does not lease equipment, has no leasing rules
   *     in force on {@code startDate}, or the principal is too small for the term
   * @throws ValidationException naming the field when an input is missing or out of range
   */
  public static Lease sign(LeaseId id, NationalEntity entity, ActivityId activity, List<Equipment> equipment,
                           LocalDate startDate, BigDecimal annualRate, int months) {
    Rate rate = annualRate(entity, annualRate, startDate);
    if (id == null) throw ValidationException.of("id", "is required");
    if (activity == null) throw ValidationException.of("activity", "is required");
    if (equipment == null || equipment.isEmpty()) throw ValidationException.of("equipment", "must hold at least one item");
    for (int i = 0; i < equipment.size(); i++) {
      Amounts.requireCurrency(equipment.get(i).price(), "equipment[" + i + "].price", entity.currency(), entity.code());
    }
    Money principal = Money.total(equipment.stream().map(Equipment::price).toList());
    AmortisationSchedule schedule = AmortisationSchedule.of(principal, rate, months, startDate);
    return new Lease(id, entity.code(), activity, equipment, List.of(), List.of(schedule), null, 0);
  }

  /**
   * A stored lease read back: signed on these terms, then amended in order and paid off on
   * {@code paidOffOn} if not null. Its schedules are derived again exactly as they were when
   * it was signed and amended, so only those terms need keeping. The entity's rules are not
   * asked again: they were checked when the lease was signed.
   *
   * @param payoff what was paid off, checked against the balance the schedules give; null with {@code paidOffOn}
   * @throws IllegalArgumentException when the terms do not give back the lease they describe
   */
  public static Lease restore(LeaseId id, EntityCode entity, ActivityId activity, List<Equipment> equipment, Rate annualRate,
                              int months, LocalDate startDate, List<Amendment> amendments, Payoff payoff, long version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(activity, "activity");
    if (equipment.isEmpty()) throw new IllegalArgumentException("lease " + id + " has no equipment");
    Money principal = Money.total(equipment.stream().map(Equipment::price).toList());
    Lease lease = new Lease(id, entity, activity, equipment, List.of(), List.of(AmortisationSchedule.of(principal, annualRate, months, startDate)),
        null, version);
    for (Amendment amendment : amendments) lease = lease.amend(amendment);
    if (payoff == null) return lease;
    Lease paidOff = lease.payOff(payoff.date());
    if (!paidOff.payoff.equals(payoff)) {
      throw new IllegalArgumentException("lease " + id + " was paid off for " + payoff.amount() + " on " + payoff.date() + ", but its schedules leave "
          + paidOff.payoff.amount() + " then");
    }
    return paidOff;
  }

  /**
   * What a lease of {@code principal} would cost: its R7 schedule under the entity's rules.
   *
   * @param annualRate a fraction of one, or null for the entity's default on {@code startDate}
   * @throws BusinessRuleException and {@link ValidationException} as {@link #sign} does
   */
  public static AmortisationSchedule quote(NationalEntity entity, Money principal, BigDecimal annualRate, int months,
                                           LocalDate startDate) {
    return quote(entity, principal, annualRate, months, startDate, Trace.NONE);
  }

  /**
   * The quote as {@link #quote(NationalEntity, Money, BigDecimal, int, LocalDate)}, writing down in
   * {@code trace} each figure of the schedule and, for the entity's default rate, the data row it comes from.
   */
  public static AmortisationSchedule quote(NationalEntity entity, Money principal, BigDecimal annualRate, int months,
                                           LocalDate startDate, Trace trace) {
    Rate rate = annualRate(entity, annualRate, startDate);
    Amounts.requireCurrency(principal, "principal", entity.currency(), entity.code());
    return AmortisationSchedule.of(principal, rate, months, startDate, trace,
        annualRate == null ? entity.ruleRow("leasing", "defaultAnnualRate", startDate) : List.of());
  }

  /**
   * The lease after {@code amendment}: the balance after the last instalment due on or before
   * the day it is signed, plus what it adds, is re-scheduled at the lease's rate over the new
   * term, continuing the lease's numbering and due dates.
   *
   * @throws ValidationException when the amendment predates the start or the last amendment
   * @throws BusinessRuleException ({@value #LEASE_ENDED}) when the lease is repaid or paid off by then
   */
  public Lease amend(Amendment amendment) {
    if (amendment == null) throw ValidationException.of("amendment", "is required");
    Position position = requireRunning(amendment.signedOn(), "signedOn");
    Money added = Amounts.requireCurrency(amendment.value(currency()), "equipment.price", currency(), "lease " + id);
    AmortisationSchedule next = AmortisationSchedule.resumed(position.outstanding().plus(added), annualRate(),
        amendment.termAfter(position.monthsLeft()), startDate(), position.monthsElapsed());
    return new Lease(id, entity, activity, equipment, append(amendments, amendment), append(schedules, next), null, version);
  }

  /**
   * The lease repaid early on {@code date}: the payoff is the balance after the last instalment
   * due on or before that date (no interest runs between instalments), and no instalment falls
   * due after it.
   *
   * @throws ValidationException when the date predates the start or the last amendment
   * @throws BusinessRuleException ({@value #LEASE_ENDED}) when the lease is repaid or paid off by then
   */
  public Lease payOff(LocalDate date) {
    Position position = requireRunning(date, "date");
    return new Lease(id, entity, activity, equipment, amendments, schedules, new Payoff(date, position.outstanding()), version);
  }

  /** The lease as it stood at the end of {@code date}, without what was signed or paid after it. */
  public Lease asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int signed = (int) amendments.stream().filter(amendment -> !amendment.signedOn().isAfter(date)).count();
    Payoff paid = payoff != null && !payoff.date().isAfter(date) ? payoff : null;
    return new Lease(id, entity, activity, equipment, amendments.subList(0, signed), schedules.subList(0, signed + 1), paid, version);
  }

  /** The balance owed at the end of {@code date}: zero before the start and once repaid or paid off. */
  public Money outstandingOn(LocalDate date) {
    if (date.isBefore(startDate())) return Money.zero(currency());
    Lease then = asOf(date);
    return then.payoff != null ? Money.zero(currency()) : then.positionOn(date).outstanding();
  }

  /** Whether the lease has started by {@code date} and something is still owed at its end. */
  public boolean isRunningOn(LocalDate date) {
    return outstandingOn(date).isPositive();
  }

  /**
   * Every instalment the activity pays over the life of the lease, in order of due date: each
   * schedule's rows until the next schedule takes over, and none due after a payoff.
   */
  public List<Instalment> instalments() {
    return instalments;
  }

  /** The instalments due on or before {@code date}: what the activity's budget owes by then. */
  public List<Instalment> instalmentsDueOnOrBefore(LocalDate date) {
    return dueOnOrBefore(instalments, date);
  }

  @Override
  public LeaseId id() {
    return id;
  }

  @Override
  public EntityCode entity() {
    return entity;
  }

  /** The activity whose budget pays the instalments. */
  public ActivityId activity() {
    return activity;
  }

  /** The items of the contract as signed; amendments add theirs. */
  public List<Equipment> equipment() {
    return equipment;
  }

  /** The amendments signed, oldest first. */
  public List<Amendment> amendments() {
    return amendments;
  }

  /** The contract's schedule, then the one each amendment put in force. */
  public List<AmortisationSchedule> schedules() {
    return schedules;
  }

  public Optional<Payoff> payoff() {
    return Optional.ofNullable(payoff);
  }

  /** The stored version, for optimistic concurrency: 0 until stored; amending and paying off do not touch it. */
  @Override
  public long version() {
    return version;
  }

  @Override
  public Lease withVersion(long version) {
    return new Lease(id, entity, activity, equipment, amendments, schedules, payoff, version);
  }

  /** The price of the equipment of the contract as signed. */
  public Money principal() {
    return schedules.get(0).principal();
  }

  public CurrencyUnit currency() {
    return principal().getCurrencyUnit();
  }

  public Rate annualRate() {
    return schedules.get(0).annualRate();
  }

  /** The term of the contract as signed, in months. */
  public int months() {
    return schedules.get(0).months();
  }

  public LocalDate startDate() {
    return schedules.get(0).startDate();
  }

  /** Two leases are equal when they hold the same terms, history and version. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Lease lease && id.equals(lease.id) && entity.equals(lease.entity) && activity.equals(lease.activity)
        && equipment.equals(lease.equipment) && amendments.equals(lease.amendments) && schedules.equals(lease.schedules)
        && Objects.equals(payoff, lease.payoff) && version == lease.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, entity, activity, equipment, amendments, schedules, payoff, version);
  }

  @Override
  public String toString() {
    return "lease " + id + " (" + entity + ") to activity " + activity + ": " + principal() + " over " + months()
        + " months from " + startDate() + " at " + annualRate() + " a year, version " + version();
  }

  /** Where the schedule in force stands at the end of {@code date}. */
  private record Position(int monthsElapsed, int monthsLeft, Money outstanding) {
  }

  private Position positionOn(LocalDate date) {
    AmortisationSchedule current = schedules.get(schedules.size() - 1);
    List<Instalment> due = dueOnOrBefore(current.rows(), date);
    if (due.isEmpty()) return new Position(current.monthsElapsed(), current.months(), current.principal());
    Instalment last = due.get(due.size() - 1);
    return new Position(last.number(), current.months() - due.size(), last.outstanding());
  }

  /** Where the lease stands on {@code date}, refusing a change on that date. */
  private Position requireRunning(LocalDate date, String field) {
    if (date == null) throw ValidationException.of(field, "is required");
    if (payoff != null) throw new BusinessRuleException(LEASE_ENDED, "lease " + id + " was paid off on " + payoff.date());
    LocalDate earliest = amendments.isEmpty() ? startDate() : amendments.get(amendments.size() - 1).signedOn();
    if (date.isBefore(earliest)) {
      throw ValidationException.of(field, "must not be before " + (amendments.isEmpty() ? "the start of the lease, " : "its last amendment, ")
          + earliest + ": " + date);
    }
    Position position = positionOn(date);
    if (position.outstanding().isZero()) {
      throw new BusinessRuleException(LEASE_ENDED, "lease " + id + " was repaid by its last instalment, due "
          + instalments.get(instalments.size() - 1).dueDate());
    }
    return position;
  }

  private static Rate annualRate(NationalEntity entity, BigDecimal requested, LocalDate startDate) {
    Objects.requireNonNull(entity, "entity");
    if (startDate == null) throw ValidationException.of("startDate", "is required");
    entity.requireRulesApply("startDate", startDate);
    Rate entityDefault = entity.defaultLeaseRate(startDate);
    if (requested == null) return entityDefault;
    if (requested.signum() < 0) throw ValidationException.of("annualRate", "must not be negative: " + requested.toPlainString());
    if (requested.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationException.of("annualRate", "must be a fraction of one (0.08 for 8 %), at most 1: " + requested.toPlainString());
    }
    return new Rate(requested);
  }

  private static List<Instalment> instalments(List<AmortisationSchedule> schedules, Payoff payoff) {
    List<Instalment> rows = new ArrayList<>();
    for (int i = 0; i < schedules.size(); i++) {
      int takenOverAfter = i + 1 < schedules.size() ? schedules.get(i + 1).monthsElapsed() : Integer.MAX_VALUE;
      for (Instalment row : schedules.get(i).rows()) {
        if (row.number() <= takenOverAfter && (payoff == null || !row.dueDate().isAfter(payoff.date()))) rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  private static List<Instalment> dueOnOrBefore(List<Instalment> rows, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return rows.stream().filter(row -> !row.dueDate().isAfter(date)).toList();
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }
}
