package coop.smart.server.web;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * A contract's draft as typed: the days worked are every day from the start to the end, each
 * with the same hours, which is how most short contracts are declared. The core checks the terms,
 * as it does the API's.
 */
public record ContractForm(String client, String activity, String contractType, String structure, String start, String end,
                           String hoursPerDay, String invoiced, String expenses, String withholding) {

  static ContractForm blank(LocalDate today) {
    return new ContractForm("", "", ContractType.EMPLOYEE.name(), "", today.toString(), today.toString(), "8", "", "0.00", "11");
  }

  static ContractForm read(FormFields fields) {
    return new ContractForm(text(fields, "client"), text(fields, "activity"), text(fields, "contractType"), text(fields, "structure"),
        text(fields, "start"), text(fields, "end"), text(fields, "hoursPerDay"), text(fields, "invoiced"), text(fields, "expenses"),
        text(fields, "withholding"));
  }

  /** The terms for {@code member}, or every field that does not read. */
  ContractTerms terms(NationalEntity entity, MemberId member, FormFields fields) {
    UUID clientId = fields.id("client");
    UUID activityId = fields.id("activity");
    ContractType type = fields.choice("contractType", ContractType.class);
    LocalDate from = fields.date("start");
    LocalDate to = fields.date("end");
    BigDecimal hours = fields.number("hoursPerDay");
    if (hours != null && (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0)) fields.refuse("hoursPerDay", "error.hours");
    fields.required("invoiced");
    Money amount = fields.money("invoiced", entity.currency());
    Money costs = fields.money("expenses", entity.currency());
    fields.required("withholding");
    Rate rate = fields.percent("withholding");
    fields.check();
    return new ContractTerms(member, clientId == null ? null : new ClientId(clientId), activityId == null ? null : new ActivityId(activityId),
        type, fields.text("structure"), HolderKind.INDIVIDUAL, from, to, days(from, to, hours), amount, costs, rate);
  }

  /** Each day of the period worked {@code hours}; none when the period does not read, or is longer than any contract. */
  private static List<WorkDay> days(LocalDate from, LocalDate to, BigDecimal hours) {
    List<WorkDay> days = new ArrayList<>();
    if (from == null || to == null || hours == null || to.isBefore(from) || to.isAfter(from.plusMonths(2))) return days;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) days.add(new WorkDay(day, hours));
    return days;
  }

  private static String text(FormFields fields, String name) {
    String value = fields.text(name);
    return value == null ? "" : value;
  }
}
