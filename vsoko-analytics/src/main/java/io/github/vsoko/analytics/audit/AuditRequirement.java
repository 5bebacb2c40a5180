package io.github.vsoko.analytics.audit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a component requires, found when a paragraph matches every pattern (patterns are matched against the
 * paragraph in lower case with «ё» as «е» and spaces collapsed), or else — if {@code plan} is given — when the plan of
 * functioning has such rows.
 *
 * @param name what is required, in Russian («приказ № 1324»)
 * @param patterns regular expressions that must all match the same paragraph
 * @param plan the plan evidence that also satisfies it, if any
 * @since 0.1.0
 */
public record AuditRequirement(String name, List<Pattern> patterns, Optional<PlanCheck> plan) {
  /** Validates. */
  public AuditRequirement {
    Objects.requireNonNull(name, "name");
    patterns = List.copyOf(patterns);
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("requirement «" + name + "» has no pattern");
    }
    Objects.requireNonNull(plan, "plan");
  }

  /** Compiles patterns written in lower case (Unicode classes, case-insensitive). */
  public static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** The normal form paragraphs are matched in. */
  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("\u00AD", "").replaceAll("\\s+", " ").strip();
  }

  /** How long one pattern may take on one paragraph, in nanoseconds. */
  static final long MATCH_LIMIT_NANOS = 2_000_000_000L;

  /**
   * Whether a normalized paragraph satisfies the requirement.
   *
   * @throws IllegalArgumentException naming the requirement and its pattern when a match takes longer than two seconds
   */
  boolean matches(String normalized) {
    for (Pattern p : patterns) {
      try {
        if (!p.matcher(DeadlineText.of(normalized, MATCH_LIMIT_NANOS)).find()) {
          return false;
        }
      } catch (DeadlineText.RegexTimeoutException e) {
        throw new IllegalArgumentException("требование «" + name + "»: шаблон «" + p.pattern() + "» проверяется дольше "
            + MATCH_LIMIT_NANOS / 1_000_000_000L + " с на абзаце из " + normalized.length() + " знаков (вложенные повторы "
            + "вроде «(а+)+»); упростите шаблон");
      } catch (StackOverflowError e) {
        throw new IllegalArgumentException("требование «" + name + "»: шаблон «" + p.pattern() + "» слишком глубоко рекурсивен "
            + "на абзаце из " + normalized.length() + " знаков; упростите шаблон");
      }
    }
    return true;
  }
}
