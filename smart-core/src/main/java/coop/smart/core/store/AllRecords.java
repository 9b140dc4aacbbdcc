package coop.smart.core.store;

import java.util.ArrayList;
import java.util.List;

/** Every record of a store, read a page at a time: for reports and runs that take the whole entity. */
public final class AllRecords {

  private static final int PAGE = 500;

  private AllRecords() {
  }

  public static <A extends Versioned<A, I>, I> List<A> of(Repository<A, I> repository) {
    List<A> all = new ArrayList<>();
    List<A> page = repository.list(null, PAGE);
    while (!page.isEmpty()) {
      all.addAll(page);
      page = page.size() < PAGE ? List.of() : repository.list(page.get(page.size() - 1).id(), PAGE);
    }
    return all;
  }
}
