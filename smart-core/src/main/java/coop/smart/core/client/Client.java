package coop.smart.core.client;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.VatCustomer;
import coop.smart.core.error.ValidationException;
import coop.smart.core.store.Versioned;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member's customer, invoiced by the entity on the member's behalf. Where the client is,
 * whether it buys as a business and its VAT number decide how its invoices are taxed.
 *
 * @param country ISO 3166 code of the country the client is established in
 * @param vatNumber the client's VAT identification number, or null; only businesses have one
 * @param version the stored version, for optimistic concurrency
 */
public record Client(ClientId id, EntityCode entity, String name, String country, ClientKind kind, String vatNumber, long version)
    implements Versioned<Client, ClientId>, VatCustomer {

  /** Compiled once: every client read back from a store is checked again. */
  private static final Pattern VAT_NUMBER = Pattern.compile("[A-Z]{2}[0-9A-Z+*]{2,13}");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Client {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (name == null || name.isBlank()) errors.put("name", List.of("is required"));
    if (country == null || !COUNTRIES.contains(country)) {
      errors.put("country", List.of("must be an ISO 3166 country code such as BE: '" + country + "'"));
    }
    if (kind == null) errors.put("kind", List.of("is required (BUSINESS or CONSUMER)"));
    if (vatNumber != null) {
      vatNumber = vatNumber.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
      if (kind == ClientKind.CONSUMER) {
        errors.put("vatNumber", List.of("a consumer has no VAT number"));
      } else if (!VAT_NUMBER.matcher(vatNumber).matches()) {
        errors.put("vatNumber", List.of("must be a country prefix and 2 to 13 letters or digits, e.g. BE0123456789: '" + vatNumber + "'"));
      }
    }
    if (!errors.isEmpty()) throw new ValidationException(errors);
    name = name.strip();
    if (version < 0) throw new IllegalArgumentException("a version is never negative: " + version);
  }

  public static Client register(EntityCode entity, String name, String country, ClientKind kind, String vatNumber) {
    return new Client(ClientId.random(), entity, name, country, kind, vatNumber, 0);
  }

  /** The same client with new details, at the same version: a correction, checked as a new client is. */
  public Client withDetails(String name, String country, ClientKind kind, String vatNumber) {
    return new Client(id, entity, name, country, kind, vatNumber, version);
  }

  public Optional<String> vat() {
    return Optional.ofNullable(vatNumber);
  }

  @Override
  public boolean isBusiness() {
    return kind == ClientKind.BUSINESS;
  }

  @Override
  public Client withVersion(long version) {
    return new Client(id, entity, name, country, kind, vatNumber, version);
  }
}
