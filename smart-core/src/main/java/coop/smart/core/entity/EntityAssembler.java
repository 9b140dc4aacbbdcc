package coop.smart.core.entity;

import coop.smart.core.calendar.BusinessCalendar;
import coop.smart.core.calendar.PaymentRule;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Builds one {@link NationalEntity} from its merged data rows, checking every cell. */
final class EntityAssembler {

  private static final List<String> SECTIONS = List.of("entity", "structure", "fee", "payment", "membership", "payroll", "minimumWage", "leasing", "vat", "collection", "invoice", "insurance", "contract", "issuer", "account", "journal");
  /** The sections holding rules, each of which may say until when its values were checked: {@code fee | | verifiedUntil | 2017-12-31}. */
  private static final List<String> RULE_SECTIONS = SECTIONS.subList(2, SECTIONS.size());
  private static final String VERIFIED_UNTIL = "verifiedUntil";
  private static final List<String> ENTITY_KEYS = List.of("code", "name", "legalForm", "currency", "holidays", "services");
  private static final List<String> MEMBERSHIP_KEYS = List.of("contractsWithoutShare", "shareholderOnly");
  private static final List<String> PAYROLL_KEYS = List.of("employerCostRate", "employeeRate", "withholdingRange", "quotaHours", "beyondQuota");
  private static final List<String> VAT_KEYS = List.of("standardRate", "exemptStructures", "exemptMention", "reverseChargeMention", "outsideEuMention");
  private static final List<String> COLLECTION_KEYS = List.of("paymentTermDays", "steps");
  private static final List<String> ISSUER_KEYS = List.of("legalName", "street", "postcode", "city", "vatNumber", "companyId", "iban", "bic",
      "electronicAddress", "language", "paymentReference", "invoicePdf");
  private static final List<String> ADDRESS_KEYS = List.of("street", "postcode", "city");

  private final EntityCode code;
  private final String files;
  private final Map<String, DataRow> header = new HashMap<>();
  private final Map<String, String> structures = new LinkedHashMap<>();
  private final Map<HolderKind, List<Effective<Rate>>> feeRates = new EnumMap<>(HolderKind.class);
  private final List<Effective<PaymentRule>> paymentRules = new ArrayList<>();
  private final Map<LocalDate, Map<String, DataRow>> membership = new TreeMap<>();
  private final Map<ContractType, Map<LocalDate, Map<String, DataRow>>> payroll = new EnumMap<>(ContractType.class);
  private final List<DataRow> minimumWages = new ArrayList<>();
  private final List<Effective<Period>> privateLifeCover = new ArrayList<>();
  private final List<Effective<Period>> contractLength = new ArrayList<>();
  private final List<Effective<Period>> invoiceBackdating = new ArrayList<>();
  private final List<Effective<Rate>> leaseRates = new ArrayList<>();
  private final Map<LocalDate, Map<String, DataRow>> vat = new TreeMap<>();
  private final Map<LocalDate, Map<String, DataRow>> collection = new TreeMap<>();
  private final Map<String, DataRow> issuer = new HashMap<>();
  private final Map<String, LocalDate> verifiedUntil = new HashMap<>();
  private final Map<String, List<Effective<RuleRow>>> ruleRows = new HashMap<>();
  private final Map<LocalDate, Map<String, ChartAccount>> accounts = new TreeMap<>();
  private final Map<LocalDate, Map<JournalKind, ChartJournal>> journals = new TreeMap<>();

  private EntityAssembler(EntityCode code, List<DataRow> rows) {
    this.code = code;
    this.files = rows.stream().map(DataRow::file).distinct().collect(Collectors.joining(", "));
    rows.forEach(this::accept);
  }

  static NationalEntity assemble(EntityCode code, List<DataRow> rows) {
    return new EntityAssembler(code, rows).entity();
  }

