package coop.smart.core.entity;

import coop.smart.core.calendar.BusinessCalendar;
import coop.smart.core.calendar.PaymentRule;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Amounts;
import coop.smart.core.money.Rate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A national entity of the cooperative and its rules, each an effective-dated {@link Timeline}
 * read from the entity's data file (see {@link EntityCatalog}).
 *
 * @param structures the legal vehicles contracts run under, code → name (empty when the entity
 *     has a single one)
 * @param membership what is reserved to shareholders, or null when the entity reserves nothing
 * @param payroll payroll parameters per contract type offered (empty until the entity ships them)
 * @param minimumHourlyWage the legal minimum gross hourly wage, or null when not shipped
 * @param defaultLeaseRates the annual rate of a new lease that sets none; present exactly when
 *     the entity offers {@link EntityService#EQUIPMENT_LEASING}, null otherwise
 * @param vat how invoices are taxed (R8), or null when not shipped
 * @param privateLifeCover how long after a member's last contract the private-life accident
 *     cover lasts (R6), or null when not shipped
 * @param maximumContractLength how long a fixed-term contract may last (one month in Belgium),
 *     or null when not shipped
 * @param collection when invoices are due and how unpaid ones are chased (R9), or null when not
 *     shipped
 * @param invoiceBackdating how long before the day it is issued an invoice may be dated, the
 *     entity's own policy; null when not shipped, and then an invoice bears the day it is issued
 * @param issuer the entity as its documents name it, as far as its data says
 * @param chart the statutory chart the ledger's accounts map to, or null when the data ships none
 * @param verifiedUntil for each data section ("fee", "payroll"…), the day until which its values
 *     were checked against their sources; a section the data says nothing about is absent
 * @param ruleRows every dated data row by {@code "section key"} ("fee INDIVIDUAL"), for figures to
 *     cite; empty for an entity not read from data
 */
public record NationalEntity(
    EntityCode code,
    String name,
    String legalForm,
    CurrencyUnit currency,
    Set<EntityService> services,
    BusinessCalendar calendar,
    Map<String, String> structures,
    Map<HolderKind, Timeline<Rate>> feeRates,
    Timeline<PaymentRule> paymentRules,
    Timeline<MembershipRules> membership,
    Map<ContractType, Timeline<PayrollParameters>> payroll,
    Timeline<Money> minimumHourlyWage,
    Timeline<Rate> defaultLeaseRates,
    Timeline<VatRules> vat,
    Timeline<CollectionRules> collection,
    Timeline<Period> invoiceBackdating,
    Timeline<Period> privateLifeCover,
    Timeline<Period> maximumContractLength,
    Issuer issuer,
    Timeline<ChartOfAccounts> chart,
    Map<String, LocalDate> verifiedUntil,
    Map<String, Timeline<RuleRow>> ruleRows) {

  /** Rule code of the refusal to compute pay for an entity that ships no payroll data. */
  public static final String NO_PAYROLL_PARAMETERS = "NO_PAYROLL_PARAMETERS";
  /** Rule code of the refusal to check wages for an entity that ships no minimum wage. */
  public static final String NO_MINIMUM_WAGE = "NO_MINIMUM_WAGE";
  /** Rule code of the refusal of a service the entity does not offer. */
  public static final String SERVICE_NOT_OFFERED = "SERVICE_NOT_OFFERED";
  /** Rule code of the refusal to invoice for an entity that ships no VAT rules. */
  public static final String NO_VAT_RULES = "NO_VAT_RULES";
  /** Rule code of the refusal to draft a contract for an entity that ships no contract rules. */
  public static final String NO_CONTRACT_RULES = "NO_CONTRACT_RULES";
  /** Rule code of the refusal to tell insurance cover for an entity that ships no insurance rules. */
  public static final String NO_INSURANCE_RULES = "NO_INSURANCE_RULES";
  /** Rule code of the refusal to invoice for an entity that ships no collection rules. */
  public static final String NO_COLLECTION_RULES = "NO_COLLECTION_RULES";
  /** The last day a date may name: years have four digits, in ISO 8601 dates as in invoice numbers. */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  public NationalEntity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(legalForm, "legalForm");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(paymentRules, "paymentRules");
    Objects.requireNonNull(issuer, "issuer");
    services = Set.copyOf(services);
    structures = Collections.unmodifiableMap(new LinkedHashMap<>(structures));
    feeRates = Map.copyOf(feeRates);
    payroll = Map.copyOf(payroll);
    verifiedUntil = Collections.unmodifiableMap(new TreeMap<>(verifiedUntil));
    ruleRows = Map.copyOf(ruleRows);
    for (HolderKind holder : HolderKind.values()) {
      if (!feeRates.containsKey(holder)) throw new IllegalArgumentException(code + " has no fee rate for " + holder);
    }
  }

  /** The fee rate for a holder kind in force on {@code on}. */
  public Rate feeRate(HolderKind holder, LocalDate on) {
    return feeRates.get(Objects.requireNonNull(holder, "holder")).on(on);
  }

  /** Every holder kind's fee rate in force on {@code on}. */
  public Map<HolderKind, Rate> feeRatesOn(LocalDate on) {
    Map<HolderKind, Rate> rates = new EnumMap<>(HolderKind.class);
    for (HolderKind holder : HolderKind.values()) rates.put(holder, feeRate(holder, on));
    return rates;
  }

  /**
   * R1: {@code fee = half-up(amount × feeRate(holder, on))} on an amount excluding VAT in the
   * entity's currency.
   */
  public Fee fee(Money amount, HolderKind holder, LocalDate on) {
    return fee(amount, holder, on, Trace.NONE);
  }

  /** R1 as {@link #fee(Money, HolderKind, LocalDate)}, writing the fee down in {@code trace}. */
  public Fee fee(Money amount, HolderKind holder, LocalDate on, Trace trace) {
    Amounts.requireNonNegative(amount, "amount", currency, code);
    Rate rate = feeRate(holder, on);
    Money fee = rate.of(amount, RoundingMode.HALF_UP);
    trace.figure("fee", fee, () -> "half-up(" + amount.getAmount().toPlainString() + " × " + rate + ")",
        ruleRow("fee", holder.name(), on));
    return new Fee(code, holder, on, rate, amount, fee);
  }

  /** The payment-timing rule that applies to a clock starting on {@code start}. */
  public PaymentRule paymentRule(LocalDate start) {
    return paymentRules.on(start);
  }

  /**
   * R2: when the guaranteed salary for a service ending on {@code serviceEnd} is paid.
   *
   * @param declaredOn the day the contract was declared, or null when not known; the clock
   *     starts at the later of the two dates
   * @throws ValidationException naming {@code serviceEnd}, or {@code declaredOn} when it starts
   *     the clock, when the entity's rules do not apply to it ({@link #requireRulesApply})
   */
  public GuaranteedPayment paymentDates(LocalDate serviceEnd, LocalDate declaredOn) {
    return paymentDates(serviceEnd, declaredOn, Trace.NONE);
  }

  /**
   * R2 as {@link #paymentDates(LocalDate, LocalDate)}, writing down in {@code trace} when the clock
   * starts, the payment rule row in force then, the days it counted and skipped to the guaranteed
   * date, and the days stepped back over to the payment date.
   */
  public GuaranteedPayment paymentDates(LocalDate serviceEnd, LocalDate declaredOn, Trace trace) {
    if (serviceEnd == null) throw ValidationException.of("serviceEnd", "is required");
    requireRulesApply("serviceEnd", serviceEnd);
    LocalDate start = declaredOn != null && declaredOn.isAfter(serviceEnd) ? requireRulesApply("declaredOn", declaredOn) : serviceEnd;
    trace.date("start", start, () -> declaredOn == null ? "the end of service " + serviceEnd
        : "the later of the end of service " + serviceEnd + " and the declaration " + declaredOn, List.of());
    PaymentRule rule = paymentRule(start);
    PaymentRule.PaymentDates dates = rule.datesFrom(start, calendar);
    List<RuleRow> rows = ruleRow("payment", "rule", start);
    trace.date("guaranteedDate", dates.guaranteedDate(), () -> rule.timing().inWords(start, dates.guaranteedDate(), calendar), rows);
    trace.date("paymentDate", dates.paymentDate(), () -> calendar.precedingOrSameInWords(dates.guaranteedDate(), dates.paymentDate()), rows);
    return new GuaranteedPayment(code, serviceEnd, start, rule, dates.guaranteedDate(), dates.paymentDate());
  }

  /**
   * The payroll parameters of a contract type in force on {@code on}.
   *
   * @throws BusinessRuleException when the entity ships no payroll parameters at all
   * @throws ValidationException when the entity does not offer {@code type}
   */
  public PayrollParameters payrollParameters(ContractType type, LocalDate on) {
    if (payroll.isEmpty()) throw new BusinessRuleException(NO_PAYROLL_PARAMETERS, "no payroll parameters configured for " + code);
    Timeline<PayrollParameters> parameters = payroll.get(type);
    if (parameters == null) {
      throw ValidationException.of("contractType", type + " is not a contract type of " + code + " (offered: " + payroll.keySet() + ")");
    }
    return parameters.on(on);
  }

  /** What the entity reserves to shareholders on {@code on}; nothing when it ships no such rule. */
  public MembershipRules membershipRules(LocalDate on) {
    return membership == null ? MembershipRules.UNRESTRICTED : membership.on(on);
  }

  /** The minimum gross hourly wage in force on {@code on}. */
  public Money minimumHourlyWage(LocalDate on) {
    if (minimumHourlyWage == null) throw new BusinessRuleException(NO_MINIMUM_WAGE, "no minimum wage configured for " + code);
    return minimumHourlyWage.on(on);
  }

  /** Refuses, naming the entity, a request for a service it does not offer. */
  public void requireService(EntityService service) {
    if (!services.contains(service)) {
      throw new BusinessRuleException(SERVICE_NOT_OFFERED, this + " does not offer " + service + " (it offers " + new TreeSet<>(services) + ")");
    }
  }

  /** The annual rate of a lease starting on {@code on} that sets none. */
  public Rate defaultLeaseRate(LocalDate on) {
    requireService(EntityService.EQUIPMENT_LEASING);
    return defaultLeaseRates.on(on);
  }

  /** The VAT rules in force on {@code on}. */
  public VatRules vatRules(LocalDate on) {
    if (vat == null) throw new BusinessRuleException(NO_VAT_RULES, "no VAT rules configured for " + code);
    return vat.on(on);
  }

  /** The payment term and collection steps in force on {@code on}. */
  public CollectionRules collectionRules(LocalDate on) {
    if (collection == null) throw new BusinessRuleException(NO_COLLECTION_RULES, "no collection rules configured for " + code);
    return collection.on(on);
  }

  /** How long before the day it is issued, {@code on}, an invoice may be dated; none when the entity ships no such policy. */
  public Period invoiceBackdating(LocalDate on) {
    return invoiceBackdating == null ? Period.ZERO : invoiceBackdating.on(on);
  }

  /** The first day the entity's rules apply: the earliest its data puts any rule in force. */
  public LocalDate rulesFrom() {
    // Asked of every date a request names: a plain loop, without the objects a stream would make each time.
    LocalDate from = earliest(paymentRules.firstFrom(), membership, minimumHourlyWage, defaultLeaseRates, vat, collection, invoiceBackdating,
        privateLifeCover, maximumContractLength);
    for (Timeline<Rate> rates : feeRates.values()) from = earliest(from, rates);
    for (Timeline<PayrollParameters> parameters : payroll.values()) from = earliest(from, parameters);
    return from;
  }

  /** The earliest of {@code from} and the first days of the {@code timelines} shipped (not null). */
  private static LocalDate earliest(LocalDate from, Timeline<?>... timelines) {
    LocalDate earliest = from;
    for (Timeline<?> timeline : timelines) {
      if (timeline != null && timeline.firstFrom().isBefore(earliest)) earliest = timeline.firstFrom();
    }
    return earliest;
  }

  /**
   * Refuses a date the entity's rules do not reach: before they apply, or past {@link #LAST_DAY};
   * a missing one too.
   *
   * @param field the field the date was given in, which the refusal names
   * @return {@code date}
   * @throws ValidationException naming {@code field}
   */
  public LocalDate requireRulesApply(String field, LocalDate date) {
    if (date == null) throw ValidationException.of(field, "is required");
    if (date.isBefore(rulesFrom())) {
      throw ValidationException.of(field, "must not be before " + rulesFrom() + ", when the rules of " + this + " start to apply: " + date);
    }
    if (date.isAfter(LAST_DAY)) throw ValidationException.of(field, "must not be after " + LAST_DAY + ", as years have four digits: " + date);
    return date;
  }

  /** The chart of accounts in force on {@code on}, which the entity's books are exported in. */
  public ChartOfAccounts chartOfAccounts(LocalDate on) {
    if (chart == null) {
      throw new BusinessRuleException(ChartOfAccounts.NO_CHART_OF_ACCOUNTS, "no chart of accounts configured for " + this
          + ": its embedder ships one as 'account' and 'journal' rows before its books can be exported");
    }
    return chart.on(on);
  }

  /** How long a fixed-term contract starting on {@code start} may last. */
  public Period maximumContractLength(LocalDate start) {
    if (maximumContractLength == null) throw new BusinessRuleException(NO_CONTRACT_RULES, "no contract rules configured for " + code);
    return maximumContractLength.on(start);
  }

  /** How long the private-life cover runs after the end of a member's last contract ending on {@code lastEnd}. */
  public Period privateLifeCover(LocalDate lastEnd) {
    if (privateLifeCover == null) throw new BusinessRuleException(NO_INSURANCE_RULES, "no insurance rules configured for " + code);
    return privateLifeCover.on(lastEnd);
  }

  /**
   * How recent the rules of {@code sections} are, for an answer asked for {@code asked}.
   *
   * @param sections data sections the answer used, e.g. "fee", "payroll"
   */
  public RulesCoverage coverage(LocalDate asked, String... sections) {
    Map<String, LocalDate> used = new LinkedHashMap<>();
    for (String section : sections) used.put(section, verifiedUntil.get(section));
    return new RulesCoverage(asked, used);
  }

  /** The data row of {@code section} and {@code key} in force on {@code on}, as a figure cites it; none when not read from data. */
  public List<RuleRow> ruleRow(String section, String key, LocalDate on) {
    Timeline<RuleRow> rows = ruleRows.get(section + " " + key);
    return rows == null ? List.of() : List.of(rows.on(on));
  }

  /** What the entity's data lets the library compute for it. */
  public Set<Capability> capabilities() {
    Set<Capability> capabilities = EnumSet.of(Capability.FEES, Capability.PAYMENT_DATES);
    if (!payroll.isEmpty()) capabilities.add(Capability.PAY);
    if (!payroll.isEmpty() && maximumContractLength != null) capabilities.add(Capability.CONTRACTS);
    if (minimumHourlyWage != null) capabilities.add(Capability.PLATFORM_WORK);
    if (vat != null && collection != null) capabilities.add(Capability.INVOICING);
    if (privateLifeCover != null) capabilities.add(Capability.INSURANCE);
    if (defaultLeaseRates != null) capabilities.add(Capability.LEASING);
    return capabilities;
  }

  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
