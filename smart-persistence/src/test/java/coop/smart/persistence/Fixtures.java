package coop.smart.persistence;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceChange;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Aggregates as the stores receive them, in the entities the tests use. */
final class Fixtures {

  static final EntityCode BE = EntityCode.of("BE");
  static final EntityCode FR = EntityCode.of("FR");
  static final EntityCode SE = EntityCode.of("SE");
  static final EntityCode HU = EntityCode.of("HU");

  private static final Map<EntityCode, CurrencyUnit> CURRENCIES =
      Map.of(BE, CurrencyUnit.EUR, FR, CurrencyUnit.EUR, SE, CurrencyUnit.of("SEK"), HU, CurrencyUnit.of("HUF"));

  /** The day the fixtures' invoices are issued, under every entity's first rules. */
  static final LocalDate ISSUED_ON = LocalDate.of(2017, 3, 15);

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final VatArea VAT_AREA = VatArea.standard();
  /** Numbers for invoices stored without the database's numbering; never the same twice, so they never collide. */
  private static final InvoiceNumbering NUMBERS = new InMemoryInvoiceNumbering();

  private Fixtures() {
  }

  static CurrencyUnit currency(EntityCode entity) {
    return CURRENCIES.get(entity);
  }

  static Member member(EntityCode entity) {
    return Member.join(entity, PersonKind.NATURAL_PERSON, "Alice Martin");
  }

  static Client client(EntityCode entity) {
    return Client.register(entity, "Théâtre du Parc", "BE", ClientKind.BUSINESS, "BE 0123.456.789");
  }

  /** A draft contract for {@code invoiced}, its member and client stored first, as a contract's insert requires. */
  static Contract contract(Database database, EntityCode entity, Money invoiced) {
    Member member = new JdbiMemberRepository(database, entity).save(member(entity));
    Client client = new JdbiClientRepository(database, entity).save(client(entity));
    return contractOf(member, client, invoiced);
  }

  static Contract contractOf(Member member, Client client, Money invoiced) {
    return new Contract(ContractId.next(), member.entity(), member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
        HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14),
        List.of(WorkDay.of("2017-07-14", "7.5"), WorkDay.of("2017-07-10", "8"), WorkDay.of("2017-07-11", "3.25")),
        invoiced, Money.zero(invoiced.getCurrencyUnit()).plusMinor(1), Rate.parse("0.1125"), ContractStatus.DRAFT, null, 0);
  }

  static NationalEntity national(EntityCode entity) {
    return CATALOG.entity(entity);
  }

  /** A music activity administered by {@code administrators}, who are stored members of one entity. */
  static Activity activityOf(Member... administrators) {
    return new Activity(ActivityId.random(), administrators[0].entity(), "Studio Nord", Sector.of("music"),
        Arrays.stream(administrators).map(Member::id).collect(Collectors.toSet()), Set.of(), 0, 0);
  }

  /** A new activity of {@code entity}, its administrator stored first. */
  static Activity activity(Database database, EntityCode entity) {
    return activityOf(new JdbiMemberRepository(database, entity).save(member(entity)));
  }

  /** Terms of one and a half units of {@code unitPrice} for the work of a stored contract, to its client. */
  static InvoiceTerms terms(Client client, Contract contract, Money unitPrice) {
    return new InvoiceTerms(client, contract.member(), contract.id(), null, null, HolderKind.INDIVIDUAL, ISSUED_ON,
        List.of(new InvoiceLine("Concert", new BigDecimal("1.5"), unitPrice)));
  }

  static InvoiceChange issue(EntityCode entity, InvoiceNumbering numbering, InvoiceTerms terms) {
    return Invoice.issue(national(entity), VAT_AREA, numbering, terms);
  }

  /** The terms of an invoice of {@code unitPrice} funding a contract stored with its member and client. */
  static InvoiceTerms storedTerms(Database database, EntityCode entity, Money unitPrice) {
    Contract contract = new JdbiContractRepository(database, national(entity)).save(contract(database, entity, unitPrice));
    Client client = new JdbiClientRepository(database, entity).find(contract.client()).orElseThrow();
    return terms(client, contract, unitPrice);
  }

  /** A new invoice of {@code unitPrice}, numbered in memory, whatever it refers to stored first. */
  static Invoice invoice(Database database, EntityCode entity, Money unitPrice) {
    return issue(entity, NUMBERS, storedTerms(database, entity, unitPrice)).invoice();
  }

  /** A new lease of {@code equipment} to {@code activity} at 6 % over a year from 15 January 2018. */
  static Lease lease(Activity activity, Equipment... equipment) {
    return Lease.restore(LeaseId.random(), activity.entity(), activity.id(), List.of(equipment), Rate.parse("0.06"), 12,
        LocalDate.of(2018, 1, 15), List.of(), null, 0);
  }
}
