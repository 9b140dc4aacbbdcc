package coop.smart.core.bank;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The bank statements one entity imported, with their entries. A statement's reference, and each
 * entry's bank reference, is stored once per entity: importing again is recognised, never booked twice.
 */
public interface StatementRepository {

  /** Stores a new statement with all its entries, in batches. */
  void add(ImportedStatement statement);

  Optional<ImportedStatement> find(StatementId id);

  /** The statement imported under the bank's {@code reference}, if any. */
  Optional<ImportedStatement> findByReference(String reference);

  /** Those of {@code references} already stored as entries' bank references, in one query. */
  List<String> importedEntries(Collection<String> references);

  Optional<StatementEntry> entry(EntryId id);

  /**
   * Stores what became of an entry that was waiting; false when it no longer waits (resolved
   * meanwhile), so it is never resolved twice.
   */
  boolean resolve(StatementEntry resolved);

  /** One page of the entries waiting for an advisor, in the order of their ids, after {@code after} (or from the first). */
  List<StatementEntry> waiting(EntryId after, int limit);
}
