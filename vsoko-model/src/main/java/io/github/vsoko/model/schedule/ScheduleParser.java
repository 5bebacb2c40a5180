package io.github.vsoko.model.schedule;

import io.github.vsoko.model.internal.Checks;
import io.github.vsoko.model.internal.Text;
import io.github.vsoko.model.time.RussianMonths;
import io.github.vsoko.model.school.Grade;
import io.github.vsoko.model.time.AcademicYear;
import io.github.vsoko.model.time.PeriodKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads schedule texts as Russian plans write them. Works on a folded copy (lower case, «ё» → «е»,
 * one space, hyphens for dashes) whose indices match the original, so notes and external references
 * keep their case.
 */
final class ScheduleParser {
  private static final String YEAR_WORD = "(?:\\s*(?:гг|г|года|год))?";
  private static final Pattern LABEL = Pattern.compile("^сроки?\\s*[:-]\\s*|^сроки?\\s+(?=\\S)");
  private static final Pattern EXTERNAL =
      Pattern.compile("^(?:ежегодно\\s*,?\\s*)?(?:в соответствии|согласно|по графику|по плану-графику|по плану)\\b.*");
  private static final Pattern EXTERNAL_NOTE = Pattern.compile("^(?:в соответствии|согласно|по графику|по плану).*");
  private static final Pattern PERMANENT =
      Pattern.compile("постоянно|на постоянной основе|в постоянном режиме|систематически");
  private static final Pattern THROUGHOUT =
      Pattern.compile("в течение (?:всего )?(?:учебного |календарного )?года");
  private static final Pattern THROUGHOUT_OF =
      Pattern.compile("в течение (\\d{4}\\s*[-/]\\s*\\d{2,4})(?:\\s*(?:уч\\.?|учебного))?\\s*(?:года|гг|г)");
  private static final Pattern ON_REQUEST = Pattern.compile("по запросу|по запросам|по мере поступления запросов");
  private static final Pattern ANNUAL_PREFIX = Pattern.compile("^ежегодно\\s*,?\\s*");
  private static final Pattern ANNUAL_SUFFIX = Pattern.compile("\\s*,?\\s*ежегодно$");
  private static final Pattern DUE_BY = Pattern.compile("^(?:до|не позднее|не позже)\\s+(.+)$");
  private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})" + YEAR_WORD);
  private static final Pattern WORD_DATE = Pattern.compile("(\\d{1,2})\\s+([а-я]+\\.?)(?:\\s+(\\d{4})" + YEAR_WORD + ")?");
  private static final Pattern NUMERIC_SPAN = Pattern.compile(
      "(?:с\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})" + YEAR_WORD + "\\s*(?:-|по)\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})" + YEAR_WORD);
  private static final Pattern DAY_SPAN =
      Pattern.compile("(?:с\\s+)?(\\d{1,2})\\s*(?:-|по)\\s*(\\d{1,2})\\s+([а-я]+\\.?)\\s+(\\d{4})" + YEAR_WORD);
  private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)\\s*(\\d{4})" + YEAR_WORD + "$");
  private static final Pattern MONTH_SPAN = Pattern.compile("^([а-я]+\\.?)\\s*-\\s*([а-я]+\\.?)$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\sи\\s)\\s*");
  private static final Pattern GRADES = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?(?:\\s*-?\\s*(?:ые|ых|ое|ом|ой|е|х|й))?\\s*класс[а-я]*");
  private static final String SEPARATORS = " ,;:-";
  private static final Pattern MONTHLY = Pattern.compile("ежемесячно|каждый месяц|(?:1 )?раз в месяц");
  private static final Pattern WEEKLY = Pattern.compile("еженедельно|каждую неделю|(?:1 )?раз в неделю");
  private static final Pattern ONCE_A_YEAR = Pattern.compile("(?:1|один) раз в (?:учебный )?год");
  private static final Pattern TIMES_A_YEAR = Pattern.compile("(\\d|два|три|четыре) раза в (?:учебный )?год");
  private static final Pattern ONCE_A_TERM = Pattern.compile("(?:1 )?раз в (четверть|триместр|полугодие)|ежеквартально");
  private static final String ORDINAL = "(iv|iii|ii|i|\\d(?:\\s*-?\\s*(?:ой|ый|ий|й|го|ого|е|я|ей|м|ом))?"
      + "|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)";
  private static final Pattern AFTER_TERM = Pattern.compile("(?:по окончании|по итогам|в конце|после окончания|по завершении)"
      + "\\s+(?:кажд[а-я]+\\s+)?(?:" + ORDINAL + "\\s+)?(четверт[а-я]*|триместр[а-я]*|полугоди[а-я]*)");
  private static final Pattern IN_TERM = Pattern.compile("(?:во?\\s+)?(?:течение\\s+)?" + ORDINAL
      + "\\s+(четверт[а-я]*|триместр[а-я]*|полугоди[а-я]*)");
  private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");

  private ScheduleParser() {}

  /** Parses a schedule text; see {@link Schedule#parse(String)}. */
  static Schedule parse(String text) {
    Checks.notNull(text, "schedule text");
    String normalized = Text.unifyDashes(Text.collapseWhitespace(text));
    try {
      return parse(normalized, text);
    } catch (ScheduleParseException e) {
      throw e;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ScheduleParseException(text, e.getMessage());
    }
  }

  private static Schedule parse(String s, String source) {
    String f = Text.fold(s);
    if (f.isEmpty() || f.equals("-")) {
      return new Unspecified();
    }
    Matcher label = LABEL.matcher(f);
    if (label.lookingAt()) {
      return parseNonEmpty(s.substring(label.end()).strip(), source);
    }
    if (EXTERNAL.matcher(f).matches()) {
      return new ExternalSchedule(s);
    }
    if (f.endsWith(")")) {
      int open = matchingOpen(s);
      if (open < 0) {
        throw new ScheduleParseException(source, "a closing bracket has no opening one");
      }
      String inner = s.substring(open + 1, s.length() - 1).strip();
      String base = s.substring(0, open).strip();
      if (EXTERNAL_NOTE.matcher(Text.fold(inner)).matches()) {
        return new ExternalSchedule(s);
      }
      Schedule schedule = parseNonEmpty(base, source);
      return inner.isEmpty() ? schedule : new WithNote(schedule, inner);
    }
    String masked = maskBrackets(f);
    if (masked.contains("класс")) {
      return parsePerGrade(s, masked, source);
    }
    return parseSimple(trimEnd(f, ".;,"), source);
  }

  private static Schedule parseNonEmpty(String s, String source) {
    Schedule schedule = parse(s, source);
    if (!schedule.isSpecified()) {
      throw new ScheduleParseException(source, "there is nothing before or after the label or note");
    }
    return schedule;
  }

  private static int matchingOpen(String s) {
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Blanks out text inside brackets, so that notes such as «(10-е классы)» are not read as grades. */
  private static String maskBrackets(String f) {
    StringBuilder out = new StringBuilder(f.length());
    int depth = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == '(') {
        depth++;
      }
      out.append(depth > 0 ? '_' : c);
      if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return out.toString();
  }

  private static Schedule parsePerGrade(String s, String masked, String source) {
    Matcher m = GRADES.matcher(masked);
    List<GradeSchedule> variants = new ArrayList<>();
    int previous = 0;
    while (m.find()) {
      String segment = trim(s.substring(previous, m.start()), SEPARATORS);
      if (segment.isEmpty()) {
        throw new ScheduleParseException(source, "grades «" + s.substring(m.start(), m.end()) + "» have no date before them");
      }
      Grade from = Grade.of(Integer.parseInt(m.group(1)));
      Grade to = m.group(2) == null ? from : Grade.of(Integer.parseInt(m.group(2)));
      variants.add(new GradeSchedule(parseNonEmpty(segment, source), from, to));
      previous = m.end();
    }
    String rest = trim(s.substring(previous), SEPARATORS);
    if (variants.isEmpty() || !rest.isEmpty()) {
      throw new ScheduleParseException(source, "per-grade dates must read «<date> <grades>-е классы», e.g. «Май 10-е классы»");
    }
    return new PerGrade(variants);
  }

  private static Schedule parseSimple(String f, String source) {
    if (PERMANENT.matcher(f).matches()) {
      return Continuous.of(ContinuousKind.PERMANENT);
    }
    if (THROUGHOUT.matcher(f).matches()) {
      return Continuous.of(ContinuousKind.THROUGHOUT_YEAR);
    }
    Matcher throughoutOf = THROUGHOUT_OF.matcher(f);
    if (throughoutOf.matches()) {
      return new Continuous(ContinuousKind.THROUGHOUT_YEAR, Optional.of(AcademicYear.parse(throughoutOf.group(1))));
    }
    if (f.equals("ежегодно")) {
      return Continuous.of(ContinuousKind.ANNUAL);
    }
    if (ON_REQUEST.matcher(f).matches()) {
      return new OnRequest();
    }
    Optional<Schedule> periodic = periodic(f, source);
    if (periodic.isPresent()) {
      return periodic.get();
    }
    boolean annual = false;
    String whole = f;
    Matcher prefix = ANNUAL_PREFIX.matcher(f);
    if (prefix.lookingAt()) {
      f = f.substring(prefix.end());
      annual = true;
    } else {
      Matcher suffix = ANNUAL_SUFFIX.matcher(f);
      if (suffix.find()) {
        f = f.substring(0, suffix.start());
        annual = true;
      }
    }
    try {
      return parseDated(f, annual, source);
    } catch (IllegalArgumentException | DateTimeException e) {
      String[] parts = LIST_SEPARATOR.split(whole);
      if (parts.length < 2) {
        throw e;
      }
      List<Schedule> schedules = new ArrayList<>();
      for (String part : parts) {
        try {
          schedules.add(parseSimple(trimEnd(part, ".;,"), source));
        } catch (IllegalArgumentException | DateTimeException ignored) {
          throw e; // the list is no list of deadlines: the first reason is the one to tell
        }
      }
      try {
        return new Combined(schedules);
      } catch (IllegalArgumentException ignored) {
        throw e;
      }
    }
  }

  /** «Ежемесячно», «2 раза в год», «по окончании I четверти», «I полугодие», or nothing. */
  private static Optional<Schedule> periodic(String f, String source) {
    if (MONTHLY.matcher(f).matches()) {
      return Optional.of(new Recurring(Frequency.MONTHLY));
    }
    if (WEEKLY.matcher(f).matches()) {
      return Optional.of(new Recurring(Frequency.WEEKLY));
    }
    if (ONCE_A_YEAR.matcher(f).matches()) {
      return Optional.of(Continuous.of(ContinuousKind.ANNUAL));
    }
    Matcher times = TIMES_A_YEAR.matcher(f);
    if (times.matches()) {
      int n = switch (times.group(1)) {
        case "два" -> 2;
        case "три" -> 3;
        case "четыре" -> 4;
        default -> Integer.parseInt(times.group(1));
      };
      return Optional.of(new TimesPerYear(n));
    }
    Matcher onceATerm = ONCE_A_TERM.matcher(f);
    if (onceATerm.matches()) {
      PeriodKind kind = onceATerm.group(1) == null ? PeriodKind.QUARTER : termKind(onceATerm.group(1));
      return Optional.of(new TimesPerYear(kind.maxNumber()));
    }
    Matcher after = AFTER_TERM.matcher(f);
    if (after.matches()) {
      PeriodKind kind = termKind(after.group(2));
      return Optional.of(new AfterTerm(kind, Optional.ofNullable(after.group(1)).map(o -> ordinal(o, source))));
    }
    Matcher in = IN_TERM.matcher(f);
    if (in.matches()) {
      return Optional.of(new InTerm(new Term(termKind(in.group(2)), ordinal(in.group(1), source))));
    }
    return Optional.empty();
  }

  private static PeriodKind termKind(String word) {
    return word.startsWith("четверт") ? PeriodKind.QUARTER : word.startsWith("триместр") ? PeriodKind.TRIMESTER
        : PeriodKind.HALF_YEAR;
  }

  private static int ordinal(String word, String source) {
    return switch (word) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      default -> {
        if (Character.isDigit(word.charAt(0))) {
          yield word.charAt(0) - '0';
        }
        if (word.startsWith("перв")) {
          yield 1;
        }
        if (word.startsWith("втор")) {
          yield 2;
        }
        if (word.startsWith("трет")) {
          yield 3;
        }
        if (word.startsWith("четверт")) {
          yield 4;
        }
        throw new ScheduleParseException(source, "«" + word + "» is not the number of a term");
      }
    };
  }

  private static Schedule parseDated(String f, boolean annual, String source) {
    Matcher dueBy = DUE_BY.matcher(f);
    if (dueBy.matches()) {
      Object day = day(dueBy.group(1), source);
      if (day instanceof LocalDate date) {
        requireNotAnnual(annual, source);
        return new DueBy(date);
      }
      return new AnnualDueBy((MonthDay) day);
    }
    Matcher numericSpan = NUMERIC_SPAN.matcher(f);
    if (numericSpan.matches()) {
      requireNotAnnual(annual, source);
      return new DateSpan(numericDate(numericSpan.group(1), source), numericDate(numericSpan.group(2), source));
    }
    Matcher daySpan = DAY_SPAN.matcher(f);
    if (daySpan.matches()) {
      requireNotAnnual(annual, source);
      Month month = monthAfterDay(daySpan.group(3), source);
      int year = Integer.parseInt(daySpan.group(4));
      return new DateSpan(
          LocalDate.of(year, month, Integer.parseInt(daySpan.group(1))),
          LocalDate.of(year, month, Integer.parseInt(daySpan.group(2))));
    }
    if (NUMERIC_DATE.matcher(f).matches() || WORD_DATE.matcher(f).matches() || NUMERIC_DAY.matcher(f).matches()) {
      Object day = day(f, source);
      if (day instanceof LocalDate date) {
        requireNotAnnual(annual, source);
        return new OnDate(date);
      }
      return new AnnualDate((MonthDay) day);
    }
    Optional<Year> year = Optional.empty();
    String body = f;
    Matcher trailingYear = TRAILING_YEAR.matcher(f);
    if (trailingYear.matches()) {
      requireNotAnnual(annual, source);
      body = trailingYear.group(1);
      year = Optional.of(Year.of(Integer.parseInt(trailingYear.group(2))));
    }
    Matcher span = MONTH_SPAN.matcher(body);
    if (span.matches()) {
      Optional<Month> from = RussianMonths.parse(span.group(1));
      Optional<Month> to = RussianMonths.parse(span.group(2));
      if (from.isPresent() && to.isPresent()) {
        return new MonthSpan(from.get(), to.get(), year);
      }
    }
    List<Month> months = new ArrayList<>();
    for (String word : LIST_SEPARATOR.split(body)) {
      Optional<Month> month = RussianMonths.parse(word);
      if (month.isEmpty()) {
        throw new ScheduleParseException(source, "«" + word + "» is not a month or a known form of schedule");
      }
      months.add(month.get());
    }
    return new InMonths(months, year);
  }

  private static void requireNotAnnual(boolean annual, String source) {
    if (annual) {
      throw new ScheduleParseException(source, "«ежегодно» does not go with a date in a fixed year");
    }
  }

  /** A {@link LocalDate} when the text has a year, else a {@link MonthDay}. */
  private static Object day(String f, String source) {
    String t = f.strip();
    Matcher numericDay = NUMERIC_DAY.matcher(t);
    if (numericDay.matches()) {
      return MonthDay.of(Integer.parseInt(numericDay.group(2)), Integer.parseInt(numericDay.group(1)));
    }
    if (NUMERIC_DATE.matcher(t).matches()) {
      return numericDate(t, source);
    }
    Matcher word = WORD_DATE.matcher(t);
    if (word.matches()) {
      Month month = monthAfterDay(word.group(2), source);
      int dayOfMonth = Integer.parseInt(word.group(1));
      if (word.group(3) != null) {
        return LocalDate.of(Integer.parseInt(word.group(3)), month, dayOfMonth);
      }
      return MonthDay.of(month, dayOfMonth);
    }
    throw new ScheduleParseException(source, "«" + t + "» is not a date");
  }

  private static LocalDate numericDate(String f, String source) {
    Matcher m = NUMERIC_DATE.matcher(f.strip());
    if (!m.matches()) {
      throw new ScheduleParseException(source, "«" + f + "» is not a date");
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += 2000;
    }
    return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
  }

  private static Month monthAfterDay(String word, String source) {
    return RussianMonths.parseAfterDay(word)
        .orElseThrow(() -> new ScheduleParseException(source, "«" + word + "» is not a month name"));
  }

  private static String trim(String s, String characters) {
    int start = 0;
    int end = s.length();
    while (start < end && characters.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && characters.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  private static String trimEnd(String s, String characters) {
    int end = s.length();
    while (end > 0 && characters.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }
}
