package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Loads the built-in indicator provider on the module path, through the {@code provides … with …}
 * clause of {@code module-info} (the class-path route, {@code META-INF/services}, is what every
 * other test uses).
 */
class JpmsServiceLoadingTest {
  private static final List<String> MODULE_JARS = List.of(
      "vsoko-model", "vsoko-indicators", "guava-", "failureaccess-", "jspecify-", "error_prone_annotations-",
      "j2objc-annotations-", "slf4j-api-", "snakeyaml-");

  @Test
  void theOrder1324ProviderIsFoundOnTheModulePath() throws Exception {
    Path[] paths = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> MODULE_JARS.stream().anyMatch(name -> p.toString().contains(name)))
        .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(paths);
    Configuration config = ModuleLayer.boot().configuration()
        .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.github.vsoko.indicators"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    Class<?> spi = layer.findLoader("io.github.vsoko.indicators").loadClass("io.github.vsoko.indicators.IndicatorProvider");
    List<String> ids = ServiceLoader.load(layer, spi).stream()
        .map(ServiceLoader.Provider::get)
        .map(p -> {
          try {
            return (String) spi.getMethod("id").invoke(p);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        })
        .toList();
    assertThat(ids).containsExactlyInAnyOrder("order1324", "vsoko.analytics");
    assertThat(layer.findModule("io.github.vsoko.indicators").orElseThrow().getDescriptor().exports())
        .extracting(e -> e.source())
        .containsExactlyInAnyOrder("io.github.vsoko.indicators", "io.github.vsoko.indicators.order1324");
  }
}
