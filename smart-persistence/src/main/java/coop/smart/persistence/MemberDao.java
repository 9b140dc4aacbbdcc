package coop.smart.persistence;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.BindList;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.member.Shareholding;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(MemberDao.Row.class)
interface MemberDao {

  /**
   * A row of {@code members}; a member without shares has neither a count nor a category, one
   * without a bank account no IBAN.
   */
  record Row(String entity, UUID id, PersonKind kind, String name, Language language, Integer shares, ShareCategory shareCategory,
             String iban, String bic, String accountHolder, long version) {

    static Row of(Member member) {
      Shareholding holding = member.shares();
      BankAccount account = member.bankAccount();
      return new Row(member.entity().value(), member.id().value(), member.kind(), member.name(), member.language(),
          holding == null ? null : holding.shares(), holding == null ? null : holding.category(),
          account == null ? null : account.iban(), account == null ? null : account.bic(), account == null ? null : account.holder(),
          member.version());
    }

    Member toMember() {
      Shareholding holding = shares == null ? null : new Shareholding(shares, shareCategory);
      return new Member(new MemberId(id), EntityCode.of(entity), kind, name, language, holding,
          iban == null ? null : new BankAccount(iban, bic, accountHolder), version);
    }
  }

  @SqlBatch("INSERT INTO members (entity, id, kind, name, language, shares, share_category, iban, bic, account_holder, version)"
      + " VALUES (:entity, :id, :kind, :name, :language, :shares, :shareCategory, :iban, :bic, :accountHolder, :version)")
  void insert(@BindMethods List<Row> rows);

  @SqlUpdate("UPDATE members SET kind = :kind, name = :name, language = :language, shares = :shares, share_category = :shareCategory,"
      + " iban = :iban, bic = :bic, account_holder = :accountHolder, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1")
  int update(@BindMethods Row row);

  @SqlQuery("SELECT * FROM members WHERE entity = :entity AND id IN (<ids>)")
  List<Row> findAll(String entity, @BindList("ids") Collection<UUID> ids);

  @SqlQuery("SELECT * FROM members WHERE entity = :entity AND id = :id FOR UPDATE")
  Optional<Row> findForUpdate(String entity, UUID id);

  /** {@code pattern} is an ILIKE pattern escaped with {@code !}. */
  @SqlQuery("SELECT * FROM members WHERE entity = :entity AND name ILIKE :pattern ESCAPE '!' ORDER BY name, id LIMIT :limit")
  List<Row> named(String entity, String pattern, int limit);
}
