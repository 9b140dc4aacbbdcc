package coop.smart.core.cases;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.OpenEndedContract;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayPart;
import coop.smart.core.contract.PayRules;
import coop.smart.core.contract.PlatformAgreement;
import coop.smart.core.contract.QuotaSplit;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ChartAccount;
import coop.smart.core.entity.ChartJournal;
import coop.smart.core.entity.ChartOfAccounts;
import coop.smart.core.entity.CollectionRules;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.GuaranteedPayment;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.HourQuota;
import coop.smart.core.entity.JournalKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.MembershipRules;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.ReferenceDataException;
import coop.smart.core.entity.VatArea;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * Reads the rule cases beside the entity data files and checks them against the rules. For a
 * data file {@code coop/smart/entities/BE.txt} the cases are {@code coop/smart/entities/BE.cases.txt}
 * on the same classpath, so an embedder's extension {@code acme/XX.txt} takes its cases from
 * {@code acme/XX.cases.txt}. A case file has one case per line,
 * {@code kind | on | inputs | expected | source}; blank lines and lines starting with {@code #}
 * are ignored. The kinds, with their inputs and the figures they can expect:
 *
 * <ul>
 *   <li>{@code fee}: {@code holder amount} → {@code feeRate fee}
 *   <li>{@code payment} (on = end of service): {@code [declaredOn]} → {@code start guaranteed paid}
 *   <li>{@code pay} (on = end of service): {@code type [holder] invoiced [expenses] withholding [hoursBefore hours]}
 *       → {@code fee employmentBudget employerContributions gross employeeContributions taxable
 *       withholdingTax net within beyond beyondRates}; with {@code hours}, the student quota
 *       splits them after {@code hoursBefore} hours in the year
 *   <li>{@code vat} (on = issue date): {@code country kind [vatNumber] [structure] net} → {@code treatment vat mention}
 *   <li>{@code collection} (on = issue date) → {@code due steps}
 *   <li>{@code invoice} (on = the day it is issued) → {@code earliestDate}, the earliest date it may bear
 *   <li>{@code membership}: a member without a share, {@code declaredSoFar} or {@code action} → {@code allowed}
 *   <li>{@code minimumWage} → {@code hourly}
 *   <li>{@code lease} (on = start): {@code principal months} at the entity's default rate → {@code annualRate instalment totalInterest rows}
 *   <li>{@code insurance} (on = end of the last contract) → {@code privateLifeCoverUntil}
 *   <li>{@code contract} (on = start) → {@code latestEnd}
 *   <li>{@code platform} (on = the first day worked, R4): {@code minimumHours hourly allowance hours}, the hours of
 *       consecutive days from {@code on} → {@code paidHours gross equipmentAllowance}
 *   <li>{@code openEnded} (on = the first day of the first month): {@code type [holder] estimate withholding invoiced},
 *       the amounts invoiced in consecutive months → {@code salaryCost gross net fees gaps balance}, {@code fees} and
 *       {@code gaps} one amount a month
 * </ul>
 * Any kind can expect {@code refused=RULE_CODE}, or {@code refused=field} for an invalid input.
 * Amounts are written without currency, in the entity's; numbers compare by value.
 */
public final class RuleCases {

  private static final Pattern PAIR = Pattern.compile("(\\w+)=(\"([^\"]*)\"|\\S+)");
  private static final String[] COLUMNS = {"kind", "on", "inputs", "expected", "source"};

  private RuleCases() {
  }

  /** The cases beside every data file {@code loader} sees (see {@link EntityCatalog#dataFiles}). */
  public static List<RuleCase> load(ClassLoader loader) {
    List<RuleCase> cases = new ArrayList<>();
    EntityCatalog.dataFiles(loader).forEach((path, entity) -> {
      String casesPath = path.replaceFirst("\\.txt$", "") + ".cases.txt";
      URL url = loader.getResource(casesPath);
      if (url != null) cases.addAll(read(casesPath.substring(casesPath.lastIndexOf('/') + 1), url, entity));
    });
    return cases;
  }

  /** What goes wrong when {@code cases} are checked against {@code catalog}: one line per wrong figure. */
  public static List<String> failures(EntityCatalog catalog, List<RuleCase> cases) {
    List<String> failures = new ArrayList<>();
    for (RuleCase ruleCase : cases) {
      Map<String, String> actual = figures(catalog.entity(ruleCase.entity()), ruleCase);
      ruleCase.expected().forEach((figure, expected) -> {
        String got = actual.get(figure);
        if (!same(expected, got)) {
          failures.add(ruleCase + ": " + figure + " expected " + expected + ", got " + (got == null ? "nothing" : got)
              + (actual.containsKey("refused") && !figure.equals("refused") ? " (refused: " + actual.get("refused") + ")" : "")
              + "; expectation from " + ruleCase.source());
        }
      });
    }
    return failures;
  }

  /** Every figure the case's computation gives, or {@code refused} when the rules refuse it. */
  static Map<String, String> figures(NationalEntity entity, RuleCase ruleCase) {
    try {
      return switch (ruleCase.kind()) {
        case "fee" -> fee(entity.fee(money(entity, ruleCase.input("amount")), HolderKind.valueOf(ruleCase.input("holder")), ruleCase.on()));
        case "payment" -> payment(entity.paymentDates(ruleCase.on(), date(ruleCase.input("declaredOn", null))));
        case "pay" -> pay(entity, ruleCase);
        case "vat" -> vat(entity, ruleCase);
        case "collection" -> collection(entity.collectionRules(ruleCase.on()), ruleCase.on());
        case "invoice" -> Map.of("earliestDate", ruleCase.on().minus(entity.invoiceBackdating(ruleCase.on())).toString());
        case "membership" -> Map.of("allowed", String.valueOf(membership(entity.membershipRules(ruleCase.on()), entity, ruleCase)));
        case "minimumWage" -> Map.of("hourly", amount(entity.minimumHourlyWage(ruleCase.on())));
        case "lease" -> lease(AmortisationSchedule.of(money(entity, ruleCase.input("principal")), entity.defaultLeaseRate(ruleCase.on()),
            Integer.parseInt(ruleCase.input("months")), ruleCase.on()));
        case "insurance" -> Map.of("privateLifeCoverUntil", ruleCase.on().plus(entity.privateLifeCover(ruleCase.on())).toString());
        case "contract" -> Map.of("latestEnd", ruleCase.on().plus(entity.maximumContractLength(ruleCase.on())).minusDays(1).toString());
        case "platform" -> platform(entity, ruleCase);
        case "openEnded" -> openEnded(entity, ruleCase);
        case "account" -> account(entity.chartOfAccounts(ruleCase.on()), ruleCase.input("type"));
        case "journal" -> journal(entity.chartOfAccounts(ruleCase.on()).journals().get(JournalKind.valueOf(ruleCase.input("journal"))));
        default -> throw new IllegalArgumentException(ruleCase.where() + ": unknown kind '" + ruleCase.kind() + "'");
      };
    } catch (BusinessRuleException e) {
      return Map.of("refused", e.rule());
    } catch (ValidationException e) {
      return Map.of("refused", String.join(" ", e.errors().keySet()));
    }
  }

  private static Map<String, String> account(ChartOfAccounts chart, String type) {
    ChartAccount account = chart.accounts().get(type);
    return account == null ? Map.of() : Map.of("number", account.number(), "name", account.name());
  }

  private static Map<String, String> journal(ChartJournal journal) {
    return Map.of("code", journal.code(), "name", journal.name());
  }

  private static Map<String, String> fee(Fee fee) {
    return Map.of("feeRate", fee.rate().value().toPlainString(), "fee", amount(fee.fee()));
  }

  private static Map<String, String> payment(GuaranteedPayment payment) {
    return Map.of("start", payment.start().toString(), "guaranteed", payment.guaranteedDate().toString(),
        "paid", payment.paymentDate().toString());
  }

  private static Map<String, String> pay(NationalEntity entity, RuleCase ruleCase) {
    ContractType type = ContractType.valueOf(ruleCase.input("type"));
    PayRules rules = PayRules.of(entity, type, HolderKind.valueOf(ruleCase.input("holder", "INDIVIDUAL")), ruleCase.on());
    QuotaSplit split = null;
    if (ruleCase.inputs().containsKey("hours")) {
      HourQuota quota = rules.parameters().quota();
      if (quota == null) throw new IllegalArgumentException(ruleCase.where() + ": " + type + " has no quota to split hours by");
      QuotaUsage before = new QuotaUsage(Map.of(ruleCase.on().getYear(), new BigDecimal(ruleCase.input("hoursBefore", "0"))));
      split = before.split(quota, List.of(new WorkDay(ruleCase.on(), new BigDecimal(ruleCase.input("hours")))));
    }
    PayBreakdown pay = rules.forward(money(entity, ruleCase.input("invoiced")), money(entity, ruleCase.input("expenses", "0")),
        Rate.parse(ruleCase.input("withholding")), split);
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("fee", amount(pay.fee()));
    figures.put("employmentBudget", amount(pay.employmentBudget()));
    figures.put("employerContributions", amount(pay.employerContributions()));
    figures.put("gross", amount(pay.gross()));
    figures.put("employeeContributions", amount(pay.employeeContributions()));
    figures.put("taxable", amount(pay.taxable()));
    figures.put("withholdingTax", amount(pay.withholdingTax()));
    figures.put("net", amount(pay.net()));
    if (split != null) {
      figures.put("within", split.withinHours().toPlainString());
      figures.put("beyond", split.beyondHours().toPlainString());
      figures.put("beyondRates", pay.parts().stream().map(PayPart::ratesOf).filter(rates -> rates != type).map(Enum::name)
          .collect(Collectors.joining(" ")));
    }
    return figures;
  }

  private static Map<String, String> vat(NationalEntity entity, RuleCase ruleCase) {
    Client client = Client.register(entity.code(), "client", ruleCase.input("country"), ClientKind.valueOf(ruleCase.input("kind")),
        ruleCase.input("vatNumber", null));
    VatDecision decision = entity.vatRules(ruleCase.on()).decide(entity.code(), client, ruleCase.input("structure", null), ruleCase.on(),
        VatArea.standard());
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("treatment", decision.treatment().name());
    figures.put("vat", amount(decision.on(money(entity, ruleCase.input("net")))));
    figures.put("mention", decision.mention() == null ? "" : decision.mention());
    return figures;
  }

  private static Map<String, String> collection(CollectionRules rules, LocalDate issued) {
    LocalDate due = rules.dueDate(issued);
    return Map.of("due", due.toString(), "steps",
        rules.steps().stream().map(step -> step.kind() + " " + step.dateFor(due)).collect(Collectors.joining(", ")));
  }

  private static boolean membership(MembershipRules rules, NationalEntity entity, RuleCase ruleCase) {
    Member withoutShare = Member.join(entity.code(), PersonKind.NATURAL_PERSON, "member");
    try {
      if (ruleCase.inputs().containsKey("action")) {
        rules.requireMay(withoutShare, MemberAction.valueOf(ruleCase.input("action")));
      } else {
        rules.requireMayDeclareContract(withoutShare, Integer.parseInt(ruleCase.input("declaredSoFar")));
      }
      return true;
    } catch (BusinessRuleException e) {
      if (!e.rule().equals(MembershipRules.SHARE_REQUIRED)) throw e;
      return false;
    }
  }

  private static Map<String, String> platform(NationalEntity entity, RuleCase ruleCase) {
    PlatformAgreement agreement = new PlatformAgreement(ClientId.random(), new BigDecimal(ruleCase.input("minimumHours")),
        money(entity, ruleCase.input("hourly")), money(entity, ruleCase.input("allowance")));
    List<String> hours = List.of(ruleCase.input("hours").split(" "));
    List<WorkDay> days = new ArrayList<>();
    for (int i = 0; i < hours.size(); i++) days.add(new WorkDay(ruleCase.on().plusDays(i), new BigDecimal(hours.get(i))));
    PlatformAgreement.PlatformPay pay = agreement.pay(entity, days);
    return Map.of("paidHours", pay.paidHours().toPlainString(), "gross", amount(pay.gross()), "equipmentAllowance",
        amount(pay.equipmentAllowance()));
  }

  private static Map<String, String> openEnded(NationalEntity entity, RuleCase ruleCase) {
    PayRules rules = PayRules.of(entity, ContractType.valueOf(ruleCase.input("type")),
        HolderKind.valueOf(ruleCase.input("holder", "INDIVIDUAL")), ruleCase.on());
    YearMonth start = YearMonth.from(ruleCase.on());
    OpenEndedContract contract = OpenEndedContract.fromEstimate(MemberId.random(), rules, money(entity, ruleCase.input("estimate")),
        Rate.parse(ruleCase.input("withholding")), start);
    List<String> invoiced = List.of(ruleCase.input("invoiced").split(" "));
    for (int i = 0; i < invoiced.size(); i++) contract = contract.record(entity, start.plusMonths(i), money(entity, invoiced.get(i)));
    return Map.of("salaryCost", amount(contract.salary().employmentBudget()), "gross", amount(contract.salary().gross()),
        "net", amount(contract.salary().net()),
        "fees", contract.months().stream().map(month -> amount(month.fee())).collect(Collectors.joining(" ")),
        "gaps", contract.months().stream().map(month -> amount(month.gap())).collect(Collectors.joining(" ")),
        "balance", amount(contract.balance()));
  }

  private static Map<String, String> lease(AmortisationSchedule schedule) {
    return Map.of("annualRate", schedule.annualRate().value().toPlainString(), "instalment", amount(schedule.instalment()),
        "totalInterest", amount(schedule.totalInterest()), "rows", String.valueOf(schedule.rows().size()));
  }

  private static boolean same(String expected, String actual) {
    if (actual == null) return false;
    if (expected.equals(actual)) return true;
    try {
      return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Money money(NationalEntity entity, String amount) {
    return Money.of(entity.currency(), new BigDecimal(amount));
  }

  private static String amount(Money money) {
    return money.getAmount().toPlainString();
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  static List<RuleCase> read(String name, URL url, EntityCode entity) {
    List<RuleCase> cases = new ArrayList<>();
    String text;
    try (var in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule cases " + name, e);
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].stripLeading().startsWith("#")) continue;
      String where = name + " line " + (i + 1);
      String[] cells = lines[i].split("\\|", -1);
      if (cells.length != COLUMNS.length) {
        throw new ReferenceDataException(where + ": expected " + COLUMNS.length + " columns (" + String.join(" | ", COLUMNS) + "), found " + cells.length);
      }
      try {
        cases.add(new RuleCase(where, entity, cells[0].strip(), LocalDate.parse(cells[1].strip()), pairs(cells[2]), pairs(cells[3]),
            cells[4].strip()));
      } catch (DateTimeParseException e) {
        throw new ReferenceDataException(where + ", column 'on': not an ISO date (yyyy-mm-dd): '" + cells[1].strip() + "'");
      }
    }
    return cases;
  }

  private static Map<String, String> pairs(String cell) {
    Map<String, String> pairs = new LinkedHashMap<>();
    Matcher matcher = PAIR.matcher(cell);
    while (matcher.find()) pairs.put(matcher.group(1), matcher.group(3) != null ? matcher.group(3) : matcher.group(2));
    return pairs;
  }
}
