package coop.smart.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.LayeredData;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-computed rule cases beside the shipped data files, checked by the one runner. */
class RuleCasesTest {

  static final List<RuleCase> SHIPPED = RuleCases.load(RuleCasesTest.class.getClassLoader());

  @Test
  void everyShippedCaseHolds() {
    assertThat(RuleCases.failures(EntityCatalog.standard(), SHIPPED)).isEmpty();
  }

  @Test
  void everyShippedEntityHasCases() {
    Set<EntityCode> covered = SHIPPED.stream().map(RuleCase::entity).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EntityCatalog.standard().entities().stream().map(e -> e.code()).toList());
  }

  @Test
  void aWrongExpectation_isReportedWithItsLineAndSource(@TempDir Path classpath) throws IOException {
    List<RuleCase> cases = embedded(classpath, "fee | 2017-07-14 | holder=INDIVIDUAL amount=1000.00 | fee=64.00 | a wrong hand computation\n");
    assertThat(RuleCases.failures(loadedFrom(classpath), cases)).containsExactly(
        "XX.cases.txt line 1 (XX fee on 2017-07-14): fee expected 64.00, got 65.00; expectation from a wrong hand computation");
  }

  @Test
  void anEmbedder_addsCasesBesideItsData(@TempDir Path classpath) throws IOException {
    List<RuleCase> cases = embedded(classpath, """
        fee     | 2017-07-14 | holder=LEGAL_PERSON amount=200.00 | feeRate=0.065 fee=13.00 | R1: half-up(200.00 × 0.065)
        payment | 2017-07-14 | | guaranteed=2017-07-21 paid=2017-07-20 | J+7 on the Belgian national day
        pay     | 2017-07-14 | type=EMPLOYEE invoiced=100.00 withholding=0 | refused=NO_PAYROLL_PARAMETERS | XX ships no payroll
        """);
    assertThat(cases).extracting(RuleCase::where).containsExactly("XX.cases.txt line 1", "XX.cases.txt line 2", "XX.cases.txt line 3");
    assertThat(RuleCases.failures(loadedFrom(classpath), cases)).isEmpty();
  }

  @Test
  void anOpenEndedCase_takesEachMonthsFeeOnItsFirstDay(@TempDir Path classpath) throws IOException {
    List<RuleCase> cases = embedded(classpath, """
        fee       | 2017-03-01 | INDIVIDUAL | 0.08 | XX raises its fee in March
        payroll   | 2017-01-01 | EMPLOYEE.employerCostRate | 0.5 | s
        payroll   | 2017-01-01 | EMPLOYEE.employeeRate     | 0.1 | s
        payroll   | 2017-01-01 | EMPLOYEE.withholdingRange | 0..0.5 | s
        """, """
        openEnded | 2017-02-01 | type=EMPLOYEE estimate=36000.00 withholding=0 invoiced="3000.00 3000.00" | salaryCost=2805.00 fees="195.00 240.00" gaps="0.00 -45.00" balance=-45.00 | February at 6.5 %, March at 8 %
        """);
    assertThat(RuleCases.failures(loadedFrom(classpath), cases)).isEmpty();
  }

  /** The cases of an embedder's entity XX, its data in acme/XX.txt and its cases beside it. */
  private static List<RuleCase> embedded(Path classpath, String cases) throws IOException {
    return embedded(classpath, "", cases);
  }

  /** As {@link #embedded(Path, String)}, with {@code rows} added to XX's data. */
  private static List<RuleCase> embedded(Path classpath, String rows, String cases) throws IOException {
    Path data = classpath.resolve("acme/XX.txt");
    Files.createDirectories(data.getParent());
    Files.writeString(data, LayeredData.NOWHERE + rows);
    Files.writeString(classpath.resolve("acme/XX.cases.txt"), cases);
    Path extensions = classpath.resolve(EntityCatalog.EXTENSIONS);
    Files.createDirectories(extensions.getParent());
    Files.writeString(extensions, "acme/XX.txt\n");
    try (var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, RuleCasesTest.class.getClassLoader())) {
      return RuleCases.load(loader).stream().filter(ruleCase -> ruleCase.entity().value().equals("XX")).toList();
    }
  }

  private static EntityCatalog loadedFrom(Path classpath) throws IOException {
    try (var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, RuleCasesTest.class.getClassLoader())) {
      return EntityCatalog.load(loader);
    }
  }
}
