package coop.smart.server.web;

import coop.smart.core.activity.Activity;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.Invoices;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * A member's month at a glance: its contracts working this month, the next salary (the date of
 * the first salary still to pay, and the net of every contract paid that day), its open invoices
 * and what each of its activities may spend.
 *
 * @param nextSalaryOn null when no declared contract waits for its salary
 */
public record Dashboard(List<Contract> contractsOfMonth, LocalDate nextSalaryOn, Money nextSalary, List<Invoice> openInvoices,
                        List<Balance> activities) {

  /** An activity with what its budget has available. */
  public record Balance(Activity activity, Money available) {
  }

  private static final int MOST = 200;

  static Dashboard of(MemberPagesController.Scope scope, LocalDate today) {
    Contracts contracts = new Contracts(scope.stores());
    List<Contract> all = contracts.page(scope.reader(), scope.member().id(), null, MOST);
    YearMonth month = YearMonth.from(today);
    List<Contract> ofMonth = all.stream().filter(contract -> contract.status() != ContractStatus.CANCELLED)
        .filter(contract -> !contract.end().isBefore(month.atDay(1)) && !contract.start().isAfter(month.atEndOfMonth()))
        .sorted(Comparator.comparing(Contract::start)).toList();
    Map<LocalDate, Money> salaries = new TreeMap<>();
    for (Contract contract : all) {
      if (contract.status() != ContractStatus.DECLARED && contract.status() != ContractStatus.INVOICED) continue;
      ContractPay pay = contracts.pay(contract);
      salaries.merge(pay.payment().paymentDate(), pay.breakdown().net(), Money::plus);
    }
    Map.Entry<LocalDate, Money> next = salaries.entrySet().stream().findFirst().orElse(null);
    List<Invoice> open = new Invoices(scope.stores()).page(scope.reader(), null, null, null, MOST).stream()
        .filter(invoice -> invoice.status().isOpen()).toList();
    Activities activities = new Activities(scope.stores());
    List<Balance> balances = activities.page(scope.reader(), null, MOST).stream()
        .map(activity -> new Balance(activity, activities.budgets().available(activity.id()))).toList();
    return new Dashboard(ofMonth, next == null ? null : next.getKey(), next == null ? null : next.getValue(), open, balances);
  }
}
