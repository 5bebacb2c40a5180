package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Usage errors are Russian like every other message of a command. */
class UsageMessagesTest extends CliTestSupport {
  @Test
  void picocliErrorsArePrintedInRussian() {
    assertThat(run("literacy", "--by", "class")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("vsoko: не указан обязательный параметр: '--data=ФАЙЛ'");
    err.getBuffer().setLength(0);
    assertThat(run("gia", "--year", "2024")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("vsoko: нужны --data или --results (протоколы РЦОИ)");
    err.getBuffer().setLength(0);
    assertThat(run("gia", "--data", "x.json", "--year", "двадцать")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("vsoko: параметр --year: ожидается число, получено «двадцать»");
    err.getBuffer().setLength(0);
    assertThat(run("demo", "--out", "x", "--colour")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("vsoko: неизвестный параметр: '--colour'");
    assertThat(err.toString()).doesNotContain("Missing", "Unknown", "Invalid");
  }

  @Test
  void anUnknownMessageIsKeptAsItIs() {
    assertThat(UsageMessages.russian("something else")).isEqualTo("something else");
    assertThat(UsageMessages.russian("Invalid value for option '--data': cannot convert '\uFFFD\uFFFD.json' to interface "
        + "java.nio.file.Path (java.nio.file.InvalidPathException: Malformed input or input contains unmappable characters: x)"))
        .isEqualTo("параметр --data: имя файла не передаётся в кодировке системы (локаль без UTF-8, например LANG=C); запустите "
            + "с LANG=C.UTF-8 или ru_RU.UTF-8 либо с java -Dsun.jnu.encoding=UTF-8");
  }
}
