package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Word files to text with Apache POI: {@code .docx} (XWPF) and {@code .doc} (HWPF). Headers come first, then the body,
 * then footers (the cleaner drops their page numbers). Paragraphs are lines; text boxes are read after the
 * paragraph that anchors them; a table row of one-line cells becomes one line with cells joined by " | ", while a
 * layout table (cells holding several paragraphs, as two-column templates use) is read cell after cell.
 */
final class WordText {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private WordText() {}

  /**
   * POI's zip-bomb guards are static, so they are set once here for the whole process: a part may not expand more than
   * 100 times its compressed size, nor past the size limit, and there may not be more than 1,000 parts.
   */
  static synchronized void guard(ExtractionLimits limits) {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(limits.maxExpandedBytes());
    ZipSecureFile.setMaxFileCount(1_000);
    ZipSecureFile.setMaxTextSize(limits.maxChars() * 2L);
  }

  static String docx(byte[] bytes, ExtractionLimits limits) throws ExtractionException {
    guard(limits);
    ZipInflation.check(bytes, limits, "Word document");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      Set<String> seen = new LinkedHashSet<>();
      for (XWPFHeader h : doc.getHeaderList()) {
        String t = elements(h.getBodyElements(), limits);
        if (!t.isBlank() && seen.add(t)) { // first-page and default headers often repeat each other
          sb.append(t);
        }
      }
      sb.append(elements(doc.getBodyElements(), limits));
      seen.clear();
      for (XWPFFooter f : doc.getFooterList()) {
        String t = elements(f.getBodyElements(), limits);
        if (!t.isBlank() && seen.add(t)) {
          sb.append(t);
        }
      }
      return sb.toString();
    } catch (IOException | RuntimeException e) {
      throw failure(e, "Word document");
    }
  }

  static String doc(byte[] bytes, ExtractionLimits limits) throws ExtractionException {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        WordExtractor ex = new WordExtractor(doc)) {
      HeaderStories stories = new HeaderStories(doc);
      StringBuilder sb = new StringBuilder();
      appendDistinct(sb, stories.getFirstHeader(), stories.getOddHeader(), stories.getEvenHeader());
      for (String p : ex.getParagraphText()) {
        cancelled();
        // \u0007 ends a table cell; fields keep only their shown result
        sb.append(WordExtractor.stripFields(p).replace('\u0007', '\t').replace('\u000B', '\n').stripTrailing())
            .append('\n');
        if (sb.length() > limits.maxChars()) {
          break;
        }
      }
      for (String t : ex.getMainTextboxText()) {
        sb.append(t).append('\n');
      }
      appendDistinct(sb, stories.getFirstFooter(), stories.getOddFooter(), stories.getEvenFooter());
      return sb.toString();
    } catch (OldWordFileFormatException e) {
      throw new ExtractionException(Kind.UNSUPPORTED, "this is a Word 6/95 document, which is not read; save it "
          + "as .docx or PDF and upload it again", e);
    } catch (IOException | RuntimeException e) {
      throw failure(e, "Word 97-2003 document");
    }
  }

  /** Headers or footers of a .doc: first-page, odd and even ones are often the same text, kept once. */
  private static void appendDistinct(StringBuilder sb, String... texts) {
    Set<String> seen = new LinkedHashSet<>();
    for (String t : texts) {
      if (t != null && !t.isBlank() && seen.add(t.strip())) {
        sb.append(WordExtractor.stripFields(t).replace('\r', '\n').strip()).append('\n');
      }
    }
  }

  private static String elements(List<IBodyElement> elements, ExtractionLimits limits) {
    StringBuilder sb = new StringBuilder();
    for (IBodyElement e : elements) {
      cancelled();
      if (e instanceof XWPFParagraph p) {
        paragraph(p, sb);
      } else if (e instanceof XWPFTable t) {
        table(t, sb, limits);
      } else if (e instanceof XWPFSDT sdt) {
        sb.append(sdt.getContent().getText()).append('\n');
      }
      if (sb.length() > limits.maxChars()) {
        break;
      }
    }
    return sb.toString();
  }

  private static void paragraph(XWPFParagraph p, StringBuilder sb) {
    String text = p.getText();
    if (!text.isBlank()) {
      if ("bullet".equals(p.getNumFmt())) {
        sb.append("- ");
      }
      sb.append(text.stripTrailing()).append('\n');
    }
    // Text boxes: DrawingML and its VML fallback hold the same text, read once.
    Set<String> boxes = new LinkedHashSet<>();
    XmlObject[] found = p.getCTP().selectPath("declare namespace w='" + W + "' .//w:txbxContent");
    for (XmlObject box : found) {
      StringBuilder t = new StringBuilder();
      try (XmlCursor c = box.newCursor()) {
        collectParagraphs(c, t);
      }
      if (!t.isEmpty()) {
        boxes.add(t.toString());
      }
    }
    boxes.forEach(sb::append);
  }

  /** The text of each w:p under the cursor's element, one line each. */
  private static void collectParagraphs(XmlCursor c, StringBuilder out) {
    XmlObject[] paragraphs = c.getObject().selectPath("declare namespace w='" + W + "' .//w:p");
    for (XmlObject p : paragraphs) {
      StringBuilder line = new StringBuilder();
      for (XmlObject t : p.selectPath("declare namespace w='" + W + "' .//w:t|.//w:tab|.//w:br")) {
        try (XmlCursor tc = t.newCursor()) {
          String name = tc.getName().getLocalPart();
          line.append(switch (name) {
            case "tab" -> "\t";
            case "br" -> "\n";
            default -> tc.getTextValue();
          });
        }
      }
      if (!line.toString().isBlank()) {
        out.append(line.toString().stripTrailing()).append('\n');
      }
    }
  }

  private static void table(XWPFTable t, StringBuilder sb, ExtractionLimits limits) {
    for (XWPFTableRow row : t.getRows()) {
      List<XWPFTableCell> cells = row.getTableCells();
      boolean layout = false;
      for (XWPFTableCell c : cells) {
        long lines = c.getBodyElements().stream()
            .filter(e -> !(e instanceof XWPFParagraph p) || !p.getText().isBlank()).count();
        layout |= lines > 1;
      }
      if (layout) {
        for (XWPFTableCell c : cells) {
          sb.append(elements(c.getBodyElements(), limits));
        }
      } else {
        StringBuilder line = new StringBuilder();
        for (XWPFTableCell c : cells) {
          String v = c.getText().strip();
          if (!v.isEmpty()) {
            line.append(line.isEmpty() ? "" : " | ").append(v.replace('\n', ' '));
          }
        }
        if (!line.isEmpty()) {
          sb.append(line).append('\n');
        }
      }
    }
  }

  private static void cancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("extraction cancelled");
    }
  }

  /** POI's many failure types, as what they mean for the user. */
  private static ExtractionException failure(Exception e, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof EncryptedDocumentException || m.contains("EncryptedPackage")) {
        return new ExtractionException(Kind.ENCRYPTED, "the " + what + " is protected by a password; save a copy "
            + "without the password and upload it again", e);
      }
      if (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("exceed the max")
          || m.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
        return new ExtractionException(Kind.TOO_LARGE, "the " + what + " expands to far more data than its file size "
            + "(it looks like a zip bomb); it was not read", e);
      }
    }
    return new ExtractionException(Kind.CORRUPT, "the " + what + " is damaged and cannot be read ("
        + ResumeExtractor.shortReason(e) + "); save it again from Word and upload it again", e);
  }
}
