package io.github.vsoko.analytics.gia;

import io.github.vsoko.analytics.internal.YamlDocuments;
import io.github.vsoko.model.school.ExamForm;
import io.github.vsoko.model.school.MarkValue;
import io.github.vsoko.model.school.SchoolSubject;
import io.github.vsoko.model.school.StateExam;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Exam scales as data (шкалы перевода баллов ОГЭ/ГВЭ): (year, exam, form, subject) → {@link ExamScale}. Regions adopt
 * the scales on the recommendations of Рособрнадзор every year; a year the table does not cover gives no scale —
 * never a guess. Bundled: ОГЭ mathematics 2022–2025 with its geometry condition (docs/gia.md); any other scale is
 * read from YAML ({@code format: vsoko-exam-scales/1}) or added with {@link #with}.
 *
 * @since 0.1.0
 */
public final class ExamScales {
  /** The format line of a scales document. */
  public static final String FORMAT = "vsoko-exam-scales/1";

  private final Map<Key, ExamScale> table;

  /** A subject of an exam form in a year. */
  private record Key(int year, StateExam exam, ExamForm form, String subject) {}

  private ExamScales(Map<Key, ExamScale> table) {
    this.table = table;
  }

  private static Key key(int year, StateExam exam, ExamForm form, SchoolSubject subject) {
    return new Key(year, exam, form, subject.code());
  }

  /** An empty table. */
  public static ExamScales none() {
    return new ExamScales(new java.util.HashMap<>());
  }

  /** A copy with one scale added or replaced. */
  public ExamScales with(int year, StateExam exam, ExamForm form, SchoolSubject subject, ExamScale scale) {
    Objects.requireNonNull(exam, "exam");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(scale, "scale");
    if (form == ExamForm.EGE) {
      throw new IllegalArgumentException("ЕГЭ has test scores and minimums, not a mark scale (base mathematics gives the mark)");
    }
    Map<Key, ExamScale> copy = new java.util.HashMap<>(table);
    if (!form.belongsTo(exam)) {
      throw new IllegalArgumentException(form.label() + " is not a form of " + exam.label());
    }
    copy.put(key(year, exam, form, subject), scale);
    return new ExamScales(copy);
  }

  /** This table with every scale of {@code other} added (other's win where both have one). */
  public ExamScales with(ExamScales other) {
    Map<Key, ExamScale> copy = new java.util.HashMap<>(table);
    copy.putAll(other.table);
    return new ExamScales(copy);
  }

  /** The scale of a subject in a year, if the table has it. */
  public Optional<ExamScale> scale(int year, StateExam exam, ExamForm form, SchoolSubject subject) {
    return Optional.ofNullable(table.get(key(year, exam, form, subject)));
  }

  /** How many scales the table holds. */
  public int size() {
    return table.size();
  }

  /** The bundled scales ({@code exam-scales.yaml} of this package). */
  public static ExamScales bundled() {
    return YamlDocuments.bundled(ExamScales.class, "exam-scales.yaml", ExamScales::load);
  }


  /**
   * Reads scales from YAML:
   * <pre>
   * format: vsoko-exam-scales/1
   * scales:
   *   - {year: 2024, form: ОГЭ, subject: Математика, min3: 8, min4: 15, min5: 22, max: 31,
   *      conditions: [{part: геометрия, min: 2, from: 3}]}
   * </pre>
   *
   * @throws IllegalArgumentException in Russian, naming the source, the scale and the field
   */
  public static ExamScales load(String source, Reader reader) {
    Map<?, ?> map = YamlDocuments.document(source, reader, FORMAT);
    List<?> list = YamlDocuments.list(map, "scales", source);
    ExamScales scales = none();
    for (int i = 0; i < list.size(); i++) {
      String where = source + ", шкала " + (i + 1);
      Map<?, ?> s = YamlDocuments.map(list.get(i), where);
      try {
        int year = YamlDocuments.integer(s, "year", where).orElseThrow(() -> missing(where, "year"));
        String formText = YamlDocuments.text(s, "form", where);
        ExamForm form = form(formText, where);
        StateExam exam = formText.contains("11") ? StateExam.GIA_11 : StateExam.GIA_9;
        SchoolSubject subject = SchoolSubject.of(YamlDocuments.text(s, "subject", where));
        List<PartCondition> conditions = new ArrayList<>();
        if (s.get("conditions") instanceof List<?> cs) {
          for (int j = 0; j < cs.size(); j++) {
            String at = where + ", условие " + (j + 1);
            if (!(cs.get(j) instanceof Map<?, ?> c)) {
              throw new IllegalArgumentException(at + ": ожидается {part: …, min: …, from: …}");
            }
            int from = YamlDocuments.integer(c, "from", at).orElse(3);
            conditions.add(new PartCondition(YamlDocuments.text(c, "part", at), YamlDocuments.integer(c, "min", at).orElseThrow(() -> missing(at, "min")),
                MarkValue.of(from)));
          }
        } else if (s.get("conditions") != null) {
          throw new IllegalArgumentException(where + ": «conditions» должен быть списком");
        }
        ExamScale scale = new ExamScale(YamlDocuments.integer(s, "min3", where).orElseThrow(() -> missing(where, "min3")),
            YamlDocuments.integer(s, "min4", where).orElseThrow(() -> missing(where, "min4")),
            YamlDocuments.integer(s, "min5", where).orElseThrow(() -> missing(where, "min5")),
            YamlDocuments.integer(s, "max", where).map(OptionalInt::of).orElse(OptionalInt.empty()), conditions);
        if (scales.scale(year, exam, form, subject).isPresent()) {
          throw new IllegalArgumentException(where + ": шкала " + formText + " «" + subject.name() + "» " + year
              + " уже задана выше");
        }
        scales = scales.with(year, exam, form, subject, scale);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage().startsWith(source) ? e.getMessage() : where + ": " + e.getMessage(), e);
      }
    }
    return scales;
  }

  private static IllegalArgumentException missing(String where, String field) {
    return new IllegalArgumentException(where + ": нет поля «" + field + "»");
  }

  private static ExamForm form(String text, String where) {
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "ОГЭ", "OGE" -> ExamForm.OGE;
      case "ГВЭ-9", "ГВЭ-11", "GVE-9", "GVE-11" -> ExamForm.GVE;
      default -> throw new IllegalArgumentException(where + ": поле «form»: ожидается ОГЭ, ГВЭ-9 или ГВЭ-11, получено «" + text + "»");
    };
  }




}
