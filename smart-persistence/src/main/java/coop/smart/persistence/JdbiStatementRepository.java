package coop.smart.persistence;

import coop.smart.core.bank.EntryId;
import coop.smart.core.bank.ImportedStatement;
import coop.smart.core.bank.StatementEntry;
import coop.smart.core.bank.StatementId;
import coop.smart.core.bank.StatementRepository;
import coop.smart.core.entity.EntityCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The bank statements of one entity in {@code bank_statements}, their entries in
 * {@code bank_statement_entries}; a statement's entries are written in one batch.
 */
public final class JdbiStatementRepository implements StatementRepository {

  private final Jdbi jdbi;
  private final EntityCode entity;

  public JdbiStatementRepository(Database database, EntityCode entity) {
    this.jdbi = database.jdbi();
    this.entity = entity;
  }

  @Override
  public void add(ImportedStatement statement) {
    if (!statement.entity().equals(entity)) {
      throw new IllegalArgumentException("statement " + statement.id() + " of " + statement.entity() + " cannot be saved with those of " + entity);
    }
    jdbi.useTransaction(handle -> {
      StatementDao dao = handle.attach(StatementDao.class);
      SqlStates.insert("bank statement " + statement.reference() + " of " + entity, () -> {
        dao.insert(StatementDao.Row.of(statement));
        StatementDao.insertEntries(handle, statement.entries().stream().map(entry -> StatementDao.EntryRow.of(entity, entry)).toList());
      });
    });
  }

  @Override
  public Optional<ImportedStatement> find(StatementId id) {
    return jdbi.inTransaction(handle -> {
      StatementDao dao = handle.attach(StatementDao.class);
      return assembled(dao, dao.find(entity.value(), id.value()));
    });
  }

  @Override
  public Optional<ImportedStatement> findByReference(String reference) {
    return jdbi.inTransaction(handle -> {
      StatementDao dao = handle.attach(StatementDao.class);
      return assembled(dao, dao.findByReference(entity.value(), reference));
    });
  }

  @Override
  public List<String> importedEntries(Collection<String> references) {
    if (references.isEmpty()) return List.of();
    return jdbi.withExtension(StatementDao.class, dao -> dao.importedEntries(entity.value(), references.toArray(String[]::new)));
  }

  @Override
  public Optional<StatementEntry> entry(EntryId id) {
    return jdbi.withExtension(StatementDao.class, dao -> dao.entry(entity.value(), id.value())).map(StatementDao.EntryRow::toEntry);
  }

  @Override
  public boolean resolve(StatementEntry resolved) {
    return jdbi.withExtension(StatementDao.class, dao -> dao.resolve(StatementDao.EntryRow.of(entity, resolved))) == 1;
  }

  @Override
  public List<StatementEntry> waiting(EntryId after, int limit) {
    if (limit < 1) throw new IllegalArgumentException("a page holds at least one entry, not " + limit);
    return jdbi.withExtension(StatementDao.class, dao -> dao.waiting(entity.value(), after == null ? null : after.value(), limit))
        .stream().map(StatementDao.EntryRow::toEntry).toList();
  }

  private Optional<ImportedStatement> assembled(StatementDao dao, Optional<StatementDao.Row> row) {
    return row.map(found -> found.toStatement(dao.entries(entity.value(), found.id()).stream().map(StatementDao.EntryRow::toEntry).toList()));
  }
}