  private void accept(DataRow row) {
    if (row.from() != null) {
      ruleRows.computeIfAbsent(row.section() + " " + row.key(), rule -> new ArrayList<>())
          .add(new Effective<>(row.from(), new RuleRow(row.section(), row.key(), row.from(), row.value(), row.source()), row.source()));
    }
    if (row.key().equals(VERIFIED_UNTIL) && RULE_SECTIONS.contains(row.section())) {
      if (row.from() != null) throw row.error("from", "verifiedUntil is not effective-dated; leave 'from' empty");
      verifiedUntil.put(row.section(), row.value(LocalDate::parse));
      return;
    }
    switch (row.section()) {
      case "entity" -> header.put(knownKey(undated(row), ENTITY_KEYS), row);
      case "structure" -> structures.put(undated(row).key(), row.value());
      case "fee" -> feeRates.computeIfAbsent(key(row, HolderKind.class), holder -> new ArrayList<>()).add(effective(row, fraction("a fee rate")));
      case "payment" -> {
        knownKey(row, List.of("rule"));
        paymentRules.add(effective(row, PaymentRule::parse));
      }
      case "membership" -> membership.computeIfAbsent(dated(row), from -> new HashMap<>()).put(knownKey(row, MEMBERSHIP_KEYS), row);
      case "payroll" -> payrollRow(row);
      case "contract" -> {
        knownKey(row, List.of("maximumLength"));
        contractLength.add(effective(row, EntityAssembler::period));
      }
      case "invoice" -> {
        knownKey(row, List.of("maximumBackdating"));
        invoiceBackdating.add(effective(row, EntityAssembler::period));
      }
      case "insurance" -> {
        knownKey(row, List.of("privateLifeCoverAfterLastContract"));
        privateLifeCover.add(effective(row, EntityAssembler::period));
      }
      case "minimumWage" -> {
        knownKey(row, List.of("hourly"));
        minimumWages.add(row);
      }
      case "leasing" -> {
        knownKey(row, List.of("defaultAnnualRate"));
        leaseRates.add(effective(row, fraction("an annual lease rate")));
      }
      case "vat" -> vat.computeIfAbsent(dated(row), from -> new HashMap<>()).put(knownKey(row, VAT_KEYS), row);
      case "collection" -> collection.computeIfAbsent(dated(row), from -> new HashMap<>()).put(knownKey(row, COLLECTION_KEYS), row);
      case "issuer" -> issuer.put(knownKey(undated(row), ISSUER_KEYS), row);
      case "account" -> accounts.computeIfAbsent(dated(row), from -> new HashMap<>()).put(row.key(), row.value(ChartAccount::parse));
      case "journal" -> journals.computeIfAbsent(dated(row), from -> new EnumMap<>(JournalKind.class))
          .put(key(row, JournalKind.class), row.value(ChartJournal::parse));
      default -> throw row.error("section", "unknown section '" + row.section() + "' (expected one of " + SECTIONS + ")");
    }
  }

  /** Payroll keys read {@code TYPE.parameter}, e.g. {@code STUDENT.employeeRate}. */
  private void payrollRow(DataRow row) {
    int dot = row.key().indexOf('.');
    if (dot < 0) throw row.error("key", "payroll keys read CONTRACT_TYPE.parameter, e.g. EMPLOYEE.employeeRate: '" + row.key() + "'");
    ContractType type;
    try {
      type = ContractType.valueOf(row.key().substring(0, dot));
    } catch (IllegalArgumentException e) {
      throw row.error("key", "'" + row.key().substring(0, dot) + "' is not one of " + Arrays.toString(ContractType.values()));
    }
    String parameter = row.key().substring(dot + 1);
    if (!PAYROLL_KEYS.contains(parameter)) throw row.error("key", "unknown payroll parameter '" + parameter + "' (expected one of " + PAYROLL_KEYS + ")");
    payroll.computeIfAbsent(type, t -> new TreeMap<>()).computeIfAbsent(dated(row), from -> new HashMap<>()).put(parameter, row);
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
    CurrencyUnit currency = fact("currency").value(CurrencyUnit::of);
    return new NationalEntity(
        code,
        fact("name").value(),
        fact("legalForm").value(),
        currency,
        services,
        fact("holidays").value(BusinessCalendar::of),
        structures,
        fees,
        new Timeline<>(code, "payment rule", paymentRules),
        membership.isEmpty() ? null : new Timeline<>(code, "membership rule", membershipRules()),
        payrollParameters(),
        minimumWages.isEmpty() ? null : new Timeline<>(code, "minimum hourly wage",
            minimumWages.stream().map(row -> effective(row, text -> Money.of(currency, new BigDecimal(text)))).toList()),
        leases ? new Timeline<>(code, "default annual lease rate", leaseRates) : null,
        vat.isEmpty() ? null : new Timeline<>(code, "VAT rules", ruleSets(vat, "standardRate", "VAT rules", this::vatRules)),
        collection.isEmpty() ? null : new Timeline<>(code, "collection rules",
            ruleSets(collection, "paymentTermDays", "collection rules", this::collectionRules)),
        invoiceBackdating.isEmpty() ? null : new Timeline<>(code, "invoice back-dating", invoiceBackdating),
        privateLifeCover.isEmpty() ? null : new Timeline<>(code, "private-life cover", privateLifeCover),
        contractLength.isEmpty() ? null : new Timeline<>(code, "maximum contract length", contractLength),
        issuer(),
        chart(),
        verifiedUntil,
        citable());
  }

