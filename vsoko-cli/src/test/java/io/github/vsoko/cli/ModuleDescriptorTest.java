package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the compiled {@code module-info} of every library module from the test class path and
 * checks its name, that no {@code .internal} package is exported, and that it requires only the
 * vsoko modules the layering allows.
 */
class ModuleDescriptorTest {
  private static final Map<String, Set<String>> ALLOWED_VSOKO_REQUIRES = Map.of(
      "model", Set.of(),
      "indicators", Set.of("io.github.vsoko.model"),
      "analytics", Set.of("io.github.vsoko.model", "io.github.vsoko.indicators"),
      "io", Set.of("io.github.vsoko.model", "io.github.vsoko.indicators", "io.github.vsoko.analytics"),
      "report", Set.of("io.github.vsoko.model", "io.github.vsoko.indicators", "io.github.vsoko.analytics"),
      "app", Set.of("io.github.vsoko.model", "io.github.vsoko.indicators", "io.github.vsoko.analytics", "io.github.vsoko.io",
          "io.github.vsoko.report"),
      "testkit", Set.of("io.github.vsoko.model", "io.github.vsoko.indicators", "io.github.vsoko.report"));

  private static ModuleDescriptor descriptor(String module) {
    Path location = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.toString().contains("vsoko-" + module + File.separator)
            || p.getFileName().toString().startsWith("vsoko-" + module + "-"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("vsoko-" + module + " is not on the test class path"));
    Optional<ModuleReference> found = ModuleFinder.of(location).findAll().stream().findFirst();
    assertThat(found).as("module-info.class of vsoko-%s at %s", module, location).isPresent();
    return found.get().descriptor();
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "indicators", "analytics", "io", "report", "app", "testkit"})
  void everyLibraryModuleHasADescriptorThatExportsNoInternalPackage(String module) {
    ModuleDescriptor d = descriptor(module);
    assertThat(d.name()).isEqualTo("io.github.vsoko." + module);
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
        .allSatisfy(p -> assertThat(p).startsWith("io.github.vsoko." + module).doesNotContain(".internal"));
    Set<String> vsokoRequires = d.requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(n -> n.startsWith("io.github.vsoko")).collect(Collectors.toSet());
    assertThat(ALLOWED_VSOKO_REQUIRES.get(module)).containsAll(vsokoRequires);
  }

  @org.junit.jupiter.api.Test
  void theIndicatorsModuleExportsAtMostThreePackages() {
    assertThat(descriptor("indicators").exports()).extracting(ModuleDescriptor.Exports::source)
        .hasSizeLessThanOrEqualTo(3)
        .containsExactlyInAnyOrder("io.github.vsoko.indicators", "io.github.vsoko.indicators.order1324");
  }

  @org.junit.jupiter.api.Test
  void theModelExportsItsApiPackagesAndRequiresOnlyGuava() {
    ModuleDescriptor d = descriptor("model");
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
        "io.github.vsoko.model.organization", "io.github.vsoko.model.time", "io.github.vsoko.model.schedule",
        "io.github.vsoko.model.framework", "io.github.vsoko.model.plan", "io.github.vsoko.model.management",
        "io.github.vsoko.model.check", "io.github.vsoko.model.school", "io.github.vsoko.model.problem");
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "com.google.common");
  }
}
