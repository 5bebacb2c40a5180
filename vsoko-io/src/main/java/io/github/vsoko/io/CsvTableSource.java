package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A CSV file as schools save it: `;`, `,` or tab delimiter (detected from the header line), UTF-8
 * with or without BOM or Windows-1251 (detected), quoted fields with line breaks, trailing empty
 * columns and rows. Rows are numbered as Excel would number them when opening the file.
 */
final class CsvTableSource implements TableSource {
  private final Path path;
  private final Charset charset;
  private final int bomLength;
  private final char separator;

  private CsvTableSource(Path path, Charset charset, int bomLength, char separator) {
    this.path = path;
    this.charset = charset;
    this.bomLength = bomLength;
    this.separator = separator;
  }

  static CsvTableSource open(Path path, Optional<Charset> override) {
    byte[] head;
    try (var in = Files.newInputStream(path)) {
      head = in.readNBytes(256 * 1024);
    } catch (IOException e) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "не удаётся прочитать: " + e.getMessage())));
    }
    TextEncoding.Detected detected = TextEncoding.detect(head, override);
    String text = new String(head, detected.bomLength(), head.length - detected.bomLength(), detected.charset());
    if (text.isBlank()) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "пустой файл: ожидается таблица со строкой заголовков")));
    }
    if (text.indexOf('\0') >= 0) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "не текстовый файл (двоичные данные): ожидается "
          + "таблица CSV в UTF-8, UTF-16 или Windows-1251")));
    }
    char separator = separator(text);
    CsvTableSource source = new CsvTableSource(path, detected.charset(), detected.bomLength(), separator);
    source.checkQuotes();
    return source;
  }

  /**
   * Refuses a quote opened and never closed, naming the line where it opens (a reader would take the rest of the file
   * as one cell and lose every row after it).
   */
  private void checkQuotes() {
    try (var in = Files.newInputStream(path)) {
      in.skipNBytes(bomLength);
      Reader reader = new java.io.BufferedReader(new InputStreamReader(in, charset), 1 << 16);
      int line = 1;
      int openedOn = 0;
      boolean quoted = false;
      boolean fieldStart = true;
      for (int c = reader.read(); c >= 0; c = reader.read()) {
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            int next = reader.read();
            if (next != '"') {
              quoted = false;
              if (next < 0) {
                break;
              }
              reader.reset();
            }
          } else if (c == '\n') {
            line++;
          }
          continue;
        }
        if (c == '"' && fieldStart) {
          quoted = true;
          openedOn = line;
        } else if (c == '\n') {
          line++;
        }
        fieldStart = c == separator || c == '\n' || c == '\r';
      }
      if (quoted) {
        throw new ProblemException(List.of(Problem.error(new io.github.vsoko.model.problem.FileLocation(path.toString(),
            Optional.empty(), java.util.OptionalInt.of(openedOn), Optional.empty(), Optional.empty()),
            "кавычка открыта в строке " + openedOn + " и не закрыта до конца файла: строки после неё были бы одной "
                + "ячейкой; закройте кавычку или уберите её")));
      }
    } catch (IOException e) {
      throw new ProblemException(List.of(Problem.ofFile(path.toString(), "не удаётся прочитать: " + e.getMessage())));
    }
  }

  /** The delimiter that splits the first line (outside quotes) most often. */
  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        if (c == ';') {
          semicolons++;
        } else if (c == ',') {
          commas++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons >= commas ? ';' : ',';
  }

  Charset charset() {
    return charset;
  }

  char separator() {
    return separator;
  }

  @Override
  public String file() {
    return path.toString();
  }

  @Override
  public List<String> sheets() {
    return List.of(path.getFileName().toString());
  }

  @Override
  public Stream<TableRow> rows(String sheet) throws IOException {
    var in = Files.newInputStream(path);
    in.skipNBytes(bomLength);
    Reader reader = new InputStreamReader(in, charset);
    CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"')
        .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader);
    AtomicInteger number = new AtomicInteger();
    return csv.stream()
        .map(r -> new TableRow(number.incrementAndGet(), strip(r.getFields())))
        .onClose(() -> {
          try {
            csv.close();
          } catch (IOException e) {
            throw XlsxTableSource.unchecked(e);
          }
        });
  }

  private static List<String> strip(List<String> fields) {
    List<String> out = new ArrayList<>(fields.size());
    fields.forEach(f -> out.add(f.strip()));
    return out;
  }

  @Override
  public void close() {}

  @Override
  public boolean isCsv() {
    return true;
  }

}
