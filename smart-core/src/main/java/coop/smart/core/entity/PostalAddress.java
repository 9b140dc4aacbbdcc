package coop.smart.core.entity;

import coop.smart.core.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a party receives its mail, as an invoice prints it; the country is the party's own. */
public record PostalAddress(String street, String postcode, String city) {

  public PostalAddress {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (street == null || street.isBlank()) errors.put("street", List.of("is required"));
    if (postcode == null || postcode.isBlank()) errors.put("postcode", List.of("is required"));
    if (city == null || city.isBlank()) errors.put("city", List.of("is required"));
    if (!errors.isEmpty()) throw new ValidationException(errors);
    street = street.strip();
    postcode = postcode.strip();
    city = city.strip();
  }
}
