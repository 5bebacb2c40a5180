package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import io.github.vsoko.model.problem.ProblemSeverity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Streams the rows of one worksheet part («xl/worksheets/sheetN.xml», SpreadsheetML) from its UTF-8 bytes, specialised
 * for what a sheet holds: «row» and «c» elements with their «r» and «t» attributes, values in «v», inline strings in
 * «is», formulas in «f» (skipped; their cached value is read). Everything else is skipped as a well-formed subtree.
 *
 * <p>It reads the bytes once, without a string per tag or per attribute: a shared-string cell is the table's string, a
 * whole number 0–999 a cached string, other numbers are decoded only when they are not already canonical. XML as a
 * sheet may write it is honoured: namespace prefixes, either quote, character and the five predefined entity references,
 * CDATA sections, comments, processing instructions, line ends normalised as XML defines. A document type declaration is
 * refused (a sheet has none; a DTD is how external entities get in). Cell texts equal fastexcel-reader's
 * ({@code Cell.getText()}, stripped; whole numbers written «1.0» read «1»), which the property test checks.
 *
 * <p>Not thread-safe; one scanner per sheet stream.
 */
final class SheetXmlScanner implements Iterator<TableRow>, AutoCloseable {
  private static final int MAX_BUFFER = 16 << 20;
  private static final String[] SMALL = new String[1000];
  private static final byte[] SHEET_DATA = ascii("sheetData");
  private static final byte[] ROW = ascii("row");
  private static final byte[] C = ascii("c");
  private static final byte[] V = ascii("v");
  private static final byte[] F = ascii("f");
  private static final byte[] IS = ascii("is");
  private static final byte[] PHONETIC = ascii("rPh");
  private static final byte[] STRING_ITEM = ascii("si");

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i);
    }
  }

  private final InputStream in;
  private final SharedStrings sharedStrings;
  private final String file;
  private final String sheet;
  private String part;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  // the tag just read: its local name and attributes are at [nameStart, tagEnd) of buf
  private boolean endTag;
  private boolean emptyTag;
  private int nameStart;
  private int nameEnd;
  private int tagEnd;

  private byte[] text = new byte[256];
  private int textLength;
  private String[] cells = new String[64];
  private int rowNumber;
  private TableRow next;
  private boolean started;
  private boolean finished;

  SheetXmlScanner(InputStream in, SharedStrings sharedStrings, String file, String sheet) {
    this.in = in;
    this.sharedStrings = sharedStrings;
    this.file = file;
    this.sheet = sheet;
  }

  /** A scanner over a shared-strings part, read item by item with {@link #nextSharedString()}. */
  static SheetXmlScanner forSharedStrings(InputStream in, String file, String part) {
    SheetXmlScanner scanner = new SheetXmlScanner(in, SharedStrings.none(), file, null);
    scanner.part = part;
    return scanner;
  }

  /** The next «si» item's text without its phonetic guides, stripped as cells are; null at the end of the part. */
  String nextSharedString() throws IOException {
    while (nextTag()) {
      if (!endTag && is(STRING_ITEM)) {
        return emptyTag ? "" : elementText();
      }
    }
    return null;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Whether a sheet part starting with {@code head} is UTF-8 (no byte-order mark of UTF-16 or UTF-32, no other encoding
   * declared), which this scanner reads; a sheet in another encoding is read by a general parser.
   */
  static boolean readsEncodingOf(byte[] head, int length) {
    if (length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return false;
    }
    if (length >= 2 && (head[0] == 0 || head[1] == 0)) {
      return false;
    }
    String start = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    if (!start.startsWith("<?xml") && !start.startsWith("\u00EF\u00BB\u00BF<?xml")) {
      return true;
    }
    int end = start.indexOf("?>");
    String declaration = (end < 0 ? start : start.substring(0, end)).replace('\'', '"');
    int e = declaration.indexOf("encoding");
    if (e < 0) {
      return true;
    }
    int q = declaration.indexOf('"', e);
    int q2 = q < 0 ? -1 : declaration.indexOf('"', q + 1);
    String encoding = q2 < 0 ? "" : declaration.substring(q + 1, q2).trim();
    return encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      try {
        next = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      finished = next == null;
    }
    return next != null;
  }

  @Override
  public TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableRow row = next;
    next = null;
    return row;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private TableRow advance() throws IOException {
    if (!started) {
      started = true;
      while (true) {
        if (!nextTag()) {
          return null; // no sheetData: a sheet without cells
        }
        if (!endTag && is(SHEET_DATA)) {
          if (emptyTag) {
            return null;
          }
          break;
        }
      }
    }
    while (nextTag()) {
      if (endTag) {
        if (is(SHEET_DATA)) {
          return null;
        }
        continue;
      }
      if (is(ROW)) {
        return row();
      }
      skipElement();
    }
    throw malformed("лист оборвался внутри данных листа (нет «</sheetData>»)");
  }

  private TableRow row() throws IOException {
    int r = rowNumberAttribute();
    rowNumber = r > 0 ? r : rowNumber + 1;
    int width = 0;
    if (emptyTag) {
      return new TableRow(rowNumber, Collections.emptyList());
    }
    int column = -1;
    while (true) {
      if (!nextTag()) {
        throw malformed("лист оборвался внутри строки");
      }
      if (endTag) {
        if (is(ROW)) {
          break;
        }
        continue;
      }
      if (!is(C)) {
        skipElement();
        continue;
      }
      attributes();
      int ref = columnAttribute();
      column = ref >= 0 ? ref : column + 1;
      if (column >= cells.length) {
        if (column >= 16_384) {
          throw malformed("столбец за пределами листа Excel (больше 16 384)");
        }
        cells = Arrays.copyOf(cells, Math.max(cells.length * 2, column + 1));
      }
      cells[column] = cell();
      width = Math.max(width, column + 1);
    }
    String[] values = new String[width];
    for (int i = 0; i < width; i++) {
      values[i] = cells[i] == null ? "" : cells[i];
      cells[i] = null; // the scratch row is left empty for the next one
    }
    return new TableRow(rowNumber, Collections.unmodifiableList(Arrays.asList(values)));
  }

  /** The text of the cell whose start tag was just read, as fastexcel-reader's {@code getText()}, stripped. */
  private String cell() throws IOException {
    byte type = typeAttribute();
    if (emptyTag) {
      return "";
    }
    String value = null;
    boolean formula = false;
    boolean hasValue = false;
    while (true) {
      if (!nextTag()) {
        throw malformed("лист оборвался внутри ячейки");
      }
      if (endTag) {
        if (is(C)) {
          break;
        }
        continue;
      }
      if (is(V)) {
        hasValue = true;
        value = emptyTag ? "" : valueText(type);
      } else if (is(F)) {
        formula = true;
        skipElement();
      } else if (is(IS)) {
        hasValue = true;
        value = emptyTag ? "" : elementText();
        type = 'i';
      } else {
        skipElement();
      }
    }
    if (!hasValue || value == null) {
      return "";
    }
    if (type == 'n' && !formula && XlsxTableSource.isWholeWithZeros(value)) {
      return value.substring(0, value.indexOf('.'));
    }
    return value;
  }

  /** The text of a «v» element read as its cell's type says; the cursor is after its start tag. */
  private String valueText(byte type) throws IOException {
    // the common case: digits and then «</»
    int value = 0;
    int digits = 0;
    int i = pos;
    while (true) {
      if (i >= limit) {
        int offset = i - pos;
        if (!more()) {
          throw malformed("лист оборвался внутри значения ячейки");
        }
        i = pos + offset;
        continue;
      }
      byte b = buf[i];
      if (b >= '0' && b <= '9' && digits < 9) {
        value = value * 10 + (b - '0');
        digits++;
        i++;
        continue;
      }
      break;
    }
    if (digits > 0 && buf[i] == '<') {
      int offset = i - pos;
      boolean end = ensure(offset + 2) && buf[pos + offset + 1] == '/';
      i = pos + offset;
      if (end) {
        String result;
        if (type == 's') {
          result = sharedString(value);
        } else if (type == 'n') {
          result = value < SMALL.length ? SMALL[value] : Integer.toString(value); // «007» reads «7», as BigDecimal
        } else if (type == 'b') {
          result = bool(value, digits, pos);
        } else {
          result = text(pos, digits);
        }
        pos = i;
        expectEndTag(V);
        return result;
      }
    }
    String raw = elementText();
    switch (type) {
      case 's':
        if (raw.isEmpty()) {
          return "";
        }
        throw malformed("номер общей строки «" + raw + "» не число");
      case 'n':
        if (raw.isEmpty()) {
          return null;
        }
        try {
          return new BigDecimal(raw).toString();
        } catch (NumberFormatException e) {
          throw malformed("значение числовой ячейки «" + raw + "» не число");
        }
      case 'b':
        if (raw.isEmpty()) {
          return null;
        }
        throw malformed("логическое значение ячейки «" + raw + "» — ожидается 0 или 1");
      default:
        return raw.strip();
    }
  }

  private String bool(int value, int digits, int start) {
    if (digits == 1 && value <= 1) {
      return value == 1 ? "true" : "false";
    }
    throw malformed("логическое значение ячейки «" + text(start, digits) + "» — ожидается 0 или 1");
  }

  private String text(int start, int length) {
    return new String(buf, start, length, StandardCharsets.UTF_8);
  }

  private String sharedString(int index) throws IOException {
    String value = sharedStrings.get(index);
    if (value == null) {
      throw malformed("ссылка на общую строку " + index + ", а их в книге " + sharedStrings.count());
    }
    return value;
  }

  /**
   * All character data of the element whose start tag was just read, but for phonetic guides («rPh»), through its end
   * tag, stripped.
   */
  private String elementText() throws IOException {
    textLength = 0;
    int depth = 1;
    int phonetic = 0;
    while (true) {
      if (pos >= limit && !more()) {
        throw malformed("лист оборвался внутри текста ячейки");
      }
      byte b = buf[pos];
      if (b != '<') {
        if (b == '&') {
          reference(phonetic == 0);
        } else if (b != '\r') { // a run of plain bytes is copied at once
          int end = pos + 1;
          while (end < limit && buf[end] != '<' && buf[end] != '&' && buf[end] != '\r') {
            end++;
          }
          if (phonetic == 0) {
            appendText(buf, pos, end - pos);
          }
          pos = end;
        } else {
          if (phonetic == 0) {
            if (b == '\r') {
              appendText((byte) '\n');
              if ((pos + 1 < limit || more()) && buf[pos + 1] == '\n') {
                pos++;
              }
            } else {
              appendText(b);
            }
          }
          pos++;
        }
        continue;
      }
      if (startsWith("<!--")) {
        skipPast("-->");
        continue;
      }
      if (startsWith("<?")) {
        skipPast("?>");
        continue;
      }
      if (startsWith("<![CDATA[")) {
        pos += 9;
        while (!startsWith("]]>")) {
          if (pos >= limit && !more()) {
            throw malformed("лист оборвался внутри CDATA");
          }
          if (phonetic == 0) {
            appendText(buf[pos]);
          }
          pos++;
        }
        pos += 3;
        continue;
      }
      if (!nextTag()) {
        throw malformed("лист оборвался внутри текста ячейки");
      }
      if (endTag) {
        if (is(PHONETIC) && phonetic > 0) {
          phonetic--;
        }
        if (--depth == 0) {
          break;
        }
      } else if (!emptyTag) {
        depth++;
        if (is(PHONETIC)) {
          phonetic++;
        }
      }
    }
    return new String(text, 0, textLength, StandardCharsets.UTF_8).strip();
  }

  private void appendText(byte[] bytes, int from, int length) {
    if (textLength + length > text.length) {
      if (textLength + length > MAX_BUFFER) {
        throw malformed("текст ячейки длиннее " + (MAX_BUFFER >> 20) + " МБ");
      }
      text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
    }
    System.arraycopy(bytes, from, text, textLength, length);
    textLength += length;
  }

  private void appendText(byte b) {
    if (textLength == text.length) {
      if (text.length >= MAX_BUFFER) {
        throw malformed("текст ячейки длиннее " + (MAX_BUFFER >> 20) + " МБ");
      }
      text = Arrays.copyOf(text, text.length * 2);
    }
    text[textLength++] = b;
  }

  /** A character or entity reference at the cursor, appended (when {@code keep}) as UTF-8. */
  private void reference(boolean keep) throws IOException {
    int offset = 1;
    while (true) {
      if (!ensure(offset + 1)) {
        throw malformed("лист оборвался внутри ссылки на символ");
      }
      byte b = buf[pos + offset];
      if (b == ';') {
        break;
      }
      if (offset > 12) {
        throw malformed("ссылка на символ без «;»");
      }
      offset++;
    }
    String name = new String(buf, pos + 1, offset - 1, StandardCharsets.US_ASCII);
    pos += offset + 1;
    int code;
    switch (name) {
      case "lt":
        code = '<';
        break;
      case "gt":
        code = '>';
        break;
      case "amp":
        code = '&';
        break;
      case "quot":
        code = '"';
        break;
      case "apos":
        code = '\'';
        break;
      default:
        code = characterReference(name);
    }
    if (keep) {
      byte[] utf8 = new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8);
      for (byte u : utf8) {
        appendText(u);
      }
    }
  }

  private int characterReference(String name) {
    try {
      int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
          : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
      if (code >= 0 && Character.isValidCodePoint(code) && code != 0) {
        return code;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw malformed("ссылка «&" + name + ";» не определена (в листе допустимы только &lt; &gt; &amp; &quot; &apos; и "
        + "коды символов)");
  }

  /**
   * Reads the next tag, skipping character data, comments and processing instructions; false at the end of the part.
   */
  private boolean nextTag() throws IOException {
    while (true) {
      int lt = indexOf((byte) '<');
      if (lt < 0) {
        return false;
      }
      pos = lt;
      if (!ensure(2)) {
        throw malformed("лист оборвался на «<»");
      }
      byte b = buf[pos + 1];
      if (b == '?') {
        skipPast("?>");
        continue;
      }
      if (b == '!') {
        if (startsWith("<!--")) {
          skipPast("-->");
          continue;
        }
        if (startsWith("<![CDATA[")) {
          skipPast("]]>"); // character data between elements
          continue;
        }
        throw new ProblemException(java.util.List.of(Problem.ofFile(file, "файл повреждён или не читается: "
            + (sheet == null ? "часть «" + part + "»" : "лист «" + sheet + "»") + " объявляет DTD («<!DOCTYPE …>»), чего в книгах Excel не бывает; файл отклонён")));
      }
      int end = tagEnd();
      endTag = b == '/';
      int start = pos + (endTag ? 2 : 1);
      int nameLimit = start;
      int local = start;
      while (nameLimit < end) {
        byte c = buf[nameLimit];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') {
          break;
        }
        if (c == ':') {
          local = nameLimit + 1;
        }
        nameLimit++;
      }
      nameStart = local;
      nameEnd = nameLimit;
      emptyTag = !endTag && buf[end - 1] == '/';
      tagEnd = end;
      pos = end + 1;
      return true;
    }
  }

  private boolean is(byte[] name) {
    int n = nameEnd - nameStart;
    if (n != name.length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[nameStart + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** Skips the element whose start tag was just read, through its end tag. */
  private void skipElement() throws IOException {
    if (emptyTag) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      if (!nextTag()) {
        throw malformed("лист оборвался внутри элемента");
      }
      if (endTag) {
        depth--;
      } else if (!emptyTag) {
        depth++;
      }
    }
  }

  private void expectEndTag(byte[] name) throws IOException {
    if (!nextTag() || !endTag || !is(name)) {
      throw malformed("ожидался конец элемента «" + new String(name, StandardCharsets.US_ASCII) + "»");
    }
  }

  /**
   * Finds the unprefixed one-letter attributes «r» and «t» of the tag just read in one pass over it: their values' starts
   * ({@code rAt}, {@code tAt}; -1 when absent) and lengths.
   */
  private void attributes() {
    rAt = -1;
    tAt = -1;
    int i = nameEnd;
    while (i < tagEnd) {
      byte b = buf[i];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
        i++;
        continue;
      }
      int attrStart = i;
      while (i < tagEnd && buf[i] != '=' && buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      int attrEnd = i;
      while (i < tagEnd && buf[i] != '"' && buf[i] != '\'') {
        i++;
      }
      if (i >= tagEnd) {
        throw malformed("атрибут без значения в кавычках");
      }
      byte quote = buf[i++];
      int valueStart = i;
      while (i < tagEnd && buf[i] != quote) {
        i++;
      }
      if (attrEnd - attrStart == 1) {
        if (buf[attrStart] == 'r') {
          rAt = valueStart;
          rLength = i - valueStart;
        } else if (buf[attrStart] == 't') {
          tAt = valueStart;
          tLength = i - valueStart;
        }
      }
      i++;
    }
  }

  private int rAt;
  private int rLength;
  private int tAt;
  private int tLength;

  /** The row's «r»: its number; 0 when absent. */
  private int rowNumberAttribute() {
    attributes();
    int at = rAt;
    if (at < 0) {
      return 0;
    }
    int value = 0;
    for (int i = at; i < at + rLength; i++) {
      byte b = buf[i];
      if (b < '0' || b > '9' || value > 10_000_000) {
        throw malformed("номер строки «" + text(at, rLength) + "» не число");
      }
      value = value * 10 + (b - '0');
    }
    return value;
  }

  /** The cell's column from its reference «AB12» (0-based); -1 when the cell has no reference. */
  private int columnAttribute() {
    int at = rAt;
    int valueLength = rLength;
    if (at < 0) {
      return -1;
    }
    int column = 0;
    int i = at;
    for (; i < at + valueLength; i++) {
      byte b = buf[i];
      if (b >= 'A' && b <= 'Z') {
        column = column * 26 + (b - 'A' + 1);
      } else if (b >= 'a' && b <= 'z') {
        column = column * 26 + (b - 'a' + 1);
      } else {
        break;
      }
      if (column > 16_384) {
        break;
      }
    }
    if (i == at || column > 16_384) {
      throw malformed("ссылка на ячейку «" + text(at, valueLength) + "» не похожа на «A1»");
    }
    return column - 1;
  }

  /** The cell's type «t»: 's' shared string, 'i' inline string, 'b', 'e', 'x' formula text («str»), 'd', 'n'. */
  private byte typeAttribute() {
    int at = tAt;
    int valueLength = tLength;
    if (at < 0 || valueLength == 0) {
      return 'n';
    }
    if (valueLength == 1) {
      switch (buf[at]) {
        case 's':
        case 'n':
        case 'b':
        case 'e':
        case 'd':
          return buf[at];
        default:
          break;
      }
    } else if (equalsAscii(at, valueLength, "inlineStr")) {
      return 'i';
    } else if (equalsAscii(at, valueLength, "str")) {
      return 'x';
    }
    throw malformed("тип ячейки «" + text(at, valueLength) + "» не из SpreadsheetML (s, n, inlineStr, b, e, str, d)");
  }

  private boolean equalsAscii(int at, int length, String s) {
    if (length != s.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (buf[at + i] != (byte) s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private ProblemException malformed(String message) {
    if (sheet == null) {
      return new ProblemException(java.util.List.of(Problem.ofFile(file, "файл XLSX повреждён: часть «" + part + "»: "
          + message)));
    }
    return new ProblemException(java.util.List.of(Problem.inFile(ProblemSeverity.ERROR, file, Optional.of(sheet),
        rowNumber > 0 ? OptionalInt.of(rowNumber) : OptionalInt.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), "файл XLSX повреждён: " + message)));
  }

  // ---- the byte buffer

  /** The index of the first {@code b} at or after the cursor, reading more as needed; -1 at the end of the part. */
  private int indexOf(byte b) throws IOException {
    int i = pos;
    while (true) {
      for (; i < limit; i++) {
        if (buf[i] == b) {
          return i;
        }
      }
      pos = limit; // what was scanned is not needed again
      if (!more()) {
        return -1;
      }
      i = pos;
    }
  }

  /** The index of the «>» closing the tag at the cursor, quotes respected, with the whole tag in the buffer. */
  private int tagEnd() throws IOException {
    int i = pos + 1;
    byte quote = 0;
    while (true) {
      if (i >= limit) {
        int offset = i - pos;
        if (!more()) {
          throw malformed("лист оборвался внутри тега");
        }
        i = pos + offset;
        continue;
      }
      byte b = buf[i];
      if (quote != 0) {
        if (b == quote) {
          quote = 0;
        }
      } else if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        return i;
      }
      i++;
    }
  }

  private boolean startsWith(String s) throws IOException {
    if (!ensure(s.length())) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (buf[pos + i] != (byte) s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void skipPast(String end) throws IOException {
    pos += 2;
    while (!startsWith(end)) {
      if (pos >= limit && !more()) {
        throw malformed("лист оборвался (нет «" + end + "»)");
      }
      pos++;
    }
    pos += end.length();
  }

  /** Whether {@code n} bytes from the cursor are in the buffer, reading more as needed. */
  private boolean ensure(int n) throws IOException {
    while (limit - pos < n) {
      if (!more()) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the bytes from the cursor on, reads more after them; false at the end of the part. */
  private boolean more() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_BUFFER) {
        throw malformed("тег или значение длиннее " + (MAX_BUFFER >> 20) + " МБ");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }
}
