package coop.smart.server.api.guarantee;

import coop.smart.core.guarantee.FundReport;
import org.joda.money.Money;

/**
 * The guarantee fund's figures, read from the ledger: {@code advanced − recovered − lost =
 * outstanding}, and {@code balance = contributed − lost}.
 */
record FundView(Money balance, Money contributed, Money advanced, Money recovered, Money lost, Money outstanding) {

  static FundView of(FundReport report) {
    return new FundView(report.balance(), report.contributed(), report.advanced(), report.recovered(), report.lost(), report.outstanding());
  }
}
