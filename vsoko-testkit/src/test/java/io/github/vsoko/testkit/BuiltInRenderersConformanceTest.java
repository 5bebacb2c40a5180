package io.github.vsoko.testkit;

import io.github.vsoko.report.ReportRenderer;
import io.github.vsoko.report.ReportRenderers;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Group;

/** The nine built-in renderers pass the renderer contract. */
class BuiltInRenderersConformanceTest {
  private static final ReportRenderers RENDERERS = ReportRenderers.discover();
  /** CSV and TSV carry the tables (data for spreadsheets and scripts): headings, text, charts and lists are not data. */
  private static final List<String> TABLES_ONLY = List.of("Заголовок-первого-уровня", "Заголовок-второго-уровня", "Абзац-текст",
      "Абзац-пробел", "Абзац-примечание", "Диаграмма-столбцы", "Диаграмма-линии", "Категория-первая", "Ряд-первый",
      "Пункт-списка", "Пункт-важный", "Ссылка-подпись", "Утверждаю-строка");

  /** A built-in format with what kind of format it is and what it leaves out by design. */
  private abstract static class BuiltIn implements ReportRendererContract {
    private final String format;
    private final boolean markup;
    private final boolean spreadsheet;
    private final List<String> notInOutput;

    BuiltIn(String format, boolean markup, boolean spreadsheet, List<String> notInOutput) {
      this.format = format;
      this.markup = markup;
      this.spreadsheet = spreadsheet;
      this.notInOutput = notInOutput;
    }

    @Override
    public ReportRenderer renderer() {
      return RENDERERS.get(format);
    }

    @Override
    public boolean isMarkup() {
      return markup;
    }

    @Override
    public boolean isSpreadsheet() {
      return spreadsheet;
    }

    @Override
    public List<String> markersNotInOutput() {
      return notInOutput;
    }
  }

  @Group
  class Html extends BuiltIn {
    Html() {
      super("html", true, false, List.of());
    }
  }

  @Group
  class Markdown extends BuiltIn {
    Markdown() {
      super("md", true, false, List.of());
    }
  }

  @Group
  class Csv extends BuiltIn {
    Csv() {
      super("csv", false, true, TABLES_ONLY);
    }
  }

  /** TSV gives each table by its last header row, without the caption. */
  @Group
  class Tsv extends BuiltIn {
    Tsv() {
      super("tsv", false, true, Stream.concat(TABLES_ONLY.stream(), Stream.of("Таблица-название")).toList());
    }
  }

  @Group
  class Xlsx extends BuiltIn {
    Xlsx() {
      super("xlsx", false, true, List.of());
    }
  }

  /** Charts are pictures (PNG) in DOCX: their categories and series are drawn, not written. */
  @Group
  class Docx extends BuiltIn {
    Docx() {
      super("docx", false, false, List.of("Категория-первая", "Ряд-первый"));
    }
  }

  @Group
  class Pdf extends BuiltIn {
    Pdf() {
      super("pdf", false, false, List.of());
    }
  }

  @Group
  class Json extends BuiltIn {
    Json() {
      super("json", false, false, List.of());
    }
  }

  @Group
  class Text extends BuiltIn {
    Text() {
      super("text", false, false, List.of());
    }
  }
}
