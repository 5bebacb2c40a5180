package io.github.vsoko.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's own usage errors in Russian, so that one command never mixes languages: «Missing required option» and the
 * rest of the messages a user meets; anything not known here is printed as picocli wrote it.
 */
final class UsageMessages {
  private record Rule(Pattern english, String russian) {}

  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("Missing required options?(?: and parameters)?: \\[?(.*?)\\]?"),
          "не указан обязательный параметр: $1"),
      new Rule(Pattern.compile("Missing required parameters?: (.*)"), "не указан обязательный аргумент: $1"),
      new Rule(Pattern.compile("Unknown options?: (.*)"), "неизвестный параметр: $1"),
      new Rule(Pattern.compile("Unmatched arguments? from index \\d+: (.*)"), "лишние аргументы: $1"),
      new Rule(Pattern.compile("Invalid value for option '([^']*)': '([^']*)' is not an? (int|long|double)"),
          "параметр $1: ожидается число, получено «$2»"),
      new Rule(Pattern.compile("Invalid value for option '([^']*)': expected one of \\[(.*)\\] \\(case-sensitive\\) but was '([^']*)'"),
          "параметр $1: ожидается одно из [$2], получено «$3»"),
      new Rule(Pattern.compile("Invalid value for option '([^']*)': cannot convert '(.*)' to interface java.nio.file.Path "
          + "\\(java.nio.file.InvalidPathException: Malformed input.*", Pattern.DOTALL),
          "параметр $1: имя файла не передаётся в кодировке системы (локаль без UTF-8, например LANG=C); запустите с "
              + "LANG=C.UTF-8 или ru_RU.UTF-8 либо с java -Dsun.jnu.encoding=UTF-8"),
      new Rule(Pattern.compile("Invalid value for option '([^']*)': (.*)"), "недопустимое значение параметра $1: $2"),
      new Rule(Pattern.compile("Expected parameter for option '([^']*)' but found '([^']*)'"),
          "у параметра $1 нет значения (найдено «$2»)"),
      new Rule(Pattern.compile("Missing required parameter for option '([^']*)' \\((.*)\\)"), "у параметра $1 нет значения ($2)"),
      new Rule(Pattern.compile("option '([^']*)' \\((.*)\\) should be specified only once"), "параметр $1 указан дважды"));

  private UsageMessages() {}

  /** The message in Russian where it is one picocli is known to write, else as it is. */
  static String russian(String message) {
    if (message == null) {
      return "";
    }
    for (Rule rule : RULES) {
      Matcher m = rule.english().matcher(message.strip());
      if (m.matches()) {
        return m.replaceFirst(rule.russian());
      }
    }
    return message;
  }
}