  /**
   * The chart from each date its rows change, each date's rows laid over the chart before; it
   * starts complete in its journals, so every entry has one.
   */
  private Timeline<ChartOfAccounts> chart() {
    if (accounts.isEmpty() && journals.isEmpty()) return null;
    Set<LocalDate> dates = new TreeSet<>(accounts.keySet());
    dates.addAll(journals.keySet());
    List<Effective<ChartOfAccounts>> charts = new ArrayList<>();
    ChartOfAccounts chart = new ChartOfAccounts(Map.of(), Map.of());
    for (LocalDate from : dates) {
      chart = chart.with(accounts.getOrDefault(from, Map.of()), journals.getOrDefault(from, Map.of()));
      charts.add(new Effective<>(from, chart, "account and journal rows from " + from));
    }
    ChartOfAccounts first = charts.get(0).value();
    if (first.accounts().isEmpty() || first.journals().size() < JournalKind.values().length) {
      throw missing("account rows and a journal row for each of " + Arrays.toString(JournalKind.values())
          + " in its first chart of accounts, from " + charts.get(0).from());
    }
    return new Timeline<>(code, "chart of accounts", charts);
  }

  private Map<String, Timeline<RuleRow>> citable() {
    Map<String, Timeline<RuleRow>> rows = new HashMap<>();
    ruleRows.forEach((rule, effective) -> rows.put(rule, new Timeline<>(code, rule, effective)));
    return rows;
  }

  /**
   * One rule per date from rows grouped by date, each sourced by its {@code main} row.
   *
   * @param group what the rows make, for errors: "VAT rules"
   */
  private <T> List<Effective<T>> ruleSets(Map<LocalDate, Map<String, DataRow>> byDate, String main, String group,
                                          BiFunction<LocalDate, Map<String, DataRow>, T> rule) {
    List<Effective<T>> rules = new ArrayList<>();
    byDate.forEach((from, rows) -> rules.add(new Effective<>(from, rule.apply(from, rows), required(rows, main, group, from).source())));
    return rules;
  }

  private VatRules vatRules(LocalDate from, Map<String, DataRow> rows) {
    DataRow rate = required(rows, "standardRate", "VAT rules", from);
    DataRow exempt = rows.get("exemptStructures");
    DataRow exemptMention = rows.get("exemptMention");
    if ((exempt == null) != (exemptMention == null)) {
      throw (exempt == null ? exemptMention : exempt).error("key", "exemptStructures and exemptMention go together");
    }
    Set<String> exemptStructures = exempt == null ? Set.of() : exempt.value(VatRules::parseStructures);
    for (String structure : exemptStructures) {
      if (!structures.containsKey(structure)) {
        throw exempt.error("value", "'" + structure + "' is not a structure of " + code + " (one of " + structures.keySet() + ")");
      }
    }
    try {
      return new VatRules(rate.value(Rate::parse), exemptStructures, exemptMention == null ? null : exemptMention.value(),
          required(rows, "reverseChargeMention", "VAT rules", from).value(), required(rows, "outsideEuMention", "VAT rules", from).value());
    } catch (IllegalArgumentException e) {
      throw rate.error("value", e.getMessage());
    }
  }

  /** The issuer as far as the rows go: documents refuse an incomplete one, loading does not. */
  private Issuer issuer() {
    List<String> address = ADDRESS_KEYS.stream().filter(issuer::containsKey).toList();
    if (!address.isEmpty() && address.size() < ADDRESS_KEYS.size()) {
      throw issuer.get(address.get(0)).error("key", "an issuer's street, postcode and city go together");
    }
    DataRow iban = issuer.get("iban");
    if (iban != null && !Mod97.isIban(iban.value())) throw iban.error("value", "not an IBAN whose check digits hold: '" + iban.value() + "'");
    DataRow vatNumber = issuer.get("vatNumber");
    if (vatNumber != null && !vatNumber.value().matches("[A-Z]{2}[0-9A-Z]{2,13}")) {
      throw vatNumber.error("value", "a VAT number is a country prefix and 2 to 13 letters or digits, e.g. BE0123456789: '" + vatNumber.value() + "'");
    }
    DataRow reference = issuer.get("paymentReference");
    DataRow pdf = issuer.get("invoicePdf");
    return new Issuer(
        issuerText("legalName"),
        address.isEmpty() ? null : issuer.get("street").value(street -> new PostalAddress(street, issuerText("postcode"), issuerText("city"))),
        issuerText("vatNumber"),
        issuerText("companyId"),
        iban == null ? null : iban.value().replace(" ", ""),
        issuerText("bic"),
        issuerValue("electronicAddress", text -> ElectronicAddress.parse(text, "value")),
        issuerValue("language", Language::parse),
        reference == null ? Issuer.PaymentReferenceScheme.ISO_11649 : reference.value(Issuer.PaymentReferenceScheme::valueOf),
        pdf == null ? Issuer.InvoicePdfKind.PDF_A : pdf.value(Issuer.InvoicePdfKind::valueOf));
  }

  private String issuerText(String key) {
    DataRow row = issuer.get(key);
    return row == null ? null : row.value();
  }

