package io.github.vsoko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.analytics.vpr.VprScale;
import io.github.vsoko.analytics.vpr.VprScales;
import io.github.vsoko.app.ReportFiles;
import io.github.vsoko.app.VprStudy;
import io.github.vsoko.app.VprStudyOptions;
import io.github.vsoko.app.VprStudyOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line is a thin client: the same study gives the same bytes from the API and from the CLI. */
@DisplayName("One output path: API and CLI give the same bytes")
class OneOutputPathTest extends CliTestSupport {
  private static final Path Y2021 =
      SharedFiles.find(Path.of("data", "fisoko-vpr", "2021", "4", "Проведение работы по математике, 4 класс. ВПР 2021.xlsx"));

  @TempDir Path dir;

  @Test
  @DisplayName("vpr: JSON on stdout and every document format in a folder equal the API's rendering")
  void vprStudy() throws Exception {
    VprStudyOutcome api = new VprStudy().run(List.of(Y2021),
        VprStudyOptions.defaults().withScales(VprScales.forAll(new VprScale(6, 10, 15, OptionalInt.of(20)))));
    ReportFiles files = ReportFiles.discover();

    assertThat(run("vpr", "--results", Y2021.toString(), "--scale", "6,10,15,20")).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo(new String(files.render(api.report(), "json"), StandardCharsets.UTF_8));

    assertThat(run("-q", "vpr", "--results", Y2021.toString(), "--scale", "6,10,15,20", "--format", "html,md,csv,tsv,text,json",
        "--out", dir.toString())).as(err.toString()).isZero();
    for (String format : List.of("html", "md", "csv", "tsv", "text", "json")) {
      assertThat(Files.readAllBytes(dir.resolve(files.fileName(api.report(), format)))).as(format)
          .isEqualTo(files.render(api.report(), format));
    }
  }

  @Test
  @DisplayName("providers: the sets, formats and policies found, and no broken provider")
  void providers() {
    assertThat(run("providers", "--format", "tsv")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("order1324.general\t2013-12-10\t", "vsoko.analytics\t", "\nhtml\thtml\t",
        "\ntext\ttxt\tio.github.vsoko.report.internal.TextRenderer\t", "order1324.attestation-base\tALL_STUDENTS\t");
    assertThat(err.toString()).isEmpty();
  }
}
