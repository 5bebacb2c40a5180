package io.github.vsoko.io;

import io.github.vsoko.model.plan.ActionStatus;
import io.github.vsoko.model.plan.RoadMapAction;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a road map's «Статус» cell: «выполнено 20.05.2025» (with the dates of earlier years for a recurring action:
 * «выполнено 18.05.2024, 20.05.2025», or only dates), «выполняется» / «в работе», «запланировано» / «не начато»,
 * «отменено», «не выполнено» (still owed). A cell it cannot read is told, and the action stays planned.
 */
final class ActionStatusCell {
  private static final Pattern DATE = Pattern.compile("(\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

  private ActionStatusCell() {}

  static void read(String cell, RoadMapAction.Builder action, Consumer<String> problem) {
    String f = VprColumns.fold(cell).replace('ё', 'е').strip();
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = DATE.matcher(f);
    try {
      while (m.find()) {
        dates.add(LocalDate.parse(m.group(1), DAY));
      }
    } catch (DateTimeException e) {
      problem.accept("в статусе неверная дата (" + e.getMessage() + "); статус не учтён, мероприятие считается запланированным");
      return;
    }
    String words = DATE.matcher(f).replaceAll(" ").replaceAll("(?<=\\s|^)г(?:г)?\\.?(?=\\s|[,;]|$)", " ")
        .replaceAll("[\\s,;.]+", " ").strip();
    dates.sort(null);
    if (words.startsWith("не выполн") || words.startsWith("не начат")) {
      dates.forEach(action::completedEarlier); // carried out in earlier years, not this one
      action.status(ActionStatus.PLANNED);
    } else if (words.startsWith("выполнено") || words.startsWith("исполнено") || words.startsWith("завершено")
        || (words.isEmpty() && !dates.isEmpty())) {
      for (int i = 0; i < dates.size() - 1; i++) {
        action.completedEarlier(dates.get(i));
      }
      if (dates.isEmpty()) {
        action.status(ActionStatus.DONE);
      } else {
        action.completedOn(dates.get(dates.size() - 1));
      }
    } else if (words.startsWith("выполняется") || words.startsWith("в работе") || words.startsWith("в процессе")) {
      dates.forEach(action::completedEarlier);
      action.status(ActionStatus.IN_PROGRESS);
    } else if (words.startsWith("запланировано") || words.startsWith("планируется")) {
      dates.forEach(action::completedEarlier);
      action.status(ActionStatus.PLANNED);
    } else if (words.startsWith("отменено")) {
      action.status(ActionStatus.CANCELLED);
    } else {
      problem.accept("статус не распознан; ожидается «выполнено ДД.ММ.ГГГГ», «выполняется», «запланировано», «не выполнено» "
          + "или «отменено»; мероприятие считается запланированным");
    }
  }
}
