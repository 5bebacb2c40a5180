package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemSeverity;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationDetails;
import io.github.vsoko.model.organization.RegistryEntry;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.Certificate;
import io.github.vsoko.model.school.ClassName;
import io.github.vsoko.model.school.ContestResult;
import io.github.vsoko.model.school.EducationLevel;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.ExamLevel;
import io.github.vsoko.model.school.ExamResult;
import io.github.vsoko.model.school.Experience;
import io.github.vsoko.model.school.GraduateDestination;
import io.github.vsoko.model.school.TeachingAssignment;
import io.github.vsoko.model.school.YearOutcome;
import io.github.vsoko.model.school.ClassEnrolment;
import io.github.vsoko.model.school.LiteracyLevel;
import io.github.vsoko.model.school.LiteracyResult;
import io.github.vsoko.model.school.SurveyAnswer;
import io.github.vsoko.model.school.Infrastructure;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.ReadingRoom;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StaffMember;
import io.github.vsoko.model.school.StateExam;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.school.TrainingRecord;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads school tables ({@link SchoolTable}) from XLSX workbooks (one sheet per table) and CSV files
 * (one file per table) into {@link SchoolData}. Tables are recognised by sheet or file name, else by
 * their headers; columns by Russian header or English alias. Every problem names file, sheet, row,
 * column and value; a bad row is left out and reported, the good rows are kept (lenient), or the
 * whole import fails (strict).
 *
 * @since 0.1.0
 */
public final class SchoolTablesImport {
  private SchoolTablesImport() {}

  /** Where a record came from. */
  private record Origin(TableSource source, String sheet, int row, Map<String, Integer> columns, List<String> headers) {}

  /** A record with its origin. */
  private record Located<T>(T value, Origin origin) {}

  /** The cells of one row by column key: the keys shared by every row of the sheet, the values in an array. */
  private static final class ColumnValues extends java.util.AbstractMap<String, String> {
    private final List<String> keys;
    private final String[] values;

    ColumnValues(List<String> keys, String[] values) {
      this.keys = keys;
      this.values = values;
    }

    @Override
    public String get(Object key) {
      int i = keys.indexOf(key);
      return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
      return keys.contains(key);
    }

