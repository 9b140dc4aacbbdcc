package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ReferenceNotStoredException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

abstract class ContractRepositoryContract extends RepositoryContract<Contract, ContractId> {

  @Override
  ContractRepository repository(EntityCode entity) {
    return new JdbiContractRepository(database, Fixtures.national(entity));
  }

  @Override
  Contract fresh(EntityCode entity) {
    return Fixtures.contract(database, entity, Money.of(Fixtures.currency(entity), 1000));
  }

  @Override
  Contract changed(Contract contract) {
    return contract.cancel();
  }

  @ParameterizedTest
  @CsvSource({"BE, EUR 1234567.89", "SE, SEK 0.01", "HU, HUF 987654321.99"})
  void amounts_keepEveryCent_inTheEntitysCurrency(String entity, String invoiced) {
    EntityCode code = EntityCode.of(entity);
    Contract contract = repository(code).save(Fixtures.contract(database, code, Money.parse(invoiced)));
    Contract read = repository(code).find(contract.id()).orElseThrow();
    assertThat(read.invoicedAmount()).isEqualTo(Money.parse(invoiced));
    assertThat(read.expenses()).isEqualTo(Money.zero(Fixtures.currency(code)).plusMinor(1));
  }

  @Test
  void quotaUsedBefore_findsWhatTheMembersWholeHistoryWould_forEveryContract_askedTogether() {
    Member alice = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    Random random = new Random(2017);
    List<Contract> history = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>(IntStream.range(0, 200).boxed().toList());
    Collections.shuffle(offsets, random);
    for (int offset : offsets.subList(0, 40)) {
      LocalDate start = LocalDate.of(2016, 11, 20).plusDays(3L * offset); // distinct starts: the order is theirs
      List<WorkDay> days = new ArrayList<>();
      for (int day = 0; day <= random.nextInt(5); day++) days.add(new WorkDay(start.plusDays(day), BigDecimal.valueOf(1 + random.nextInt(8))));
      ContractStatus status = ContractStatus.values()[random.nextInt(ContractStatus.values().length)];
      history.add(repository(BE).save(new Contract(ContractId.next(), BE, alice.id(), client.id(), null,
          random.nextBoolean() ? ContractType.STUDENT : ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, start,
          days.get(days.size() - 1).date(), days, Money.parse("EUR 100.00"), Money.parse("EUR 0.00"), Rate.parse("0.11"), status, null, 0)));
    }
    repository(BE).save(fresh(BE)); // another member's
    List<Contract> byStart = history.stream().sorted(Comparator.comparing(Contract::start)).toList();

    // All asked about at once, one of them twice: each answered as alone.
    List<ContractRepository.QuotaAsked> asked = new ArrayList<>(history.stream().map(contract -> new ContractRepository.QuotaAsked(contract,
        contract.start().withDayOfYear(1).minusMonths(1), contract.start().withDayOfYear(1))).toList());
    asked.add(asked.get(0));
    Map<ContractId, QuotaUsage> used = repository(BE).quotaUsedBefore(asked);

    assertThat(used).hasSize(history.size());
    for (Contract contract : history) {
      QuotaUsage read = used.get(contract.id());
      QuotaUsage whole = QuotaUsage.before(byStart, contract);
      for (WorkDay day : contract.workDays()) {
        int year = day.date().getYear();
        assertThat(read.hoursIn(year)).as(contract.start() + " in " + year).isEqualByComparingTo(whole.hoursIn(year));
      }
    }
  }

