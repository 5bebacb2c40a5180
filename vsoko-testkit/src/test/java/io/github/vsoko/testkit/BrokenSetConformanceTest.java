package io.github.vsoko.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit run against deliberately broken plugins: each broken behaviour fails the check named for it,
 * with a message that says what is wrong and how to fix it.
 */
class BrokenSetConformanceTest {
  /** One broken row per check: throws, over 100 %, order-dependent, «нет данных» for «не применяется». */
  private static final IndicatorSet BROKEN = IndicatorSet.builder("acme.broken", "1", "Сломанный набор", new Source("тест", "1"))
      .heading("1", "Раздел")
      .indicator("1.1", Unit.PERSONS, "Бросает исключение", ctx -> {
        if (!ctx.data().vpr().isEmpty()) {
          throw new IllegalStateException("ВПР без класса");
        }
        return Calculation.of(new Count(0), "0");
      })
      .indicator("1.2", Unit.PERSONS_SHARE, "Больше ста процентов", ctx -> {
        int n = ctx.data().studentsOn(ctx.asOfDate()).size();
        return Calculation.of(new Share(n + 1, n), (n + 1) + " из " + n);
      })
      .indicator("1.3", Unit.PERSONS, "Первая запись", ctx -> Calculation.of(new Count(ctx.data().students().isEmpty() ? 0
          : ctx.data().students().get(0).grade().value()), "класс первого учащегося"))
      .indicator("1.4", Unit.PERSONS_SHARE, "Нет данных вместо не применяется", ctx -> Calculation.missing("нет выпускников"))
      .build();

  private final IndicatorSetContract contract = () -> BROKEN;

  private static SchoolData complete(long seed) {
    return SchoolDataArbitraries.completeSchoolData("c", 2024).generator(1000).next(new Random(seed)).value();
  }

  @Test
  void aCalculatorThatThrowsFailsNeverFailsOnRealisticData() {
    assertThatThrownBy(() -> contract.neverFailsOnRealisticData(complete(1)))
        .hasMessageStartingWith("acme.broken/1.1 не рассчитан на реалистичных данных: IllegalStateException: ВПР без класса")
        .hasMessageContaining("верните Missing или NotApplicable")
        .hasMessageContaining("at io.github.vsoko.testkit.BrokenSetConformanceTest");
  }

  @Test
  void aShareOverAHundredPercentFailsSharesStayWithinZeroAndHundredPercent() {
    assertThatThrownBy(() -> contract.sharesStayWithinZeroAndHundredPercent(complete(2)))
        .hasMessageStartingWith("acme.broken/1.2 = ")
        .hasMessageContaining("больше 100 %. Числитель должен быть частью базы");
  }

  @Test
  void aValueOfTheFirstRecordFailsValuesDoNotDependOnRecordOrder() {
    SchoolData data = complete(3);
    List<String> failures = new ArrayList<>();
    for (long seed = 0; seed < 20; seed++) {
      try {
        contract.valuesDoNotDependOnRecordOrder(data, seed);
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    }
    assertThat(failures).isNotEmpty();
    assertThat(failures.get(0)).startsWith("acme.broken/1.3 зависит от порядка записей: ")
        .contains("сортируйте перед выбором");
  }

  @Test
  void missingWhereNotApplicableIsMeantFailsMissingOnlyWhereDataAreAbsent() {
    assertThatThrownBy(() -> contract.missingOnlyWhereDataAreAbsent(complete(4)))
        .hasMessageStartingWith("acme.broken/1.4 = «нет данных» (Missing: нет выпускников) на данных, где есть записи всех видов")
        .hasMessageContaining("верните NotApplicable с причиной");
    IndicatorSetContract declared = new IndicatorSetContract() {
      @Override
      public IndicatorSet indicatorSet() {
        return BROKEN;
      }

      @Override
      public java.util.Set<String> missingOnCompleteData() {
        return java.util.Set.of("1.4");
      }
    };
    declared.missingOnlyWhereDataAreAbsent(complete(4)); // a declared exception passes
  }

  @Test
  void theBuiltInSetsPassTheNewChecksOnTheSameData() {
    IndicatorSetContract general = () -> io.github.vsoko.indicators.IndicatorRegistry.discover().requireSet("order1324.general");
    SchoolData data = complete(5);
    general.neverFailsOnRealisticData(data);
    general.sharesStayWithinZeroAndHundredPercent(data);
    general.valuesDoNotDependOnRecordOrder(data, 7);
    general.missingOnlyWhereDataAreAbsent(data);
    assertThat(data.vpr()).as("complete data hold ВПР").isNotEmpty();
    assertThat(data.exams()).as("and ГИА").isNotEmpty();
    assertThat(data.students().stream().map(Student::grade).distinct().count()).as("every grade").isEqualTo(11);
  }

  /** A renderer that breaks every rule: closes the stream, writes markup and formulas raw, stamps the time. */
  private static final class BrokenRenderer implements ReportRenderer {
    @Override
    public String format() {
      return "Broken.Format";
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
      StringBuilder text = new StringBuilder("<html>").append(report.title()).append(System.nanoTime());
      report.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
          .forEach(t -> t.rows().forEach(r -> text.append('\n').append(r.cells().get(0).text())));
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.close();
    }
  }

  @Test
  void aBrokenRendererFailsTheNamedRendererChecks() {
    ReportRendererContract contract = new ReportRendererContract() {
      @Override
      public ReportRenderer renderer() {
        return new BrokenRenderer();
      }

      @Override
      public boolean isMarkup() {
        return true;
      }

      @Override
      public boolean isSpreadsheet() {
        return true;
      }
    };
    assertThatThrownBy(contract::formatAndExtensionAreWellFormed).hasMessageContaining("формат «Broken.Format» должен быть");
    assertThatThrownBy(contract::rendersEveryBlockKind).hasMessageContaining("потерял части отчёта: [Заголовок-первого-уровня");
    assertThatThrownBy(contract::writesIdenticalBytesForIdenticalReports).hasMessageContaining("пишет разные байты");
    assertThatThrownBy(contract::leavesTheStreamOpen).hasMessageContaining("закрыл поток");
    assertThatThrownBy(contract::escapesMarkup).hasMessageContaining("вывел текст как разметку");
    assertThatThrownBy(contract::neutralisesFormulas).hasMessageContaining("прочтёт как формулу");
  }

  @Test
  void aProviderUsingAReservedIdFailsUsesNoReservedIds() {
    IndicatorProviderContract contract = () -> new io.github.vsoko.indicators.IndicatorProvider() {
      @Override
      public String id() {
        return "Acme Region";
      }

      @Override
      public void register(io.github.vsoko.indicators.RegistrationContext context) {
        context.addSet(IndicatorSet.builder("order1324.acme", "1", "Захват", new Source("тест", "1"))
            .indicator("1", Unit.PERSONS, "n", ctx -> Calculation.of(new Count(1), "1")).build());
      }
    };
    assertThatThrownBy(contract::idAndVersionAreStated).hasMessageContaining("было «Acme Region»");
    assertThatThrownBy(contract::usesNoReservedIds).hasMessageContaining("набор «order1324.acme»: идентификаторы");
    assertThatThrownBy(contract::registersWithoutProblems).hasMessageContaining("зарегистрирован с ошибками");
  }

}
