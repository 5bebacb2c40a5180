package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.io.InputKind;
import io.github.vsoko.io.SchoolTablesImport;
import io.github.vsoko.io.SchoolTablesResult;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportOptions;
import io.github.vsoko.io.VprImportResult;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolDataMerge;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every kind of input vsoko accepts into one organization's data (данные организации): a {@code vsoko/1}
 * document, school tables (XLSX/CSV) and ФИС ОКО ВПР exports, combined; problems are collected, not thrown.
 *
 * @since 0.1.0
 */
public final class SchoolInputs {
  private SchoolInputs() {}

  /**
   * Reads and combines the files.
   *
   * Several {@code vsoko/1} documents of one organization (for example one per year) are merged by identity
   * ({@link SchoolDataMerge}): the latest document's period, each earlier year's classes kept as history.
   *
   * @throws IllegalArgumentException if tables and a document are given together
   * @throws io.github.vsoko.model.problem.ProblemException if documents to merge conflict
   * @throws IOException if a file cannot be read (a missing one is a {@link java.nio.file.NoSuchFileException})
   */
  public static LoadedInputs load(List<Path> files, InputOptions options) throws IOException {
    SchoolData base = null;
    List<SchoolData> documents = new ArrayList<>();
    List<VprResult> vpr = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Integer vprYear = null;
    List<Path> tables = new ArrayList<>();
    List<Path> protocols = new ArrayList<>();
    List<Path> sgo = new ArrayList<>();
    for (Path file : files) {
      InputKind kind = InputKind.of(file);
      if (kind == InputKind.RCOI_PROTOCOL || kind == InputKind.SGO_EXPORT) {
        if (options.pseudonyms().isEmpty()) {
          throw new IllegalArgumentException(file + ": " + (kind == InputKind.RCOI_PROTOCOL ? "протокол РЦОИ" : "выгрузка "
              + "«Сетевого города»") + " содержит ФИО — нужен ключ псевдонимизации (--key-file)");
        }
        (kind == InputKind.RCOI_PROTOCOL ? protocols : sgo).add(file);
        continue;
      }
      if (kind == InputKind.VPR_STATISTICS) {
        problems.add(Problem.warning(io.github.vsoko.model.problem.FileLocation.of(file.toString()), "статистика ФИС ОКО — "
            + "сводные данные, а не записи школы; в документ не входит (передайте её в vsoko vpr --results)"));
        continue;
      }
      if (kind == InputKind.SCHOOL_TABLES) {
        tables.add(file);
        continue;
      }
      if (kind == InputKind.CANONICAL_JSON || kind == InputKind.CANONICAL_YAML) {
        documents.add(io.github.vsoko.io.SchoolDataFiles.read(file));
        continue;
      }
      VprImportResult result;
      try {
        result = VprImport.read(file, new VprImportOptions(options.subject(), options.grade(), options.year(),
            options.mode(), Optional.empty()));
      } catch (io.github.vsoko.model.problem.ProblemException e) {
        if (options.mode() == io.github.vsoko.io.ImportMode.STRICT || files.size() == 1) {
          throw e;
        }
        problems.addAll(e.problems()); // one bad file of a batch: said, the others imported
        continue;
      }
      vpr.addAll(result.results());
      problems.addAll(result.problems());
      vprYear = result.year();
    }
    if (!documents.isEmpty()) {
      base = documents.size() == 1 ? documents.get(0) : SchoolDataMerge.merge(documents);
    }
    if (!tables.isEmpty()) {
      if (base != null) {
        throw new IllegalArgumentException("таблицы школы и документ vsoko/1 не объединяются; импортируйте таблицы отдельно");
      }
      SchoolTablesResult result = SchoolTablesImport.read(tables, options.mode());
      problems.addAll(0, result.problems());
      base = result.data();
    }
    if (!sgo.isEmpty()) {
      SgoInputs s = SgoInputs.load(sgo, options.pseudonyms().orElseThrow(), Optional.ofNullable(base));
      problems.addAll(s.problems());
      s.skipped().forEach(k -> problems.add(Problem.ofFile(k.file(), k.reason())));
      base = s.data();
    }
    if (!protocols.isEmpty()) {
      ProtocolInputs p = ProtocolInputs.load(protocols, options.pseudonyms().orElseThrow(), Optional.ofNullable(base));
      problems.addAll(p.problems());
      p.skipped().forEach(k -> problems.add(Problem.ofFile(k.file(), k.reason())));
      base = p.data();
    }
    if (base == null) {
      List<String> logins = vpr.stream().map(VprResult::schoolLogin).distinct().toList();
      Organization org = logins.size() == 1
          ? Organization.of(logins.get(0), logins.get(0), logins.get(0), OrganizationKind.GENERAL).withFisOkoLogin(logins.get(0))
          : Organization.of("fisoko-export", "Выгрузка ФИС ОКО", "Выгрузка ФИС ОКО (" + logins.size() + " организаций)",
              OrganizationKind.OTHER);
      int year = options.year().orElse(vprYear != null ? vprYear : LocalDate.now(options.clock()).getYear());
      base = SchoolData.builder(org, ReportingPeriod.calendarYear(year)).vpr(vpr).build();
      return new LoadedInputs(base, problems);
    }
    List<VprResult> all = new ArrayList<>(base.vpr());
    all.addAll(vpr);
    SchoolData data = vpr.isEmpty() ? base : base.toBuilder().vpr(all).build();
    if (options.year().isPresent()) {
      data = data.withPeriod(ReportingPeriod.calendarYear(options.year().getAsInt()));
    }
    return new LoadedInputs(data, problems);
  }
}
