package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF to text with PDFBox, one string per page. The page count is checked before any text is read; scratch memory
 * is capped (beyond it PDFBox spills to a temporary file); text is sorted by position, and two-column pages are read
 * column by column ({@link ColumnLayout}). Pages with images but no text are counted: they are scans, and no OCR is
 * done.
 */
final class PdfText {
  /** The text of each page read, and how many pages looked scanned (images, no text). */
  record Pages(List<String> pages, int scannedPages, boolean truncated) {}

  private PdfText() {}

  static Pages read(byte[] bytes, ExtractionLimits limits) throws ExtractionException, InterruptedException {
    if (!hasEndMarker(bytes)) {
      throw new ExtractionException(Kind.CORRUPT, "the PDF is truncated or damaged (it has no end-of-file marker); "
          + "upload the complete file");
    }
    MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMemoryBytes(), 4 * limits.maxBytes());
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null, memory.streamCache)) {
      int count = doc.getNumberOfPages();
      if (count > limits.maxPages()) {
        throw new ExtractionException(Kind.TOO_MANY_PAGES, "the PDF has " + count + " pages; a résumé may have at "
            + "most " + limits.maxPages());
      }
      if (count == 0) {
        throw new ExtractionException(Kind.CORRUPT, "the PDF has no pages");
      }
      PageCollector collector = new PageCollector(limits.maxChars());
      collector.setSortByPosition(true);
      collector.setEndPage(limits.maxPages()); // even if the page tree's count lies
      collector.setLineSeparator("\n");
      try {
        collector.writeText(doc, new StringWriter());
      } catch (CharLimitReached e) {
        // keep the pages read so far
      }
      List<String> pages = new ArrayList<>();
      int scanned = 0;
      for (int i = 0; i < collector.texts.size(); i++) {
        PDPage page = doc.getPage(i);
        String text = collector.texts.get(i);
        List<Rectangle2D> regions = ColumnLayout.regions(collector.glyphs.get(i));
        if (!regions.isEmpty()) {
          text = byRegions(page, regions);
        }
        if (ResumeExtractor.letters(text) < ResumeExtractor.MIN_TEXT_CHARS && hasImages(page)) {
          scanned++;
        }
        pages.add(text);
      }
      return new Pages(pages, scanned, collector.truncated);
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(Kind.ENCRYPTED, "the PDF is protected by a password; remove the password "
          + "(or print it to a new PDF) and upload it again", e);
    } catch (InterruptedIOException e) {
      throw new InterruptedException("PDF extraction was cancelled");
    } catch (IOException e) {
      throw new ExtractionException(Kind.CORRUPT, "the PDF is damaged and cannot be read ("
          + ResumeExtractor.shortReason(e) + "); export it again from the program that made it", e);
    }
  }

  private static String byRegions(PDPage page, List<Rectangle2D> regions) throws IOException {
    PDFTextStripperByArea area = new PDFTextStripperByArea();
    area.setSortByPosition(true);
    area.setLineSeparator("\n");
    for (int r = 0; r < regions.size(); r++) {
      area.addRegion("r" + r, regions.get(r));
    }
    area.extractRegions(page);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < regions.size(); r++) {
      String t = area.getTextForRegion("r" + r);
      if (!t.isBlank()) {
        sb.append(t.strip()).append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean hasImages(PDPage page) throws IOException {
    PDResources res = page.getResources();
    if (res == null) {
      return false;
    }
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      if (x instanceof PDImageXObject) {
        return true;
      }
    }
    return false;
  }

  /** A complete PDF ends with "%%EOF" (junk after it is tolerated, as viewers do). */
  private static boolean hasEndMarker(byte[] b) {
    int from = Math.max(0, b.length - 1024);
    return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
  }

  private static final class CharLimitReached extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Collects each page's text and its glyph boxes in one pass; checks for cancellation at every page and every few
   * thousand glyphs, because PDFBox itself does not watch for interrupts.
   */
  private static final class PageCollector extends PDFTextStripper {
    final List<String> texts = new ArrayList<>();
    final List<List<ColumnLayout.Glyph>> glyphs = new ArrayList<>();
    private final int maxChars;
    private List<ColumnLayout.Glyph> current = new ArrayList<>();
    private int pageStart;
    private int total;
    private int seen;
    boolean truncated;

    PageCollector(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      cancelled();
      current = new ArrayList<>();
      pageStart = ((StringWriter) output).getBuffer().length();
      super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if ((++seen & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException(new InterruptedIOException("cancelled"));
      }
      String u = t.getUnicode();
      if (u != null && !u.isBlank()) {
        current.add(new ColumnLayout.Glyph(t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(),
            t.getHeightDir()));
      }
      super.processTextPosition(t);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      super.endPage(page);
      StringBuffer buf = ((StringWriter) output).getBuffer();
      String text = buf.substring(pageStart);
      buf.setLength(0); // pages are kept in the list; the writer need not hold them twice
      pageStart = 0;
      texts.add(text);
      glyphs.add(current);
      total += text.length();
      if (total > maxChars) {
        truncated = true;
        throw new CharLimitReached();
      }
    }

    private static void cancelled() throws InterruptedIOException {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("cancelled");
      }
    }
  }
}