  /** A student's contracts starting the same day use the quota in the order they were drafted, whatever their number. */
  @Test
  void quotaUsedBefore_countsContractsOfOneStartDate_inTheOrderTheyWereDrafted() {
    Member alice = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    LocalDate start = LocalDate.of(2017, 7, 10);
    List<Contract> drafted = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      drafted.add(Contract.draft(Fixtures.national(BE), new ContractTerms(alice.id(), client.id(), null, ContractType.STUDENT,
          "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, start, start, List.of(new WorkDay(start, new BigDecimal("8"))),
          Money.parse("EUR 100.00"), Money.parse("EUR 0.00"), Rate.parse("0.11"))).declare(Fixtures.national(BE), alice, 0, start));
    }
    List<Contract> stored = new ArrayList<>(drafted);
    Collections.shuffle(stored, new Random(7));
    stored.forEach(contract -> repository(BE).save(contract));

    Map<ContractId, QuotaUsage> used = repository(BE).quotaUsedBefore(drafted.stream()
        .map(contract -> new ContractRepository.QuotaAsked(contract, start.withDayOfYear(1), start.withDayOfYear(1))).toList());

    for (int i = 0; i < drafted.size(); i++) {
      assertThat(used.get(drafted.get(i).id()).hoursIn(2017)).as("contract %d of those drafted", i + 1).isEqualByComparingTo(BigDecimal.valueOf(8L * i));
    }
  }

  @Test
  void countBinding_countsTheMembersDeclaredContracts_butNoFurtherThanAsked() {
    Member alice = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    List<Contract> binding = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      binding.add(repository(BE).save(Fixtures.contractOf(alice, client, Money.parse("EUR 100.00")).declare(Fixtures.national(BE), alice, 0,
          LocalDate.of(2017, 7, 1))));
    }
    repository(BE).save(Fixtures.contractOf(alice, client, Money.parse("EUR 100.00"))); // a draft
    repository(BE).save(Fixtures.contractOf(alice, client, Money.parse("EUR 100.00")).cancel());
    Contract others = repository(BE).save(fresh(BE)); // another member's draft
    MemberId nobody = new MemberId(UUID.randomUUID());

    assertThat(repository(BE).countBinding(List.of(alice.id(), others.member(), nobody), 10))
        .isEqualTo(Map.of(alice.id(), 5, others.member(), 0, nobody, 0));
    assertThat(repository(BE).countBinding(List.of(alice.id()), 3)).isEqualTo(Map.of(alice.id(), 3));
    assertThat(repository(EntityCode.of("FR")).countBinding(List.of(alice.id()), 10)).as("another entity's").isEqualTo(Map.of(alice.id(), 0));
  }

  @Test
  void contractsPaidOrCancelled_beforeTheEntitysRulesApply_areStored() {
    Member alice = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    LocalDate day = Fixtures.national(BE).rulesFrom().minusYears(1);
    List<Contract> history = Stream.of(ContractStatus.PAID, ContractStatus.CANCELLED)
        .map(status -> new Contract(ContractId.next(), BE, alice.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
            HolderKind.INDIVIDUAL, day, day, List.of(new WorkDay(day, BigDecimal.valueOf(4))), Money.parse("EUR 200.00"),
            Money.parse("EUR 0.00"), Rate.parse("0.11"), status, day, 0))
        .toList();

    List<Contract> stored = repository(BE).saveAll(history);

    assertThat(repository(BE).findAll(history.stream().map(Contract::id).toList())).containsExactlyInAnyOrderElementsOf(stored);
  }

  @Test
  void saveChanges_storesEveryChangedContract_orNoneWhenOneIsStale() {
    Contract first = repository(BE).save(fresh(BE));
    Contract second = repository(BE).save(fresh(BE));

    List<Contract> saved = repository(BE).saveChanges(List.of(changed(first), changed(second)));

    assertThat(saved).extracting(Contract::version).containsExactly(2L, 2L);
    assertThat(saved).extracting(Contract::status).containsOnly(ContractStatus.CANCELLED);
    assertThat(repository(BE).findAll(List.of(first.id(), second.id()))).containsExactlyInAnyOrderElementsOf(saved);
    Contract third = repository(BE).save(fresh(BE));
    assertThatThrownBy(() -> repository(BE).saveChanges(List.of(changed(third), changed(first)))).isInstanceOf(ConflictException.class)
        .hasMessageContaining("contract " + first.id());
    assertThat(repository(BE).find(third.id())).contains(third);
    assertThatThrownBy(() -> repository(BE).saveChanges(List.of(changed(Fixtures.contract(database, BE, Money.parse("EUR 1.00")).withVersion(1)))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void ofMember_pagesTheMembersContracts_inIdOrder_withTheirWorkDays() {
    Member alice = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    List<Contract> stored = new ArrayList<>();
    for (int i = 0; i < 5; i++) stored.add(repository(BE).save(Fixtures.contractOf(alice, client, Money.parse("EUR 100.00"))));
    repository(BE).save(fresh(BE)); // another member's

    List<Contract> first = repository(BE).ofMember(alice.id(), null, 3);
    List<Contract> rest = repository(BE).ofMember(alice.id(), first.get(2).id(), 3);
    assertThat(first).hasSize(3);
    assertThat(rest).hasSize(2);
    assertThat(Stream.concat(first.stream(), rest.stream()).toList()).containsExactlyInAnyOrderElementsOf(stored)
        .allSatisfy(contract -> assertThat(contract.workDays()).hasSize(3));
    assertThat(repository(BE).ofMember(alice.id(), rest.get(1).id(), 3)).isEmpty();
    assertThat(repository(EntityCode.of("FR")).ofMember(alice.id(), null, 3)).as("another entity's repository").isEmpty();
  }

  @Test
  void contract_ofAMemberNotStored_isNotFound() {
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    Contract orphan = Fixtures.contractOf(Fixtures.member(BE), client, Money.parse("EUR 10.00"));
    assertThatThrownBy(() -> repository(BE).save(orphan)).isInstanceOf(ReferenceNotStoredException.class)
        .hasMessage("member: member " + orphan.member() + " is not stored in BE")
        .satisfies(refused -> assertThat(((ReferenceNotStoredException) refused).asValidation().errors()).containsOnlyKeys("member"));
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void contract_ofAClientNotStored_isNotFound() {
    Member member = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    Contract orphan = Fixtures.contractOf(member, Fixtures.client(BE), Money.parse("EUR 10.00"));
    assertThatThrownBy(() -> repository(BE).save(orphan)).isInstanceOf(ReferenceNotStoredException.class)
        .hasMessage("client: client " + orphan.client() + " is not stored in BE");
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void contract_ofAMemberAndClientOfAnotherEntity_isNotFound() {
    EntityCode france = EntityCode.of("FR");
    Member member = new JdbiMemberRepository(database, france).save(Fixtures.member(france));
    Client client = new JdbiClientRepository(database, france).save(Fixtures.client(france));
    Contract stranger = Fixtures.contractOf(member, client, Money.parse("EUR 10.00"));
    Contract inBelgium = new Contract(stranger.id(), BE, stranger.member(), stranger.client(), null, stranger.type(), stranger.structure(),
        stranger.holder(), stranger.start(), stranger.end(), stranger.workDays(), stranger.invoicedAmount(), stranger.expenses(),
        stranger.withholdingRate(), stranger.status(), stranger.declaredOn(), 0);
    assertThatThrownBy(() -> repository(BE).save(inBelgium)).isInstanceOf(NotFoundException.class)
        .hasMessage("member: member %s is not stored in BE; client: client %s is not stored in BE", member.id(), client.id());
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void saveAll_withOneContractOfAMemberNotStored_isNotFound_andStoresNoneOfThem() {
    Client client = new JdbiClientRepository(database, BE).save(Fixtures.client(BE));
    Contract stored = fresh(BE);
    Contract orphan = Fixtures.contractOf(Fixtures.member(BE), client, Money.parse("EUR 10.00"));
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(stored, orphan)))
        .isInstanceOf(NotFoundException.class).hasMessage("member: member " + orphan.member() + " is not stored in BE");
    assertThat(repository(BE).count()).isZero();
  }
}
