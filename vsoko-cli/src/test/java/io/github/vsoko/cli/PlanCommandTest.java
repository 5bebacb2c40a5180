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
    java.util.List<String> lines = out.toString().lines().toList();
    assertThat(lines.subList(0, lines.indexOf(""))).containsExactly(
        "статус\tсрок\tобъект\tкритерии\tответственные\tдокумент",
        "в сроке: январь 2025\tСентябрь – май\tПрофилактика учебной неуспешности\tРеализация внутришкольной системы профилактики "
            + "учебной неуспешности\tЗаместители директора по УВР, Руководители МО\tКарты индивидуальной работы",
        "в сроке: январь 2025\tСентябрь, январь, май\tУчебно-методические условия\tОбеспечение учебниками каждого обучающегося по "
            + "каждому учебному предмету, входящему в обязательную часть ООП\tЗаместители директора по УВР, Педагог-библиотекарь\t"
            + "Статистический отчёт",
        "в сроке: январь 2025\tЯнварь, июнь\tКадровые условия\tПовышение квалификации педагогических работников за последние 3 года\t"
            + "Заместитель директора по УВР\tАналитическая справка",
        // October's diagnostic of the sixth literacy row has no record: overdue though April is ahead
        "срок прошёл\tОктябрь, апрель\tФункциональная грамотность обучающихся\tУровень сформированности: креативное мышление "
            + "(диагностика на платформе РЭШ, Учи.ру или региональная)\tЗаместитель директора по УВР, Руководители МО\t"
            + "Аналитическая справка по результатам диагностики функциональной грамотности",
        "дорожная карта: просрочено\tДо 30.11.2024\t1.3 Анализ расхождения отметок ВПР и отметок по журналу в 5Б классе, беседа с "
            + "учителем\t\tЗаместитель директора по УВР\t",
        "дорожная карта: просрочено\tДо 20.12.2024\t3.3 Семинар для учителей «Критерии оценивания и объективность отметки»\t\t"
            + "Заместитель директора по УВР\t");
    // then every deadline judged: done with its document, moved with its reason, overdue
    assertThat(lines.subList(lines.indexOf("") + 1, lines.size())).startsWith("строка\tобъект\tсрок по плану\tконтрольная дата\t"
        + "исполнение\tотметка").contains(
        "1\tПредметные и метапредметные результаты освоения ООП НОО, ООО, СОО\tДекабрь, май\t31.12.2024\tвыполнено в срок\t"
            + "выполнено 27.12.2024, Статистико-аналитическая справка по итогам I полугодия от 27.12.2024",
        "1\tПредметные и метапредметные результаты освоения ООП НОО, ООО, СОО\tДекабрь, май\t31.05.2025\tсрок не наступил\t",
        "19\tФункциональная грамотность обучающихся\tОктябрь, апрель\t31.10.2024\tперенесено\tперенесено на 14.02.2025, "
            + "диагностика перенесена региональным оператором",
        "20\tФункциональная грамотность обучающихся\tОктябрь, апрель\t31.10.2024\tпросрочено\t");
  }

  /** {@code vsoko plan check}: every finding printed, exit 1 when there are any; 0 and «замечаний нет» otherwise. */
  @Test
  void checkPrintsEveryFinding() throws IOException {
    Path good = Files.writeString(dir.resolve("plan.yaml"), CanonicalYaml.write(School29Regulation.plan()), StandardCharsets.UTF_8);
    assertThat(run("plan", "check", "--plan", good.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("замечаний нет; строк без связи с показателями: 15", "Замечаний по критериям модели ВСОКО нет.",
        "Строки без связи с показателями из реестра");
    out.getBuffer().setLength(0);
    io.github.vsoko.model.plan.VsokoPlan source = School29Regulation.plan();
    java.util.List<io.github.vsoko.model.plan.PlanItem> items = new java.util.ArrayList<>(source.items());
    items.set(0, items.get(0).toBuilder().clearResponsible().build());
    items.set(1, items.get(1).toBuilder().schedule(io.github.vsoko.model.schedule.Schedule.parseOrKeep("после каникул")).build());
    String broken = CanonicalYaml.write(new io.github.vsoko.model.plan.VsokoPlan(source.organizationId(), source.year(), source.title(), items));
    Path bad = Files.writeString(dir.resolve("bad.yaml"), broken, StandardCharsets.UTF_8);
    assertThat(run("plan", "check", "--plan", bad.toString(), "--format", "tsv")).as(err.toString()).isEqualTo(1);
    assertThat(out.toString()).contains("правило\tстрока\tгде\tзамечание",
        "Срок в строке плана\t2\t", "срок «после каникул» не распознан", "Ответственный в строке плана\t1\t", "не указан ответственный");
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
