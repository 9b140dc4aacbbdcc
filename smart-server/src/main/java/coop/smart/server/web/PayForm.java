package coop.smart.server.web;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.money.Rate;
import coop.smart.server.api.PayRequest;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.Money;

/**
 * The pay simulator's form, as typed (shown back as it was), and the simulation it asks the API's
 * computation for: from the amount invoiced, from the net wanted, or from a daily rate times the
 * days worked, which is the amount invoiced.
 */
public record PayForm(String mode, String invoiced, String net, String dailyRate, String days, String contractType, String holder,
                      String expenses, String withholding, String serviceEnd) {

  public static final String FROM_INVOICE = "invoice";
  public static final String FROM_NET = "net";
  public static final String DAILY = "daily";

  /** What the simulator shows first: a thousand invoiced, as an employee, 11 % withheld, on today's rules. */
  static PayForm example(LocalDate today) {
    return new PayForm(FROM_INVOICE, "1000.00", "", "", "", ContractType.EMPLOYEE.name(), HolderKind.INDIVIDUAL.name(), "0.00", "11",
        today.toString());
  }

  static PayForm read(FormFields fields, LocalDate today) {
    String mode = fields.text("mode");
    return new PayForm(mode == null ? FROM_INVOICE : mode, blank(fields.text("invoiced")), blank(fields.text("net")),
        blank(fields.text("dailyRate")), blank(fields.text("days")), blank(fields.text("contractType")), blank(fields.text("holder")),
        blank(fields.text("expenses")), blank(fields.text("withholding")),
        fields.text("serviceEnd") == null ? today.toString() : fields.text("serviceEnd"));
  }

  /** The simulation the form asks for, or every field that does not read. */
  PayRequest request(NationalEntity entity, FormFields fields) {
    fields.required("contractType");
    fields.required("withholding");
    ContractType type = fields.choice("contractType", ContractType.class);
    HolderKind holderKind = fields.choice("holder", HolderKind.class);
    Money costs = fields.money("expenses", entity.currency());
    Rate rate = fields.percent("withholding");
    LocalDate end = fields.date("serviceEnd");
    Money from = null;
    Money wanted = null;
    switch (mode) {
      case FROM_NET -> {
        fields.required("net");
        wanted = fields.money("net", entity.currency());
      }
      case DAILY -> {
        fields.required("dailyRate");
        fields.required("days");
        Money perDay = fields.money("dailyRate", entity.currency());
        Integer count = fields.integer("days");
        if (count != null && count < 1) fields.refuse("days", "error.notAWholeNumber");
        else if (perDay != null && count != null) from = perDay.multipliedBy(count);
      }
      default -> {
        fields.required("invoiced");
        from = fields.money("invoiced", entity.currency());
      }
    }
    fields.check();
    return new PayRequest(entity.code().value(), holderKind, type, from, wanted, costs, rate, end, false);
  }

  /** The form's fields as the browser would send them. */
  Map<String, String> fields() {
    return Map.of("mode", mode, "invoiced", invoiced, "net", net, "dailyRate", dailyRate, "days", days, "contractType", contractType,
        "holder", holder, "expenses", expenses, "withholding", withholding, "serviceEnd", serviceEnd);
  }

  public boolean daily() {
    return DAILY.equals(mode);
  }

  /** The days worked as a number, in daily mode once it reads. */
  Integer dayCount() {
    try {
      return daily() && !days.isEmpty() ? Integer.valueOf(days) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
