package coop.smart.core.operation;

import coop.smart.core.error.ValidationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Records read together, found again by their ids as an operation takes them one by one. */
final class ById {

  private ById() {
  }

  /** Refuses a batch naming a record twice, which one step would take twice: "contract … is given twice: a contract is declared once". */
  static void requireOnce(Collection<?> ids, String field, String noun, String step) {
    Set<Object> seen = new HashSet<>();
    for (Object id : ids) {
      if (!seen.add(id)) throw ValidationException.of(field, noun + " " + id + " is given twice: a " + noun + " is " + step + " once");
    }
  }

  static <K, V> Map<K, V> of(List<V> records, Function<V, K> id) {
    return records.stream().collect(Collectors.toMap(id, record -> record));
  }
}
