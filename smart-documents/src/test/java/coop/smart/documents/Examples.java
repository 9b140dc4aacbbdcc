package coop.smart.documents;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.PostalAddress;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Invoices of every VAT case an entity handles, each with its parties, as the document tests
 * render them: the shipped entities with the example issuer data of the test classpath.
 */
final class Examples {

  static final EntityCatalog CATALOG = EntityCatalog.standard();
  static final NationalEntity BE = CATALOG.entity("BE");
  static final NationalEntity FR = CATALOG.entity("FR");
  static final LocalDate ISSUED = LocalDate.of(2026, 11, 30);

  /** The VAT cases of the documents issue, with what each invoice is. */
  enum Case {
    STANDARD, EXEMPT_TRAINING, REVERSE_CHARGE, OUTSIDE_EU, FRENCH
  }

  private Examples() {
  }

  static Money eur(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  static Member member(NationalEntity entity, Language language) {
    return Member.join(entity.code(), PersonKind.NATURAL_PERSON, "Jeanne Dubois-Van Damme", language);
  }

  static Client client(Case which) {
    return switch (which) {
      case STANDARD, EXEMPT_TRAINING -> Client.register(BE.code(), "Atelier Lumière SRL", "BE", ClientKind.BUSINESS, "BE0987654394",
          new PostalAddress("Rue de la Loi 16", "1000", "Bruxelles"), null, Language.FR);
      case REVERSE_CHARGE -> Client.register(BE.code(), "Théâtre du Nord SARL", "FR", ClientKind.BUSINESS, "FR11123456782",
          new PostalAddress("4 place du Théâtre", "59000", "Lille"), ElectronicAddress.parse("0009:12345678200010", "electronicAddress"),
          Language.NL);
      case OUTSIDE_EU -> Client.register(BE.code(), "Harbour Arts Ltd", "CA", ClientKind.BUSINESS, null,
          new PostalAddress("100 King Street West", "M5X 1A9", "Toronto"), ElectronicAddress.parse("0060:123456789", "electronicAddress"),
          Language.EN);
      case FRENCH -> Client.register(FR.code(), "Compagnie des Quais SAS", "FR", ClientKind.BUSINESS, "FR40303265045",
          new PostalAddress("12 quai des Chartrons", "33000", "Bordeaux"), ElectronicAddress.parse("0009:30326504500026", "electronicAddress"),
          Language.DE);
    };
  }

  static NationalEntity entity(Case which) {
    return which == Case.FRENCH ? FR : BE;
  }

  /** A week's contract of the member for the client, ending 2026-11-06. */
  static Contract contract(NationalEntity entity, Member member, Client client, String structure) {
    return Contract.draft(entity, new ContractTerms(member.id(), client.id(), null, ContractType.ARTIST, structure, HolderKind.INDIVIDUAL,
        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6),
        List.of(WorkDay.of("2026-11-02", "7.5"), WorkDay.of("2026-11-03", "8"), WorkDay.of("2026-11-05", "6")),
        eur("1850.00"), eur("120.00"), Rate.parse("0.1775")));
  }

  /** The issued invoice of {@code which}: a contract's for the Belgian cases, an activity-less French one otherwise. */
  static IssuedInvoice invoice(Case which) {
    NationalEntity entity = entity(which);
    Client client = client(which);
    Member member = member(entity, Language.NL);
    String structure = which == Case.EXEMPT_TRAINING ? "TRAINING" : "ASSOCIATED_PRODUCTIONS";
    if (which == Case.FRENCH) return invoiceTo(entity, client);
    Contract contract = contract(entity, member, client, structure);
    Invoice invoice = Invoice.issue(entity, VatArea.standard(), new InMemoryInvoiceNumbering(), new InvoiceTerms(client, member.id(),
        contract.id(), null, structure, HolderKind.INDIVIDUAL, ISSUED, lines()), contract.end()).invoice();
    return new IssuedInvoice(entity, invoice, client, member, contract);
  }

  /** An invoice of {@code entity} to {@code client} for a contract the documents are not shown. */
  static IssuedInvoice invoiceTo(NationalEntity entity, Client client) {
    Member member = member(entity, null);
    Invoice invoice = Invoice.issue(entity, VatArea.standard(), new InMemoryInvoiceNumbering(), new InvoiceTerms(client, member.id(),
        ContractId.next(), null, null, HolderKind.INDIVIDUAL, ISSUED, lines())).invoice();
    return new IssuedInvoice(entity, invoice, client, member, null);
  }

  /** Three lines: days, hours and a flat fee, one with a quantity in halves. */
  static List<InvoiceLine> lines() {
    return List.of(
        new InvoiceLine("Répétitions et mise en scène", new BigDecimal("2.5"), eur("480.00")),
        new InvoiceLine("Technical rehearsal, hours", new BigDecimal("6"), eur("65.50")),
        new InvoiceLine("Création lumière — forfait", BigDecimal.ONE, eur("257.00")));
  }

  /** The invoice of {@code which} with a credit note of 300.00 (VAT included) issued a week later. */
  static IssuedInvoice credited(Case which) {
    IssuedInvoice issued = invoice(which);
    Invoice credited = issued.invoice().credit(ISSUED.plusDays(7), eur("300.00")).invoice();
    return new IssuedInvoice(issued.entity(), credited, issued.client(), issued.member(), issued.contract());
  }
}
