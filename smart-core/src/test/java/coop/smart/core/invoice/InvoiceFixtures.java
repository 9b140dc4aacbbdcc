package coop.smart.core.invoice;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.member.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Shared inputs of the invoice tests: the shipped entities, clients of each VAT case, terms in a line. */
final class InvoiceFixtures {

  static final EntityCatalog CATALOG = EntityCatalog.standard();
  static final NationalEntity BE = CATALOG.entity("BE");
  static final NationalEntity FR = CATALOG.entity("FR");

  private InvoiceFixtures() {
  }

  static Money eur(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  static Client client(NationalEntity entity, String country, ClientKind kind, String vatNumber) {
    return Client.register(entity.code(), "Client in " + country, country, kind, vatNumber);
  }

  static InvoiceLine line(String description, String quantity, String unitPrice) {
    return new InvoiceLine(description, new BigDecimal(quantity), eur(unitPrice));
  }

  /** Terms for an individual's work under a contract, with no structure named. */
  static InvoiceTerms terms(Client client, LocalDate issueDate, InvoiceLine... lines) {
    return terms(client, null, HolderKind.INDIVIDUAL, issueDate, lines);
  }

  /** Terms for work under a contract. */
  static InvoiceTerms terms(Client client, String structure, HolderKind holder, LocalDate issueDate, InvoiceLine... lines) {
    return new InvoiceTerms(client, MemberId.random(), ContractId.next(), null, structure, holder, issueDate, List.of(lines));
  }

  static InvoiceChange issue(NationalEntity entity, InvoiceTerms terms) {
    return Invoice.issue(entity, VatArea.standard(), new InMemoryInvoiceNumbering(), terms);
  }

  /** A Belgian invoice of 1,000.00 excluding VAT to a Belgian business: VAT 210.00, total 1,210.00, fee 65.00, due 2017-04-14. */
  static Invoice thousandEuros() {
    return issue(BE, terms(client(BE, "BE", ClientKind.BUSINESS, "BE0123456789"), LocalDate.of(2017, 3, 15),
        line("Concert", "1", "1000.00"))).invoice();
  }
}