    @Override
    public java.util.Set<Map.Entry<String, String>> entrySet() {
      java.util.Set<Map.Entry<String, String>> entries = new java.util.LinkedHashSet<>();
      for (int i = 0; i < values.length; i++) {
        entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(keys.get(i), values[i]));
      }
      return entries;
    }
  }

  /**
   * Reads the files.
   *
   * @throws ProblemException when a file cannot be read, the organization table is missing, or (strict) any problem
   */
  public static SchoolTablesResult read(List<Path> files, ImportMode mode) {
    Reader reader = new Reader();
    for (Path file : files) {
      try (TableSource source = TableSources.open(file, Optional.empty())) {
        for (String sheet : source.sheets()) {
          try (Stream<TableRow> rows = source.rows(sheet)) {
            reader.sheet(source, file, sheet, rows.iterator());
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new ProblemException(List.of(Problem.ofFile(file.toString(), "не удаётся прочитать: " + e.getMessage())));
      }
    }
    SchoolTablesResult result = reader.assemble();
    if (mode == ImportMode.STRICT && !result.problems().isEmpty()) {
      throw new ProblemException(result.problems());
    }
    return result;
  }

  private static final class Reader {
    private final List<Problem> problems = new ArrayList<>();
    private final Map<SchoolTable, List<Located<Map<String, String>>>> rows = new LinkedHashMap<>();

    private Problem problem(ProblemSeverity severity, Origin o, String key, String value, String message) {
      Integer column = key == null ? null : o.columns().get(key);
      return Problem.inFile(severity, o.source().file(), o.source().isCsv() ? Optional.empty() : Optional.of(o.sheet()),
          o.row() > 0 ? OptionalInt.of(o.row()) : OptionalInt.empty(),
          column == null ? Optional.empty() : Optional.of(ColumnNames.letter(column)),
          column == null ? Optional.empty() : Optional.of(o.headers().get(column)),
          value == null || value.isEmpty() ? Optional.empty() : Optional.of(value), message);
    }

    void sheet(TableSource source, Path file, String sheet, Iterator<TableRow> it) {
      if (!source.isCsv() && Set.of("инструкция", "списки", "instructions", "lists").contains(VprColumns.fold(sheet))) {
        return;
      }
      TableRow header = null;
      while (it.hasNext()) {
        TableRow r = it.next();
        if (!r.isBlank()) {
          header = r;
          break;
        }
      }
      if (header == null) {
        return;
      }
      List<String> folded = header.cells().stream().map(VprColumns::fold).toList();
      Optional<SchoolTable> table = SchoolTable.byName(source.isCsv() ? VprFileNames.stem(file) : sheet)
          .or(() -> SchoolTable.byName(VprFileNames.stem(file)).filter(t -> source.isCsv()))
          .or(() -> recognise(folded));
      Origin sheetOrigin = new Origin(source, sheet, header.number(), Map.of(), header.cells());
      if (table.isEmpty()) {
        problems.add(problem(ProblemSeverity.WARNING, sheetOrigin, null, null,
            "лист не распознан ни как одна из таблиц (" + String.join(", ", tableNames()) + ") и пропущен"));
        return;
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < folded.size(); i++) {
        String h = folded.get(i);
        if (h.isEmpty()) {
          continue;
        }
        Optional<ColumnSpec> spec = table.get().columns().stream().filter(c -> c.matches(h)).findFirst();
        if (spec.isPresent()) {
          columns.putIfAbsent(spec.get().key(), i);
        } else {
          problems.add(Problem.inFile(ProblemSeverity.WARNING, source.file(), source.isCsv() ? Optional.empty() : Optional.of(sheet),
              OptionalInt.of(header.number()), Optional.of(ColumnNames.letter(i)), Optional.of(header.cell(i)), Optional.empty(),
              "столбец не входит в таблицу «" + table.get().sheetName() + "»; его значения не импортированы"));
        }
      }
      Origin origin = new Origin(source, sheet, header.number(), columns, header.cells());
      List<String> missing = table.get().columns().stream().filter(c -> c.required() && !columns.containsKey(c.key()))
          .map(ColumnSpec::header).toList();
      if (!missing.isEmpty()) {
        problems.add(problem(ProblemSeverity.ERROR, origin, null, null, "в таблице «" + table.get().sheetName()
            + "» нет обязательных столбцов: " + String.join(", ", missing) + "; таблица не импортирована"));
        return;
      }
      List<Located<Map<String, String>>> target = rows.computeIfAbsent(table.get(), k -> new ArrayList<>());
      // a million marks must fit a small heap: each row keeps an array of its cells against the sheet's one key list,
      // and the values that repeat down a column (subject, year, period, mark) are one string each
      List<String> keys = List.copyOf(columns.keySet());
      int[] indexes = keys.stream().mapToInt(columns::get).toArray();
      List<String> headers = List.copyOf(header.cells());
      Map<String, String> pool = new HashMap<>();
      while (it.hasNext()) {
        TableRow r = it.next();
        if (r.isBlank()) {
          continue;
        }
        String[] values = new String[keys.size()];
        for (int i = 0; i < values.length; i++) {
          String v = r.cell(indexes[i]);
          values[i] = pool.size() < 100_000 ? pool.computeIfAbsent(v, x -> x) : v;
        }
        target.add(new Located<>(new ColumnValues(keys, values), new Origin(source, sheet, r.number(), columns, headers)));
      }
    }

    private static List<String> tableNames() {
      return java.util.Arrays.stream(SchoolTable.values()).map(SchoolTable::sheetName).toList();
    }

    private static Optional<SchoolTable> recognise(List<String> folded) {
      SchoolTable best = null;
      int bestScore = 0;
      for (SchoolTable t : SchoolTable.values()) {
        boolean allRequired = t.columns().stream().filter(ColumnSpec::required)
            .allMatch(c -> folded.stream().anyMatch(c::matches));
        int score = (int) t.columns().stream().filter(c -> folded.stream().anyMatch(c::matches)).count();
        if (allRequired && score > bestScore) {
          best = t;
          bestScore = score;
        }
      }
      return Optional.ofNullable(best);
    }

    /** Converts one row; a {@link Cells.BadValue} or a model rule becomes a problem naming the cell. */
    private <T> Optional<T> convert(Located<Map<String, String>> row, java.util.function.Function<Row, T> f) {
      Row r = new Row(row.value());
      try {
        return Optional.of(f.apply(r));
      } catch (Cells.BadValue e) {
        problems.add(problem(ProblemSeverity.ERROR, row.origin(), r.lastKey, r.lastValue, e.getMessage() + "; строка не импортирована"));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(problem(ProblemSeverity.ERROR, row.origin(), r.lastKey, r.lastValue, e.getMessage() + "; строка не импортирована"));
      }
      return Optional.empty();
    }

    /** A row's values with typed reads that remember the last cell read, for locating problems. */
    private static final class Row {
      private final Map<String, String> values;
      String lastKey;
      String lastValue;

      Row(Map<String, String> values) {
        this.values = values;
      }

      String text(String key) {
        lastKey = key;
        lastValue = values.getOrDefault(key, "");
        return lastValue;
      }

      String required(String key) {
        String t = text(key);
        if (t.isEmpty()) {
          throw new Cells.BadValue("значение обязательно");
        }
        return t;
      }

      Optional<String> optional(String key) {
        String t = text(key);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
      }

      LocalDate date(String key) {
        return Cells.date(required(key));
      }

      Optional<LocalDate> optionalDate(String key) {
        return optional(key).map(Cells::date);
      }

      int integer(String key) {
        return Cells.integer(required(key));
      }

      OptionalInt optionalInt(String key) {
        Optional<String> t = optional(key);
        return t.isPresent() ? OptionalInt.of(Cells.integer(t.get())) : OptionalInt.empty();
      }

      boolean yes(String key) {
        return Cells.yesNo(text(key));
      }

      <E> E choice(String key, Map<String, E> labels) {
        return Cells.choice(text(key), labels);
      }
    }

    SchoolTablesResult assemble() {
      List<Located<Map<String, String>>> orgRows = rows.getOrDefault(SchoolTable.ORGANIZATION, List.of());
      if (orgRows.isEmpty()) {
        problems.add(0, Problem.ofFile("(все файлы)", "нет таблицы «Организация» с одной строкой (идентификатор, "
            + "наименование, вид, отчётный год): без неё данные не собрать"));
        throw new ProblemException(problems);
      }
      for (int i = 1; i < orgRows.size(); i++) {
        problems.add(problem(ProblemSeverity.ERROR, orgRows.get(i).origin(), null, null,
            "в таблице «Организация» должна быть одна строка; лишняя строка не импортирована"));
      }
      Optional<Object[]> org = convert(orgRows.get(0), r -> {
        String id = r.required("id");
        String shortName = r.required("shortName");
        String fullName = r.optional("fullName").orElse(shortName);
        Organization o = Organization.of(id, shortName, fullName, r.choice("kind", Labels.ORGANIZATION_KIND));
        Optional<String> inn = r.optional("inn");
        if (inn.isPresent()) {
          o = o.withInn(inn.get());
        }
        Optional<String> ogrn = r.optional("ogrn");
        if (ogrn.isPresent()) {
          o = o.withOgrn(ogrn.get());
        }
        Optional<String> login = r.optional("fisOkoLogin");
        if (login.isPresent()) {
          o = o.withFisOkoLogin(login.get());
        }
        OrganizationDetails.Builder details = OrganizationDetails.builder();
        r.optional("founder").ifPresent(details::founder);
        r.optional("address").ifPresent(details::address);
        r.optional("phone").ifPresent(details::phone);
        r.optional("email").ifPresent(e -> {
          if (!OrganizationDetails.isEmailAddress(e)) {
            throw new Cells.BadValue("ожидается адрес электронной почты вида school@example.ru");
          }
          details.email(e);
        });
        r.optional("website").ifPresent(details::website);
        Optional<LocalDate> licenceDate = r.optionalDate("licenceDate");
        r.optional("licence").ifPresent(n -> details.licence(new RegistryEntry(n, licenceDate)));
        Optional<LocalDate> accreditationDate = r.optionalDate("accreditationDate");
        r.optional("accreditation").ifPresent(n -> details.accreditation(new RegistryEntry(n, accreditationDate)));
        Optional<String> head = r.optional("headName");
        if (head.isPresent()) {
          details.head(head.get(), r.optional("headPosition").orElse("Директор"));
        }
        o = o.withDetails(details.build());
        int year = r.integer("year");
        if (year < 2000 || year > 2100) {
          throw new Cells.BadValue("ожидается год от 2000 до 2100");
        }
        return new Object[] {o, year};
      });
      if (org.isEmpty()) {
        throw new ProblemException(problems);
      }
      Organization organization = (Organization) org.get()[0];
      int year = (Integer) org.get()[1];
      LocalDate asOf = LocalDate.of(year, 12, 31);
      SchoolData.Builder data = SchoolData.builder(organization, ReportingPeriod.calendarYear(year));

      Set<String> students = new HashSet<>();
      for (Located<Map<String, String>> row : rows.getOrDefault(SchoolTable.STUDENTS, List.of())) {
        convert(row, r -> {
          String id = r.required("id");
          ClassName className = ClassName.parse(r.required("class"));
          Optional<String> level = r.optional("level");
          if (level.isPresent()) {
            EducationLevel declared = Cells.choice(level.get(), Labels.LEVEL);
            if (declared != className.level()) {
              problems.add(problem(ProblemSeverity.WARNING, row.origin(), "level", level.get(), "уровень не совпадает с классом "
                  + className + " (" + className.level().abbreviation() + "); уровень берётся по классу"));
            }
          }
          Set<StudentFlag> flags = EnumSet.noneOf(StudentFlag.class);
          flag(r, "advanced", StudentFlag.ADVANCED_STUDY, flags);
          flag(r, "profile", StudentFlag.PROFILE_EDUCATION, flags);
          flag(r, "distance", StudentFlag.DISTANCE_LEARNING, flags);
          flag(r, "network", StudentFlag.NETWORK_FORM, flags);
          flag(r, "ovz", StudentFlag.SPECIAL_NEEDS, flags);
          flag(r, "adapted", StudentFlag.ADAPTED_PROGRAM_INTELLECTUAL, flags);
          flag(r, "broadband", StudentFlag.BROADBAND_ACCESS, flags);
          flag(r, "underachieving", StudentFlag.UNDERACHIEVING, flags);
          flag(r, "individualRoute", StudentFlag.INDIVIDUAL_ROUTE, flags);
          flag(r, "remedial", StudentFlag.REMEDIAL_CLASSES, flags);
          flag(r, "textbooks", StudentFlag.TEXTBOOKS_PROVIDED, flags);
          return new Student(id, className, r.date("enrolledOn"), r.optionalDate("leftOn"), flags);
        }).ifPresent(s -> {
          if (!students.add(s.id())) {
            problems.add(problem(ProblemSeverity.ERROR, row.origin(), "id", s.id(), "идентификатор учащегося повторяется; строка не импортирована"));
          } else {
            data.student(s);
          }
        });
      }

      Map<String, List<TrainingRecord>> training = new HashMap<>();
      List<Located<Map<String, String>>> trainingRows = rows.getOrDefault(SchoolTable.TRAINING, List.of());
      Map<TrainingRecord, Located<Map<String, String>>> trainingOrigin = new HashMap<>();
      for (Located<Map<String, String>> row : trainingRows) {
        String[] staffId = new String[1];
        convert(row, r -> {
          staffId[0] = r.required("staffId");
          return new TrainingRecord(r.choice("kind", Labels.TRAINING), r.required("programme"), r.optionalInt("hours").orElse(0),
              r.date("completedOn"), r.yes("fgos"));
        }).ifPresent(t -> {
          training.computeIfAbsent(staffId[0], k -> new ArrayList<>()).add(t);
          trainingOrigin.put(t, row);
        });
      }
      Set<String> staff = new HashSet<>();
      for (Located<Map<String, String>> row : rows.getOrDefault(SchoolTable.STAFF, List.of())) {
        convert(row, r -> {
          String id = r.required("id");
          StaffMember.Builder b = StaffMember.builder(id, r.required("position"), r.date("birthDate"), r.date("hiredOn"))
              .category(r.choice("category", Labels.STAFF_CATEGORY))
              .employment(r.choice("employment", Labels.EMPLOYMENT))
              .education(r.choice("education", Labels.EDUCATION), r.yes("pedagogical"))
              .qualificationCategory(r.choice("qualification", Labels.CATEGORY));
          OptionalInt years = r.optionalInt("experienceYears");
          if (years.isPresent()) {
            b.experience(new Experience(years.getAsInt(), r.optionalInt("experienceMonths").orElse(0),
                r.optionalDate("experienceAsOf").orElse(asOf)));
          }
          r.optionalDate("leftOn").ifPresent(b::leftOn);
          training.getOrDefault(id, List.of()).forEach(b::training);
          return b.build();
        }).ifPresent(s -> {
          if (!staff.add(s.id())) {
            problems.add(problem(ProblemSeverity.ERROR, row.origin(), "id", s.id(), "идентификатор работника повторяется; строка не импортирована"));
          } else {
            data.staffMember(s);
          }
        });
      }
      training.forEach((id, records) -> {
        if (!staff.contains(id)) {
          records.forEach(t -> problems.add(problem(ProblemSeverity.ERROR, trainingOrigin.get(t).origin(), "staffId", id,
              "работника с таким идентификатором нет в таблице «Работники»; строка не импортирована")));
        }
      });

      List<TeachingAssignment> assignments = new ArrayList<>();
      for (Located<Map<String, String>> row : rows.getOrDefault(SchoolTable.ASSIGNMENTS, List.of())) {
        String staffId = row.value().getOrDefault("staffId", "");
        if (!staffId.isEmpty() && !staff.contains(staffId)) {
          problems.add(problem(ProblemSeverity.ERROR, row.origin(), "staffId", staffId,
              "работника с таким идентификатором нет в таблице «Работники»; строка не импортирована"));
          continue;
        }
        convert(row, r -> new TeachingAssignment(r.required("staffId"), AcademicYear.parse(r.required("academicYear")),
            ClassName.parse(r.required("class")), SchoolSubject.of(r.required("subject")))).ifPresent(assignments::add);
      }
      data.assignments(assignments);

      List<Located<AttestationMark>> located = new ArrayList<>();
      forStudentsLocated(SchoolTable.MARKS, students, r -> {
        AcademicYear ay = AcademicYear.parse(r.required("academicYear"));
        String period = VprColumns.fold(r.text("period"));
        ReportingPeriod p;
        if (period.isEmpty() || period.equals("год")) {
          p = ReportingPeriod.academicYear(ay);
        } else {
          PeriodKind kind = Cells.choice(period, Map.of("полугодие", PeriodKind.HALF_YEAR, "четверть", PeriodKind.QUARTER,
              "триместр", PeriodKind.TRIMESTER));
          p = ReportingPeriod.term(kind, r.integer("number"), r.date("start"), r.date("end"));
        }
        String markText = r.required("mark");
        MarkValue mark = MarkValue.parse(markText).orElseThrow(() -> new Cells.BadValue("ожидается 2–5, н/а, осв., зачёт или незачёт"));
        r.text("mark");
        return new AttestationMark(r.required("studentId"), SchoolSubject.of(r.required("subject")), p, mark);
      }, (mark, origin) -> located.add(new Located<>(mark, origin)));
      data.marks(withoutRepeats(located));

      List<ExamResult> exams = new ArrayList<>();
      forStudents(SchoolTable.EXAMS, students, r -> {
        StateExam exam = r.choice("exam", Labels.STATE_EXAM);
        ExamForm form = r.choice("form", Labels.EXAM_FORM);
        Optional<ExamLevel> level = r.optional("level").map(t -> Cells.choice(t, Labels.EXAM_LEVEL));
        OptionalInt primary = r.optionalInt("primaryScore");
        OptionalInt test = r.optionalInt("testScore");
        Optional<MarkValue> mark = r.optional("mark").map(t -> MarkValue.parse(t).filter(MarkValue::isNumeric)
            .orElseThrow(() -> new Cells.BadValue("ожидается отметка 2–5")));
        return new ExamResult(r.required("studentId"), exam, form, SchoolSubject.of(r.required("subject")), level, primary, test,
            mark, r.integer("year"), r.choice("period", Labels.EXAM_PERIOD), r.optional("parts").map(Reader::parts)
            .orElse(Map.of()));
      }, exams::add);
      data.exams(exams);

      List<Certificate> certificates = new ArrayList<>();
      forStudents(SchoolTable.CERTIFICATES, students, r -> new Certificate(r.required("studentId"),
          r.choice("level", Labels.GRADUATION_LEVEL), r.integer("year"), r.choice("status", Labels.CERTIFICATE)), certificates::add);
      data.certificates(certificates);

      List<ContestResult> contests = new ArrayList<>();
      forStudents(SchoolTable.CONTESTS, students, r -> new ContestResult(r.required("studentId"), r.required("event"),
          r.optional("subject").map(SchoolSubject::of), r.choice("level", Labels.CONTEST_LEVEL),
          r.choice("status", Labels.CONTEST_STATUS), r.date("date")), contests::add);
      data.contests(contests);

      List<ClassEnrolment> enrolments = new ArrayList<>();
      forStudents(SchoolTable.ENROLMENTS, students, r -> {
        AcademicYear ay = AcademicYear.parse(r.required("academicYear"));
        ClassName c = ClassName.parse(r.required("class"));
        Optional<LocalDate> from = r.optionalDate("from");
        Optional<LocalDate> to = r.optionalDate("to");
        for (Optional<LocalDate> d : List.of(from, to)) {
          if (d.isPresent() && !ay.contains(d.get())) {
            throw new Cells.BadValue("дата " + d.get().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " вне " + ay + " учебного года");
          }
        }
        Optional<YearOutcome> outcome = r.text("outcome").isEmpty() ? Optional.empty()
            : Optional.of(r.choice("outcome", Labels.YEAR_OUTCOME));
        return new ClassEnrolment(r.required("studentId"), ay, c, from, to, outcome);
      }, enrolments::add);
      data.enrolments(enrolments);

      List<GraduateDestination> destinations = new ArrayList<>();
      forStudents(SchoolTable.DESTINATIONS, students, r -> new GraduateDestination(r.required("studentId"),
          r.choice("level", Labels.GRADUATION_LEVEL), r.integer("year"), r.choice("destination", Labels.DESTINATION)),
          destinations::add);
      data.destinations(destinations);

      List<LiteracyResult> literacy = new ArrayList<>();
      forStudents(SchoolTable.LITERACY, students, r -> {
        Optional<java.math.BigDecimal> score = r.optional("score").map(Cells::decimal);
        Optional<LiteracyLevel> level = r.optional("level").map(t -> Cells.choice(t, Labels.LITERACY_LEVEL));
        if (score.isEmpty() && level.isEmpty()) {
          throw new Cells.BadValue("нужен уровень (недостаточный … высокий) или балл");
        }
        return new LiteracyResult(r.required("studentId"), r.choice("direction", Labels.LITERACY_DIRECTION), r.date("date"), score,
            level, r.optional("source"));
      }, literacy::add);
      data.literacy(literacy);

      List<SurveyAnswer> surveys = new ArrayList<>();
      Map<String, String> surveyRows = new java.util.HashMap<>();
      for (Located<Map<String, String>> row : rows.getOrDefault(SchoolTable.SURVEYS, List.of())) {
        convert(row, r -> new SurveyAnswer(r.required("survey"), r.choice("group", Labels.RESPONDENT_GROUP), r.date("date"),
            r.required("question"), r.required("option"), r.integer("count"), r.choice("rating", Labels.ANSWER_RATING)))
            .ifPresent(a -> {
              String first = surveyRows.putIfAbsent(a.questionKey() + "\u0000" + a.option(), "в строке " + row.origin().row());
              if (first != null) {
                problems.add(problem(ProblemSeverity.ERROR, row.origin(), "option", a.option(),
                    "этот вариант ответа этого вопроса уже указан (" + first + "); сложите число ответов в одну строку; "
                    + "строка не импортирована"));
              } else {
                surveys.add(a);
              }
            });
      }
      data.surveys(surveys);

      List<Located<Map<String, String>>> infraRows = rows.getOrDefault(SchoolTable.INFRASTRUCTURE, List.of());
      for (int i = 1; i < infraRows.size(); i++) {
        problems.add(problem(ProblemSeverity.ERROR, infraRows.get(i).origin(), null, null,
            "в таблице «Инфраструктура» должна быть одна строка; лишняя строка не импортирована"));
      }
      if (!infraRows.isEmpty()) {
        convert(infraRows.get(0), r -> new Infrastructure(r.optionalDate("asOf").orElse(asOf), r.integer("computers"),
            r.integer("literature"), r.yes("edo"), readingRoom(r), r.yes("broadband"), Cells.decimal(r.required("area"))))
            .ifPresent(data::infrastructure);
      }
      problems.sort(ImportProblems.IN_FILE_ORDER);
      try {
        return new SchoolTablesResult(data.build(), problems);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.ofFile("(все файлы)", e.getMessage()));
        throw new ProblemException(problems);
      }
    }

    private static ReadingRoom readingRoom(Row r) {
      boolean present = r.yes("readingRoom");
      return new ReadingRoom(present, r.yes("rrComputers"), r.yes("rrMedia"), r.yes("rrScanning"), r.yes("rrInternet"),
          r.yes("rrPrinting"));
    }

    /** «геометрия: 3; алгебра: 9» (or with commas) → points by part. */
  static Map<String, Integer> parts(String text) {
    Map<String, Integer> parts = new java.util.TreeMap<>();
    for (String item : text.split("[;,]")) {
      if (item.isBlank()) {
        continue;
      }
      String[] kv = item.split("[:=]", 2);
      if (kv.length != 2 || kv[0].isBlank() || !kv[1].strip().matches("\\d{1,3}")) {
        throw new Cells.BadValue("ожидается «часть: баллы; часть: баллы», например «геометрия: 3; алгебра: 9»");
      }
      if (parts.put(kv[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(kv[1].strip())) != null) {
        throw new Cells.BadValue("часть «" + kv[0].strip() + "» указана дважды");
      }
    }
    return parts;
  }

  private static void flag(Row r, String key, StudentFlag flag, Set<StudentFlag> flags) {
      if (r.yes(key)) {
        flags.add(flag);
      }
    }

    private <T> void forStudents(SchoolTable table, Set<String> students, java.util.function.Function<Row, T> f,
        java.util.function.Consumer<T> sink) {
      forStudentsLocated(table, students, f, (value, origin) -> sink.accept(value));
    }

    private <T> void forStudentsLocated(SchoolTable table, Set<String> students, java.util.function.Function<Row, T> f,
        java.util.function.BiConsumer<T, Origin> sink) {
      for (Located<Map<String, String>> row : rows.getOrDefault(table, List.of())) {
        String studentId = row.value().getOrDefault("studentId", "");
        if (!studentId.isEmpty() && !students.contains(studentId)) {
          problems.add(problem(ProblemSeverity.ERROR, row.origin(), "studentId", studentId,
              "учащегося с таким идентификатором нет в таблице «Учащиеся»; строка не импортирована"));
          continue;
        }
        convert(row, f).ifPresent(value -> sink.accept(value, row.origin()));
      }
    }

    /**
     * The marks with every repeat of a student's mark in a subject for one period left out and named: the same mark
     * again is a warning (counted once), another mark for that period an error (the later row not imported). Found by
     * sorting, so a million marks need no second index in memory.
     */
    private List<AttestationMark> withoutRepeats(List<Located<AttestationMark>> marks) {
      Comparator<Located<AttestationMark>> byKey = Comparator.<Located<AttestationMark>, String>comparing(m -> m.value().studentId())
          .thenComparing(m -> m.value().subject().name())
          .thenComparing(m -> m.value().period().start())
          .thenComparing(m -> m.value().period().end())
          .thenComparing(m -> m.value().period().kind())
          .thenComparingInt(m -> m.origin().row());
      List<Located<AttestationMark>> sorted = new ArrayList<>(marks);
      sorted.sort(byKey);
      java.util.Set<Located<AttestationMark>> repeats = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      Located<AttestationMark> first = null;
      for (Located<AttestationMark> m : sorted) {
        AttestationMark v = m.value();
        if (first != null && first.value().studentId().equals(v.studentId()) && first.value().subject().equals(v.subject())
            && first.value().period().equals(v.period())) {
          repeats.add(m);
          boolean same = first.value().value() == v.value();
          problems.add(problem(same ? ProblemSeverity.WARNING : ProblemSeverity.ERROR, m.origin(), "mark", v.value().label(),
              same ? "та же отметка учащегося «" + v.studentId() + "» по предмету за тот же период уже в строке "
                  + first.origin().row() + "; повтор не учтён"
                  : "другая отметка учащегося «" + v.studentId() + "» по предмету за тот же период, чем в строке "
                  + first.origin().row() + " («" + first.value().value().label() + "»); строка не импортирована"));
        } else {
          first = m;
        }
      }
      List<AttestationMark> out = new ArrayList<>(marks.size() - repeats.size());
      marks.stream().filter(m -> !repeats.contains(m)).forEach(m -> out.add(m.value()));
      return out;
    }
  }
}
