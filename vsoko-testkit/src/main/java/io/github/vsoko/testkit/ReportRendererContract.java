package io.github.vsoko.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vsoko.report.Report;
import io.github.vsoko.report.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.Example;

/**
 * The conformance contract of a report renderer (формат отчёта). Implement it in a test class, return your renderer
 * and say what kind of format it is; jqwik runs every check:
 *
 * <pre>{@code
 * class AcmeOdsRendererConformanceTest implements ReportRendererContract {
 *   public ReportRenderer renderer() { return new AcmeOdsRenderer(); }
 *   public boolean isSpreadsheet() { return true; }
 * }
 * }</pre>
 *
 * <p>The checks, each a named test whose message says what is wrong and how to fix it:
 * {@code formatAndExtensionAreWellFormed}; {@code rendersEveryBlockKind} (no block silently dropped: every marker of
 * {@link SampleReports#everyBlockKind()} is in the output — read as text, or from the XML entries of a zip such as
 * DOCX/XLSX; PDF and other binary output is checked for being written, not read); {@code writesIdenticalBytesForIdenticalReports};
 * {@code leavesTheStreamOpen}; {@code escapesMarkup} (for markup formats); {@code neutralisesFormulas} (for
 * spreadsheet formats).
 *
 * @since 0.1.0
 */
public interface ReportRendererContract {
  /** The renderer under test. */
  ReportRenderer renderer();

  /** Whether browsers or editors read the format as markup (HTML, Markdown, XML): every text must be escaped. */
  default boolean isMarkup() {
    return false;
  }

  /** Whether spreadsheet programs open the format (CSV, TSV, XLSX, ODS): formula-like text must stay text. */
  default boolean isSpreadsheet() {
    return false;
  }

  /** Marker texts of {@link SampleReports#markers()} the format does not carry by design (charts drawn as pictures). */
  default List<String> markersNotInOutput() {
    return List.of();
  }

  private byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer().render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The format name is lower-case letters and digits; the extension has no dot. */
  @Example
  default void formatAndExtensionAreWellFormed() {
    String format = renderer().format();
    assertThat(format).withFailMessage("формат «%s» должен быть строчными латинскими буквами и цифрами (html, ods): по нему "
        + "его выбирают в --format", format).matches("[a-z][a-z0-9-]*");
    assertThat(renderer().extension()).withFailMessage("расширение «%s» формата %s должно быть без точки и пробелов",
        renderer().extension(), format).matches("[A-Za-z0-9]+");
  }

  /** A report with every block kind renders, and no block is silently dropped. */
  @Example
  default void rendersEveryBlockKind() {
    byte[] bytes = render(SampleReports.everyBlockKind());
    assertThat(bytes).withFailMessage("формат %s ничего не записал для отчёта со всеми видами блоков", renderer().format())
        .isNotEmpty();
    String text = readable(bytes);
    if (text == null) {
      return;
    }
    List<String> lost = new ArrayList<>();
    for (String marker : SampleReports.markers()) {
      if (!markersNotInOutput().contains(marker) && !text.contains(marker)) {
        lost.add(marker);
      }
    }
    assertThat(lost).withFailMessage("формат %s потерял части отчёта: %s. Каждый вид блока (Heading, Paragraph всех видов, "
        + "Table с разделами и итогами, Chart, ListBlock со ссылками, утверждение) должен выйти в файл; то, что формат "
        + "не несёт по замыслу (диаграмма картинкой), назовите в markersNotInOutput().", renderer().format(), lost).isEmpty();
  }

  /** The same report gives the same bytes, twice. */
  @Example
  default void writesIdenticalBytesForIdenticalReports() {
    byte[] first = render(SampleReports.everyBlockKind());
    byte[] second = render(SampleReports.everyBlockKind());
    assertThat(second).withFailMessage("формат %s пишет разные байты для одного отчёта: уберите из файла текущее время, "
        + "случайные идентификаторы и порядок из HashMap (дата отчёта — Report.date())", renderer().format())
        .isEqualTo(first);
  }

  /** The renderer does not close the stream it writes to. */
  @Example
  default void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    try (FilterOutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
      @Override
      public void close() {
        closed[0] = true;
      }
    }) {
      renderer().render(SampleReports.everyBlockKind(), out);
      assertThat(closed[0]).withFailMessage("формат %s закрыл поток: поток открыт вызывающим, он его и закроет "
          + "(оберните его, например, в CloseShieldOutputStream)", renderer().format()).isFalse();
    }
  }

  /** In a markup format no hostile text becomes markup. */
  @Example
  default void escapesMarkup() {
    if (!isMarkup()) {
      return;
    }
    String text = readable(render(SampleReports.hostile()));
    assertThat(text).withFailMessage("формат %s вывел текст как разметку; экранируйте <, >, & (и символы разметки формата) "
        + "во всех текстах: заголовках, абзацах, ячейках, пунктах списков", renderer().format())
        .doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x onerror=alert(2)>");
  }

  /** In a spreadsheet format no text becomes a formula. */
  @Example
  default void neutralisesFormulas() {
    if (!isSpreadsheet()) {
      return;
    }
    byte[] bytes = render(SampleReports.hostile());
    if (isZip(bytes)) {
      String xml = readable(bytes);
      assertThat(xml).withFailMessage("формат %s записал формулу (<f>): тексты, начинающиеся с =, +, -, @, пишите строкой",
          renderer().format()).doesNotContainPattern("<(\\w+:)?f[ >]");
      return;
    }
    Pattern formula = Pattern.compile("^\"?(=HYPERLINK|\\+SUM|@SUM|-2\\+3)");
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      for (String field : line.split("[;,\\t]")) {
        assertThat(formula.matcher(field.strip()).find()).withFailMessage("формат %s оставил ячейку «%s», которую "
            + "электронная таблица прочтёт как формулу; добавьте перед =, +, -, @ апостроф", renderer().format(), field).isFalse();
      }
    }
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
  }

  /** The output as text: UTF-8 text as is, the XML entries of a zip joined; {@code null} for other binary output. */
  private static String readable(byte[] bytes) {
    if (isZip(bytes)) {
      StringBuilder text = new StringBuilder();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
            text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
          }
        }
      } catch (IOException e) {
        throw new AssertionError("вывод похож на zip, но не читается: " + e.getMessage(), e);
      }
      return text.toString();
    }
    if (bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
      return null;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
