package coop.smart.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import coop.smart.core.store.Repository;
import coop.smart.core.store.Transactions;
import coop.smart.core.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** The server only translates: the cooperative's operations, with their guards, live in the core. */
class ArchitectureTest {

  private final JavaClasses server = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("coop.smart.server");

  @Test
  void controllers_touchNoRepositoryLedgerTransactionOrPersistenceType() {
    noClasses().that().haveSimpleNameEndingWith("Controller")
        .should().dependOnClassesThat().resideInAnyPackage("coop.smart.persistence..", "org.jdbi..", "java.sql..")
        .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
        .orShould().dependOnClassesThat().areAssignableTo(Ledger.class)
        .orShould().dependOnClassesThat().areAssignableTo(Transactions.class)
        .because("a controller turns a request into an operation's command and its result into a view, nothing more")
        .check(server);
  }
}
