package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.fixtures.SmallSchool;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttestationCommandTest extends CliTestSupport {
  @TempDir Path dir;
  @Test
  void schoolTotalsAndJson() throws IOException {
    Path data = dir.resolve("school.json");
    CanonicalJson.write(SmallSchool.data(), data);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "school", "--format", "tsv"))
        .as(err.toString()).isZero();
    assertThat(out.toString().lines()).contains("организация\t10\t6\t2\t1\t0\t1\t1\t90,0\t80,0\t77,1\t4,56");
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "class", "--format", "json",
        "--na-weight", "0")).isZero();
    assertThat(out.toString()).as("no history: the classes of 2023/2024 are not known").contains("\"group\" : \"класс не известен\"");
    // with the history (each student one grade lower in 2023/2024), the class of that year
    var history = new java.util.ArrayList<io.github.vsoko.model.school.ClassEnrolment>();
    for (var st : SmallSchool.data().students()) {
      if (st.grade().value() > 1 && !st.enrolledOn().isAfter(java.time.LocalDate.of(2023, 9, 1))) {
        history.add(io.github.vsoko.model.school.ClassEnrolment.of(st.id(), io.github.vsoko.model.time.AcademicYear.starting(2023),
            new io.github.vsoko.model.school.ClassName(io.github.vsoko.model.school.Grade.of(st.grade().value() - 1),
                st.className().letter()), io.github.vsoko.model.school.YearOutcome.PROMOTED));
      }
    }
    CanonicalJson.write(SmallSchool.data().toBuilder().enrolments(history).build(), data);
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "class", "--format", "json",
        "--na-weight", "0")).isZero();
    assertThat(out.toString()).contains("\"group\" : \"3А\"", "\"quality\" : 50.00", "\"sou\" : 76.40")
        .doesNotContain("класс не известен");
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "teacher", "--format", "tsv"))
        .isZero();
    assertThat(out.toString()).contains("учитель не известен\t10");
    out.getBuffer().setLength(0);
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2024/2025", "--cohort", "4А", "--format", "tsv"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("2023/2024 учебный год — 3А\t").doesNotContain("итого");
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2024/2025", "--cohort", "11Я"))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--cohort: у класса 11Я в 2024/2025 учебном году нет отметок");
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--by", "pupil")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("school или teacher, получено «pupil»");
    assertThat(run("attestation", "--data", data.toString(), "--academic-year", "2023/2024", "--period", "quarter:2"))
        .isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--period: нет отметок за четверть 2 2023/2024; в данных:");
  }
}
