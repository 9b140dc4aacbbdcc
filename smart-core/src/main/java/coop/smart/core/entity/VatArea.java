package coop.smart.core.entity;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The countries of the European Union's VAT area over time, read from {@value #FILE} on the
 * classpath. Whether a client is inside on the invoice date decides between reverse charge and
 * no EU VAT at all, so membership is dated like every rule: a country may join late (HR from
 * 2013-07-01) or leave (GB after 2020-12-31), and an invoice is judged on its own date.
 *
 * <p>Each row reads {@code vatArea | joined | XX | member} or {@code vatArea | joined | XX |
 * member until yyyy-mm-dd}, the last day being the last day inside. A VAT number starts with its
 * country's code, except where an undated {@code vatPrefix | | GR | EL} row names another prefix.
 */
public final class VatArea {

  public static final String FILE = "coop/smart/eu-vat-area.txt";

  private static final String MEMBER = "member";
  private static final String UNTIL = "member until ";
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** One stay of a country in the area, from its first day to its last (null while it stays). */
  private record Stay(LocalDate from, LocalDate until) {

    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    boolean overlaps(Stay other) {
      return other.covers(from) || covers(other.from);
    }
  }

  private final Map<String, List<Stay>> stays;
  private final Map<String, String> vatPrefixes;

  private VatArea(Map<String, List<Stay>> stays, Map<String, String> vatPrefixes) {
    this.stays = stays;
    this.vatPrefixes = vatPrefixes;
  }

  /** The area as shipped with this library. */
  public static VatArea standard() {
    return Standard.AREA;
  }

  /** The area read from {@value #FILE} as {@code loader} finds it; a bad row fails naming its line and column. */
  public static VatArea load(ClassLoader loader) {
    URL url = loader.getResource(FILE);
    if (url == null) throw new ReferenceDataException("no " + FILE + " on the classpath");
    Map<String, List<Stay>> stays = new HashMap<>();
    Map<String, String> vatPrefixes = new HashMap<>();
    for (DataRow row : DataFile.read(FILE.substring(FILE.lastIndexOf('/') + 1), url)) {
      if (!COUNTRIES.contains(row.key())) throw row.error("key", "not an ISO 3166 country code: '" + row.key() + "'");
      if (row.section().equals("vatPrefix")) {
        if (row.from() != null) throw row.error("from", "a VAT prefix is not effective-dated; leave 'from' empty");
        vatPrefixes.put(row.key(), row.value(VatArea::prefix));
        continue;
      }
      if (!row.section().equals("vatArea")) throw row.error("section", "expected 'vatArea' or 'vatPrefix': '" + row.section() + "'");
      if (row.from() == null) throw row.error("from", "a country's membership needs the date it joined");
      Stay stay = row.value(text -> stay(row.from(), text));
      List<Stay> country = stays.computeIfAbsent(row.key(), key -> new ArrayList<>());
      if (country.stream().anyMatch(stay::overlaps)) throw row.error("from", row.key() + " is already in the area on " + row.from());
      country.add(stay);
    }
    return new VatArea(Map.copyOf(stays), Map.copyOf(vatPrefixes));
  }

  /** True when {@code country} (ISO 3166, e.g. FR) is in the EU VAT area on {@code date}. */
  public boolean includes(String country, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return stays.getOrDefault(Objects.requireNonNull(country, "country"), List.of()).stream().anyMatch(stay -> stay.covers(date));
  }

  /** The prefix of the VAT numbers {@code country} issues: its ISO 3166 code, or the one its row names (EL for GR). */
  public String vatPrefix(String country) {
    return vatPrefixes.getOrDefault(Objects.requireNonNull(country, "country"), country);
  }

  private static String prefix(String text) {
    if (!text.matches("[A-Z]{2}")) throw new IllegalArgumentException("a VAT prefix is two capital letters: '" + text + "'");
    return text;
  }

  private static Stay stay(LocalDate from, String text) {
    if (text.equals(MEMBER)) return new Stay(from, null);
    if (!text.startsWith(UNTIL)) throw new IllegalArgumentException("expected '" + MEMBER + "' or '" + UNTIL + "yyyy-mm-dd': '" + text + "'");
    LocalDate until = LocalDate.parse(text.substring(UNTIL.length()));
    if (until.isBefore(from)) throw new IllegalArgumentException("the last day " + until + " is before the day it joined, " + from);
    return new Stay(from, until);
  }

  /** Loaded on first use, once. */
  private static final class Standard {
    static final VatArea AREA = load(VatArea.class.getClassLoader());
  }
}
