package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprDistributions;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.analytics.vpr.VprTeacherResult;
import io.github.vsoko.analytics.vpr.VprTaskLevels;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportSummary;
import io.github.vsoko.io.VprStatisticsImport;
import io.github.vsoko.io.VprStatisticsResult;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.school.VprJournalStatistics;
import io.github.vsoko.model.school.VprMarkStatistics;
import io.github.vsoko.report.Block;
import io.github.vsoko.report.Heading;
import io.github.vsoko.report.Language;
import io.github.vsoko.report.ListBlock;
import io.github.vsoko.report.ListItem;
import io.github.vsoko.report.ReportData;
import io.github.vsoko.report.VprBaseline;
import io.github.vsoko.model.school.VprResult;
import io.github.vsoko.report.Report;
import io.github.vsoko.report.VprReport;
import io.github.vsoko.report.VprStudyData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ВПР study over any number of ФИС ОКО exports (анализ ВПР): files are read in parallel and streamed row by row
 * into per-file analyses that are merged by counts, so memory does not grow with the number of rows; the outcome
 * is the same whatever the number of threads.
 *
 * @since 0.1.0
 */
public final class VprStudy {
  /** Told when a file has been read (from the reading thread). */
  @FunctionalInterface
  public interface Progress {
    /** One more file done of {@code total}. */
    void fileDone(Path file, int done, int total);

    /** Tells nothing. */
    static Progress none() {
      return (file, done, total) -> {};
    }
  }

  private record FileResult(VprAnalysis analysis, VprDistributions distributions, List<Problem> problems,
      Optional<VprStatisticsResult> statistics, Optional<SkippedFile> skipped, VprTaskLevels levels,
      java.util.Set<SchoolWork> schoolWorks) {}

  /** A school's work: what one file may not bring again. */
  private record SchoolWork(String school, VprWork work) {
    @Override
    public String toString() {
      return "«" + school + "» — " + work.subject().name() + ", " + work.grade().value() + " класс, " + work.year();
    }
  }

  /** Studies exports without telling progress. */
  public VprStudyOutcome run(List<Path> files, VprStudyOptions options) throws IOException {
    return run(files, options, Progress.none());
  }

