package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;
import static coop.smart.persistence.Columns.enumerated;
import static coop.smart.persistence.Columns.uuid;
import static coop.smart.persistence.Columns.values;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.member.Shareholding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Members, on the handle of a transaction: every contract drafted or declared reads its member. */
final class MemberDao {

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

    static Row read(ResultSet row, StatementContext context) throws SQLException {
      return new Row(row.getString("entity"), uuid(row, "id"), enumerated(PersonKind.class, row, "kind"), row.getString("name"),
          enumerated(Language.class, row, "language"), row.getObject("shares", Integer.class), enumerated(ShareCategory.class, row, "share_category"),
          row.getString("iban"), row.getString("bic"), row.getString("account_holder"), row.getLong("version"));
    }

    Member toMember() {
      Shareholding holding = shares == null ? null : new Shareholding(shares, shareCategory);
      return new Member(new MemberId(id), EntityCode.of(entity), kind, name, language, holding,
          iban == null ? null : new BankAccount(iban, bic, accountHolder), version);
    }
  }

  private static final String INSERT = "INSERT INTO members (entity, id, kind, name, language, shares, share_category, iban, bic,"
      + " account_holder, version)"
      + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]), CAST(:kind AS VARCHAR[]), CAST(:name AS VARCHAR[]),"
      + " CAST(:language AS CHAR(2)[]), CAST(:shares AS INTEGER[]), CAST(:shareCategory AS CHAR(1)[]), CAST(:iban AS VARCHAR[]),"
      + " CAST(:bic AS VARCHAR[]), CAST(:accountHolder AS VARCHAR[]), CAST(:version AS BIGINT[]))";

  private static final String UPDATE = "UPDATE members SET kind = :kind, name = :name, language = :language, shares = :shares,"
      + " share_category = :shareCategory, iban = :iban, bic = :bic, account_holder = :accountHolder, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1";

  private final Handle handle;

  MemberDao(Handle handle) {
    this.handle = handle;
  }

  /** Inserts the rows in one statement, whatever their number. */
  void insert(List<Row> rows) {
    handle.createUpdate(INSERT)
        .bind("entity", column(rows, Row::entity))
        .bind("id", column(rows, Row::id))
        .bind("kind", column(rows, Row::kind))
        .bind("name", column(rows, Row::name))
        .bind("language", column(rows, Row::language))
        .bind("shares", column(rows, Row::shares))
        .bind("shareCategory", column(rows, Row::shareCategory))
        .bind("iban", column(rows, Row::iban))
        .bind("bic", column(rows, Row::bic))
        .bind("accountHolder", column(rows, Row::accountHolder))
        .bind("version", column(rows, Row::version))
        .execute();
  }

  int update(Row row) {
    return handle.createUpdate(UPDATE)
        .bind("entity", row.entity()).bind("id", row.id()).bind("kind", row.kind().name()).bind("name", row.name())
        .bind("language", row.language() == null ? null : row.language().name()).bind("shares", row.shares())
        .bind("shareCategory", row.shareCategory() == null ? null : row.shareCategory().name()).bind("iban", row.iban())
        .bind("bic", row.bic()).bind("accountHolder", row.accountHolder()).bind("version", row.version())
        .execute();
  }

  List<Row> findAll(String entity, Collection<UUID> ids) {
    return handle.createQuery("SELECT * FROM members WHERE entity = :entity AND id = ANY(CAST(:ids AS UUID[]))")
        .bind("entity", entity).bind("ids", values(ids)).map(Row::read).list();
  }

  /** Locked in the order of their ids, so two transactions locking members in common never deadlock. */
  List<Row> findAllForUpdate(String entity, Collection<UUID> ids) {
    return handle.createQuery("SELECT * FROM members WHERE entity = :entity AND id = ANY(CAST(:ids AS UUID[])) ORDER BY id FOR UPDATE")
        .bind("entity", entity).bind("ids", values(ids)).map(Row::read).list();
  }

  /** {@code pattern} is an ILIKE pattern escaped with {@code !}. */
  List<Row> named(String entity, String pattern, int limit) {
    return handle.createQuery("SELECT * FROM members WHERE entity = :entity AND name ILIKE :pattern ESCAPE '!' ORDER BY name, id LIMIT :limit")
        .bind("entity", entity).bind("pattern", pattern).bind("limit", limit).map(Row::read).list();
  }
}
