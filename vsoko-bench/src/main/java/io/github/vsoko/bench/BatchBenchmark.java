package io.github.vsoko.bench;

import io.github.vsoko.indicators.EvaluationResult;
import io.github.vsoko.indicators.IndicatorEvaluator;
import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.indicators.IndicatorValue;
import io.github.vsoko.indicators.Share;
import io.github.vsoko.indicators.Count;
import io.github.vsoko.indicators.order1324.Order1324Sets;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.AttestationMark;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.school.Student;
import io.github.vsoko.model.school.StudentFlag;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import io.github.vsoko.model.time.ReportingPeriod;
import io.github.vsoko.testkit.SchoolDataArbitraries;
import io.github.vsoko.testkit.SchoolDataUnion;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A municipality's batch: the order № 1324 contingent and attestation indicators (1.1, 1.5, 1.20–1.23) of
 * {@code schools} schools evaluated by vsoko, beside DuckDB computing the same numerators and denominators by SQL from
 * the same records loaded into its tables (loading not timed). Both use every core. The set-up checks that both give
 * the same numbers for every school, so the two sides compute the same thing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BatchBenchmark {
  private static final List<String> CODES = List.of("1.1", "1.5", "1.20", "1.21", "1.22", "1.23");
  private static final List<StudentFlag> FLAGS = List.of(StudentFlag.ADVANCED_STUDY, StudentFlag.PROFILE_EDUCATION,
      StudentFlag.DISTANCE_LEARNING, StudentFlag.NETWORK_FORM);

  @Param("1000")
  public int schools;

  /** Generated organizations per school (≈ 20 students each, with their marks). */
  @Param("10")
  public int parts;

  private IndicatorSet subset;
  private List<SchoolData> data;
  private Connection duck;
  private String sql;

  @Setup
  public void load() throws SQLException {
    IndicatorSet general = IndicatorRegistry.discover().set(Order1324Sets.GENERAL).orElseThrow();
    IndicatorSet.Builder b = IndicatorSet.builder("bench.batch", "1", "1.1, 1.5, 1.20–1.23", general.source());
    b.heading("1", general.definition("1").orElseThrow().title());
    for (String code : CODES) {
      var d = general.definition(code).orElseThrow();
      b.indicator(code, d.unit(), d.title(), general.calculator(code).orElseThrow());
    }
    subset = b.build();
    Random random = new Random(18);
    data = new ArrayList<>();
    for (int s = 0; s < schools; s++) {
      Organization org = Organization.of("s" + s, "Школа " + s, "Школа " + s, OrganizationKind.GENERAL);
      SchoolData school = SchoolDataArbitraries.generate("s" + s + "p0", 2025, random);
      for (int p = 1; p < parts; p++) {
        school = SchoolDataUnion.of(org, school, SchoolDataArbitraries.generate("s" + s + "p" + p, 2025, random));
      }
      data.add(school);
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = duck.createStatement()) {
      st.execute("CREATE TABLE students (school INTEGER, student VARCHAR, enrolled DATE, left_on DATE, "
          + "advanced BOOLEAN, profile BOOLEAN, distance BOOLEAN, network BOOLEAN)");
      st.execute("CREATE TABLE marks (school INTEGER, student VARCHAR, annual BOOLEAN, year_start INTEGER, "
          + "numeric BOOLEAN, good BOOLEAN)");
    }
    try (DuckDBAppender students = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "students");
        DuckDBAppender marks = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "marks")) {
      for (int s = 0; s < data.size(); s++) {
        for (Student st : data.get(s).students()) {
          students.beginRow();
          students.append(s);
          students.append(st.id());
          students.append(st.enrolledOn());
          if (st.leftOn().isPresent()) {
            students.append(st.leftOn().get());
          } else {
            students.appendNull();
          }
          for (StudentFlag f : FLAGS) {
            students.append(st.has(f));
          }
          students.endRow();
        }
        for (AttestationMark m : data.get(s).marks()) {
          marks.beginRow();
          marks.append(s);
          marks.append(m.studentId());
          marks.append(m.period().kind() == PeriodKind.ACADEMIC_YEAR);
          marks.append(m.period().academicYear().start().getYear());
          marks.append(m.value().isNumeric());
          marks.append(switch (m.value()) {
            case FOUR, FIVE, EXEMPT, PASS -> true;
            default -> false;
          });
          marks.endRow();
        }
      }
    }
    ReportingPeriod period = data.get(0).period();
    sql = """
        WITH st AS (SELECT * FROM students WHERE enrolled <= ? AND (left_on IS NULL OR left_on > ?)),
        annual AS (SELECT m.school, m.student, bool_or(m.numeric) AS graded, bool_and(m.good) AS good
                   FROM marks m JOIN st USING (school, student)
                   WHERE m.annual AND m.year_start = ? GROUP BY m.school, m.student)
        SELECT st.school, count(*) AS students,
               -- 1.5 under the default base (all students), unknown when nobody has annual marks
               CASE WHEN count(*) FILTER (WHERE a.graded) > 0 THEN count(*) ELSE 0 END AS base,
               count(*) FILTER (WHERE a.graded AND a.good) AS good,
               count(*) FILTER (WHERE st.advanced) AS advanced, count(*) FILTER (WHERE st.profile) AS profile,
               count(*) FILTER (WHERE st.distance) AS distance, count(*) FILTER (WHERE st.network) AS network
        FROM st LEFT JOIN annual a USING (school, student)
        GROUP BY st.school ORDER BY st.school""";
    asOf = Date.valueOf(period.asOfDate());
    attested = attestedYear(period).start().getYear();
    check();
  }

  private Date asOf;
  private int attested;

  /** The academic year a calendar-year report attests: the last one that ended inside the period. */
  private static AcademicYear attestedYear(ReportingPeriod period) {
    AcademicYear year = AcademicYear.of(period.end());
    return year.end().isAfter(period.end()) ? year.previous() : year;
  }

  /** Both sides' numbers, school by school: equal, or the benchmark is not comparing the same thing. */
  private void check() throws SQLException {
    Map<Integer, long[]> sqlNumbers = duckdb();
    List<EvaluationResult> results = vsoko();
    for (int s = 0; s < results.size(); s++) {
      long[] v = numbers(results.get(s));
      long[] d = sqlNumbers.getOrDefault(s, new long[v.length]);
      if (!java.util.Arrays.equals(v, d)) {
        throw new IllegalStateException("school " + s + ": vsoko " + java.util.Arrays.toString(v) + ", DuckDB "
            + java.util.Arrays.toString(d));
      }
    }
  }

  /** 1.1; 1.5 numerator and denominator; 1.20–1.23 numerators — in the order of the SQL's columns. */
  private static long[] numbers(EvaluationResult r) {
    long students = ((Count) r.value("1.1").orElseThrow()).value();
    IndicatorValue five = r.value("1.5").orElseThrow();
    long[] out = new long[7];
    out[0] = students;
    if (five instanceof Share share) {
      out[1] = share.denominator();
      out[2] = share.numerator();
    }
    for (int i = 0; i < 4; i++) {
      out[3 + i] = ((Share) r.value(CODES.get(2 + i)).orElseThrow()).numerator();
    }
    return out;
  }

  @TearDown
  public void close() throws SQLException {
    duck.close();
  }

  @Benchmark
  public List<EvaluationResult> vsoko() {
    return IntStream.range(0, data.size()).parallel().mapToObj(i -> IndicatorEvaluator.evaluate(subset, data.get(i)))
        .toList();
  }

  @Benchmark
  public Map<Integer, long[]> duckdb() throws SQLException {
    Map<Integer, long[]> out = new TreeMap<>();
    try (PreparedStatement ps = duck.prepareStatement(sql)) {
      ps.setDate(1, asOf);
      ps.setDate(2, asOf);
      ps.setInt(3, attested);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long[] v = new long[7];
          for (int i = 0; i < 7; i++) {
            v[i] = rs.getLong(2 + i);
          }
          out.put(rs.getInt(1), v);
        }
      }
    }
    return out;
  }
}
