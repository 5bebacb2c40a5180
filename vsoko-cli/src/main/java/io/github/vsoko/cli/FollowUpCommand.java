package io.github.vsoko.cli;

import io.github.vsoko.analytics.management.ManagementRules;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.app.DocumentFiles;
import io.github.vsoko.app.FollowUpOutcome;
import io.github.vsoko.app.FollowUpRequest;
import io.github.vsoko.app.FollowUpWorkflow;
import io.github.vsoko.app.ManagementCycleRequest;
import io.github.vsoko.model.management.Recommendation;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vsoko follow-up}: last year's recommendations checked against this year's data. */
@Command(
    name = "follow-up",
    mixinStandardHelpOptions = true,
    description = {"Контроль исполнения адресных рекомендаций через год: по каждой — исполнение (выполнена, перенесена, не",
      "выполнена), в срок ли, контрольный показатель: было, цель, стало, сдвиг в нужную сторону, цель достигнута."},
    footer = {"", "Пример:",
      "  vsoko follow-up --recommendations рекомендации-2024.yaml --data школа-2025.json --academic-year 2024/2025",
      "  vsoko follow-up --recommendations рекомендации.yaml --data sch1.json --data sch2.json --academic-year 2024/2025 "
          + "--vpr 2025/*.xlsx --format tsv"})
final class FollowUpCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--recommendations", required = true, paramLabel = "ФАЙЛ",
      description = "Рекомендации прошлого года (vsoko/1 YAML/JSON, как их записал vsoko recommend --out, с отметками об исполнении).")
  private Path recommendations;

  @Option(names = "--data", required = true, paramLabel = "ФАЙЛ", description = "Данные школ этого года (vsoko/1 JSON/YAML); можно несколько.")
  private List<Path> data;

  @Option(names = "--academic-year", required = true, paramLabel = "ГГГГ/ГГГГ",
      description = "Учебный год, в котором рекомендации надо было выполнить (их сроки читаются в нём).")
  private String academicYear;

  @Option(names = "--attestation-year", paramLabel = "ГГГГ/ГГГГ",
      description = "Учебный год итогов аттестации в данных (по умолчанию — последний год с отметками).")
  private String attestationYear;

  @Option(names = "--vpr", paramLabel = "ФАЙЛ", description = "Выгрузки ВПР этого года; школы сопоставляются по логину ФИС ОКО.")
  private List<Path> vpr = List.of();

  @Option(names = "--scale", paramLabel = "МИН3,МИН4,МИН5", description = "Шкала перевода для ВПР.")
  private String scale;

  @Option(names = "--on", paramLabel = "ДД.ММ.ГГГГ", description = "Дата контроля (по умолчанию — 31 августа учебного года).")
  private String on;

  @Option(names = "--format", defaultValue = "table", paramLabel = "ФОРМАТ", description = "table, tsv, md или json.")
  private String format;

  @Override
  public Integer call() throws IOException {
    Console.check(spec, List.of(format));
    List<Recommendation> issued = DocumentFiles.recommendations(recommendations);
    List<SchoolData> schools = new ArrayList<>();
    for (Path file : data) {
      schools.add(Args.schoolData(file, "--data", spec));
    }
    AcademicYear year = Args.academicYear(academicYear, "--academic-year", spec);
    VprScales scales = scale == null ? VprScales.bundled() : Args.vprScale(scale, "--scale", spec);
    ReportOptions options = ReportOptions.defaults().withLanguage(VsokoCli.language(spec));
    ManagementCycleRequest now = new ManagementCycleRequest(schools,
        Optional.ofNullable(attestationYear).map(y -> Args.academicYear(y, "--attestation-year", spec)), vpr, scales,
        ManagementRules.of(List.of()), Optional.empty(), options);
    FollowUpOutcome outcome = new FollowUpWorkflow(Console.registry(spec)).run(new FollowUpRequest(issued, now, year,
        Optional.ofNullable(on).map(t -> Args.date(t, "--on", spec))));
    Console.print(spec, outcome.report(), format);
    return 0;
  }
}
