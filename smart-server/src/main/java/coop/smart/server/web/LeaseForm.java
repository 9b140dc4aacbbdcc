package coop.smart.server.web;

import coop.smart.core.entity.NationalEntity;
import coop.smart.core.money.Rate;
import coop.smart.server.api.LeaseRequest;
import java.time.LocalDate;
import org.joda.money.Money;

/** The lease quote's form, as typed; without a rate, the entity's default rate applies, as in the API. */
public record LeaseForm(String principal, String months, String rate, String startDate) {

  static LeaseForm read(FormFields fields, LocalDate today) {
    return new LeaseForm(value(fields.text("principal"), "3000.00"), value(fields.text("months"), "36"), value(fields.text("rate"), ""),
        value(fields.text("startDate"), today.withDayOfMonth(1).plusMonths(1).toString()));
  }

  LeaseRequest request(NationalEntity entity, FormFields fields) {
    fields.required("principal");
    fields.required("months");
    fields.required("startDate");
    Money amount = fields.money("principal", entity.currency());
    Integer count = fields.integer("months");
    Rate annual = fields.percent("rate");
    LocalDate start = fields.date("startDate");
    fields.check();
    return new LeaseRequest(entity.code().value(), amount, annual, count, start, false);
  }

  private static String value(String typed, String otherwise) {
    return typed == null ? otherwise : typed;
  }
}
