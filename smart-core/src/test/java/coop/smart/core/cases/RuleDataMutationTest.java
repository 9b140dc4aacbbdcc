package coop.smart.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.LayeredData;
import coop.smart.core.entity.ReferenceDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mutates each shipped rule value in turn (every dated row, and each entity's holiday calendar)
 * and requires some rule case to fail: a value no case would notice is a value no test pins.
 */
class RuleDataMutationTest {

  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  /** One changed value of one data row, as the row an extension would layer to replace it. */
  record Mutant(String entity, String section, String from, String key, String value) {

    String row() {
      return section + " | " + from + " | " + key + " | " + value + " | mutant\n";
    }

    @Override
    public String toString() {
      return entity + " " + section + " | " + from + " | " + key + " → " + value;
    }
  }

  @Test
  void everyShippedRuleValue_isPinnedBySomeCase() {
    List<Mutant> mutants = new ArrayList<>();
    EntityCatalog.dataFiles(getClass().getClassLoader()).forEach((path, entity) -> mutants.addAll(mutants(entity.value(), path)));
    List<String> survivors = new ArrayList<>();
    for (Mutant mutant : mutants) {
      EntityCatalog mutated;
      try {
        mutated = LayeredData.withRows(mutant.entity(), mutant.row());
      } catch (ReferenceDataException e) {
        continue; // refused when loading: noticed before any case runs
      }
      List<RuleCase> cases = RuleCasesTest.SHIPPED.stream().filter(ruleCase -> ruleCase.entity().value().equals(mutant.entity())).toList();
      if (RuleCases.failures(mutated, cases).isEmpty()) survivors.add(mutant.toString());
    }
    assertThat(mutants).hasSizeGreaterThan(100);
    assertThat(survivors).as("rule values no case notices when changed").isEmpty();
  }

  /** The mutants of a data file: each number of a dated row's value one unit up and down, texts changed, calendars swapped. */
  private static List<Mutant> mutants(String entity, String path) {
    List<Mutant> mutants = new ArrayList<>();
    for (String line : text(path).split("\\R")) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
      String[] cells = line.split("\\|", -1);
      for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
      String section = cells[0];
      String from = cells[1];
      String key = cells[2];
      String value = cells[3];
      if (section.equals("entity") && key.equals("holidays")) {
        mutants.add(new Mutant(entity, section, from, key, value.equals("DE") ? "AT" : "DE"));
      } else if (!from.isEmpty()) {
        for (String changed : changes(value)) mutants.add(new Mutant(entity, section, from, key, changed));
      }
    }
    return mutants;
  }

  /** Each number one unit of its last digit up and down (0 becomes 0.01); a list without numbers loses each item; a text gains a word. */
  static List<String> changes(String value) {
    List<String> changes = new ArrayList<>();
    Matcher number = NUMBER.matcher(value);
    while (number.find()) {
      BigDecimal n = new BigDecimal(number.group());
      BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-n.scale());
      for (BigDecimal changed : n.signum() == 0 ? List.of(new BigDecimal("0.01")) : List.of(n.add(unit), n.subtract(unit))) {
        changes.add(value.substring(0, number.start()) + changed.toPlainString() + value.substring(number.end()));
      }
    }
    if (!changes.isEmpty()) return changes;
    if (value.matches("[A-Z_]+( [A-Z_]+)+")) {
      List<String> items = List.of(value.split(" "));
      for (String item : items) changes.add(String.join(" ", items.stream().filter(other -> !other.equals(item)).toList()));
    } else if (value.matches("[A-Z_]+")) {
      changes.add(value.equals("EMPLOYEE") ? "ARTIST" : value.equals("TRAINING") ? "TEMPORARY_WORK" : "EMPLOYEE");
    } else {
      changes.add(value + " (changed)");
    }
    return changes;
  }

  private static String text(String path) {
    try (InputStream in = Objects.requireNonNull(RuleDataMutationTest.class.getClassLoader().getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
