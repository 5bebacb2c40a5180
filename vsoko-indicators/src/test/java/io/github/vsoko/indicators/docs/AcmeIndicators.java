package io.github.vsoko.indicators.docs;

import io.github.vsoko.indicators.Calculation;
import io.github.vsoko.indicators.IndicatorProvider;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.RegistrationContext;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.Source;
import io.github.vsoko.indicators.Unit;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import java.util.List;

// example: acme-java
/** A vendor's regional indicators, contributed to the registry. */
public final class AcmeIndicators implements IndicatorProvider {
  @Override
  public String id() {
    return "acme";
  }

  @Override
  public void register(RegistrationContext context) {
    context.addSet(IndicatorSet.builder("acme.region", "2025.1", "Региональные показатели",
            new Source("Приказ министерства образования области № 1", "2025"))
        .heading("1", "Инклюзия")
        .indicator("1.1", Unit.PERSONS_SHARE, "Численность/удельный вес учащихся с ОВЗ", ctx -> {
          List<Student> all = ctx.data().studentsOn(ctx.asOfDate());
          List<String> ovz = all.stream().filter(s -> s.has(StudentFlag.SPECIAL_NEEDS)).map(Student::id).toList();
          return Calculation.of(new Share(ovz.size(), all.size()), ovz.size() + " из " + all.size() + " учащихся", ovz);
        })
        .build());
  }
}
// end example
