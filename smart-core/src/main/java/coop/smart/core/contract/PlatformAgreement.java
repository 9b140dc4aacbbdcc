package coop.smart.core.contract;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Amounts;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * R4: an agreement with a platform client (the couriers' convention). Pay is by the hour, never
 * by delivery; each day worked pays at least {@code minimumPaidHoursPerDay}; the hourly gross
 * must reach the legal minimum wage; personal equipment (bike, phone) earns a tax-free
 * allowance per day worked.
 */
public record PlatformAgreement(ClientId client, BigDecimal minimumPaidHoursPerDay, Money hourlyGross, Money equipmentAllowancePerDay) {

  /** Rule code of the refusal of an hourly rate under the legal minimum. */
  public static final String BELOW_MINIMUM_WAGE = "BELOW_MINIMUM_WAGE";

  public PlatformAgreement {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(minimumPaidHoursPerDay, "minimumPaidHoursPerDay");
    if (minimumPaidHoursPerDay.signum() < 0) throw ValidationException.of("minimumPaidHoursPerDay", "must not be negative: " + minimumPaidHoursPerDay);
    if (hourlyGross == null || !hourlyGross.isPositive()) throw ValidationException.of("hourlyGross", "must be greater than 0: " + hourlyGross);
    if (equipmentAllowancePerDay == null || equipmentAllowancePerDay.isNegative()) {
      throw ValidationException.of("equipmentAllowancePerDay", "must not be negative: " + equipmentAllowancePerDay);
    }
    if (!equipmentAllowancePerDay.getCurrencyUnit().equals(hourlyGross.getCurrencyUnit())) {
      throw ValidationException.of("equipmentAllowancePerDay.currency", "must be " + hourlyGross.getCurrencyUnit() + ", like the hourly gross");
    }
  }

  /**
   * What the days worked earn under the agreement.
   *
   * @throws BusinessRuleException when the hourly gross is below the entity's minimum wage on a day
   */
  public PlatformPay pay(NationalEntity entity, List<WorkDay> days) {
    Amounts.requireCurrency(hourlyGross, "hourlyGross", entity.currency(), entity.code());
    if (days.isEmpty()) throw ValidationException.of("workDays", "at least one day worked is required");
    BigDecimal paidHours = BigDecimal.ZERO;
    for (WorkDay day : days) {
      Money minimum = entity.minimumHourlyWage(day.date());
      if (hourlyGross.isLessThan(minimum)) {
        throw new BusinessRuleException(BELOW_MINIMUM_WAGE, "hourly gross " + hourlyGross + " is below the minimum wage of "
            + entity.code() + " on " + day.date() + " (" + minimum + " an hour)");
      }
      paidHours = paidHours.add(day.hours().max(minimumPaidHoursPerDay));
    }
    return new PlatformPay(paidHours, hourlyGross.multipliedBy(paidHours, RoundingMode.HALF_UP),
        equipmentAllowancePerDay.multipliedBy(days.size()));
  }

  /**
   * What the days worked earn under the agreement.
   *
   * @param paidHours the hours paid: each day's hours, at least the agreed minimum per day
   * @param gross the gross salary those hours earn
   * @param equipmentAllowance the allowance for the days worked, reimbursed as a tax-free expense
   */
  public record PlatformPay(BigDecimal paidHours, Money gross, Money equipmentAllowance) {

    /** The smallest invoice to the platform that pays this gross and the allowance (R3 in reverse). */
    public PayBreakdown invoice(PayRules rules, Rate withholdingRate) {
      return rules.reverseGross(gross, equipmentAllowance, withholdingRate, null);
    }
  }
}
