package coop.smart.server.api.contracts;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractType;
import coop.smart.core.contract.QuotaSplit;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.money.Rate;
import coop.smart.server.api.PayView;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * A contract as the API shows it. {@code paymentDate} is when the salary is paid, counted from
 * the end of service or, when later, the declaration. {@code pay} (the breakdown from invoice to
 * net salary) and {@code quota} (the hours within and beyond the type's yearly quota, null for a
 * type without one) are shown for one contract, and null in lists.
 */
record ContractView(String id, String entity, String member, String client, String activity, ContractType contractType,
                    String structure, HolderKind holder, LocalDate start, LocalDate end, List<Day> workDays, String hours,
                    Money invoicedAmount, Money expenses, Rate withholdingRate, ContractStatus status, LocalDate declaredOn,
                    LocalDate paymentDate, PayView pay, Quota quota, long version) {

  record Day(LocalDate date, String hours) {
  }

  record Quota(String withinHours, String beyondHours) {
  }

  /** The contract with its pay. */
  static ContractView of(Contract contract, ContractPay pay) {
    LocalDate paymentDate = pay.payment().paymentDate();
    QuotaSplit split = pay.split();
    return of(contract, paymentDate, PayView.of(pay.breakdown(), paymentDate),
        split == null ? null : new Quota(split.withinHours().toPlainString(), split.beyondHours().toPlainString()));
  }

  /** The contract without its pay, as lists show it. */
  static ContractView summary(Contract contract, NationalEntity entity) {
    return of(contract, entity.paymentDates(contract.end(), contract.declaredOn()).paymentDate(), null, null);
  }

  private static ContractView of(Contract contract, LocalDate paymentDate, PayView pay, Quota quota) {
    return new ContractView(contract.id().toString(), contract.entity().value(), contract.member().toString(),
        contract.client().toString(), contract.activity() == null ? null : contract.activity().toString(), contract.type(),
        contract.structure(), contract.holder(), contract.start(), contract.end(),
        contract.workDays().stream().map(day -> new Day(day.date(), day.hours().toPlainString())).toList(),
        contract.hours().toPlainString(), contract.invoicedAmount(), contract.expenses(), contract.withholdingRate(), contract.status(),
        contract.declaredOn(), paymentDate, pay, quota, contract.version());
  }
}
