package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleCommandTest extends CliTestSupport {
  @Test
  void explainsASchedule() {
    int code = run("schedule", "Февраль -  апрель ежегодно", "--year", "2024/2025", "--on", "15.05.2025");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Срок: «Февраль -  апрель ежегодно»");
    assertThat(out.toString().lines().map(l -> String.join(": ", l.split(" {2,}")))).contains(
        "Запись: Февраль – апрель", "Учебный год: 2024/2025", "Даты исполнения: 30.04.2025",
        "Месяцы: февраль, март, апрель", "Просрочено на 15.05.2025: да");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void takesTheAcademicYearFromTheDateWhenNotGiven() {
    assertThat(run("schedule", "Декабрь, июнь", "--on", "2025-01-10")).isZero();
    assertThat(out.toString().lines().map(l -> String.join(": ", l.split(" {2,}"))))
        .contains("Учебный год: 2024/2025", "Даты исполнения: 31.12.2024, 30.06.2025", "Просрочено на 10.01.2025: нет");
  }

  @Test
  void unreadableTextIsADataProblemOnOneLine() {
    int code = run("schedule", "Июнь", "Участие в совещаниях");
    assertThat(code).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(out.toString()).contains("Срок: «Июнь»");
    assertThat(err.toString().strip().lines()).singleElement().satisfies(line ->
        assertThat(line).startsWith("vsoko: cannot read the schedule «Участие в совещаниях»"));
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertThat(run("schedule", "Июнь", "--on", "завтра")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--on: ожидается дата ДД.ММ.ГГГГ, получено «завтра»");
    assertThat(run("no-such-command")).isEqualTo(VsokoCli.EXIT_USAGE);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("schedule", "Usage: vsoko");
  }
}
