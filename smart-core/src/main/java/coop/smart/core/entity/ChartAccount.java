package coop.smart.core.entity;

import java.util.Objects;

/**
 * An account of an entity's statutory chart: its number and name, e.g. {@code 400 Clients} in
 * the Belgian minimum standard chart (PCMN) or {@code 411 Clients} in the French PCG.
 */
public record ChartAccount(String number, String name) {

  public ChartAccount {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(name, "name");
    if (!number.matches("[0-9]{1,12}")) throw new IllegalArgumentException("an account number is 1 to 12 digits: '" + number + "'");
    if (name.isBlank()) throw new IllegalArgumentException("an account needs a name");
  }

  /** Reads the data-file form: the number, a space, the name ({@code 400 Clients}). */
  public static ChartAccount parse(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    if (parts.length < 2) throw new IllegalArgumentException("an account reads NUMBER NAME, e.g. '400 Clients': '" + text + "'");
    return new ChartAccount(parts[0], parts[1]);
  }

  @Override
  public String toString() {
    return number + " " + name;
  }
}
