package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.school.SchoolData;
import java.util.List;
import java.util.Objects;

/**
 * One organization's data read from its files, with every problem the readers found (good rows are kept).
 *
 * @param data the data
 * @param problems problems in file order
 * @since 0.1.0
 */
public record LoadedInputs(SchoolData data, List<Problem> problems) {
  /** Validates and copies. */
  public LoadedInputs {
    Objects.requireNonNull(data, "data");
    problems = List.copyOf(problems);
  }

  /** «МБОУ СОШ № 1, 2024 год: учащихся 4, работников 2, …» — what was read, in Russian. */
  public String describe() {
    return data.organization().shortName() + ", " + data.period().label() + ": учащихся " + data.students().size()
        + ", работников " + data.staff().size() + ", отметок " + data.marks().size() + ", результатов ГИА " + data.exams().size()
        + ", результатов ВПР " + data.vpr().size();
  }
}
