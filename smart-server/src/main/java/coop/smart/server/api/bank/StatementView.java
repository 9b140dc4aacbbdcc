package coop.smart.server.api.bank;

import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.ImportedStatement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An imported statement: the bank's references, how many entries ended in each status, and every entry. */
record StatementView(String id, String reference, String account, Instant importedAt, Map<EntryStatus, Integer> counts,
                     List<EntryView> entries) {

  static StatementView of(ImportedStatement statement) {
    Map<EntryStatus, Integer> counts = new EnumMap<>(EntryStatus.class);
    for (EntryStatus status : EntryStatus.values()) counts.put(status, 0);
    statement.entries().forEach(entry -> counts.merge(entry.status(), 1, Integer::sum));
    return new StatementView(statement.id().toString(), statement.reference(), statement.iban(), statement.importedAt(), counts,
        statement.entries().stream().map(EntryView::of).toList());
  }
}