  /**
   * Studies exports.
   *
   * @throws NoSuchFileException naming the first file that is not a regular file, before any is read
   * @throws IOException if a file cannot be read at all (a row's problem is a located problem instead)
   */
  public VprStudyOutcome run(List<Path> files, VprStudyOptions options, Progress progress) throws IOException {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
    }
    int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
    int[] done = {0};
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          VprAnalysis analysis = new VprAnalysis(options.scales(), options.heuristics());
          VprDistributions distributions = new VprDistributions(options.scales());
          String name = file.toString();
          FileResult result;
          try {
            if (VprStatisticsImport.recognises(file)) {
              VprStatisticsResult statistics = VprStatisticsImport.read(file);
              result = new FileResult(analysis, distributions, statistics.problems(), Optional.of(statistics), Optional.empty(),
                  VprTaskLevels.none(), java.util.Set.of());
            } else {
              java.util.Set<SchoolWork> schoolWorks = new java.util.HashSet<>();
              SchoolWork[] last = {null};
              VprImportSummary summary = VprImport.forEach(file, options.importOptions(), r -> {
                SchoolWork previous = last[0]; // rows come school by school: a key is made when the school changes
                if (previous == null || !previous.school().equals(r.schoolLogin()) || !previous.work().isWorkOf(r)) {
                  last[0] = new SchoolWork(r.schoolLogin(), VprWork.of(r));
                  schoolWorks.add(last[0]);
                }
                analysis.accept(name, r);
                if (options.distributions()) {
                  distributions.accept(r);
                }
              });
              result = new FileResult(analysis, distributions, summary.problems(), Optional.empty(), Optional.empty(),
                  summary.taskLevels(), schoolWorks);
            }
          } catch (ProblemException e) { // one bad file: said, skipped; the others are analysed
            VprAnalysis none = new VprAnalysis(options.scales(), options.heuristics());
            result = new FileResult(none, new VprDistributions(options.scales()), List.of(), Optional.empty(),
                Optional.of(SkippedFile.of(file, e)),
                VprTaskLevels.none(), java.util.Set.of());
          }
          synchronized (done) {
            progress.fileDone(file, ++done[0], files.size());
          }
          return result;
        }));
      }
      VprAnalysis all = new VprAnalysis(options.scales(), options.heuristics());
      VprDistributions allDistributions = new VprDistributions(options.scales());
      List<Problem> problems = new ArrayList<>();
      List<VprStatisticsResult> statistics = new ArrayList<>();
      List<SkippedFile> skipped = new ArrayList<>();
      VprTaskLevels printed = VprTaskLevels.none();
      java.util.Map<SchoolWork, Path> workFiles = new java.util.HashMap<>();
      for (int i = 0; i < futures.size(); i++) {
        FileResult r = get(futures.get(i));
        Path file = files.get(i);
        // a school's work read from two files (the same export twice, two exports overlapping) would count its
        // participants twice: the later file is left out, and said
        Optional<SchoolWork> repeated = r.schoolWorks().stream().filter(workFiles::containsKey).sorted(
            java.util.Comparator.comparing(SchoolWork::school).thenComparing(SchoolWork::work)).findFirst();
        if (repeated.isPresent()) {
          skipped.add(new SkippedFile(file.toString(), file + ": школа " + repeated.get() + " уже прочитана из файла "
              + workFiles.get(repeated.get()) + "; файл не учтён, чтобы не считать участников дважды"));
          continue;
        }
        r.schoolWorks().forEach(w -> workFiles.put(w, file));
        all.merge(r.analysis());
        allDistributions.merge(r.distributions());
        problems.addAll(r.problems());
        r.statistics().ifPresent(statistics::add);
        r.skipped().ifPresent(skipped::add);
        printed = printed.orElse(r.levels());
      }
      // the levels the user gave win; works they do not cover take the levels the Ф1 files printed
      return outcome(all, allDistributions, problems, options.withTaskLevels(options.taskLevels().orElse(printed)), List.of(),
          statistics, skipped);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Studies records already in memory (a school's {@code vpr} records), all under one source name. */
  public VprStudyOutcome run(String source, List<VprResult> records, VprStudyOptions options) {
    return run(source, records, options, Optional.empty());
  }

  /**
   * Studies records already in memory and compares them by teacher too (who taught the work's subject in each class,
   * from the teaching assignments, {@link VprTeachers#of}).
   */
  public VprStudyOutcome run(String source, List<VprResult> records, VprStudyOptions options, VprTeacherResult.Teachers teachers) {
    return run(source, records, options, Optional.of(teachers));
  }

  private VprStudyOutcome run(String source, List<VprResult> records, VprStudyOptions options,
      Optional<VprTeacherResult.Teachers> teachers) {
    VprAnalysis analysis = new VprAnalysis(options.scales(), options.heuristics());
    VprDistributions distributions = new VprDistributions(options.scales());
    for (VprResult r : records) {
      analysis.accept(source, r);
      if (options.distributions()) {
        distributions.accept(r);
      }
    }
    return outcome(analysis, distributions, List.of(), options, teachers.map(analysis::byTeacher).orElse(List.of()),
        List.of(), List.of());
  }

  private static VprStudyOutcome outcome(VprAnalysis analysis, VprDistributions distributions, List<Problem> problems,
      VprStudyOptions options, List<VprTeacherResult> teachers, List<VprStatisticsResult> statistics,
      List<SkippedFile> skipped) {
    VprAnalysisResult result = analysis.result();
    List<VprWork> unscaledWorks = result.schools().stream().filter(s -> s.counts().noMark() > 0).map(VprSchoolResult::work)
        .distinct().toList();
    long unscaled = result.schools().stream().mapToLong(s -> s.counts().noMark()).sum();
    LocalDate date = options.date().orElse(LocalDate.of(result.schools().stream().mapToInt(s -> s.work().year()).max()
        .orElse(2000), 12, 31));
    Language l = options.reportOptions().language();
    // the report's tables and its data are built from the same immutable result, one beside the other
    java.util.concurrent.CompletableFuture<Report> building = java.util.concurrent.CompletableFuture.supplyAsync(() ->
        VprReport.build(result, distributions.result(), options.taskLevels(), options.schoolNames(), teachers,
            options.title(), date, options.reportOptions()));
    ReportData studyData = VprStudyData.of(result, l);
    Report built = Futures.join(building);
    List<VprMarkStatistics> marks = statistics.stream().flatMap(s -> s.marks().stream()).toList();
    List<VprJournalStatistics> journal = statistics.stream().flatMap(s -> s.journal().stream()).toList();
    List<Block> blocks = new ArrayList<>(built.blocks());
    blocks.addAll(VprBaseline.blocks(result, marks, journal, l));
    if (!skipped.isEmpty()) {
      blocks.add(new Heading(1, l.pick("Пропущенные файлы", "Skipped files")));
      blocks.add(new ListBlock(skipped.stream().map(s -> ListItem.warning(s.reason())).toList()));
    }
    ReportData.ObjectBuilder data = ReportData.object();
    if (studyData instanceof ReportData.Obj o) {
      o.fields().forEach(data::put);
    }
    if (!marks.isEmpty() || !journal.isEmpty()) {
      data.put("baseline", VprBaseline.data(marks, journal));
    }
    List<ReportData> skippedData = new ArrayList<>();
    skipped.forEach(s -> skippedData.add(ReportData.object().put("file", s.file()).put("reason", s.reason()).build()));
    data.put("skipped", ReportData.array(skippedData));
    Report report = new Report(built.kind(), built.title(), built.subtitle(), built.approval(), blocks, built.date(),
        built.language()).withData(data.build());
    return new VprStudyOutcome(result, distributions.result(), problems, unscaledWorks, unscaled, result.total().overMaximum(),
        report, teachers, statistics, skipped);
  }

  private static FileResult get(Future<FileResult> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("прервано", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      } else if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    }
  }
}
