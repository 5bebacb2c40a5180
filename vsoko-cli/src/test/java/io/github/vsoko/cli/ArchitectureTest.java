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
 * Keeps the layering model ← indicators ← analytics ← io, report ← cli (and testkit on indicators), forbids
 * package cycles, keeps the model free of anything but Guava, and keeps console output in the CLI.
 */
@DisplayName("Architecture")
class ArchitectureTest {
  private static final String MODEL = "io.github.vsoko.model..";
  private static final String INDICATORS = "io.github.vsoko.indicators..";
  private static final String ANALYTICS = "io.github.vsoko.analytics..";
  private static final String IO = "io.github.vsoko.io..";
  private static final String REPORT = "io.github.vsoko.report..";
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
        .resideInAnyPackage(ANALYTICS, IO, REPORT, TESTKIT, CLI));
  }

  @Test
  void analyticsDependOnlyOnIndicatorsAndTheModel() {
    check(noClasses().that().resideInAPackage(ANALYTICS).should().dependOnClassesThat()
        .resideInAnyPackage(IO, REPORT, TESTKIT, CLI));
  }

  @Test
  void ioAndReportDoNotKnowEachOtherOrTheCli() {
    check(noClasses().that().resideInAPackage(IO).should().dependOnClassesThat().resideInAnyPackage(REPORT, TESTKIT, CLI));
    check(noClasses().that().resideInAPackage(REPORT).should().dependOnClassesThat().resideInAnyPackage(IO, TESTKIT, CLI));
  }

  @Test
  void testkitDependsOnlyOnIndicatorsAndModel() {
    check(noClasses().that().resideInAPackage(TESTKIT).should().dependOnClassesThat()
        .resideInAnyPackage(ANALYTICS, IO, REPORT, CLI));
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
    for (String module : new String[] {"indicators", "analytics", "io", "report", "testkit"}) {
      check(noClasses().that().resideOutsideOfPackage("io.github.vsoko." + module + "..")
          .should().dependOnClassesThat().resideInAPackage("io.github.vsoko." + module + ".internal.."));
    }
  }
}
