package coop.smart.core.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped entities with an embedder's rows layered on top, as an extension file would add them. */
public final class LayeredData {

  /** The smallest entity data file that loads: entity XX, "SMart Nowhere", with a fee and a payment rule. */
  public static final String NOWHERE = """
      entity  |            | code         | XX            | s
      entity  |            | name         | SMart Nowhere | s
      entity  |            | legalForm    | cooperative   | s
      entity  |            | currency     | EUR           | s
      entity  |            | holidays     | BE            | s
      entity  |            | services     | NATURAL_PERSONS | s
      fee     | 2017-01-01 | INDIVIDUAL   | 0.065 | s
      fee     | 2017-01-01 | LEGAL_PERSON | 0.065 | s
      payment | 2017-01-01 | rule | 7 calendar days after the end of service, preceding bank business day | s
      """.replaceAll("(?m)^ +", "").replaceAll(" {2,}", " ");

  private LayeredData() {
  }

  /**
   * The catalog with {@code rows} (data-file lines) added to entity {@code code}'s shipped rows;
   * a row with the same section, date and key replaces the shipped one.
   */
  public static EntityCatalog withRows(String code, String rows) {
    try {
      Path classpath = Files.createTempDirectory("entity-data");
      Path file = classpath.resolve("layered/" + code + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "entity | | code | " + code + " | test\n" + rows);
      Path extensions = classpath.resolve(EntityCatalog.EXTENSIONS);
      Files.createDirectories(extensions.getParent());
      Files.writeString(extensions, "layered/" + code + ".txt\n");
      try (var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, LayeredData.class.getClassLoader())) {
        return EntityCatalog.load(loader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
