package coop.smart.examples.bench;

import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayRules;
import coop.smart.core.contract.QuotaSplit;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the pay computation (R3) with the Belgian rules already looked up: forward from
 * an invoiced amount to the net salary, the same for a student contract split across the hour
 * quota, and the reverse from a target net. Amounts cycle through 1,024 random values from
 * 50.00 to 20,000.00 so no branch or cache sees a single input.
 *
 * <p>{@code java -jar smart-examples/target/benchmarks.jar PayBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PayBenchmark {

  private static final int VALUES = 1024;

  private PayRules employee;
  private PayRules student;
  private Money[] amounts;
  private Money noExpenses;
  private Rate withholding;
  private QuotaSplit split;
  private int next;

  @Setup
  public void loadRules() {
    NationalEntity belgium = EntityCatalog.standard().entity("BE");
    LocalDate on = LocalDate.of(2017, 7, 14);
    employee = PayRules.of(belgium, ContractType.EMPLOYEE, HolderKind.INDIVIDUAL, on);
    student = PayRules.of(belgium, ContractType.STUDENT, HolderKind.INDIVIDUAL, on);
    SplittableRandom random = new SplittableRandom(2017);
    amounts = new Money[VALUES];
    for (int i = 0; i < VALUES; i++) amounts[i] = Money.ofMinor(CurrencyUnit.EUR, random.nextLong(5_000, 2_000_000));
    noExpenses = Money.zero(CurrencyUnit.EUR);
    withholding = Rate.parse("0.11");
    split = new QuotaSplit(new BigDecimal("3"), new BigDecimal("9"));
  }

  @Benchmark
  public PayBreakdown forward() {
    return employee.forward(amounts[next++ & (VALUES - 1)], noExpenses, withholding);
  }

  @Benchmark
  public PayBreakdown forwardAcrossTheStudentQuota() {
    return student.forward(amounts[next++ & (VALUES - 1)], noExpenses, withholding, split);
  }

  @Benchmark
  public PayBreakdown reverse() {
    return employee.reverse(amounts[next++ & (VALUES - 1)], noExpenses, withholding, null);
  }
}