  private <T> T issuerValue(String key, Function<String, T> parser) {
    DataRow row = issuer.get(key);
    return row == null ? null : row.value(parser);
  }

  private CollectionRules collectionRules(LocalDate from, Map<String, DataRow> rows) {
    DataRow steps = required(rows, "steps", "collection rules", from);
    int term = required(rows, "paymentTermDays", "collection rules", from).value(CollectionRules::parseTermDays);
    return steps.value(text -> new CollectionRules(term, CollectionRules.parseSteps(text)));
  }

  private List<Effective<MembershipRules>> membershipRules() {
    List<Effective<MembershipRules>> rules = new ArrayList<>();
    membership.forEach((from, rows) -> {
      DataRow count = required(rows, "contractsWithoutShare", "membership", from);
      DataRow reserved = required(rows, "shareholderOnly", "membership", from);
      rules.add(new Effective<>(from, new MembershipRules(count.value(Integer::parseInt), reserved.value(MembershipRules::parseActions)),
          count.source()));
    });
    return rules;
  }

  private Map<ContractType, Timeline<PayrollParameters>> payrollParameters() {
    Map<ContractType, Timeline<PayrollParameters>> parameters = new EnumMap<>(ContractType.class);
    payroll.forEach((type, byDate) -> {
      List<Effective<PayrollParameters>> rows = new ArrayList<>();
      byDate.forEach((from, set) -> rows.add(new Effective<>(from, payrollParameters(type, from, set), required(set, "employerCostRate", type + " payroll", from).source())));
      parameters.put(type, new Timeline<>(code, type + " payroll parameters", rows));
    });
    parameters.forEach((type, timeline) -> timeline.rows().forEach(row -> {
      HourQuota quota = row.value().quota();
      if (quota != null && (!parameters.containsKey(quota.beyond()) || quota.beyond() == type)) {
        throw payroll.get(type).get(row.from()).get("beyondQuota")
            .error("value", "hours beyond the quota need another contract type with payroll rows: " + quota.beyond());
      }
    }));
    return parameters;
  }

  private PayrollParameters payrollParameters(ContractType type, LocalDate from, Map<String, DataRow> set) {
    String group = type + " payroll";
    DataRow range = required(set, "withholdingRange", group, from);
    String[] bounds = range.value().split("\\.\\.");
    if (bounds.length != 2) throw range.error("value", "a withholding range reads LOW..HIGH, e.g. 0..0.50: '" + range.value() + "'");
    DataRow quotaHours = set.get("quotaHours");
    DataRow beyondQuota = set.get("beyondQuota");
    if ((quotaHours == null) != (beyondQuota == null)) {
      throw (quotaHours == null ? beyondQuota : quotaHours).error("key", "quotaHours and beyondQuota go together");
    }
    try {
      return new PayrollParameters(
          required(set, "employerCostRate", group, from).value(Rate::parse),
          required(set, "employeeRate", group, from).value(Rate::parse),
          range.value(text -> Rate.parse(bounds[0])),
          range.value(text -> Rate.parse(bounds[1])),
          quotaHours == null ? null : new HourQuota(quotaHours.value(BigDecimal::new), beyondQuota.value(ContractType::valueOf)));
    } catch (IllegalArgumentException e) {
      throw range.error("value", e.getMessage());
    }
  }

  private DataRow required(Map<String, DataRow> rows, String key, String group, LocalDate from) {
    DataRow row = rows.get(key);
    if (row == null) throw missing("a '" + key + "' row for its " + group + " from " + from);
    return row;
  }

  private DataRow fact(String key) {
    DataRow row = header.get(key);
    if (row == null) throw missing("an 'entity | | " + key + "' row");
    return row;
  }

  private ReferenceDataException missing(String what) {
    return new ReferenceDataException("entity " + code + " (" + files + ") lacks " + what);
  }

  private static DataRow undated(DataRow row) {
    if (row.from() != null) throw row.error("from", "entity facts are not effective-dated; leave 'from' empty");
    return row;
  }

  private static LocalDate dated(DataRow row) {
    if (row.from() == null) throw row.error("from", "a rule needs the date it is in force from");
    return row.from();
  }

  private static String knownKey(DataRow row, List<String> keys) {
    if (!keys.contains(row.key())) throw row.error("key", "unknown " + row.section() + " key '" + row.key() + "' (expected one of " + keys + ")");
    return row.key();
  }

  private static <T> Effective<T> effective(DataRow row, Function<String, T> parser) {
    return new Effective<>(dated(row), row.value(parser), row.source());
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

  /** An ISO-8601 period such as {@code P1Y}, not negative. */
  private static Period period(String text) {
    try {
      Period period = Period.parse(text);
      if (period.isNegative()) throw new IllegalArgumentException("a period must not be negative: " + text);
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 period such as P1Y or P6M: '" + text + "'");
    }
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
