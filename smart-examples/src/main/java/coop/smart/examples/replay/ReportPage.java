package coop.smart.examples.replay;

import coop.smart.core.entity.ContractType;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.leasing.PortfolioTable;
import coop.smart.core.report.AnnualReport;
import coop.smart.core.report.AnnualReport.TypeLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * The annual report regenerated from the books, in Markdown: each figure beside the 2017
 * report's, scaled to the replay for the volumes (not for averages), and the deviation.
 */
final class ReportPage {

  private static final Map<ContractType, long[]> REPORTED_TYPES = Map.of(
      ContractType.EMPLOYEE, new long[] {10_817, 35_875_895, 330_952},
      ContractType.STUDENT, new long[] {4_677, 5_345_598, 99_018},
      ContractType.ARTIST, new long[] {9_886, 28_588_152, 228_483},
      ContractType.ARTIST_1BIS, new long[] {882, 1_840_514, 19_387});

  private final double scale;
  private final StringBuilder page = new StringBuilder();

  ReportPage(double scale) {
    this.scale = scale;
  }

  String render(AnnualReport report) {
    page.append("# SMart Belgium ").append(report.year()).append(", regenerated from the books\n\n")
        .append("Scale ").append(scale).append(" of the 2017 volume: the report's volumes are scaled, its averages are not.\n");

    table("Contract types", "type", List.of("workers", "gross salaries", "days"));
    for (ContractType type : ContractType.values()) {
      TypeLine line = report.contractTypes().get(type);
      long[] reported = REPORTED_TYPES.get(type);
      if (line == null) line = new TypeLine(0, Money.zero(report.fund().balance().getCurrencyUnit()), 0);
      typeRow(type.name(), line, reported[0], reported[1], reported[2]);
    }
    typeRow("total (a worker once)", report.allTypes(), 22_928, 71_650_159, 677_840);

    table("Members, invoicing and collection", "figure", List.of("value"));
    row("members (people who worked)", report.members(), scaled(22_947));
    row("shareholders", report.shareholders(), scaled(14_512));
    row("invoices issued", report.invoices(), scaled(170_000));
    row("turnover \"Contracts\" (€, VAT excluded)", money(report.invoicedForContracts()), scaled(56_619_509));
    row("turnover \"Activities\" (€, VAT excluded)", money(report.invoicedForActivities()), scaled(93_388_638));
    row("automatic reminders", report.reminders(), scaled(37_500));
    row("formal notices", report.formalNotices(), null);
    row("handed over to collection", report.handovers(), null);
    row("written off (client in default)", report.writtenOff(), null);
    row("average client payment delay (days)", report.averagePaymentDays(), BigDecimal.valueOf(45));

    FundReport fund = report.fund();
    table("Guarantee fund", "figure", List.of("value"));
    row("contributions (€)", money(fund.contributed()), null);
    row("advances: salaries paid ahead of clients (€)", money(fund.advanced()), null);
    row("recovered from clients (€)", money(fund.recovered()), null);
    row("losses on clients in default (€)", money(fund.lost()), scaled(167_920));
    row("advances outstanding (€)", money(fund.outstanding()), null);
    row("reserve (€)", money(fund.balance()), null);

    PortfolioTable leasing = report.leasing();
    table("Leasing portfolio, as at " + leasing.asOf(), "figure", List.of("value"));
    row("new contracts in the year", leasing.newContracts(), scaled(271));
    row("leases running", leasing.leasesRunning(), scaled(156));
    row("outstanding total (€)", money(leasing.outstandingTotal()), scaled(333_039));
    row("total value of contracts/amendments (€)", money(leasing.valueSigned()), scaled(561_077));
    row("average duration (months)", leasing.averageDuration(), BigDecimal.valueOf(14));
    row("average contract value (€): value signed / leases running", money(leasing.averageContractValue()), new BigDecimal("3596.65"));
    row("average monthly instalment (€)", money(leasing.averageInstalment()), new BigDecimal("306.45"));
    row("interest accrued since 1 January (€)", money(leasing.interestAccrued()), scaled(30_829));
    return page.toString();
  }

  private void table(String title, String first, List<String> columns) {
    page.append("\n## ").append(title).append("\n\n| ").append(first);
    List<String> separators = new ArrayList<>(List.of("---"));
    for (String column : columns) {
      page.append(" | ").append(column).append(" | report 2017 | deviation");
      separators.addAll(List.of("---:", "---:", "---:"));
    }
    page.append(" |\n|").append(String.join("|", separators)).append("|\n");
  }

  private void typeRow(String name, TypeLine line, long workers, long gross, long days) {
    page.append("| ").append(name);
    cells(BigDecimal.valueOf(line.workers()), scaled(workers));
    cells(money(line.gross()), scaled(gross));
    cells(BigDecimal.valueOf(line.days()), scaled(days));
    page.append(" |\n");
  }

  private void row(String name, Object value, BigDecimal reported) {
    page.append("| ").append(name);
    cells(value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue()), reported);
    page.append(" |\n");
  }

  private void cells(BigDecimal value, BigDecimal reported) {
    page.append(" | ").append(value.toPlainString()).append(" | ").append(reported == null ? "" : reported.toPlainString()).append(" | ");
    if (reported != null && reported.signum() != 0) {
      page.append(value.subtract(reported).multiply(BigDecimal.valueOf(100)).divide(reported, 1, RoundingMode.HALF_UP).toPlainString()).append(" %");
    }
  }

  private BigDecimal scaled(long reported) {
    return BigDecimal.valueOf(reported).multiply(BigDecimal.valueOf(scale)).setScale(reported * scale >= 100 ? 0 : 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(Money money) {
    return money.getAmount();
  }
}
