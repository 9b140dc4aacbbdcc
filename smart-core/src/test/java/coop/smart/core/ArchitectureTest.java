package coop.smart.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is a pure domain library: national entities embed it alone, with no framework. */
class ArchitectureTest {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("coop.smart.core");

  @Test
  void core_dependsOnNoWebSqlOrJsonFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..",
            "java.sql..", "javax.sql..", "org.jdbi..", "org.flywaydb..", "io.zonky..", "org.postgresql..", "com.zaxxer..",
            "com.fasterxml.jackson..", "com.google.gson..", "jakarta.json..")
        .check(core);
  }

  @Test
  void core_neverReadsTheClock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("time is passed in, so every rule can be replayed on any date")
        .check(core);
  }

  @Test
  void corePackages_formNoCycle() {
    slices().matching("coop.smart.core.(*)..").should().beFreeOfCycles()
        .because("each package builds on the ones below it: reference data does not import what it configures")
        .check(core);
  }
}
