package coop.smart.core.contract;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Amounts;
import coop.smart.core.money.Rate;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * An open-ended contract (CDI) for a member with regular income: a monthly salary fixed from an
 * estimate of the year's revenue, so income is smoothed while invoices come irregularly. Each
 * month records what was invoiced; the gap between what that left after the fee and what the
 * salary cost is tracked month by month and in total. Each month's fee is taken at the rate in
 * force on the first day of that month, so a change of the fee applies from the month it starts.
 *
 * @param entity the entity employing the member, whose fee rates apply
 * @param holder the kind of holder the fee rate is looked up for
 * @param salary the monthly salary, computed once from the monthly share of the estimate
 * @param months the months recorded so far, consecutive from {@code start}
 */
public record OpenEndedContract(ContractId id, MemberId member, EntityCode entity, HolderKind holder, YearMonth start,
                                Money estimatedAnnualRevenue, PayBreakdown salary, List<SmoothingMonth> months) {

  public OpenEndedContract {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(start, "start");
    months = List.copyOf(months);
  }

  /**
   * A contract whose monthly salary is what one twelfth of the estimated revenue pays (rounded
   * down, so the salary never assumes revenue beyond the estimate).
   */
  public static OpenEndedContract fromEstimate(MemberId member, PayRules rules, Money estimatedAnnualRevenue, Rate withholdingRate,
                                               YearMonth start) {
    Amounts.requireNonNegative(estimatedAnnualRevenue, "estimatedAnnualRevenue", rules.currency(), "the pay rules");
    Money monthly = estimatedAnnualRevenue.dividedBy(12, RoundingMode.DOWN);
    PayBreakdown salary = rules.forward(monthly, Money.zero(rules.currency()), withholdingRate);
    return new OpenEndedContract(ContractId.next(), member, rules.entity(), rules.holder(), start, estimatedAnnualRevenue, salary,
        List.of());
  }

  /**
   * The contract once {@code month}'s invoicing is recorded, its fee at {@code entity}'s rate in
   * force on the month's first day; months are recorded in order.
   */
  public OpenEndedContract record(NationalEntity entity, YearMonth month, Money invoiced) {
    if (!entity.code().equals(this.entity)) throw ValidationException.of("entity", "the contract is with " + this.entity + ", not " + entity.code());
    YearMonth expected = start.plusMonths(months.size());
    if (!expected.equals(month)) throw ValidationException.of("month", "the next month to record is " + expected + ", not " + month);
    Money fee = entity.fee(invoiced, holder, month.atDay(1)).fee();
    Money available = invoiced.minus(fee);
    Money gap = available.minus(salary.employmentBudget());
    Money cumulative = months.isEmpty() ? gap : months.get(months.size() - 1).cumulativeGap().plus(gap);
    List<SmoothingMonth> recorded = new ArrayList<>(months);
    recorded.add(new SmoothingMonth(month, invoiced, fee, available, salary.employmentBudget(), gap, cumulative));
    return new OpenEndedContract(id, member, this.entity, holder, start, estimatedAnnualRevenue, salary, recorded);
  }

  /** The gap after the last recorded month: positive when invoices ran ahead of the salary. */
  public Money balance() {
    return months.isEmpty() ? Money.zero(salary.invoicedAmount().getCurrencyUnit()) : months.get(months.size() - 1).cumulativeGap();
  }

  /**
   * One month of an open-ended contract.
   *
   * @param available what the month's invoices left after the fee
   * @param salaryCost the month's employment budget: gross salary plus employer contributions
   * @param gap {@code available − salaryCost}
   * @param cumulativeGap the gaps since the start, this month included
   */
  public record SmoothingMonth(YearMonth month, Money invoiced, Money fee, Money available, Money salaryCost, Money gap,
                               Money cumulativeGap) {
  }
}
