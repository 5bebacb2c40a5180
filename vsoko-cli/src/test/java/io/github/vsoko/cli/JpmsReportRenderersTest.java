package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Resolves {@code io.github.vsoko.report} on the module path with its libraries (POI, PDFBox,
 * openhtmltopdf, jsoup, JFreeChart… as named or automatic modules) and finds the seven renderers
 * through {@code provides … with …}: what a JPMS application embedding vsoko gets.
 */
class JpmsReportRenderersTest {
  /** Jars of the test and CLI runtime that the report module does not need. */
  private static final List<String> NOT_NEEDED = List.of("junit-", "opentest4j-", "apiguardian-", "assertj-", "jqwik-",
      "archunit-", "byte-buddy", "picocli-", "slf4j-simple-", "log4j-to-slf4j-", "vsoko-cli", "vsoko-testkit", "vsoko-io",
      "fastexcel", "juniversalchardet-", "json-schema-validator", "jackson-databind", "jackson-annotations", "jackson-datatype",
      "jackson-dataformat", "-tests.jar", "test-classes", "itu-", "joni-", "jcodings-");

  @Test
  void theRenderersAreFoundOnTheModulePath() throws Exception {
    Path[] paths = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> Files.isRegularFile(p) || p.toString().endsWith("classes"))
        .filter(p -> NOT_NEEDED.stream().noneMatch(name -> p.toString().contains(name)))
        .filter(p -> !p.endsWith(Path.of("vsoko-cli", "target", "classes")))
        .toArray(Path[]::new);
    Configuration config = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(paths), ModuleFinder.of(), Set.of("io.github.vsoko.report"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    Class<?> spi = layer.findLoader("io.github.vsoko.report").loadClass("io.github.vsoko.report.ReportRenderer");
    List<String> formats = ServiceLoader.load(layer, spi).stream()
        .map(ServiceLoader.Provider::get)
        .map(r -> {
          try {
            return (String) spi.getMethod("format").invoke(r);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        })
        .sorted()
        .toList();
    assertThat(formats).containsExactly("csv", "docx", "html", "json", "md", "pdf", "text", "tsv", "xlsx");
    assertThat(layer.findModule("io.github.vsoko.report").orElseThrow().getDescriptor().exports())
        .extracting(e -> e.source()).containsExactly("io.github.vsoko.report");
  }
}
