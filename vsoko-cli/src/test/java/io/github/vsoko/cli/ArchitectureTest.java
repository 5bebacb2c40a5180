package io.github.vsoko.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering model ← indicators ← analytics ← io, report ← app ← cli (and testkit on indicators and report), forbids
 * package cycles, keeps the model free of anything but Guava, and keeps console output in the CLI.
 */
@DisplayName("Architecture")
class ArchitectureTest {
  private static final String MODEL = "io.github.vsoko.model..";
  private static final String INDICATORS = "io.github.vsoko.indicators..";
  private static final String ANALYTICS = "io.github.vsoko.analytics..";
  private static final String IO = "io.github.vsoko.io..";
  private static final String REPORT = "io.github.vsoko.report..";
  private static final String APP = "io.github.vsoko.app..";
  private static final String TESTKIT = "io.github.vsoko.testkit..";
  private static final String CLI = "io.github.vsoko.cli..";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")) // fixtures of the model's test-jar
        .importPackages("io.github.vsoko");
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(classes);
  }

  @Test
  void modelDependsOnNoOtherModuleAndOnlyOnJavaAndGuava() {
    check(classes().that().resideInAPackage(MODEL).should().onlyDependOnClassesThat()
        .resideInAnyPackage(MODEL, "java..", "com.google.common.."));
  }

  @Test
  void indicatorsDependOnlyOnTheModel() {
    check(noClasses().that().resideInAPackage(INDICATORS).should().dependOnClassesThat()
        .resideInAnyPackage(ANALYTICS, IO, REPORT, APP, TESTKIT, CLI));
  }

  @Test
  void analyticsDependOnlyOnIndicatorsAndTheModel() {
    check(noClasses().that().resideInAPackage(ANALYTICS).should().dependOnClassesThat()
        .resideInAnyPackage(IO, REPORT, APP, TESTKIT, CLI));
  }

  @Test
  void theApplicationLayerSitsOnIoAndReportAndKnowsNoClient() {
    check(noClasses().that().resideInAPackage(APP).should().dependOnClassesThat().resideInAnyPackage(TESTKIT, CLI));
  }

  @Test
  @DisplayName("the CLI holds no workflow: no thread pools, no evaluation, no analysis engines, no renderers")
  void theCliHoldsNoWorkflow() {
    check(noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().haveFullyQualifiedName(
        "java.util.concurrent.ExecutorService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.indicators.IndicatorEvaluator")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.report.ReportRenderer")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.report.ReportRenderers")
        .orShould().dependOnClassesThat().resideInAPackage("io.github.vsoko.report.internal..")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Analysis")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.analytics.effectiveness.SheetEvaluation")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.analytics.audit.RegulationAudit")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.analytics.management.GroupComparison")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.github.vsoko.analytics.vpr.VprDistributions")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.ObjectMapper")
        .orShould().dependOnClassesThat().resideInAPackage("org.jsoup.."));
  }

  @Test
  @DisplayName("no library module reads the wall clock except through an injected Clock")
  void noLibraryModuleReadsTheWallClock() {
    check(noClasses().that().resideOutsideOfPackage(CLI)
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.ZonedDateTime.class, "now")
        .orShould().callMethod(java.time.OffsetDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.Year.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(java.time.Clock.class, "systemUTC"));
  }

  @Test
  @DisplayName("nothing in main code generates the demo school: the library ships its resources and a loader only")
  void noDemoGenerationInMainCode() {
    check(noClasses().should().haveSimpleNameStartingWith("DemoData")
        .orShould().haveSimpleNameStartingWith("DemoModel")
        .orShould().haveSimpleNameStartingWith("DemoGenerator"));
    check(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().haveName("main").and().areStatic()
        .should().beDeclaredIn(VsokoCli.class));
  }

  @Test
  void ioAndReportDoNotKnowEachOtherOrTheCli() {
    check(noClasses().that().resideInAPackage(IO).should().dependOnClassesThat().resideInAnyPackage(REPORT, APP, TESTKIT, CLI));
    check(noClasses().that().resideInAPackage(REPORT).should().dependOnClassesThat().resideInAnyPackage(IO, APP, TESTKIT, CLI));
  }

  @Test
  void testkitDependsOnlyOnIndicatorsModelAndTheReportModel() {
    check(noClasses().that().resideInAPackage(TESTKIT).should().dependOnClassesThat()
        .resideInAnyPackage(ANALYTICS, IO, APP, CLI, "io.github.vsoko.report.internal.."));
  }

  @Test
  void noPackageCycles() {
    check(slices().matching("io.github.vsoko.(**)").should().beFreeOfCycles());
  }

  @Test
  void onlyTheCliWritesToTheConsoleAndNobodyUsesJavaUtilLogging() {
    check(noClasses().that().resideOutsideOfPackage(CLI).should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err"));
    check(noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging.."));
  }

  @Test
  void nothingOutsideAModuleUsesItsInternalPackages() {
    check(noClasses().that().resideOutsideOfPackage("io.github.vsoko.model..")
        .should().dependOnClassesThat().resideInAPackage("io.github.vsoko.model.internal.."));
    for (String module : new String[] {"indicators", "analytics", "io", "report", "app", "testkit"}) {
      check(noClasses().that().resideOutsideOfPackage("io.github.vsoko." + module + "..")
          .should().dependOnClassesThat().resideInAPackage("io.github.vsoko." + module + ".internal.."));
    }
  }
}
