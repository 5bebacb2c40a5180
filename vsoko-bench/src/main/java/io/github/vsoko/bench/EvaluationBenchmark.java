package io.github.vsoko.bench;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.testkit.SchoolDataArbitraries;
import io.github.vsoko.testkit.SchoolDataUnion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The order № 1324 evaluation (appendix 2) of one large school: the union of {@code parts} generated organizations'
 * records (≈ 20 students, their marks, exams, staff each). Time per part constant as parts grow = linear in records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {
  @Param({"10", "100", "1000"})
  public int parts;

  private IndicatorSet set;
  private SchoolData school;

  @Setup
  public void generate() {
    set = IndicatorRegistry.discover().set(Order1324Sets.GENERAL).orElseThrow();
    Random random = new Random(18);
    Organization large = Organization.of("large", "Большая школа", "Большая школа", OrganizationKind.GENERAL);
    List<SchoolData> level = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      level.add(SchoolDataArbitraries.generate("p" + i, 2025, random));
    }
    while (level.size() > 1) { // pairwise, so building the union is not quadratic
      List<SchoolData> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        next.add(i + 1 < level.size() ? SchoolDataUnion.of(large, level.get(i), level.get(i + 1)) : level.get(i));
      }
      level = next;
    }
    school = level.get(0);
  }

  @Benchmark
  public EvaluationResult evaluate() {
    return IndicatorEvaluator.evaluate(set, school);
  }
}
