package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.indicators.IndicatorRegistry;
import io.github.vsoko.indicators.IndicatorSet;
import io.github.vsoko.io.CanonicalJson;
import io.github.vsoko.model.organization.Organization;
import io.github.vsoko.model.organization.OrganizationKind;
import io.github.vsoko.model.school.SchoolData;
import io.github.vsoko.model.time.ReportingPeriod;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor's plugin jar, compiled here from source (its classes are on no class path of the tests), found by
 * {@code --plugins DIR} and by {@link IndicatorRegistry#discover(ClassLoader)} beside the built-ins.
 */
class PluginsTest extends CliTestSupport {
  private static final String SOURCE = """
      package acme;

      import io.github.vsoko.indicators.*;

      public final class AcmeProvider implements IndicatorProvider {
        @Override public String id() { return "acme-region"; }
        @Override public void register(RegistrationContext context) {
          context.addSet(IndicatorSet.builder("acme.region", "2", "Показатели региона", new Source("Приказ региона", "2024"))
              .heading("1", "Раздел")
              .indicator("1.1", Unit.PERSONS, "Численность учащихся", ctx -> Calculation.of(
                  new Count(ctx.data().students().size()), "по списку"))
              .indicator("1.2", Unit.PERSONS, "Сломанный показатель", ctx -> {
                throw new IllegalStateException("деление на ноль в формуле региона");
              })
              .build());
        }
      }
      """;

  @TempDir Path dir;
  private Path plugins;
  private Path data;

  @BeforeEach
  void buildThePluginJar() throws IOException {
    Path src = dir.resolve("src/acme/AcmeProvider.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE, StandardCharsets.UTF_8);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "--release", "17", "-encoding", "UTF-8",
        "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
    assertThat(rc).as("the plugin compiles").isZero();
    plugins = dir.resolve("plugins");
    Files.createDirectories(plugins);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "2.4.1");
    try (OutputStream file = Files.newOutputStream(plugins.resolve("acme-indicators.jar"));
        JarOutputStream jar = new JarOutputStream(file, manifest)) {
      jar.putNextEntry(new JarEntry("acme/"));
      jar.putNextEntry(new JarEntry("acme/AcmeProvider.class"));
      jar.write(Files.readAllBytes(classes.resolve("acme/AcmeProvider.class")));
      jar.putNextEntry(new JarEntry("META-INF/services/io.github.vsoko.indicators.IndicatorProvider"));
      jar.write("acme.AcmeProvider\n".getBytes(StandardCharsets.UTF_8));
    }
    data = dir.resolve("school.json");
    Files.writeString(data, CanonicalJson.write(SchoolData.builder(
        Organization.of("sch", "МБОУ СОШ № 7", "МБОУ СОШ № 7", OrganizationKind.GENERAL), ReportingPeriod.calendarYear(2024))
        .build()), StandardCharsets.UTF_8);
  }

  @Test
  void aHostsClassLoaderFindsThePluginBesideTheBuiltInsOnce() throws IOException {
    assertThat(IndicatorRegistry.discover().set("acme.region")).as("not on the test class path").isEmpty();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {plugins.resolve("acme-indicators.jar").toUri().toURL()},
        getClass().getClassLoader())) {
      IndicatorRegistry registry = IndicatorRegistry.discover(loader);
      assertThat(registry.problems()).isEmpty();
      assertThat(registry.sets()).extracting(IndicatorSet::id).contains("order1324.general", "acme.region");
      assertThat(registry.origin("acme.region")).get().asString()
          .contains("поставщик «acme-region» 2.4.1 (acme.AcmeProvider, " + plugins.resolve("acme-indicators.jar").toUri().toURL());

      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        IndicatorRegistry viaContext = IndicatorRegistry.builder().discover().discover().build();
        assertThat(viaContext.problems()).isEmpty();
        assertThat(viaContext.sets()).extracting(IndicatorSet::id).containsOnlyOnce("order1324.general", "acme.region");
      } finally {
        thread.setContextClassLoader(before);
      }
    }
  }

  @Test
  void evaluateWithAPluginSetNamesTheIndicatorThatFailedAndExitsOne() {
    int code = run("evaluate", "--plugins", plugins.toString(), "--data", data.toString(), "--set", "acme.region");
    assertThat(code).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(out.toString()).contains("\n1.1  0  ").contains("\n1.2  ошибка  ");
    assertThat(err.toString())
        .contains("vsoko: не рассчитаны показатели: 1.2 (IllegalStateException: деление на ноль в формуле региона)")
        .contains("трассировка стека — с --debug")
        .doesNotContain("at acme.AcmeProvider");
  }

  @Test
  void debugPrintsTheStackTraceOfTheFailedIndicator() {
    int code = run("--debug", "evaluate", "--plugins", plugins.toString(), "--data", data.toString(), "--set", "acme.region");
    assertThat(code).isEqualTo(VsokoCli.EXIT_DATA);
    assertThat(err.toString()).contains("acme.region/1.2: java.lang.IllegalStateException: деление на ноль в формуле региона")
        .contains("acme.AcmeProvider.lambda$register$");
  }

  @Test
  void providersListsThePluginWithItsVersionAndJar() {
    assertThat(run("providers", "--plugins", plugins.toString(), "--format", "tsv")).isZero();
    assertThat(out.toString()).contains("order1324.general\t")
        .containsPattern("acme\\.region\t2\t3\tПоказатели региона\tпоставщик «acme-region» 2\\.4\\.1 \\(acme\\.AcmeProvider, "
            + "file:\\S*acme-indicators\\.jar\\)");
  }

  @Test
  void aMissingPluginDirectoryIsAUsageError() {
    assertThat(run("providers", "--plugins", dir.resolve("nope").toString())).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--plugins: нет каталога " + dir.resolve("nope"));
  }

  @Test
  void anEmptyPluginDirectorySaysSo() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(run("providers", "--plugins", empty.toString())).isZero();
    assertThat(err.toString()).contains("в каталоге " + empty + " нет jar-файлов");
  }
}
