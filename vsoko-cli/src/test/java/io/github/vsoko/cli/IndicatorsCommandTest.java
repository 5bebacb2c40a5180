package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsCommandTest extends CliTestSupport {
  @Test
  void tsvIsExactlyTheReferenceListWithEmptyUnitsForHeadings() throws IOException {
    for (String set : List.of("general", "preschool", "additional")) {
      StringWriter o = new StringWriter();
      assertThat(VsokoCli.execute(new PrintWriter(o), new PrintWriter(err), "indicators", "--set", "order1324." + set,
          "--format", "tsv")).isZero();
      Path reference = io.github.vsoko.cli.SharedFiles.reference("order1324/" + set + ".tsv");
      List<String> expected = Files.readAllLines(reference, StandardCharsets.UTF_8).stream().skip(1)
          .filter(l -> !l.isBlank())
          .map(l -> {
            String[] c = l.split("\t", -1);
            return c[0] + "\t" + (c[1].equals("-") ? "" : c[1]) + "\t" + c[2];
          }).toList();
      List<String> lines = o.toString().lines().toList();
      assertThat(lines.get(0)).isEqualTo("№ п/п\tЕдиница измерения\tПоказатели\tБаза (знаменатель)\tСвод");
      assertThat(lines.stream().skip(1).map(l -> String.join("\t", java.util.Arrays.asList(l.split("\t", -1)).subList(0, 3))).toList())
          .as(set).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void jsonAndTableListTheSets() {
    assertThat(run("indicators", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"id\" : \"order1324.general/1.5\"", "\"unit\" : \"человек/%\"",
        "\"id\" : \"order1324.additional/2.7\"");
    out.getBuffer().setLength(0);
    assertThat(run("indicators", "--set", "order1324.general")).isZero();
    assertThat(out.toString()).startsWith("Показатели деятельности общеобразовательной")
        .contains("\nНабор order1324.general, версия 2013-12-10. Источник: ");
  }

  @Test
  void listsPoliciesAndRejectsAnUnknownSet() {
    assertThat(run("indicators", "--policies")).isZero();
    assertThat(out.toString().lines()).anySatisfy(l -> assertThat(l.split(" {2,}")).startsWith("order1324.attestation-base",
        "1.5: «…успевающих на \"4\" и \"5\" по результатам промежуточной", "ALL_STUDENTS", "ALL_STUDENTS, GRADED_STUDENTS"));
    assertThat(run("indicators", "--set", "nope")).isEqualTo(VsokoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("нет набора показателей «nope»");
  }
}
