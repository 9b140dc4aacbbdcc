package coop.smart.persistence;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractType;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

  /** A draft contract for {@code invoiced}, its member and client stored first, as the schema requires. */
  static Contract contract(Database database, EntityCode entity, Money invoiced) {
    Member member = new JdbiMemberRepository(database, entity).save(member(entity));
    Client client = new JdbiClientRepository(database, entity).save(client(entity));
    return contractOf(member, client, invoiced);
  }

  static Contract contractOf(Member member, Client client, Money invoiced) {
    return new Contract(ContractId.random(), member.entity(), member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
        HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14),
        List.of(WorkDay.of("2017-07-14", "7.5"), WorkDay.of("2017-07-10", "8"), WorkDay.of("2017-07-11", "3.25")),
        invoiced, Money.zero(invoiced.getCurrencyUnit()).plusMinor(1), Rate.parse("0.1125"), ContractStatus.DRAFT, null, 0);
  }
}
