package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.TaskScore;
import io.github.vsoko.model.school.VprResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Consistency checks of school data beyond what the model's constructors enforce: a ВПР primary score
 * that differs from the sum of its task scores, a participant listed twice for one work, a graduate with two
 * certificates of different statuses in one year, the same exam result twice (one period), staff or
 * students counted on dates outside their own dates. Problems are warnings naming the records.
 *
 * @since 0.1.0
 */
public final class DataChecks {
  private DataChecks() {}

  /** A participant of a ВПР work. */
  private record Participation(String school, String participant, String subject, int grade, int year) {}

  /** Checks one organization's data; {@code source} names it in the problems. */
  public static List<Problem> check(String source, SchoolData data) {
    List<Problem> problems = new ArrayList<>();
    Map<Participation, Integer> seen = new HashMap<>();
    List<VprResult> vpr = data.vpr();
    for (int i = 0; i < vpr.size(); i++) {
      VprResult r = vpr.get(i);
      String where = "vpr[" + i + "] (участник " + r.participantCode() + ", " + r.schoolLogin() + ")";
      Participation key = new Participation(r.schoolLogin(), r.participantCode(), r.subject().code(), r.grade().value(), r.year());
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        problems.add(warning(source, where, "участник уже записан в vpr[" + first + "] для той же работы"));
      }
      if (r.isParticipant() && !r.tasks().isEmpty() && r.tasks().stream().allMatch(t -> t.score().isPresent() || !t.done())) {
        int sum = r.tasks().stream().map(TaskScore::score).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sum();
        if (sum != r.primaryScore().getAsInt()) {
          problems.add(warning(source, where, "первичный балл " + r.primaryScore().getAsInt()
              + " не равен сумме баллов за задания " + sum));
        }
      }
      if (r.isParticipant() && r.maxScore().isPresent() && r.primaryScore().getAsInt() > r.maxScore().getAsInt()) {
        problems.add(warning(source, where, "первичный балл " + r.primaryScore().getAsInt()
            + " больше максимального " + r.maxScore().getAsInt()));
      }
    }
    // contradictory certificates: one graduate, one level, one year, two different statuses
    Map<String, Integer> certificates = new HashMap<>();
    for (int i = 0; i < data.certificates().size(); i++) {
      io.github.vsoko.model.school.Certificate c = data.certificates().get(i);
      Integer first = certificates.putIfAbsent(c.studentId() + "|" + c.level() + "|" + c.year(), i);
      if (first != null && data.certificates().get(first).status() != c.status()) {
        problems.add(warning(source, "certificates[" + i + "] (" + c.studentId() + ")", "у выпускника в " + c.year()
            + " году уже записан аттестат со статусом «" + data.certificates().get(first).status() + "» (certificates["
            + first + "]), здесь «" + c.status() + "»; оставьте одну запись"));
      }
    }
    // the same exam twice: one student, exam, form, subject, level, year and period
    Map<String, Integer> exams = new HashMap<>();
    for (int i = 0; i < data.exams().size(); i++) {
      io.github.vsoko.model.school.ExamResult e = data.exams().get(i);
      Integer first = exams.putIfAbsent(e.studentId() + "|" + e.exam() + "|" + e.form() + "|" + e.subject().code() + "|"
          + e.level() + "|" + e.year() + "|" + e.period(), i);
      if (first != null) {
        problems.add(warning(source, "exams[" + i + "] (" + e.studentId() + ")", "результат по предмету «"
            + e.subject().name() + "» того же экзамена и периода уже записан в exams[" + first + "]; пересдача — это другой "
            + "период (резервный, дополнительный)"));
      }
    }
    // one student's mark in a subject for one period twice (the same or another mark): counted once at most
    Map<String, Integer> marks = new HashMap<>();
    for (int i = 0; i < data.marks().size(); i++) {
      io.github.vsoko.model.school.AttestationMark m = data.marks().get(i);
      Integer first = marks.putIfAbsent(m.studentId() + "|" + m.subject().code() + "|" + m.period(), i);
      if (first != null) {
        io.github.vsoko.model.school.AttestationMark earlier = data.marks().get(first);
        problems.add(warning(source, "marks[" + i + "] (" + m.studentId() + ")", (earlier.value() == m.value()
            ? "та же отметка по предмету «" + m.subject().name() + "» за тот же период уже записана"
            : "другая отметка («" + m.value().label() + "», в marks[" + first + "] — «" + earlier.value().label() + "») по предмету «"
                + m.subject().name() + "» за тот же период") + " в marks[" + first + "]; оставьте одну запись"));
      }
    }
    data.students().stream().filter(s -> s.enrolledOn().isAfter(data.period().end())).forEach(s ->
        problems.add(warning(source, "students (" + s.id() + ")", "зачислен после окончания отчётного периода ("
            + s.enrolledOn() + ")")));
    return problems;
  }

  private static Problem warning(String source, String record, String message) {
    return Problem.inFile(ProblemSeverity.WARNING, source, Optional.empty(), OptionalInt.empty(), Optional.empty(),
        Optional.of(record), Optional.empty(), message);
  }
}
