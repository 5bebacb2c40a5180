package io.github.vsoko.analytics.effectiveness;

import io.github.vsoko.analytics.internal.YamlDocuments;
import java.io.Reader;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A school's answers to the criteria vsoko cannot score (ответы ОО), stored with the sheet:
 * <pre>
 * format: vsoko-sheet-answers/1
 * organization: sch1
 * answers:
 *   "3.1": {score: 2, evidence: приказ от 01.03.2024 № 31 о наблюдателях на ВПР}
 * </pre>
 *
 * @param organizationId the school
 * @param answers criterion id → answer
 * @since 0.1.0
 */
public record SheetAnswers(String organizationId, Map<String, SheetAnswer> answers) {
  /** The format line of an answers document. */
  public static final String FORMAT = "vsoko-sheet-answers/1";

  /** Validates and copies (sorted by criterion id). */
  public SheetAnswers {
    Objects.requireNonNull(organizationId, "organization id");
    answers = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(answers));
  }

  /** No answers. */
  public static SheetAnswers none(String organizationId) {
    return new SheetAnswers(organizationId, Map.of());
  }

  /** A copy with one answer. */
  public SheetAnswers with(String criterionId, SheetAnswer answer) {
    Map<String, SheetAnswer> copy = new TreeMap<>(answers);
    copy.put(criterionId, answer);
    return new SheetAnswers(organizationId, copy);
  }

  /** The answer to a criterion, if given. */
  public Optional<SheetAnswer> answer(String criterionId) {
    return Optional.ofNullable(answers.get(criterionId));
  }

  /**
   * Reads answers from YAML.
   *
   * @throws IllegalArgumentException in Russian, naming the source, the criterion and the field
   */
  public static SheetAnswers load(String source, Reader reader) {
    Map<?, ?> root = YamlDocuments.document(source, reader, FORMAT);
    String org = YamlDocuments.text(root, "organization", source);
    Map<String, SheetAnswer> answers = new TreeMap<>();
    Object a = root.get("answers");
    if (a != null) {
      for (Map.Entry<?, ?> e : YamlDocuments.map(a, source + ", «answers»").entrySet()) {
        String id = String.valueOf(e.getKey()).strip();
        String where = source + ", ответ на критерий " + id;
        Map<?, ?> m = YamlDocuments.map(e.getValue(), where);
        int score = YamlDocuments.integer(m, "score", where).orElseThrow(() -> new IllegalArgumentException(where + ": нет поля «score»"));
        answers.put(id, new SheetAnswer(score, YamlDocuments.optionalText(m, "evidence").orElse("")));
      }
    }
    return new SheetAnswers(org, answers);
  }
}
