package coop.smart.core.entity;

import coop.smart.core.error.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The national entities, read from data files on the classpath.
 *
 * <p>The shipped entities are listed in {@value #INDEX}, one file name per line, relative to
 * its folder. An embedder layers its own data on top without touching ours: every resource
 * named {@value #EXTENSIONS} on the classpath lists further data files (full resource paths).
 * A row of an extension file replaces the shipped row with the same section, date and key,
 * and adds to it otherwise, so an extension can add an entity, or a new effective-dated rule
 * to an existing one, in a few lines.
 */
public final class EntityCatalog {

  public static final String INDEX = "coop/smart/entities/index.txt";
  public static final String EXTENSIONS = "META-INF/coop.smart/entity-extensions.txt";

  private final Map<EntityCode, NationalEntity> entities;

  private EntityCatalog(Map<EntityCode, NationalEntity> entities) {
    this.entities = Collections.unmodifiableMap(entities);
  }

  /** The shipped entities plus the extensions visible to this library's class loader. */
  public static EntityCatalog standard() {
    return Standard.CATALOG;
  }

  /** The shipped entities plus the extensions visible to {@code loader}. */
  public static EntityCatalog load(ClassLoader loader) {
    Map<EntityCode, Map<DataRow.Identity, DataRow>> rows = new LinkedHashMap<>();
    for (Listed file : listed(loader)) {
      List<DataRow> fileRows = file.rows();
      Map<DataRow.Identity, DataRow> entityRows = rows.computeIfAbsent(file.entity(fileRows), c -> new LinkedHashMap<>());
      for (DataRow row : fileRows) entityRows.put(row.identity(), row);
    }
    Map<EntityCode, NationalEntity> entities = new LinkedHashMap<>();
    rows.forEach((code, entityRows) -> entities.put(code, EntityAssembler.assemble(code, List.copyOf(entityRows.values()))));
    return new EntityCatalog(entities);
  }

  /**
   * The data files {@code loader} sees, shipped ones first then the extensions, in the order
   * they are layered: each resource path with the entity it describes.
   */
  public static Map<String, EntityCode> dataFiles(ClassLoader loader) {
    Map<String, EntityCode> files = new LinkedHashMap<>();
    for (Listed file : listed(loader)) files.put(file.path(), file.entity(file.rows()));
    return files;
  }

  /** A data file as the index or an extension list names it. */
  private record Listed(ClassLoader loader, String path, String listedIn) {

    List<DataRow> rows() {
      URL url = loader.getResource(path);
      if (url == null) throw new ReferenceDataException(listedIn + " lists " + path + ", which is not on the classpath");
      return DataFile.read(path.substring(path.lastIndexOf('/') + 1), url);
    }

    EntityCode entity(List<DataRow> rows) {
      DataRow first = rows.isEmpty() ? null : rows.get(0);
      if (first == null || !first.section().equals("entity") || !first.key().equals("code")) {
        throw new ReferenceDataException(path.substring(path.lastIndexOf('/') + 1) + ": the first row must be 'entity | | code | XX', naming the entity");
      }
      return first.value(EntityCode::of);
    }
  }

  private static List<Listed> listed(ClassLoader loader) {
    List<Listed> files = new ArrayList<>();
    URL index = loader.getResource(INDEX);
    if (index == null) throw new ReferenceDataException("no " + INDEX + " on the classpath");
    String folder = INDEX.substring(0, INDEX.lastIndexOf('/') + 1);
    for (String name : lines(index)) files.add(new Listed(loader, folder + name, INDEX));
    try {
      for (URL extensions : Collections.list(loader.getResources(EXTENSIONS))) {
        for (String path : lines(extensions)) files.add(new Listed(loader, path, extensions.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + EXTENSIONS, e);
    }
    return files;
  }

  /** The entity with this code, or a {@link NotFoundException} naming it. */
  public NationalEntity entity(EntityCode code) {
    NationalEntity entity = entities.get(Objects.requireNonNull(code, "code"));
    if (entity == null) throw new NotFoundException("unknown entity: " + code + " (known: " + entities.keySet() + ")");
    return entity;
  }

  /** The entity with this code, given as text ("BE"). */
  public NationalEntity entity(String code) {
    return entity(EntityCode.of(code));
  }

  /** Every entity, shipped ones first in the order of the index. */
  public List<NationalEntity> entities() {
    return List.copyOf(entities.values());
  }

  private static List<String> lines(URL url) {
    List<String> lines = new ArrayList<>();
    try (var in = url.openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) lines.add(trimmed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
    return lines;
  }

  /** Loaded on first use, once. */
  private static final class Standard {
    static final EntityCatalog CATALOG = load(EntityCatalog.class.getClassLoader());
  }
}
