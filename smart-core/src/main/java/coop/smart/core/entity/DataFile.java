package coop.smart.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a reference data file: one row per line, five columns separated by {@code |}
 * ({@code section | from | key | value | source}); blank lines and lines starting with
 * {@code #} are ignored. Every entity file starts with an {@code entity | | code | XX} row
 * naming the entity its rows belong to; {@link VatArea}'s file has the same shape.
 */
final class DataFile {

  static final String[] COLUMNS = {"section", "from", "key", "value", "source"};

  private DataFile() {
  }

  /** The rows of the file at {@code url}, reported under {@code name}. */
  static List<DataRow> read(String name, URL url) {
    try (var reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      List<DataRow> rows = new ArrayList<>();
      String text;
      for (int line = 1; (text = reader.readLine()) != null; line++) {
        if (!text.isBlank() && !text.stripLeading().startsWith("#")) rows.add(row(name, line, text));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity data file " + name, e);
    }
  }

  private static DataRow row(String file, int line, String text) {
    String[] cells = text.split("\\|", -1);
    if (cells.length != COLUMNS.length) {
      throw new ReferenceDataException(file + " line " + line + ": expected " + COLUMNS.length
          + " columns (" + String.join(" | ", COLUMNS) + "), found " + cells.length);
    }
    for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
    for (int column : new int[] {0, 2, 3, 4}) {
      if (cells[column].isEmpty()) {
        throw new ReferenceDataException(file + " line " + line + ", column '" + COLUMNS[column] + "': must not be empty");
      }
    }
    return new DataRow(file, line, cells[0], from(file, line, cells[1]), cells[2], cells[3], cells[4]);
  }

  private static LocalDate from(String file, int line, String cell) {
    if (cell.isEmpty()) return null;
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      throw new ReferenceDataException(file + " line " + line + ", column 'from': not an ISO date (yyyy-mm-dd): '" + cell + "'");
    }
  }
}
