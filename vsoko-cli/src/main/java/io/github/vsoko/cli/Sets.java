package io.github.vsoko.cli;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.model.school.SchoolData;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Chooses the indicator set for an organization: the one asked for, or order № 1324's for its kind. */
final class Sets {
  private Sets() {}

  static IndicatorSet resolve(IndicatorRegistry registry, String asked, SchoolData school, CommandSpec spec) {
    String id = asked;
    if (id == null) {
      id = switch (school.organization().kind()) {
        case GENERAL -> "order1324.general";
        case PRESCHOOL -> "order1324.preschool";
        case ADDITIONAL -> "order1324.additional";
        default -> throw new ParameterException(spec.commandLine(),
            "--set is needed: no built-in set for an organization of kind " + school.organization().kind());
      };
    }
    try {
      return registry.requireSet(id);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage());
    }
  }
}
