package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.app.DemoSchool;
import io.github.vsoko.io.CanonicalYaml;
import io.github.vsoko.model.fixtures.School29Regulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vsoko plan due}. */
class PlanCommandTest extends CliTestSupport {
  @TempDir Path dir;

  /**
   * The demo plan on 20.01.2025: due in January are the rows «Сентябрь – май», «Сентябрь, январь, май» and «Январь, июнь»;
   * of its road map, actions 1.3 (до 30.11.2024) and 3.3 (до 20.12.2024) are not done and past their deadline.
   */
  @Test
  void dueAndOverdueOnADate() throws IOException {
    DemoSchool demo = DemoSchool.load();
    Path plan = Files.writeString(dir.resolve("plan.yaml"), CanonicalYaml.write(demo.model().plan()), StandardCharsets.UTF_8);
    Path map = Files.writeString(dir.resolve("map.yaml"), CanonicalYaml.write(demo.model().roadMaps().get(0)), StandardCharsets.UTF_8);
    assertThat(run("plan", "due", "--plan", plan.toString(), "--road-map", map.toString(), "--on", "20.01.2025", "--format", "tsv"))
        .as(err.toString()).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "статус\tсрок\tобъект\tкритерии\tответственные\tдокумент",
        "в сроке: январь 2025\tСентябрь – май\tПрофилактика учебной неуспешности\tРеализация внутришкольной системы профилактики "
            + "учебной неуспешности\tЗаместители директора по УВР, Руководители МО\tКарты индивидуальной работы",
        "в сроке: январь 2025\tСентябрь, январь, май\tУчебно-методические условия\tОбеспечение учебниками каждого обучающегося по "
            + "каждому учебному предмету, входящему в обязательную часть ООП\tЗаместители директора по УВР, Педагог-библиотекарь\t"
            + "Статистический отчёт",
        "в сроке: январь 2025\tЯнварь, июнь\tКадровые условия\tПовышение квалификации педагогических работников за последние 3 года\t"
            + "Заместитель директора по УВР\tАналитическая справка",
        "дорожная карта: просрочено\tДо 30.11.2024\t1.3 Анализ расхождения отметок ВПР и отметок по журналу в 5Б классе, беседа с "
            + "учителем\t\tЗаместитель директора по УВР\t",
        "дорожная карта: просрочено\tДо 20.12.2024\t3.3 Семинар для учителей «Критерии оценивания и объективность отметки»\t\t"
            + "Заместитель директора по УВР\t");
  }

  /** the regulation of МБОУ СОШ № 29's plan on 05.07.2025: the rows due in June have passed; «Август» rows are not yet due. */
  @Test
  void school29AfterJune() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.yaml"), CanonicalYaml.write(School29Regulation.plan()), StandardCharsets.UTF_8);
    assertThat(run("plan", "due", "--plan", plan.toString(), "--on", "05.07.2025")).as(err.toString()).isZero();
    assertThat(out.toString().lines().filter(l -> l.startsWith("срок прошёл  ")).count()).isPositive();
    assertThat(out.toString()).contains("в сроке 0, просрочено").doesNotContain("в сроке: ");
    assertThat(run("plan", "due", "--plan", plan.toString(), "--on", "5 июля")).isEqualTo(VsokoCli.EXIT_USAGE);
  }
}
