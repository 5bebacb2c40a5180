package io.github.vsoko.app;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.analytics.vpr.VprAnalysis;
import io.github.vsoko.analytics.vpr.VprAnalysisResult;
import io.github.vsoko.analytics.vpr.VprDistributions;
import io.github.vsoko.analytics.vpr.VprSchoolResult;
import io.github.vsoko.analytics.vpr.VprTeacherResult;
import io.github.vsoko.analytics.vpr.VprWork;
import io.github.vsoko.io.VprImport;
import io.github.vsoko.io.VprImportSummary;
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

  private record FileResult(VprAnalysis analysis, VprDistributions distributions, VprImportSummary summary) {}

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
          VprImportSummary summary = VprImport.forEach(file, options.importOptions(), r -> {
            analysis.accept(name, r);
            if (options.distributions()) {
              distributions.accept(r);
            }
          });
          synchronized (done) {
            progress.fileDone(file, ++done[0], files.size());
          }
          return new FileResult(analysis, distributions, summary);
        }));
      }
      VprAnalysis all = new VprAnalysis(options.scales(), options.heuristics());
      VprDistributions allDistributions = new VprDistributions(options.scales());
      List<Problem> problems = new ArrayList<>();
      for (Future<FileResult> f : futures) {
        FileResult r = get(f);
        all.merge(r.analysis());
        allDistributions.merge(r.distributions());
        problems.addAll(r.summary().problems());
      }
      return outcome(all, allDistributions, problems, options, List.of());
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
    return outcome(analysis, distributions, List.of(), options, teachers.map(analysis::byTeacher).orElse(List.of()));
  }

  private static VprStudyOutcome outcome(VprAnalysis analysis, VprDistributions distributions, List<Problem> problems,
      VprStudyOptions options, List<VprTeacherResult> teachers) {
    VprAnalysisResult result = analysis.result();
    List<VprWork> unscaledWorks = result.schools().stream().filter(s -> s.counts().noMark() > 0).map(VprSchoolResult::work)
        .distinct().toList();
    long unscaled = result.schools().stream().mapToLong(s -> s.counts().noMark()).sum();
    LocalDate date = options.date().orElse(LocalDate.of(result.schools().stream().mapToInt(s -> s.work().year()).max()
        .orElse(2000), 12, 31));
    Report report = VprReport.build(result, distributions.result(), options.taskLevels(), options.schoolNames(), teachers,
        options.title(), date, options.reportOptions()).withData(VprStudyData.of(result, options.reportOptions().language()));
    return new VprStudyOutcome(result, distributions.result(), problems, unscaledWorks, unscaled, result.total().overMaximum(),
        report, teachers);
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
