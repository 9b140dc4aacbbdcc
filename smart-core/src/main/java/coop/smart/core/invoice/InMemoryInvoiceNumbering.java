package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Invoice numbering held in memory, for embedding without a database and for tests. Thread-safe. */
public final class InMemoryInvoiceNumbering implements InvoiceNumbering {

  private record Key(EntityCode entity, int year) {
  }

  private final ConcurrentMap<Key, InvoiceSeries> series = new ConcurrentHashMap<>();

  @Override
  public InvoiceNumber next(EntityCode entity, LocalDate issueDate) {
    // compute is atomic per series, so concurrent callers never share or skip a number, and a refusal leaves the series as it was
    return series.compute(new Key(entity, issueDate.getYear()),
        (key, last) -> (last != null ? last : InvoiceSeries.empty(entity, key.year())).next(issueDate)).last();
  }
}
