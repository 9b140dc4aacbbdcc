package coop.smart.core.contract;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.HourQuota;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.MembershipRules;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Amounts;
import coop.smart.core.money.Rate;
import coop.smart.core.store.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joda.money.Money;

/**
 * A short fixed-term employment contract between an entity and a member, for work done for one
 * client: from one day to the entity's maximum length (one month in Belgium), with the days and hours worked, the amount invoiced to
 * the client and the withholding rate the member chose. Immutable: each step of its life
 * (draft → declared → invoiced → paid, or cancelled) returns the contract after the step.
 *
 * <p>A contract is either invoiced to its client, or, without a client, funded by the budget of
 * its activity: declaring it then sets its employment budget aside from the activity's budget
 * and it is paid from there, with no invoice and no second fee.
 *
 * @param client the client the work is for, or null for a contract funded by its activity's budget
 * @param invoicedAmount what the client is invoiced (VAT excluded); for a contract funded by its
 *     activity's budget, the employment budget it draws from that budget
 * @param declaredOn the day the contract was declared, or null before
 * @param version the stored version, for optimistic concurrency; steps do not change it
 */
public record Contract(ContractId id, EntityCode entity, MemberId member, ClientId client, ActivityId activity, ContractType type,
                       String structure, HolderKind holder, LocalDate start, LocalDate end, List<WorkDay> workDays,
                       Money invoicedAmount, Money expenses, Rate withholdingRate, ContractStatus status, LocalDate declaredOn,
                       long version) implements Versioned<Contract, ContractId> {

  /** Rule code of a refused step in the contract's life. */
  public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

  public Contract {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    workDays = List.copyOf(workDays);
  }

  /**
   * A new draft from the member's terms, checked against the entity's rules in force at the
   * end of service. Every invalid field is reported at once.
   *
   * @throws ValidationException naming each invalid field
   * @throws BusinessRuleException when the entity runs no payroll, or the expenses exceed what
   *     remains after the fee
   */
  public static Contract draft(NationalEntity entity, ContractTerms terms) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (terms.member() == null) errors.put("member", List.of("is required"));
    if (terms.client() == null && terms.activity() == null) {
      errors.put("client", List.of("is required, unless the contract is funded by the budget of the activity it names"));
    }
    if (terms.type() == null) errors.put("contractType", List.of("is required"));
    checkStructure(entity, terms.structure(), errors);
    checkPeriod(entity, terms, errors);
    Money expenses = terms.expenses() == null ? Money.zero(entity.currency()) : terms.expenses();
    collect(errors, () -> Amounts.requireNonNegative(terms.invoicedAmount(), "invoicedAmount", entity.currency(), entity.code()));
    collect(errors, () -> Amounts.requireNonNegative(expenses, "expenses", entity.currency(), entity.code()));
    if (terms.client() == null && terms.activity() != null && expenses.isPositive()) {
      errors.put("expenses", List.of("a contract funded by an activity's budget has none: the activity refunds them as expense claims"));
    }
    if (terms.withholdingRate() == null) errors.put("withholdingRate", List.of("is required"));
    if (!errors.isEmpty()) throw new ValidationException(errors);

    HolderKind holder = terms.holder() == null ? HolderKind.INDIVIDUAL : terms.holder();
    Contract contract = new Contract(ContractId.next(), entity.code(), terms.member(), terms.client(), terms.activity(), terms.type(),
        terms.structure(), holder, terms.start(), terms.end(), terms.workDays(), terms.invoicedAmount(), expenses,
        terms.withholdingRate(), ContractStatus.DRAFT, null, 0);
    contract.pay(entity, QuotaUsage.NONE); // refuses a type the entity lacks, a withholding rate out of range, expenses beyond the budget
    return contract;
  }

  /**
   * Declares the draft on {@code on}. A member without a share may declare only as many
   * contracts as the entity allows, and none through an activity.
   *
   * @param declaredSoFar the member's contracts declared before, cancelled ones excluded
   */
  public Contract declare(NationalEntity entity, Member declarer, int declaredSoFar, LocalDate on) {
    requireStep(ContractStatus.DECLARED);
    if (!declarer.id().equals(member)) throw ValidationException.of("member", "contract " + id + " belongs to member " + member + ", not " + declarer.id());
    Objects.requireNonNull(on, "on");
    MembershipRules rules = entity.membershipRules(on);
    rules.requireMayDeclareContract(declarer, declaredSoFar);
    if (activity != null) rules.requireMay(declarer, MemberAction.INVOICE_THROUGH_ACTIVITY);
    return with(ContractStatus.DECLARED, on, version);
  }

  /** The contract once its invoice to the client is issued. */
  public Contract invoiced() {
    requireStep(ContractStatus.INVOICED);
    return with(ContractStatus.INVOICED, declaredOn, version);
  }

  /** The contract once the member's salary is paid: after its invoice, or once declared when its activity's budget funds it. */
  public Contract paid() {
    requireStep(ContractStatus.PAID);
    return with(ContractStatus.PAID, declaredOn, version);
  }

  /** The contract cancelled: a draft, a declared contract, or an invoiced one whose invoice was credited in full. */
  public Contract cancel() {
    requireStep(ContractStatus.CANCELLED);
    return with(ContractStatus.CANCELLED, declaredOn, version);
  }

  /**
   * The pay of this contract under the entity's rules in force at the end of service: from
   * its invoiced amount, or from the employment budget its activity funds.
   *
   * @param usedBefore the member's hours already counted against the type's yearly quota
   */
  public ContractPay pay(NationalEntity entity, QuotaUsage usedBefore) {
    return pay(entity, usedBefore, Trace.NONE);
  }

  /** The pay as {@link #pay(NationalEntity, QuotaUsage)}, writing every figure down in {@code trace}. */
  public ContractPay pay(NationalEntity entity, QuotaUsage usedBefore, Trace trace) {
    PayRules rules = PayRules.of(entity, type, holder, end);
    HourQuota quota = rules.parameters().quota();
    QuotaSplit split = quota == null ? null : usedBefore.split(quota, workDays);
    PayBreakdown breakdown = fundedByBudget() ? rules.fromBudget(invoicedAmount, withholdingRate, split, trace)
        : rules.forward(invoicedAmount, expenses, withholdingRate, split, trace);
    return new ContractPay(id, breakdown, split, entity.paymentDates(end, declaredOn));
  }

  /**
   * R2's payment date of the salary, the day a salary run pays it, as {@link #pay} gives it; null
   * before the contract is declared, as the declaration may start the clock.
   */
  public LocalDate salaryPaymentDate(NationalEntity entity) {
    return declaredOn == null ? null : entity.paymentDates(end, declaredOn).paymentDate();
  }

  /**
   * Whether a salary run is to pay it once its payment date has come: invoiced, or declared and
   * funded by its activity's budget (a contract invoiced to a client waits for its invoice first).
   */
  public boolean awaitsSalary() {
    return status == ContractStatus.INVOICED || status == ContractStatus.DECLARED && fundedByBudget();
  }

  @Override
  public Contract withVersion(long version) {
    return with(status, declaredOn, version);
  }

  /** True when the contract has no client and its activity's budget pays it. */
  public boolean fundedByBudget() {
    return client == null && activity != null;
  }

  public BigDecimal hours() {
    return workDays.stream().map(WorkDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** True when {@code date} is a day worked under this contract. */
  public boolean worksOn(LocalDate date) {
    return workDays.stream().anyMatch(day -> day.date().equals(date));
  }

  private void requireStep(ContractStatus next) {
    Set<ContractStatus> steps = nextSteps();
    if (!steps.contains(next)) {
      throw new BusinessRuleException(ILLEGAL_TRANSITION, "contract " + id + " is " + status + "; it cannot become " + next
          + (steps.isEmpty() ? "" : " (it can become " + steps + ")"));
    }
  }

  /** What the contract may become: a contract its activity's budget funds is paid once declared, with no invoice. */
  private Set<ContractStatus> nextSteps() {
    if (fundedByBudget() && status == ContractStatus.DECLARED) return EnumSet.of(ContractStatus.PAID, ContractStatus.CANCELLED);
    return status.next();
  }

  private Contract with(ContractStatus next, LocalDate declared, long version) {
    return new Contract(id, entity, member, client, activity, type, structure, holder, start, end, workDays, invoicedAmount, expenses,
        withholdingRate, next, declared, version);
  }

  private static void checkStructure(NationalEntity entity, String structure, Map<String, List<String>> errors) {
    if (entity.structures().isEmpty()) {
      if (structure != null) errors.put("structure", List.of(entity.code() + " has no structures to choose from: '" + structure + "'"));
    } else if (structure == null) {
      errors.put("structure", List.of("is required: one of " + entity.structures().keySet()));
    } else if (!entity.structures().containsKey(structure)) {
      errors.put("structure", List.of("'" + structure + "' is not a structure of " + entity.code() + " (one of " + entity.structures().keySet() + ")"));
    }
  }

  /** The period within the dates the entity's rules apply to, and no longer than its maximum; each day worked within it. */
  private static void checkPeriod(NationalEntity entity, ContractTerms terms, Map<String, List<String>> errors) {
    LocalDate start = terms.start();
    LocalDate end = terms.end();
    if (start == null) errors.put("start", List.of("is required"));
    else collect(errors, () -> entity.requireRulesApply("start", start));
    if (end == null) errors.put("end", List.of("is required"));
    else collect(errors, () -> entity.requireRulesApply("end", end));
    if (!errors.containsKey("start") && !errors.containsKey("end")) {
      Period maximum = entity.maximumContractLength(start);
      if (end.isBefore(start)) {
        errors.put("end", List.of("must not be before the start " + start + ": " + end));
      } else if (!end.isBefore(start.plus(maximum))) {
        errors.put("end", List.of("a contract lasts from one day to " + maximum + " (ISO-8601): " + start + " to " + end + " is longer"));
      }
    }
    if (terms.workDays() == null || terms.workDays().isEmpty()) {
      errors.put("workDays", List.of("at least one day worked is required"));
      return;
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < terms.workDays().size(); i++) {
      WorkDay day = terms.workDays().get(i);
      String field = "workDays[" + i + "].date";
      if (day == null) {
        errors.put("workDays[" + i + "]", List.of("is required"));
      } else if (start != null && end != null && (day.date().isBefore(start) || day.date().isAfter(end))) {
        errors.put(field, List.of(day.date() + " is outside the contract period " + start + " to " + end));
      } else if (!seen.add(day.date())) {
        errors.put(field, List.of(day.date() + " is declared twice"));
      }
    }
  }

  private static void collect(Map<String, List<String>> errors, Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      errors.putAll(e.errors());
    }
  }
}
