package dev.candidates.extract;

// Over 350 lines on purpose: PDFBox text positions (icon fonts, the name by size, columns) share one stripper.

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
 *
 * <p>The text positions say more than the characters: glyphs drawn in an icon font (Font Awesome's phone and envelope
 * come out as {@code I} and {@code #}, its link arrow as {@code 2}) are dropped, or kept as a bullet at a line's
 * start; and the name, set far larger than the body near the top of page 1, gets a line of its own at the top
 * even when the contact block beside it shares its baseline (LaTeX moderncv, many builders).
 */
final class PdfText {
  /** The text of each page read, and how many pages looked scanned (images, no text). */
  record Pages(List<String> pages, int scannedPages, boolean truncated, List<ExtractedText.StyledLine> styled) {}

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
        if (i == 0) {
          text = nameFirst(text, collector.title);
        }
        if (ResumeExtractor.letters(text) < ResumeExtractor.MIN_TEXT_CHARS && hasImages(page)) {
          scanned++;
        }
        pages.add(text);
      }
      return new Pages(pages, scanned, collector.truncated, collector.styles.styled());
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

  /**
   * The page with its title (the name) as its first line, cut out of the line it shared with other text; unchanged
   * when there is no title or it is already a line of its own.
   */
  static String nameFirst(String page, String title) {
    if (title == null || title.isBlank()) {
      return page;
    }
    String[] lines = page.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf(title);
      if (at < 0) {
        continue;
      }
      if (lines[i].strip().equals(title) && i == firstNonBlank(lines)) {
        return page;
      }
      String rest = (lines[i].substring(0, at) + " " + lines[i].substring(at + title.length())).strip();
      StringBuilder sb = new StringBuilder(title).append('\n');
      for (int j = 0; j < lines.length; j++) {
        String l = j == i ? rest : lines[j];
        if (j != i || !l.isEmpty()) {
          sb.append(l).append(j + 1 < lines.length ? "\n" : "");
        }
      }
      return sb.toString();
    }
    return page;
  }

  private static int firstNonBlank(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * An icon font: its glyphs are pictures (phone, envelope, GitHub's cat) whose codes extract as stray letters. Subset
   * fonts carry a six-letter prefix ({@code CZPHFP+FontAwesome5Free-Solid}), so the name is searched, not matched.
   */
  static boolean isIconFont(String fontName) {
    if (fontName == null) {
      return false;
    }
    String n = fontName.toLowerCase(java.util.Locale.ROOT);
    return n.contains("fontawesome") || n.contains("font awesome") || n.contains("materialicons")
        || n.contains("material icons") || n.contains("materialsymbols") || n.contains("wingding")
        || n.contains("webding") || n.contains("dingbat") || n.contains("icomoon") || n.contains("glyphicons")
        || n.contains("academicons") || n.contains("fontello") || n.contains("ionicons") || n.contains("octicons")
        || n.contains("simpleicons") || n.contains("feather") || n.contains("bootstrap-icons")
        || n.contains("iconfont") || n.endsWith("icons");
  }

  private static String byRegions(PDPage page, List<Rectangle2D> regions) throws IOException {
    PDFTextStripperByArea area = new IconFree();
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

  /** Characters an icon font draws at a line's start that are bullets, not pictures. */
  private static final String ICON_BULLETS = "○●•▪■◆◇➢➤►▶◦‣∙✓✔❖★☆♦";

  /**
   * The words of a run of text without the glyphs of icon fonts; an icon that starts a line and looks like a bullet
   * stays a bullet ("•"), for the cleaner to turn into "- ".
   */
  static String withoutIcons(String text, List<TextPosition> positions, boolean lineStart) {
    boolean any = false;
    for (TextPosition p : positions) {
      any |= isIconFont(p.getFont().getName());
    }
    if (!any) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null) {
        continue;
      }
      if (isIconFont(p.getFont().getName())) {
        boolean bullet = u.length() == 1 && (ICON_BULLETS.indexOf(u.charAt(0)) >= 0
            || u.charAt(0) >= '\uE000' && u.charAt(0) <= '\uF8FF');
        if (lineStart && sb.toString().isBlank() && bullet) {
          sb.append("• ");
        }
        continue;
      }
      sb.append(u);
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern GAP_BEFORE_PUNCTUATION = java.util.regex.Pattern.compile(
      " +(?=[.,;:)\\]])");

  /** Where an icon was a word of its own: no space at a line's start, no double space, no space before a comma. */
  static String tidy(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String l = line.strip().replaceAll(" {2,}", " ");
      sb.append(GAP_BEFORE_PUNCTUATION.matcher(l).replaceAll("")).append('\n');
    }
    return sb.substring(0, sb.length() - 1);
  }

  /** PDFBox's stripper for one region of a page, with icon glyphs dropped as in the whole-page pass. */
  private static final class IconFree extends PDFTextStripperByArea {
    private boolean lineStart = true;

    IconFree() throws IOException {
      super();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      writeString(withoutIcons(text, positions, lineStart));
      lineStart = false;
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      super.writeLineSeparator();
      lineStart = true;
    }
  }

  /** A title is this many times the page's median glyph height, or larger. */
  private static final float TITLE_SCALE = 1.6f;

  /**
   * Collects each page's text and its glyph boxes in one pass, without icon glyphs, and page 1's title (its largest
   * text, in the top quarter); checks for cancellation at every page and every few thousand glyphs, because PDFBox
   * itself does not watch for interrupts.
   */
  private static final class PageCollector extends PDFTextStripper {
    final List<String> texts = new ArrayList<>();
    final List<List<ColumnLayout.Glyph>> glyphs = new ArrayList<>();
    /** Every line's size and weight, for the headings. */
    final LineStyles styles = new LineStyles();
    /** Page 1's title, or null. */
    String title;
    private final int maxChars;
    private List<ColumnLayout.Glyph> current = new ArrayList<>();
    /** Page 1's runs of text that may be its title: text, glyph height, baseline. */
    private final List<Object[]> runs = new ArrayList<>();
    private float pageHeight;
    private int pageStart;
    private int total;
    private int seen;
    private boolean lineStart = true;
    /** Whether this page lost icon glyphs: the word separators around them are then tidied. */
    private boolean iconsDropped;
    boolean truncated;

    PageCollector(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      cancelled();
      current = new ArrayList<>();
      pageStart = ((StringWriter) output).getBuffer().length();
      pageHeight = page.getCropBox().getHeight();
      lineStart = true;
      iconsDropped = false;
      super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if ((++seen & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException(new InterruptedIOException("cancelled"));
      }
      String u = t.getUnicode();
      if (u != null && !u.isBlank() && !isIconFont(t.getFont().getName())) {
        current.add(new ColumnLayout.Glyph(t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(),
            t.getHeightDir()));
      }
      super.processTextPosition(t);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      String kept = withoutIcons(text, positions, lineStart);
      iconsDropped |= !kept.equals(text);
      writeString(kept);
      lineStart = false;
      styles.add(kept, positions);
      if (texts.isEmpty() && !positions.isEmpty() && !kept.isBlank()) {
        float h = 0;
        for (TextPosition p : positions) {
          h = Math.max(h, p.getHeightDir());
        }
        runs.add(new Object[] {kept.strip(), h, positions.get(0).getYDirAdj()});
      }
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      super.writeLineSeparator();
      lineStart = true;
      styles.endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      super.endPage(page);
      styles.endLine();
      StringBuffer buf = ((StringWriter) output).getBuffer();
      String text = buf.substring(pageStart);
      buf.setLength(0); // pages are kept in the list; the writer need not hold them twice
      pageStart = 0;
      if (texts.isEmpty()) {
        title = title(current, runs, pageHeight);
        runs.clear();
      }
      texts.add(iconsDropped ? tidy(text) : text);
      glyphs.add(current);
      total += text.length();
      if (total > maxChars) {
        truncated = true;
        throw new CharLimitReached();
      }
    }

    /**
     * The largest text near the top of the page when it stands out from the body (a name set at 20+ pt over 10 pt
     * text); its runs on the topmost such baseline, joined. Null when nothing stands out.
     */
    private static String title(List<ColumnLayout.Glyph> glyphs, List<Object[]> runs, float pageHeight) {
      if (glyphs.size() < 20 || runs.isEmpty()) {
        return null;
      }
      float[] h = new float[glyphs.size()];
      for (int i = 0; i < h.length; i++) {
        h[i] = glyphs.get(i).height();
      }
      java.util.Arrays.sort(h);
      float body = h[h.length / 2];
      float max = 0;
      for (Object[] r : runs) {
        if ((float) r[2] < pageHeight / 4) {
          max = Math.max(max, (float) r[1]);
        }
      }
      if (body <= 0 || max < TITLE_SCALE * body) {
        return null;
      }
      float baseline = Float.NaN;
      StringBuilder sb = new StringBuilder();
      for (Object[] r : runs) {
        float y = (float) r[2];
        if ((float) r[1] >= 0.9f * max && y < pageHeight / 4 && (Float.isNaN(baseline) || Math.abs(y - baseline) < 2)) {
          baseline = y;
          sb.append(sb.isEmpty() ? "" : " ").append((String) r[0]);
        }
      }
      String t = sb.toString().strip();
      return t.isEmpty() || t.length() > 60 ? null : t;
    }

    private static void cancelled() throws InterruptedIOException {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("cancelled");
      }
    }
  }
}
