package coop.smart.core.entity;

import java.util.Objects;

/** A journal of an entity's books, as its accountants code and name it: {@code VT Ventes}. */
public record ChartJournal(String code, String name) {

  public ChartJournal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("[A-Z0-9]{1,6}")) throw new IllegalArgumentException("a journal code is 1 to 6 capitals or digits: '" + code + "'");
    if (name.isBlank()) throw new IllegalArgumentException("a journal needs a name");
  }

  /** Reads the data-file form: the code, a space, the name ({@code VT Ventes}). */
  public static ChartJournal parse(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    if (parts.length < 2) throw new IllegalArgumentException("a journal reads CODE NAME, e.g. 'VT Ventes': '" + text + "'");
    return new ChartJournal(parts[0], parts[1]);
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
