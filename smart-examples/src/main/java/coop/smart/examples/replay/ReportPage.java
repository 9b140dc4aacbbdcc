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
 * The annual report regenerated from the books, in Markdown and in HTML: each figure beside the
 * 2017 report's, scaled to the replay for the volumes (not for averages), and the deviation.
 */
final class ReportPage {

  private static final Map<ContractType, long[]> REPORTED_TYPES = Map.of(
      ContractType.EMPLOYEE, new long[] {10_817, 35_875_895, 330_952},
      ContractType.STUDENT, new long[] {4_677, 5_345_598, 99_018},
      ContractType.ARTIST, new long[] {9_886, 28_588_152, 228_483},
      ContractType.ARTIST_1BIS, new long[] {882, 1_840_514, 19_387});

  /** A figure beside the report's, or beside nothing when the report does not give it. */
  private record Cell(BigDecimal value, BigDecimal reported) {

    BigDecimal deviation() {
      return reported == null || reported.signum() == 0 ? null
          : value.subtract(reported).multiply(BigDecimal.valueOf(100)).divide(reported, 1, RoundingMode.HALF_UP);
    }
  }

  private record Row(String name, List<Cell> cells) {
  }

  private record Table(String title, String first, List<String> columns, List<Row> rows) {
  }

  private final double scale;
  private final List<Table> tables = new ArrayList<>();
  private final String title;

  ReportPage(AnnualReport report, double scale) {
    this.scale = scale;
    this.title = "SMart Belgium " + report.year() + ", regenerated from the books";
    Table types = table("Contract types", "type", List.of("workers", "gross salaries (€)", "days"));
    for (ContractType type : ContractType.values()) {
      TypeLine line = report.contractTypes().get(type);
      long[] reported = REPORTED_TYPES.get(type);
      if (line == null) line = new TypeLine(0, Money.zero(report.fund().balance().getCurrencyUnit()), 0);
      typeRow(types, type.name(), line, reported[0], reported[1], reported[2]);
    }
    typeRow(types, "total (a worker once)", report.allTypes(), 22_928, 71_650_159, 677_840);

    Table members = table("Members, invoicing and collection", "figure", List.of("value"));
    row(members, "members (people who worked)", report.members(), scaled(22_947));
    row(members, "shareholders", report.shareholders(), scaled(14_512));
    row(members, "invoices issued", report.invoices(), scaled(170_000));
    row(members, "turnover \"Contracts\" (€, VAT excluded)", money(report.invoicedForContracts()), scaled(56_619_509));
    row(members, "turnover \"Activities\" (€, VAT excluded)", money(report.invoicedForActivities()), scaled(93_388_638));
    row(members, "automatic reminders", report.reminders(), scaled(37_500));
    row(members, "formal notices", report.formalNotices(), null);
    row(members, "handed over to collection", report.handovers(), null);
    row(members, "written off (client in default)", report.writtenOff(), null);
    row(members, "average client payment delay in the balance sheet (days)", report.balanceSheetPaymentDays(), BigDecimal.valueOf(45));
    row(members, "average days from issue to full payment", report.averagePaymentDays(), null);

    FundReport fund = report.fund();
    Table guarantee = table("Guarantee fund", "figure", List.of("value"));
    row(guarantee, "contributions (€)", money(fund.contributed()), null);
    row(guarantee, "advances: salaries paid ahead of clients (€)", money(fund.advanced()), null);
    row(guarantee, "recovered from clients (€)", money(fund.recovered()), null);
    row(guarantee, "losses on clients in default (€)", money(fund.lost()), scaled(167_920));
    row(guarantee, "advances outstanding (€)", money(fund.outstanding()), null);
    row(guarantee, "reserve (€)", money(fund.balance()), null);

    PortfolioTable leasing = report.leasing();
    Table leases = table("Leasing portfolio, as at " + leasing.asOf(), "figure", List.of("value"));
    row(leases, "new contracts in the year", leasing.newContracts(), scaled(271));
    row(leases, "leases running", leasing.leasesRunning(), scaled(156));
    row(leases, "outstanding total (€)", money(leasing.outstandingTotal()), scaled(333_039));
    row(leases, "total value of contracts/amendments (€)", money(leasing.valueSigned()), scaled(561_077));
    row(leases, "average duration (months)", leasing.averageDuration(), BigDecimal.valueOf(14));
    row(leases, "average contract value (€): value signed / leases running", money(leasing.averageContractValue()), new BigDecimal("3596.65"));
    row(leases, "average monthly instalment (€)", money(leasing.averageInstalment()), new BigDecimal("306.45"));
    row(leases, "interest accrued since 1 January (€)", money(leasing.interestAccrued()), scaled(30_829));
  }

