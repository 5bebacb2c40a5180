package io.github.vsoko.io;

import io.github.vsoko.model.problem.Problem;
import io.github.vsoko.model.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an XLSX package a table reader needs (книга Excel): the sheets in their order with their parts, and the
 * shared strings (read as far as cells need them, by {@link SheetXmlScanner}); workbook and relationships with the JDK's
 * StAX parser (no DTD, no external entities); every entry is inflated once,
 * within the bounds of {@link ArchiveGuard} enforced while reading ({@link InflationBudget}).
 */
final class XlsxWorkbook implements AutoCloseable {
  private static final String SHARED_STRINGS = "/sharedStrings";

  private final String file;
  private final ZipFile zip;
  private final InflationBudget budget;
  private final Map<String, String> entries;
  private final Map<String, String> sheetParts;
  private final SharedStrings sharedStrings;

  private XlsxWorkbook(String file, ZipFile zip, InflationBudget budget, Map<String, String> entries,
      Map<String, String> sheetParts, SharedStrings sharedStrings) {
    this.file = file;
    this.entries = entries;
    this.zip = zip;
    this.budget = budget;
    this.sheetParts = sheetParts;
    this.sharedStrings = sharedStrings;
  }

  /** Opens a workbook whose kind {@link ArchiveGuard#checkKind} has checked. */
  static XlsxWorkbook open(Path path, long maxEntry, long maxTotal) {
    String file = path.toString();
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw ArchiveGuard.damaged(file, e);
    } catch (IOException e) {
      throw new ProblemException(List.of(Problem.ofFile(file, "не удаётся прочитать: " + e.getMessage())));
    }
    try {
      InflationBudget budget = new InflationBudget(file, maxEntry, maxTotal);
      Map<String, String> entries = new HashMap<>();
      long declared = 0;
      for (var it = zip.entries().asIterator(); it.hasNext(); ) {
        ZipEntry entry = it.next();
        entries.putIfAbsent(ArchiveGuard.entryName(entry.getName()), entry.getName());
        declared += Math.max(0, entry.getSize());
        if (entry.getSize() > maxEntry || declared > maxTotal) { // what the directory admits is refused at once;
          throw ArchiveGuard.tooLarge(file, entry.getName(), maxEntry, maxTotal); // a lying one, while streaming
        }
      }
      Map<String, String[]> rels = relationships(zip, budget, entries, "xl/_rels/workbook.xml.rels");
      Map<String, String> sheets = new LinkedHashMap<>();
      try (InputStream in = open(zip, budget, entries, "xl/workbook.xml")) {
        XMLStreamReader r = factory().createXMLStreamReader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
            String name = attribute(r, "name");
            String id = relationshipId(r);
            String[] rel = id == null ? null : rels.get(id);
            if (name != null && rel != null) {
              sheets.putIfAbsent(name, rel[1]);
            }
          }
        }
        r.close();
      }
      String sstPart = rels.values().stream().filter(x -> x[0].endsWith(SHARED_STRINGS)).map(x -> x[1]).findFirst()
          .orElse("xl/sharedStrings.xml");
      SharedStrings sst = entries.containsKey(sstPart)
          ? SharedStrings.of(open(zip, budget, entries, sstPart), file, sstPart) : SharedStrings.none();
      return new XlsxWorkbook(file, zip, budget, entries, sheets, sst);
    } catch (XMLStreamException e) {
      close(zip);
      throw new ProblemException(List.of(Problem.ofFile(file, "файл XLSX повреждён или не читается ("
          + e.getMessage() + ")")));
    } catch (ZipException | java.io.EOFException e) {
      close(zip);
      throw ArchiveGuard.damaged(file, e);
    } catch (IOException e) {
      close(zip);
      throw new ProblemException(List.of(Problem.ofFile(file, "не удаётся прочитать: " + e.getMessage())));
    } catch (RuntimeException e) {
      close(zip);
      throw e;
    }
  }

  private static void close(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // the error being reported says more
    }
  }

  /** Sheet names in the workbook's order. */
  List<String> sheets() {
    return new ArrayList<>(sheetParts.keySet());
  }

  /** The shared strings (общие строки), read as far as cells ask, each stripped as cells are read. */
  SharedStrings sharedStrings() {
    return sharedStrings;
  }

  /** The sheet's part, streamed within the bounds. */
  InputStream sheet(String name) throws IOException {
    String part = sheetParts.get(name);
    if (part == null) {
      throw new IllegalArgumentException("no sheet " + name);
    }
    String raw = entries.get(part);
    ZipEntry entry = raw == null ? null : zip.getEntry(raw);
    if (entry == null) {
      throw new ProblemException(List.of(Problem.ofFile(file, "в архиве нет части «" + part + "» листа «" + name
          + "»: файл XLSX повреждён")));
    }
    return budget.wrap(part, zip.getInputStream(entry));
  }

  @Override
  public void close() throws IOException {
    try {
      sharedStrings.close();
    } finally {
      zip.close();
    }
  }

  private static InputStream open(ZipFile zip, InflationBudget budget, Map<String, String> entries, String part)
      throws IOException {
    String raw = entries.get(part);
    if (raw == null) {
      throw new ZipException("нет части «" + part + "»");
    }
    return budget.wrap(part, zip.getInputStream(zip.getEntry(raw)));
  }

  /** Relationship id → {type, part name}. */
  private static Map<String, String[]> relationships(ZipFile zip, InflationBudget budget, Map<String, String> entries,
      String part) throws IOException, XMLStreamException {
    Map<String, String[]> rels = new HashMap<>();
    if (!entries.containsKey(part)) {
      return rels;
    }
    try (InputStream in = open(zip, budget, entries, part)) {
      XMLStreamReader r = factory().createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
          String id = attribute(r, "Id");
          String target = attribute(r, "Target");
          String type = attribute(r, "Type");
          if (id != null && target != null && !"External".equals(attribute(r, "TargetMode"))) {
            rels.put(id, new String[] {type == null ? "" : type, resolve("xl/", target)});
          }
        }
      }
      r.close();
    }
    return rels;
  }

  /** A relationship target as a part name: relative to the workbook's folder unless it starts with «/». */
  static String resolve(String folder, String target) {
    String t = target.replace('\\', '/');
    String joined = t.startsWith("/") ? t.substring(1) : folder + t;
    Deque<String> parts = new ArrayDeque<>();
    for (String segment : joined.split("/")) {
      if (segment.equals("..")) {
        parts.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.addLast(segment);
      }
    }
    return String.join("/", parts);
  }

  private static String attribute(XMLStreamReader r, String local) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(local)
          && (r.getAttributePrefix(i) == null || r.getAttributePrefix(i).isEmpty())) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** The «r:id» of a sheet element, whatever the relationships namespace's prefix. */
  private static String relationshipId(XMLStreamReader r) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      if (r.getAttributeLocalName(i).equals("id") && ns != null && ns.endsWith("/relationships")) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
