package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HourQuota;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class QuotaUsageProperties {

  private static final HourQuota STUDENTS = new HourQuota(new BigDecimal("475"), ContractType.EMPLOYEE);

  @Property
  void splitKeepsEveryHour_andNeverExceedsWhatIsLeft(@ForAll @IntRange(min = 0, max = 600) int usedBefore,
      @ForAll @IntRange(min = 1, max = 30) int days, @ForAll @IntRange(min = 1, max = 12) int hoursPerDay,
      @ForAll @IntRange(min = 0, max = 364) int startDay) {
    List<WorkDay> work = new ArrayList<>();
    LocalDate first = LocalDate.of(2017, 1, 1).plusDays(startDay);
    for (int i = 0; i < days; i++) work.add(new WorkDay(first.plusDays(i), BigDecimal.valueOf(hoursPerDay)));
    QuotaUsage usage = new QuotaUsage(Map.of(2017, BigDecimal.valueOf(usedBefore)));
    QuotaSplit split = usage.split(STUDENTS, work);
    assertThat(split.withinHours().add(split.beyondHours())).isEqualByComparingTo(BigDecimal.valueOf((long) days * hoursPerDay));
    BigDecimal left2017 = BigDecimal.valueOf(Math.max(0, 475 - usedBefore));
    BigDecimal hours2018 = work.stream().filter(d -> d.date().getYear() == 2018).map(WorkDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(split.withinHours()).isLessThanOrEqualTo(left2017.add(hours2018.min(new BigDecimal("475"))));
  }
}
