package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text (.odt) to text: its {@code content.xml}, inflated with caps on the total size of the parts
 * ({@link ZipInflation}), its own size and its ratio, read with a StAX parser that resolves no DTDs or external
 * entities. Paragraphs and headings are lines; list items become "- " lines.
 */
final class OdtText {
  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  private OdtText() {}

  static String read(byte[] bytes, ExtractionLimits limits) throws ExtractionException {
    byte[] content = contentXml(bytes, Math.min(limits.maxExpandedBytes(), 100L * bytes.length), limits);
    try {
      return text(content, limits.maxChars());
    } catch (XMLStreamException e) {
      throw new ExtractionException(Kind.CORRUPT, "the OpenDocument text is damaged and cannot be read ("
          + ResumeExtractor.shortReason(e) + ")", e);
    }
  }

  private static byte[] contentXml(byte[] bytes, long cap, ExtractionLimits limits) throws ExtractionException {
    byte[] content = ZipInflation.entry(bytes, "content.xml", limits, "OpenDocument text");
    if (content == null) {
      throw new ExtractionException(Kind.CORRUPT, "the OpenDocument file has no content.xml; save it again");
    }
    if (content.length > cap) {
      throw new ExtractionException(Kind.TOO_LARGE, "the OpenDocument text expands to far more data than its "
          + "file size (it looks like a zip bomb); it was not read");
    }
    return content;
  }

  private static String text(byte[] xml, int maxChars) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
    StringBuilder sb = new StringBuilder();
    int listDepth = 0;
    int paragraphDepth = 0;
    try {
      while (r.hasNext() && sb.length() < maxChars) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && TEXT_NS.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "list-item" -> listDepth++;
            case "p", "h" -> {
              if (paragraphDepth++ == 0 && listDepth > 0) {
                sb.append("- ");
              }
            }
            case "tab" -> sb.append('\t');
            case "line-break" -> sb.append('\n');
            case "s" -> {
              String c = r.getAttributeValue(TEXT_NS, "c");
              sb.append(" ".repeat(c == null ? 1 : Math.min(100, Math.max(1, parse(c)))));
            }
            case "note", "tracked-changes" -> skip(r);
            default -> { }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && TEXT_NS.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "list-item" -> listDepth--;
            case "p", "h" -> {
              if (--paragraphDepth == 0) {
                sb.append('\n');
              }
            }
            default -> { }
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && paragraphDepth > 0) {
          sb.append(r.getText());
        }
      }
    } finally {
      r.close();
    }
    return sb.toString();
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      depth += ev == XMLStreamConstants.START_ELEMENT ? 1 : ev == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
