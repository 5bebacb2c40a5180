package io.github.vsoko.cli;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.ImportMode;
import io.github.vsoko.io.ImportProblem;
import io.github.vsoko.io.InputKind;
import io.github.vsoko.io.SchoolTablesImport;
import io.github.vsoko.io.SchoolTablesResult;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.io.VprImportResult;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads every kind of input the CLI accepts into one organization's data, collecting problems. */
final class Inputs {
  private Inputs() {}

  record Loaded(SchoolData data, List<ImportProblem> problems) {}

  /** «МБОУ СОШ № 1, 2024 год: учащихся 4, работников 2, …» — what was read, in Russian, for the console. */
  static String describe(SchoolData data) {
    return data.organization().shortName() + ", " + data.period().label() + ": учащихся " + data.students().size()
        + ", работников " + data.staff().size() + ", отметок " + data.marks().size() + ", результатов ГИА " + data.exams().size()
        + ", результатов ВПР " + data.vpr().size();
  }

  static Loaded load(List<Path> files, Optional<SchoolSubject> subject, Optional<Integer> grade, Optional<Integer> year,
      boolean strict) throws IOException {
    SchoolData base = null;
    List<VprResult> vpr = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Integer vprYear = null;
    List<Path> tables = new ArrayList<>();
    for (Path file : files) {
      InputKind kind = InputKind.of(file);
      if (kind == InputKind.SCHOOL_TABLES) {
        tables.add(file);
        continue;
      }
      if (kind == InputKind.CANONICAL_JSON) {
        if (base != null) {
          throw new IllegalArgumentException(file + ": only one vsoko/1 document can be combined with other inputs");
        }
        base = CanonicalJson.read(file);
        continue;
      }
      VprImportOptions options = new VprImportOptions(subject, grade.map(Grade::of),
          year.map(OptionalInt::of).orElse(OptionalInt.empty()), strict ? ImportMode.STRICT : ImportMode.LENIENT,
          Optional.empty());
      VprImportResult result = VprImport.read(file, options);
      vpr.addAll(result.results());
      problems.addAll(result.problems());
      vprYear = result.year();
    }
    if (!tables.isEmpty()) {
      if (base != null) {
        throw new IllegalArgumentException("school tables and a vsoko/1 document cannot be combined; import the tables alone");
      }
      SchoolTablesResult result = SchoolTablesImport.read(tables, strict ? ImportMode.STRICT : ImportMode.LENIENT);
      problems.addAll(0, result.problems());
      base = result.data();
    }
    if (base == null) {
      List<String> logins = vpr.stream().map(VprResult::schoolLogin).distinct().toList();
      Organization org = logins.size() == 1
          ? Organization.of(logins.get(0), logins.get(0), logins.get(0), OrganizationKind.GENERAL).withFisOkoLogin(logins.get(0))
          : Organization.of("fisoko-export", "Выгрузка ФИС ОКО", "Выгрузка ФИС ОКО (" + logins.size() + " организаций)",
              OrganizationKind.OTHER);
      int y = year.orElse(vprYear == null ? java.time.LocalDate.now().getYear() : vprYear);
      return new Loaded(SchoolData.builder(org, ReportingPeriod.calendarYear(y)).vpr(vpr).build(), problems);
    }
    return new Loaded(base.toBuilder().vpr(vpr).build(), problems);
  }
}
