package coop.smart.core.bank;

import coop.smart.core.entity.EntityCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bank statement as imported: the bank's references, and each entry with what became of it.
 *
 * @param reference the bank's identification of the statement
 */
public record ImportedStatement(StatementId id, EntityCode entity, String reference, String iban, Instant importedAt,
                                List<StatementEntry> entries) {

  public ImportedStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(iban, "iban");
    Objects.requireNonNull(importedAt, "importedAt");
    entries = List.copyOf(entries);
  }
}
