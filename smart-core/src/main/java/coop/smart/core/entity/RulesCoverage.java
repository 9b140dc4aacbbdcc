package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How recent the rules behind one answer are: for each data section the answer used, the day
 * until which its values were checked against their sources ({@code verifiedUntil} in the data),
 * or null when the entity's data never says.
 *
 * @param asked the date the answer was asked for
 * @param sections each section used, with its coverage date or null
 */
public record RulesCoverage(LocalDate asked, Map<String, LocalDate> sections) {

  /** The code of the warning given when the date asked is later than a section's coverage. */
  public static final String RULES_NOT_VERIFIED = "RULES_NOT_VERIFIED";

  public RulesCoverage {
    Objects.requireNonNull(asked, "asked");
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }

  /** The earliest coverage date of the sections used; empty when one was never checked or none was used. */
  public Optional<LocalDate> verifiedUntil() {
    if (sections.isEmpty() || sections.containsValue(null)) return Optional.empty();
    return sections.values().stream().min(LocalDate::compareTo);
  }

  /** The sections whose values were not checked as late as the date asked. */
  public List<String> notVerified() {
    List<String> late = new ArrayList<>();
    sections.forEach((section, until) -> {
      if (until == null || until.isBefore(asked)) late.add(section);
    });
    return late;
  }

  /** The warning an answer carries when some section was not checked as late as the date asked. */
  public Optional<String> warning() {
    List<String> late = notVerified();
    if (late.isEmpty()) return Optional.empty();
    return Optional.of("the rules of " + String.join(", ", late) + " were checked against their sources only until "
        + verifiedUntil().map(LocalDate::toString).orElse("no date") + "; figures for " + asked
        + " may apply rules no longer in force");
  }
}
