package coop.smart.server;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Role;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiActivityRepository;
import coop.smart.persistence.JdbiAuditTrail;
import coop.smart.persistence.JdbiClientRepository;
import coop.smart.persistence.JdbiContractRepository;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.JdbiLedger;
import coop.smart.persistence.JdbiMemberRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;

/**
 * Records stored straight into a running server's database, for the resources that use them
 * without depending on the resources that create them over HTTP.
 */
final class StoredBooks {

  private final Database database;
  private final NationalEntity entity;

  StoredBooks(RunningServer server, String entity) {
    this.database = server.dependencies().database();
    this.entity = EntityCatalog.standard().entity(entity);
  }

  EntityCode code() {
    return entity.code();
  }

  /** A member holding one share, who may invoice through an activity. */
  Member shareholder(String name) {
    return new JdbiMemberRepository(database, entity.code()).save(Member.join(entity.code(), PersonKind.NATURAL_PERSON, name).buyShares(1, ShareCategory.A));
  }

  Client client(String name, String country, String vatNumber) {
    return new JdbiClientRepository(database, entity.code()).save(Client.register(entity.code(), name, country, ClientKind.BUSINESS, vatNumber));
  }

  Client clientById(String id) {
    return new JdbiClientRepository(database, entity.code()).find(ClientId.parse(id)).orElseThrow();
  }

  /** The stored member {@code id}, after buying one share. */
  Member withShare(String id) {
    JdbiMemberRepository members = new JdbiMemberRepository(database, entity.code());
    return members.save(members.find(MemberId.parse(id)).orElseThrow().buyShares(1, ShareCategory.A));
  }

  /** A Belgian venue, a business with a VAT number: invoiced at the standard rate. */
  Client localBusiness() {
    return client("Brussels venue", "BE", "BE0412345678");
  }

  /** An employee's contract for one day of eight hours, declared that day, invoicing {@code amount}. */
  Contract declaredContract(Member member, Client client, String amount, LocalDate day) {
    Contract draft = Contract.draft(entity, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
        HolderKind.INDIVIDUAL, day, day, List.of(new WorkDay(day, BigDecimal.valueOf(8))), money(amount), null, Rate.parse("0.11")));
    return contracts().save(draft.declare(entity, member, 0, day));
  }

  Contract draftContract(Member member, Client client, String amount, LocalDate day) {
    return contracts().save(Contract.draft(entity, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE,
        "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, day, day, List.of(new WorkDay(day, BigDecimal.valueOf(8))), money(amount), null,
        Rate.parse("0.11"))));
  }

  /** The contract's invoice, issued through the operations as on {@code day}, for a story that happened then. */
  Invoice invoiceIssuedOn(Contract contract, LocalDate day) {
    EntityStores then = new JdbiEntityStores(database, entity, VatArea.standard(), Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return new Invoices(then).issueForContract(new Actor("test", entity.code(), Role.ADMIN, null, null), contract.id(), null, day);
  }

  Contract contract(ContractId id) {
    return contracts().find(id).orElseThrow();
  }

  Activity activity(Member administrator, String name) {
    return new JdbiActivityRepository(database, entity.code())
        .save(Activity.open(entity, administrator, name, Sector.of("performing arts"), LocalDate.of(2017, 1, 2)));
  }

  Money money(String amount) {
    return Money.of(entity.currency(), new BigDecimal(amount));
  }

  Money balance(AccountType type, Object subject) {
    return new JdbiLedger(database, entity.code(), entity.currency()).balance(subject == null ? Account.of(type) : Account.of(type, subject));
  }

  int journalEntries() {
    return new JdbiLedger(database, entity.code(), entity.currency()).entries().size();
  }

  List<String> auditActions(String subjectType, Object subjectId) {
    return new JdbiAuditTrail(database, entity.code()).about(subjectType, subjectId.toString()).stream().map(record -> record.action()).toList();
  }

  private JdbiContractRepository contracts() {
    return new JdbiContractRepository(database, entity);
  }
}
