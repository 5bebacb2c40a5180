package io.github.vsoko.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** CSV written with any delimiter, quoting and encoding a school might use reads back cell for cell. */
class CsvTableSourceProperties {

  @Property(tries = 200)
  void utf8CsvRoundTripsWithAnyUnicodeQuotesAndLineBreaks(
      @ForAll("tables") List<List<String>> table, @ForAll("separators") char separator, @ForAll boolean bom) throws IOException {
    assertThat(roundTrip(table, separator, StandardCharsets.UTF_8, bom, Optional.empty())).isEqualTo(table);
  }

  @Property(tries = 100)
  void singleByteCyrillicRoundTripsWhenTheEncodingIsGiven(
      @ForAll("cyrillicTables") List<List<String>> table, @ForAll("separators") char separator,
      @ForAll("cyrillicCharsets") String charset) throws IOException {
    Charset cs = Charset.forName(charset);
    assertThat(roundTrip(table, separator, cs, false, Optional.of(cs))).isEqualTo(table);
  }

  /**
   * Russian text (words of school tables) is recognised in Windows-1251, KOI8-R and IBM866 without
   * being told, once there is some text: a file of two or three words ("да;10 Б") can read as Russian
   * in two encodings, which is why {@code --encoding} exists (docs/formats.md says so).
   */
  @Property(tries = 100)
  void russianTextIsDetectedInAnySingleByteCyrillicEncoding(
      @ForAll("russianTables") List<List<String>> table, @ForAll("separators") char separator,
      @ForAll("cyrillicCharsets") String charset) throws IOException {
    assertThat(roundTrip(table, separator, Charset.forName(charset), false, Optional.empty())).isEqualTo(table);
  }

  @Provide
  Arbitrary<String> cyrillicCharsets() {
    return Arbitraries.of("windows-1251", "KOI8-R", "IBM866");
  }

  @Provide
  Arbitrary<List<List<String>>> russianTables() {
    Arbitrary<String> word = Arbitraries.of("учащиеся", "класс", "математика", "русский язык", "отметка", "школа", "да", "нет",
        "педагогический", "основное место работы", "высшее", "первая", "учитель истории", "дата зачисления", "5А", "10 Б",
        "01.09.2020", "призёр", "победитель", "муниципальный", "Иванова школа \"Родник\"", "12,5");
    // Detection needs real words: a header of random letters ("б", "хх") is not Russian text in any encoding.
    Arbitrary<String> phrase = word.list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
    // A header is named columns: words, not numbers such as "12,5" (a header "12,5;12,5" is ambiguous by nature).
    Arbitrary<String> header = phrase.filter(h -> h.indexOf(',') < 0 && h.chars().anyMatch(Character::isLetter));
    return tables(header, phrase).filter(t -> t.stream().flatMap(List::stream)
        .mapToLong(c -> c.chars().filter(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC).count()).sum() >= 24);
  }

  private static List<List<String>> roundTrip(List<List<String>> table, char separator, Charset charset, boolean bom,
      Optional<Charset> override) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (bom) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    try (Writer w = new OutputStreamWriter(bytes, charset); CsvWriter csv = CsvWriter.builder().fieldSeparator(separator).build(w)) {
      table.forEach(csv::writeRecord);
    }
    Path file = Files.createTempFile("vsoko", ".csv");
    try {
      Files.write(file, bytes.toByteArray());
      CsvTableSource source = CsvTableSource.open(file, override);
      assertThat(source.separator()).isEqualTo(separator);
      List<List<String>> back = new ArrayList<>();
      try (Stream<TableRow> rows = source.rows(source.sheets().get(0))) {
        rows.forEach(r -> back.add(r.cells()));
      }
      return back;
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<Character> separators() {
    return Arbitraries.of(';', ',', '\t');
  }

  private static Arbitrary<List<List<String>>> tables(Arbitrary<String> cells) {
    Arbitrary<String> headerCell = Arbitraries.strings().withChars("абвгдежзийклмнопрстуфхцчшщыэюяABCxyz ").ofMinLength(1)
        .ofMaxLength(12).map(String::strip).filter(s -> !s.isEmpty());
    return tables(headerCell, cells);
  }

  private static Arbitrary<List<List<String>>> tables(Arbitrary<String> headerCell, Arbitrary<String> cells) {
    return Arbitraries.integers().between(2, 6).flatMap(width -> {
      Arbitrary<List<String>> header = headerCell.list().ofSize(width);
      Arbitrary<List<String>> row = cells.map(String::strip).list().ofSize(width)
          .filter(r -> r.stream().anyMatch(c -> !c.isEmpty()));
      return header.flatMap(h -> row.list().ofMaxSize(8).map(rows -> {
        List<List<String>> t = new ArrayList<>();
        t.add(h);
        t.addAll(rows);
        return t;
      }));
    });
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(15)
        // no NUL: a NUL byte marks a binary file, refused as «не текстовый файл»
        .filter(s -> s.codePoints().noneMatch(cp -> cp == 0xFEFF || Character.isSurrogate((char) cp) || cp == '\r' || cp == 0));
    Arbitrary<String> russian = Arbitraries.strings().withChars("Ёёабвгд;,\"\n\t «»—№ 0123456789.").ofMaxLength(15);
    return tables(Arbitraries.oneOf(unicode, russian));
  }

  @Provide
  Arbitrary<List<List<String>>> cyrillicTables() {
    return tables(Arbitraries.strings().withChars("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁё ;,\"\n0123456789")
        .ofMinLength(0).ofMaxLength(20));
  }
}
