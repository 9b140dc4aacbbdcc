package coop.smart.server.api.contracts;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import coop.smart.server.api.RequiredFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.joda.money.Money;

/**
 * A contract to draft. The core checks the terms and names every missing or invalid field at
 * once; this record checks only the shape of the work days, which it turns into the core's.
 * {@code activity}, {@code structure} (where the entity has one structure only), {@code holder}
 * (INDIVIDUAL) and {@code expenses} (none) may be left out.
 */
record NewContract(UUID member, UUID client, UUID activity, ContractType contractType, String structure, HolderKind holder,
                   LocalDate start, LocalDate end, List<Day> workDays, Money invoicedAmount, Money expenses, Rate withholdingRate) {

  /** A day worked, with its hours as a decimal string ("7.5"), as rates are written. */
  record Day(LocalDate date, String hours) {
  }

  private static final Pattern HOURS = Pattern.compile("\\d{1,2}(\\.\\d{1,4})?");
  private static final BigDecimal DAY = BigDecimal.valueOf(24);

  NewContract {
    RequiredFields fields = new RequiredFields();
    if (workDays != null) {
      for (int i = 0; i < workDays.size(); i++) {
        Day day = workDays.get(i);
        String field = "workDays[" + i + "]";
        if (day == null) {
          fields.refuse(field, "is required");
          continue;
        }
        fields.require(field + ".date", day.date()).require(field + ".hours", day.hours());
        if (day.hours() != null && !validHours(day.hours())) {
          fields.refuse(field + ".hours", "must be a decimal string of hours more than 0 and at most 24, such as \"7.5\": '" + day.hours() + "'");
        }
      }
    }
    fields.check();
  }

  private static boolean validHours(String text) {
    if (!HOURS.matcher(text).matches()) return false;
    BigDecimal hours = new BigDecimal(text);
    return hours.signum() > 0 && hours.compareTo(DAY) <= 0;
  }

  ContractTerms terms() {
    return new ContractTerms(member == null ? null : new MemberId(member), client == null ? null : new ClientId(client),
        activity == null ? null : new ActivityId(activity), contractType, structure, holder, start, end,
        workDays == null ? null : workDays.stream().map(day -> new WorkDay(day.date(), new BigDecimal(day.hours()))).toList(),
        invoicedAmount, expenses, withholdingRate);
  }
}
