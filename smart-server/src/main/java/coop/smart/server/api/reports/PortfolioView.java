package coop.smart.server.api.reports;

import coop.smart.core.leasing.PortfolioTable;
import java.time.LocalDate;
import org.joda.money.Money;

/** The annual report's leasing table for one entity and year (see {@link PortfolioTable} for each figure). */
record PortfolioView(String entity, int year, LocalDate asOf, int newContracts, int leasesRunning, Money outstandingTotal, Money valueSigned,
                     String averageDuration, Money averageContractValue, Money averageInstalment, Money interestAccrued) {

  static PortfolioView of(String entity, PortfolioTable table) {
    return new PortfolioView(entity, table.year(), table.asOf(), table.newContracts(), table.leasesRunning(), table.outstandingTotal(),
        table.valueSigned(), table.averageDuration().toPlainString(), table.averageContractValue(), table.averageInstalment(),
        table.interestAccrued());
  }
}
