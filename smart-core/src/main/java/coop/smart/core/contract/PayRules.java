package coop.smart.core.contract;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.PayrollParameters;
import coop.smart.core.entity.RuleRow;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Allocation;
import coop.smart.core.money.Amounts;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules of R3 for one entity, contract type and holder kind on one date, looked up once:
 * the pay computation from an invoiced amount to the net salary ({@link #forward}) and back
 * ({@link #reverse}).
 */
public final class PayRules {

  /** Rule code of the refusal when expenses leave a negative employment budget. */
  public static final String EXPENSES_EXCEED_BUDGET = "EXPENSES_EXCEED_BUDGET";
  /** Rule code of the refusal when no invoice can reach a target. */
  public static final String TARGET_UNREACHABLE = "TARGET_UNREACHABLE";

  /** The largest invoice the reverse computation considers, in minor units (10^13 of the currency). */
  private static final long MAX_INVOICE_MINOR = 1_000_000_000_000_000L;

  private final EntityCode entity;
  private final NationalEntity rulesOf;
  private final CurrencyUnit currency;
  private final ContractType type;
  private final HolderKind holder;
  private final LocalDate on;
  private final Rate feeRate;
  private final PayrollParameters own;
  private final BigDecimal ownBudgetPerGross;
  private final PayrollParameters beyond;
  private final BigDecimal beyondBudgetPerGross;

  private PayRules(NationalEntity entity, ContractType type, HolderKind holder, LocalDate on) {
    this.entity = entity.code();
    this.rulesOf = entity;
    this.currency = entity.currency();
    this.type = type;
    this.holder = holder;
    this.on = on;
    this.feeRate = entity.feeRate(holder, on);
    this.own = entity.payrollParameters(type, on);
    this.ownBudgetPerGross = own.budgetPerGross();
    this.beyond = own.quota() == null ? null : entity.payrollParameters(own.quota().beyond(), on);
    this.beyondBudgetPerGross = beyond == null ? null : beyond.budgetPerGross();
  }

  /**
   * The rules in force on {@code on}.
   *
   * @throws BusinessRuleException when the entity has no payroll parameters or no rules then
   * @throws ValidationException when the entity does not offer {@code type}, or its rules do not
   *     apply on {@code on}, the service end
   */
  public static PayRules of(NationalEntity entity, ContractType type, HolderKind holder, LocalDate on) {
    if (type == null) throw ValidationException.of("contractType", "is required");
    if (holder == null) throw ValidationException.of("holder", "is required");
    if (on == null) throw ValidationException.of("serviceEnd", "is required");
    entity.requireRulesApply("serviceEnd", on);
    return new PayRules(entity, type, holder, on);
  }

  public Rate feeRate() {
    return feeRate;
  }

  public EntityCode entity() {
    return entity;
  }

  public HolderKind holder() {
    return holder;
  }

  public PayrollParameters parameters() {
    return own;
  }

  public CurrencyUnit currency() {
    return currency;
  }

  /** R3 forward with every hour at the contract type's own rates. */
  public PayBreakdown forward(Money invoiced, Money expenses, Rate withholdingRate) {
    return forward(invoiced, expenses, withholdingRate, null);
  }

  /**
   * R3 forward.
   *
   * @param split the hours within and beyond the type's yearly quota, or null to pay every
   *     hour at the type's own rates; ignored for a type without a quota
   */
  public PayBreakdown forward(Money invoiced, Money expenses, Rate withholdingRate, QuotaSplit split) {
    return forward(invoiced, expenses, withholdingRate, split, Trace.NONE);
  }

  /** R3 forward as {@link #forward(Money, Money, Rate, QuotaSplit)}, writing every figure down in {@code trace}. */
  public PayBreakdown forward(Money invoiced, Money expenses, Rate withholdingRate, QuotaSplit split, Trace trace) {
    Amounts.requireNonNegative(invoiced, "invoicedAmount", currency, entity);
    Amounts.requireNonNegative(expenses, "expenses", currency, entity);
    requireWithholding(withholdingRate);
    Money fee = rulesOf.fee(invoiced, holder, on, trace).fee();
    Money budget = invoiced.minus(fee).minus(expenses);
    if (budget.isNegative()) {
      throw new BusinessRuleException(EXPENSES_EXCEED_BUDGET, "expenses exceed what remains after the fee: expenses " + expenses
          + ", invoiced " + invoiced + " less the fee " + fee + " leaves " + invoiced.minus(fee));
    }
    trace.figure("employmentBudget", budget, () -> PayPart.plain(invoiced) + " − " + PayPart.plain(fee) + " − " + PayPart.plain(expenses),
        List.of());
    return breakdown(invoiced, feeRate, fee, expenses, budget, withholdingRate, split, trace);
  }

  /**
   * Steps 3 to 8 of R3 on an employment budget taken from an activity's budget, whose fee was
   * taken when the activity's clients were invoiced: the breakdown has no fee and no expenses.
   */
  public PayBreakdown fromBudget(Money employmentBudget, Rate withholdingRate, QuotaSplit split) {
    return fromBudget(employmentBudget, withholdingRate, split, Trace.NONE);
  }

  /** {@link #fromBudget(Money, Rate, QuotaSplit)}, writing every figure down in {@code trace}. */
  public PayBreakdown fromBudget(Money employmentBudget, Rate withholdingRate, QuotaSplit split, Trace trace) {
    Amounts.requireNonNegative(employmentBudget, "employmentBudget", currency, entity);
    requireWithholding(withholdingRate);
    Money none = Money.zero(currency);
    // Drawn from the activity's budget as it is: the fee was taken when the money came in.
    trace.figure("employmentBudget", employmentBudget, () -> PayPart.plain(employmentBudget), List.of());
    return breakdown(employmentBudget, new Rate(BigDecimal.ZERO), none, none, employmentBudget, withholdingRate, split, trace);
  }

  /**
   * R3 reverse: the breakdown of the smallest invoiced amount (in minor units) whose net salary
   * reaches {@code targetNet}.
   */
  public PayBreakdown reverse(Money targetNet, Money expenses, Rate withholdingRate, QuotaSplit split) {
    Amounts.requireNonNegative(targetNet, "targetNet", currency, entity);
    return smallestReaching(targetNet, expenses, withholdingRate, split, PayBreakdown::net, true);
  }

  /** The breakdown of the smallest invoiced amount whose gross salary reaches {@code targetGross}. */
  public PayBreakdown reverseGross(Money targetGross, Money expenses, Rate withholdingRate, QuotaSplit split) {
    Amounts.requireNonNegative(targetGross, "targetGross", currency, entity);
    return smallestReaching(targetGross, expenses, withholdingRate, split, PayBreakdown::gross, false);
  }

  private void requireWithholding(Rate rate) {
    if (rate == null) throw ValidationException.of("withholdingRate", "is required");
    if (!own.allowsWithholding(rate)) {
      throw ValidationException.of("withholdingRate", rate + " is outside the range " + entity + " allows for " + type
          + " contracts (" + own.withholdingMin() + " to " + own.withholdingMax() + ")");
    }
  }

  private List<PayPart> parts(Money budget, Rate withholdingRate, QuotaSplit split, Trace trace) {
    if (split == null || !split.crossesQuota()) {
      return List.of(PayPart.of(type, split == null ? null : split.withinHours(), budget, own, ownBudgetPerGross, withholdingRate,
          trace, "", payrollRows(type)));
    }
    List<Money> shares = Allocation.byWeights(budget, List.of(split.withinHours(), split.beyondHours()));
    List<PayPart> parts = new ArrayList<>(2);
    boolean within = split.withinHours().signum() > 0;
    if (within) {
      parts.add(PayPart.of(type, split.withinHours(), shares.get(0), own, ownBudgetPerGross, withholdingRate, trace, type + " ",
          payrollRows(type)));
    }
    ContractType beyondType = own.quota().beyond();
    parts.add(PayPart.of(beyondType, split.beyondHours(), shares.get(1), beyond, beyondBudgetPerGross, withholdingRate, trace,
        within ? beyondType + " beyond the quota: " : "", payrollRows(beyondType)));
    return parts;
  }

  private Function<String, List<RuleRow>> payrollRows(ContractType ratesOf) {
    return parameter -> rulesOf.ruleRow("payroll", ratesOf + "." + parameter, on);
  }

  /** The parts' figures added up, each total written down in {@code trace} when there is more than one part. */
  private static PayPart sum(List<PayPart> parts, Trace trace) {
    if (parts.size() == 1) return parts.get(0);
    for (var figure : List.<Map.Entry<String, Function<PayPart, Money>>>of(Map.entry("employerContributions", PayPart::employerContributions),
        Map.entry("gross", PayPart::gross), Map.entry("employeeContributions", PayPart::employeeContributions),
        Map.entry("taxable", PayPart::taxable), Map.entry("withholdingTax", PayPart::withholdingTax), Map.entry("net", PayPart::net))) {
      List<Money> amounts = parts.stream().map(figure.getValue()).toList();
      trace.figure(figure.getKey(), Money.total(amounts), () -> amounts.stream().map(PayPart::plain).collect(Collectors.joining(" + ")),
          List.of());
    }
    return total(parts);
  }

  private static PayPart total(List<PayPart> parts) {
    PayPart total = parts.get(0);
    for (PayPart part : parts.subList(1, parts.size())) {
      total = new PayPart(total.ratesOf(), null,
          total.employmentBudget().plus(part.employmentBudget()),
          total.employerContributions().plus(part.employerContributions()),
          total.gross().plus(part.gross()),
          total.employeeContributions().plus(part.employeeContributions()),
          total.taxable().plus(part.taxable()),
          total.withholdingTax().plus(part.withholdingTax()),
          total.net().plus(part.net()));
    }
    return total;
  }

  private PayBreakdown breakdown(Money invoiced, Rate appliedFeeRate, Money fee, Money expenses, Money budget, Rate withholdingRate,
                                 QuotaSplit split, Trace trace) {
    List<PayPart> parts = parts(budget, withholdingRate, beyond == null ? null : split, trace);
    PayPart total = sum(parts, trace);
    return new PayBreakdown(entity, type, on, invoiced, appliedFeeRate, fee, expenses, total.employmentBudget(),
        total.employerContributions(), total.gross(), total.employeeContributions(), total.taxable(), withholdingRate,
        total.withholdingTax(), total.net(), parts);
  }

  /**
   * Every step of the forward computation is non-decreasing in the invoiced amount (each
   * rounding moves by at most a cent per cent invoiced), so the smallest amount reaching a
   * target is found by search: a first guess from the exact rates, a bracket widened from
   * it, then bisection. The guess is usually within a few cents.
   */
  private PayBreakdown smallestReaching(Money target, Money expenses, Rate withholdingRate, QuotaSplit split,
                                        Function<PayBreakdown, Money> measure, boolean net) {
    Amounts.requireNonNegative(expenses, "expenses", currency, entity);
    requireWithholding(withholdingRate);
    LongPredicate reaches = minor -> {
      Money invoiced = Money.ofMinor(currency, minor);
      if (rulesOf.fee(invoiced, holder, on).remainder().isLessThan(expenses)) return false;
      return measure.apply(forward(invoiced, expenses, withholdingRate, split)).compareTo(target) >= 0;
    };
    long guess = estimate(target, expenses, withholdingRate, split, net);
    long low;
    long high;
    if (reaches.test(guess)) {
      high = guess;
      long step = 1;
      low = guess - step;
      while (low >= 0 && reaches.test(low)) {
        high = low;
        step <<= 1;
        low = high - step;
      }
      low = Math.max(low, -1);
    } else {
      low = guess;
      long step = 1;
      high = guess + step;
      while (!reaches.test(high)) {
        if (high == MAX_INVOICE_MINOR) {
          throw new BusinessRuleException(TARGET_UNREACHABLE, "no invoiced amount up to " + Money.ofMinor(currency, MAX_INVOICE_MINOR)
              + " yields " + target + " under " + this);
        }
        low = high;
        step <<= 1;
        high = Math.min(MAX_INVOICE_MINOR, low + step);
      }
    }
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      if (reaches.test(middle)) high = middle;
      else low = middle;
    }
    return forward(Money.ofMinor(currency, high), expenses, withholdingRate, split);
  }

  /** The invoice the exact (unrounded) rates need for the target, in minor units, within the search range. */
  private long estimate(Money target, Money expenses, Rate withholdingRate, QuotaSplit split, boolean net) {
    MathContext precision = MathContext.DECIMAL64;
    BigDecimal perBudget = salaryPerBudget(own, ownBudgetPerGross, withholdingRate, net);
    if (beyond != null && split != null && split.crossesQuota()) {
      BigDecimal hours = split.withinHours().add(split.beyondHours());
      perBudget = split.withinHours().multiply(perBudget)
          .add(split.beyondHours().multiply(salaryPerBudget(beyond, beyondBudgetPerGross, withholdingRate, net)))
          .divide(hours, precision);
    }
    BigDecimal keptAfterFee = BigDecimal.ONE.subtract(feeRate.value());
    if (perBudget.signum() == 0 || keptAfterFee.signum() == 0) return target.isZero() ? 0 : MAX_INVOICE_MINOR - 1;
    BigDecimal invoice = target.getAmount().divide(perBudget, precision).add(expenses.getAmount()).divide(keptAfterFee, precision);
    BigDecimal minor = invoice.movePointRight(currency.getDecimalPlaces()).setScale(0, RoundingMode.HALF_UP);
    return minor.max(BigDecimal.ZERO).min(BigDecimal.valueOf(MAX_INVOICE_MINOR - 1)).longValueExact();
  }

  /** What one unit of employment budget yields in gross (or net) salary at exact rates. */
  private static BigDecimal salaryPerBudget(PayrollParameters rates, BigDecimal budgetPerGross, Rate withholdingRate, boolean net) {
    BigDecimal gross = BigDecimal.ONE.divide(budgetPerGross, MathContext.DECIMAL64);
    if (!net) return gross;
    return gross.multiply(BigDecimal.ONE.subtract(rates.employeeRate().value()))
        .multiply(BigDecimal.ONE.subtract(withholdingRate.value()), MathContext.DECIMAL64);
  }

  @Override
  public String toString() {
    return "pay rules of " + entity + " for " + type + " on " + on + ": fee " + feeRate + ", " + own;
  }
}
