package io.github.vsoko.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named policy (правило расчёта) that settles one ambiguity of an indicator, with its documented
 * default. Keys are equal when their names are.
 *
 * @param <T> the type of the policy's value
 * @since 0.1.0
 */
public final class PolicyKey<T> {
  private final String name;
  private final String description;
  private final T defaultValue;
  private final Function<String, T> parser;
  private final List<String> choices;
  private final String wording;

  private PolicyKey(String name, String description, T defaultValue, Function<String, T> parser, List<String> choices) {
    this(name, description, defaultValue, parser, choices, "");
  }

  private PolicyKey(String name, String description, T defaultValue, Function<String, T> parser, List<String> choices,
      String wording) {
    if (!name.matches("[a-z][a-z0-9_.-]*")) {
      throw new IllegalArgumentException("policy name must be lower-case words with dots or dashes, was «" + name + "»");
    }
    this.name = name;
    this.description = Objects.requireNonNull(description, "description");
    this.defaultValue = Objects.requireNonNull(defaultValue, "default value");
    this.parser = parser;
    this.choices = List.copyOf(choices);
    this.wording = Objects.requireNonNull(wording, "wording").strip();
  }

  /**
   * A copy quoting the words of the source document the policy reads («…в общей численности учащихся»), shown in
   * the indicator catalog beside the reading chosen.
   */
  public PolicyKey<T> withWording(String words) {
    return new PolicyKey<>(name, description, defaultValue, parser, choices, words);
  }

  /** The words of the source document the policy settles, if quoted. */
  public java.util.Optional<String> wording() {
    return wording.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(wording);
  }

  /** A policy whose value is one of an enum's constants. */
  public static <E extends Enum<E>> PolicyKey<E> ofEnum(String name, String description, E defaultValue) {
    Class<E> type = defaultValue.getDeclaringClass();
    List<String> choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    return new PolicyKey<>(name, description, defaultValue, text -> {
      String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(t)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "правило «" + name + "»: ожидается одно из " + choices + ", получено «" + text + "»"));
    }, choices);
  }

  /** A policy whose value is a whole number in {@code [min, max]}. */
  public static PolicyKey<Integer> ofInt(String name, String description, int defaultValue, int min, int max) {
    return new PolicyKey<>(name, description, defaultValue, text -> {
      try {
        int value = Integer.parseInt(text.strip());
        if (value < min || value > max) {
          throw new NumberFormatException();
        }
        return value;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "правило «" + name + "»: ожидается целое число от " + min + " до " + max + ", получено «" + text + "»");
      }
    }, List.of(min + "…" + max));
  }

  /** The policy's name («order1324.attestation-base»). */
  public String name() {
    return name;
  }

  /** What the policy decides and what the default means, in Russian. */
  public String description() {
    return description;
  }

  /** The default value. */
  public T defaultValue() {
    return defaultValue;
  }

  /** The values it accepts, for help texts. */
  public List<String> choices() {
    return choices;
  }

  /**
   * Reads a value from text.
   *
   * @throws IllegalArgumentException naming the policy and the accepted values
   */
  public T parse(String text) {
    return parser.apply(Objects.requireNonNull(text, "policy value"));
  }

  /** The text of a value. */
  public String print(Object value) {
    return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyKey<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