  /** The page in Markdown. */
  String markdown() {
    StringBuilder page = new StringBuilder("# ").append(title).append("\n\n").append(scaleNote()).append('\n');
    for (Table table : tables) {
      page.append("\n## ").append(table.title()).append("\n\n| ").append(table.first());
      List<String> separators = new ArrayList<>(List.of("---"));
      for (String column : table.columns()) {
        page.append(" | ").append(column).append(" | report 2017 | deviation");
        separators.addAll(List.of("---:", "---:", "---:"));
      }
      page.append(" |\n|").append(String.join("|", separators)).append("|\n");
      for (Row row : table.rows()) {
        page.append("| ").append(row.name());
        for (Cell cell : row.cells()) {
          page.append(" | ").append(cell.value().toPlainString()).append(" | ").append(plain(cell.reported())).append(" | ")
              .append(cell.deviation() == null ? "" : cell.deviation().toPlainString() + " %");
        }
        page.append(" |\n");
      }
    }
    return page.toString();
  }

  /** The page in HTML, each deviation drawn as a bar: right of the axis above the report, left below it, cut at ±100 %. */
  String html() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
            + "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}td:first-child,th:first-child{text-align:left}"
            + ".bar{display:inline-block;width:100px;height:.8em;background:#eee;position:relative}"
            + ".bar span{position:absolute;height:100%;background:#4a7}.bar span.below{background:#c54}</style></head><body>\n<h1>")
        .append(escape(title)).append("</h1>\n<p>").append(escape(scaleNote())).append("</p>\n");
    for (Table table : tables) {
      page.append("<h2>").append(escape(table.title())).append("</h2>\n<table><tr><th>").append(escape(table.first())).append("</th>");
      for (String column : table.columns()) page.append("<th>").append(escape(column)).append("</th><th>report 2017</th><th>deviation</th>");
      page.append("</tr>\n");
      for (Row row : table.rows()) {
        page.append("<tr><td>").append(escape(row.name())).append("</td>");
        for (Cell cell : row.cells()) {
          page.append("<td>").append(cell.value().toPlainString()).append("</td><td>").append(plain(cell.reported())).append("</td><td>")
              .append(bar(cell.deviation())).append("</td>");
        }
        page.append("</tr>\n");
      }
      page.append("</table>\n");
    }
    return page.append("</body></html>\n").toString();
  }

  private String scaleNote() {
    return "Scale " + scale + " of the 2017 volume: the report's volumes are scaled, its averages are not.";
  }

  private static String bar(BigDecimal deviation) {
    if (deviation == null) return "";
    int width = Math.min(50, deviation.abs().divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).intValue());
    String position = deviation.signum() < 0 ? "class=\"below\" style=\"right:50px;width:" + width + "px\""
        : "style=\"left:50px;width:" + width + "px\"";
    return "<span class=\"bar\"><span " + position + "></span></span> " + deviation.toPlainString() + " %";
  }

  private static String plain(BigDecimal reported) {
    return reported == null ? "" : reported.toPlainString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private Table table(String title, String first, List<String> columns) {
    Table table = new Table(title, first, columns, new ArrayList<>());
    tables.add(table);
    return table;
  }

  private void typeRow(Table table, String name, TypeLine line, long workers, long gross, long days) {
    table.rows().add(new Row(name, List.of(new Cell(BigDecimal.valueOf(line.workers()), scaled(workers)),
        new Cell(money(line.gross()), scaled(gross)), new Cell(BigDecimal.valueOf(line.days()), scaled(days)))));
  }

  private void row(Table table, String name, Object value, BigDecimal reported) {
    BigDecimal figure = value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue());
    table.rows().add(new Row(name, List.of(new Cell(figure, reported))));
  }

  private BigDecimal scaled(long reported) {
    return BigDecimal.valueOf(reported).multiply(BigDecimal.valueOf(scale)).setScale(reported * scale >= 100 ? 0 : 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(Money money) {
    return money.getAmount();
  }
}
