package coop.smart.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The rows of an aggregate's list (work days, invoice lines, postings…), each keeping its place in a {@code line} column. */
final class Lines {

  private Lines() {
  }

  /** The row of each item, made from its place in the list (0, 1…) and the item. */
  static <T, R> List<R> numbered(List<T> items, BiFunction<Integer, T, R> row) {
    List<R> rows = new ArrayList<>(items.size());
    for (T item : items) rows.add(row.apply(rows.size(), item));
    return rows;
  }
}
