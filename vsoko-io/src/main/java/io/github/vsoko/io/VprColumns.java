package io.github.vsoko.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a ВПР header row: its layout and what each column holds. */
final class VprColumns {
  private static final Pattern TASK_2020 = Pattern.compile("a-(\\d+(?:\\.\\d+)?)-grade");
  private static final Pattern TASK_2021 = Pattern.compile("балл за (\\S+)");
  private static final Pattern TASK_POINTS = Pattern.compile("(\\d+(?:\\.\\d+)*(?:\\s*[кk]\\d+)?)\\s*\\(\\s*(\\d+)\\s*б\\.?\\s*\\)");
  private static final Set<String> KNOWN_IGNORED = Set.of("groups", "id", "gender", "var-2", "пол", "регион", "код региона",
      "муниципалитет", "номер обучающегося", "учебник", "др.уч. автор", "др.уч. название", "дата загрузки", "название оо",
      "основной учебник по предмету", "другое (автор учебника)", "другое (название учебника)", "школа");

  /** A task column. */
  record Task(int index, String label, OptionalInt maxPoints) {}

  final VprLayout layout;
  final int school;
  final int participant;
  final int journalMark;
  final int className;
  final int variant;
  final int primaryScore;
  final int mark;
  final int uploadDate;
  final List<Task> tasks;
  /** Columns that are neither known nor tasks: their values are reported, never silently dropped. */
  final List<Integer> unknown;
  final List<String> headers;

  private VprColumns(VprLayout layout, List<String> headers, List<String> folded) {
    this.layout = layout;
    this.headers = headers;
    this.school = first(folded, "пользователь", "логин школы", "user", "оо", "школа");
    this.participant = first(folded, "code", "код обучающегося", "код участника", "код");
    this.journalMark = firstMatching(folded, h -> h.equals("otc") || h.startsWith("отметка за предыдущ") || h.equals("отметка по журналу"));
    int named = first(folded, "klass", "класс", "наименование класса", "порядковый номер класса");
    this.className = named >= 0 ? named : firstMatching(folded, h -> h.startsWith("класс №"));
    this.variant = first(folded, "var-1", "вариант", "вариант (часть 1)");
    this.primaryScore = first(folded, "sum", "всего баллов", "итого баллов", "первичный балл");
    this.mark = first(folded, "отметка");
    this.uploadDate = first(folded, "дата загрузки");
    List<Task> tasks = new ArrayList<>();
    List<Integer> unknown = new ArrayList<>();
    Set<Integer> used = new HashSet<>(List.of(school, participant, journalMark, className, variant, primaryScore, mark, uploadDate));
    for (int i = 0; i < folded.size(); i++) {
      String h = folded.get(i);
      Optional<Task> task = task(i, h, headers.get(i));
      if (task.isPresent()) {
        tasks.add(task.get());
      } else if (!used.contains(i) && !h.isEmpty() && !known(layout, h)) {
        unknown.add(i);
      }
    }
    this.tasks = List.copyOf(tasks);
    this.unknown = List.copyOf(unknown);
  }

  /** Columns a layout has but vsoko does not import (gender, region, textbook…); the 2020 dump has no textbook column. */
  private static boolean known(VprLayout layout, String folded) {
    if (layout == VprLayout.DUMP_2020 && folded.equals("учебник")) {
      return false;
    }
    return KNOWN_IGNORED.contains(folded) || folded.startsWith("буква (цифра) класса") || folded.equals("вариант (часть 2)");
  }

  static String fold(String s) {
    // per cell on the hot path of a region's import: one pass, no regular expression
    StringBuilder out = null;
    int n = s.length();
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char f;
      if (c == '\u00A0' || Character.isWhitespace(c)) {
        if (out == null) {
          out = new StringBuilder(n).append(s, 0, i);
        }
        space = out.length() > 0;
        continue;
      }
      f = c == 'ё' || c == 'Ё' ? 'е' : Character.toLowerCase(c);
      if (out == null && f == c) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(f);
    }
    return out == null ? s : out.toString();
  }

  private static Optional<Task> task(int index, String folded, String header) {
    Matcher m = TASK_2020.matcher(folded);
    if (m.matches()) {
      return Optional.of(new Task(index, m.group(1), OptionalInt.empty()));
    }
    m = TASK_2021.matcher(folded);
    if (m.matches()) {
      return Optional.of(new Task(index, m.group(1), OptionalInt.empty()));
    }
    m = TASK_POINTS.matcher(folded);
    if (m.matches()) {
      String label = header.strip().replaceAll("\\s*\\(.*$", "").replaceAll("\\s+", "").replace('k', 'К').replace('K', 'К')
          .replace('к', 'К');
      return Optional.of(new Task(index, label, OptionalInt.of(Integer.parseInt(m.group(2)))));
    }
    return Optional.empty();
  }

  private static int first(List<String> folded, String... names) {
    for (String name : names) {
      int i = folded.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstMatching(List<String> folded, java.util.function.Predicate<String> p) {
    for (int i = 0; i < folded.size(); i++) {
      if (p.test(folded.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The columns of a header row, if it is one of a known layout. */
  static Optional<VprColumns> recognise(List<String> cells) {
    List<String> folded = cells.stream().map(VprColumns::fold).toList();
    boolean tasks2020 = folded.stream().anyMatch(h -> TASK_2020.matcher(h).matches());
    boolean tasks2021 = folded.stream().anyMatch(h -> TASK_2021.matcher(h).matches());
    boolean tasksPoints = folded.stream().anyMatch(h -> TASK_POINTS.matcher(h).matches());
    VprLayout layout = null;
    if (folded.contains("code") && folded.contains("sum") && tasks2020) {
      layout = VprLayout.DUMP_2020;
    } else if (folded.contains("код обучающегося") && folded.contains("всего баллов") && tasks2021) {
      layout = VprLayout.REGIONAL_2021;
    } else if (folded.contains("код участника") && folded.contains("первичный балл")) {
      layout = VprLayout.INDIVIDUAL_RESULTS;
    } else if ((folded.contains("код") || folded.contains("код участника")) && folded.contains("итого баллов") && tasksPoints) {
      layout = VprLayout.PROTOCOL;
    }
    return Optional.ofNullable(layout).map(l -> new VprColumns(l, cells, folded));
  }

  String header(int index) {
    return index >= 0 && index < headers.size() ? headers.get(index) : "";
  }
}
