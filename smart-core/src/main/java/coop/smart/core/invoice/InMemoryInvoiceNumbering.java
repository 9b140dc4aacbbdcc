package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Invoice numbering held in memory, for embedding without a database and for tests. Thread-safe. */
public final class InMemoryInvoiceNumbering implements InvoiceNumbering {

  private record Series(EntityCode entity, int year) {
  }

  private final ConcurrentMap<Series, Long> last = new ConcurrentHashMap<>();

  @Override
  public InvoiceNumber next(EntityCode entity, int year) {
    // merge is atomic per series, so concurrent callers never share or skip a number
    return new InvoiceNumber(entity, year, last.merge(new Series(entity, year), 1L, Long::sum));
  }
}
