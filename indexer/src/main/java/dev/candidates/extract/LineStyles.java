package dev.candidates.extract;

import dev.candidates.extract.ExtractedText.StyledLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The style of each line of a PDF (glyph height, bold, font), from PDFBox's text positions: the short lines set
 * larger than the body, or bold when the body is not, are what a reader sees as headings. Runs far apart on one
 * baseline (two columns) are lines of their own. Which of those styles are section headings the parser decides with
 * its lexicon.
 */
final class LineStyles {
  /** A heading is at most this long, and has at most this many words. */
  private static final int MAX_CHARS = 40;
  private static final int MAX_WORDS = 6;
  /** This many times the body's glyph height or more is "larger". */
  private static final float LARGER = 1.15f;
  private static final Pattern DATED = Pattern.compile("\\d{4}|\\d{1,2}[./]\\d{1,2}");
  private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");

  private record Line(String text, float height, boolean bold, String font) {}

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private float height;
  private int glyphs;
  private int boldGlyphs;
  private String font;
  private float lastEnd = Float.NaN;
  /** Heights and weights of every glyph, for the body's style. */
  private float[] heights = new float[1024];
  private int counted;
  private int boldCounted;

  /** A run of text of the current line with its glyphs. */
  void add(String run, List<TextPosition> positions) {
    if (positions.isEmpty()) {
      return;
    }
    TextPosition first = positions.get(0);
    if (!Float.isNaN(lastEnd) && first.getXDirAdj() - lastEnd > 3 * Math.max(first.getHeightDir(), 1f)) {
      endLine(); // a wide gap on one baseline: another column
    }
    text.append(text.isEmpty() ? "" : " ").append(run.strip());
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || u.isBlank() || PdfText.isIconFont(p.getFont().getName())) {
        continue;
      }
      boolean bold = isBold(p.getFont());
      height = Math.max(height, p.getHeightDir());
      glyphs++;
      boldGlyphs += bold ? 1 : 0;
      font = font == null ? family(p.getFont().getName()) : font;
      if (counted == heights.length) {
        heights = Arrays.copyOf(heights, counted * 2);
      }
      heights[counted++] = p.getHeightDir();
      boldCounted += bold ? 1 : 0;
    }
    TextPosition last = positions.get(positions.size() - 1);
    lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
  }

  void endLine() {
    String t = text.toString().strip();
    if (glyphs > 0 && !t.isEmpty()) {
      lines.add(new Line(t, height, boldGlyphs == glyphs, font));
    }
    text.setLength(0);
    height = 0;
    glyphs = 0;
    boldGlyphs = 0;
    font = null;
    lastEnd = Float.NaN;
  }

  /** The short, undated lines set apart from the body by size or weight, with their style. */
  List<StyledLine> styled() {
    endLine();
    if (counted < 20) {
      return List.of();
    }
    float[] h = Arrays.copyOf(heights, counted);
    Arrays.sort(h);
    float body = h[h.length / 2];
    boolean boldBody = boldCounted * 2 > counted;
    List<StyledLine> out = new ArrayList<>();
    for (Line l : lines) {
      float scale = body <= 0 ? 1 : l.height() / body;
      boolean apart = scale >= LARGER || l.bold() && !boldBody;
      if (apart && l.text().length() <= MAX_CHARS && l.text().split("\\s+").length <= MAX_WORDS
          && !DATED.matcher(l.text()).find() && l.text().codePoints().anyMatch(Character::isLetter)) {
        String style = String.format(Locale.ROOT, "%.1f%s/%s", scale, l.bold() ? "b" : "", l.font());
        out.add(new StyledLine(l.text(), style, scale));
      }
    }
    return out;
  }

  static boolean isBold(PDFont font) {
    String n = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold")
        || n.contains("demi")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }

  /** The font's name without its subset prefix ({@code CZPHFP+Lato-Bold} → {@code Lato-Bold}). */
  private static String family(String name) {
    return name == null ? "" : SUBSET.matcher(name).replaceFirst("");
  }
}
