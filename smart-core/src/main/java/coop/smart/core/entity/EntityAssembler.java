package coop.smart.core.entity;

import coop.smart.core.calendar.BusinessCalendar;
import coop.smart.core.calendar.PaymentRule;
import coop.smart.core.money.Rate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/** Builds one {@link NationalEntity} from its merged data rows, checking every cell. */
final class EntityAssembler {

  private static final List<String> ENTITY_KEYS = List.of("code", "name", "legalForm", "currency", "holidays", "services");

  private final EntityCode code;
  private final String files;
  private final Map<String, DataRow> header = new HashMap<>();
  private final Map<HolderKind, List<Effective<Rate>>> feeRates = new EnumMap<>(HolderKind.class);
  private final List<Effective<PaymentRule>> paymentRules = new ArrayList<>();
  private final List<Effective<Rate>> leaseRates = new ArrayList<>();

  private EntityAssembler(EntityCode code, List<DataRow> rows) {
    this.code = code;
    this.files = rows.stream().map(DataRow::file).distinct().collect(Collectors.joining(", "));
    rows.forEach(this::accept);
  }

  static NationalEntity assemble(EntityCode code, List<DataRow> rows) {
    return new EntityAssembler(code, rows).entity();
  }

  private void accept(DataRow row) {
    switch (row.section()) {
      case "entity" -> {
        if (row.from() != null) throw row.error("from", "entity facts are not effective-dated; leave 'from' empty");
        if (!ENTITY_KEYS.contains(row.key())) throw row.error("key", "unknown entity fact '" + row.key() + "' (expected one of " + ENTITY_KEYS + ")");
        header.put(row.key(), row);
      }
      case "fee" -> feeRates.computeIfAbsent(key(row, HolderKind.class), holder -> new ArrayList<>()).add(effective(row, fraction("a fee rate")));
      case "payment" -> {
        if (!row.key().equals("rule")) throw row.error("key", "unknown payment fact '" + row.key() + "' (expected rule)");
        paymentRules.add(effective(row, PaymentRule::parse));
      }
      case "leasing" -> {
        if (!row.key().equals("defaultAnnualRate")) throw row.error("key", "unknown leasing fact '" + row.key() + "' (expected defaultAnnualRate)");
        leaseRates.add(effective(row, fraction("an annual lease rate")));
      }
      default -> throw row.error("section", "unknown section '" + row.section() + "' (expected entity, fee, payment or leasing)");
    }
  }

  private NationalEntity entity() {
    for (HolderKind holder : HolderKind.values()) {
      if (!feeRates.containsKey(holder)) throw missing("a fee row for " + holder);
    }
    if (paymentRules.isEmpty()) throw missing("a payment rule row");
    Set<EntityService> services = fact("services").value(EntityAssembler::services);
    boolean leases = services.contains(EntityService.EQUIPMENT_LEASING);
    if (leases && leaseRates.isEmpty()) throw missing("a 'leasing | from | defaultAnnualRate' row, as it offers EQUIPMENT_LEASING");
    if (!leases && !leaseRates.isEmpty()) {
      throw new ReferenceDataException("entity " + code + " (" + files + ") has leasing rows but its services do not include EQUIPMENT_LEASING");
    }
    Map<HolderKind, Timeline<Rate>> fees = new EnumMap<>(HolderKind.class);
    feeRates.forEach((holder, rows) -> fees.put(holder, new Timeline<>(code, "fee rate for " + holder, rows)));
    return new NationalEntity(
        code,
        fact("name").value(),
        fact("legalForm").value(),
        fact("currency").value(CurrencyUnit::of),
        services,
        fact("holidays").value(BusinessCalendar::of),
        fees,
        new Timeline<>(code, "payment rule", paymentRules),
        leases ? new Timeline<>(code, "default annual lease rate", leaseRates) : null);
  }

  private DataRow fact(String key) {
    DataRow row = header.get(key);
    if (row == null) throw missing("an 'entity | | " + key + "' row");
    return row;
  }

  private ReferenceDataException missing(String what) {
    return new ReferenceDataException("entity " + code + " (" + files + ") lacks " + what);
  }

  private static <T> Effective<T> effective(DataRow row, Function<String, T> parser) {
    if (row.from() == null) throw row.error("from", "a rule needs the date it is in force from");
    return new Effective<>(row.from(), row.value(parser), row.source());
  }

  private static <E extends Enum<E>> E key(DataRow row, Class<E> type) {
    try {
      return Enum.valueOf(type, row.key());
    } catch (IllegalArgumentException e) {
      throw row.error("key", "'" + row.key() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** Reads a rate that cannot exceed the whole, e.g. {@code what} = "a fee rate". */
  private static Function<String, Rate> fraction(String what) {
    return text -> {
      Rate rate = Rate.parse(text);
      if (rate.compareTo(Rate.ONE) > 0) throw new IllegalArgumentException(what + " is a fraction of one, at most 1: " + text);
      return rate;
    };
  }

  private static Set<EntityService> services(String text) {
    Set<EntityService> services = EnumSet.noneOf(EntityService.class);
    for (String name : text.split("\\s+")) {
      try {
        services.add(EntityService.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + name + "' is not one of " + Arrays.toString(EntityService.values()));
      }
    }
    return services;
  }
}
