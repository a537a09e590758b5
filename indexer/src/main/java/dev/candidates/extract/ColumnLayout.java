package dev.candidates.extract;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the reading order of a page set in two columns. Text sorted by position reads a two-column page across both
 * columns, mixing a sidebar's skills into the jobs beside them. This looks for a vertical gutter: a band that (almost)
 * no line of text crosses, with a real share of the text on each side. Rows that do cross it (a full-width name and
 * contact line on top) split the page into blocks; each two-column block is read left column first.
 *
 * <p>Not columns: right-aligned dates (too little text on the right) and tables whose cells sit on the same baselines
 * (most rows have text on both sides, so a row is read across, as it should be).
 */
final class ColumnLayout {
  /** One non-blank glyph: left and right edges, baseline and height, in page units with y growing downwards. */
  record Glyph(float x0, float x1, float baseline, float height) {}

  private static final int MIN_GLYPHS = 40;
  private static final double MIN_SIDE_SHARE = 0.15;
  private static final double MAX_CROSSING_ROWS = 0.10;
  private static final double MAX_ALIGNED_ROWS = 0.6;
  private static final int MIN_ROWS_PER_SIDE = 4;
  private static final float FAR = 100_000f;

  private record Row(float baseline, List<float[]> segments) {}

  private ColumnLayout() {}

  /** The regions to read in order, or an empty list when the page is one column. */
  static List<Rectangle2D> regions(List<Glyph> glyphs) {
    if (glyphs.size() < MIN_GLYPHS) {
      return List.of();
    }
    float em = median(glyphs);
    List<Row> rows = rows(glyphs, em);
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (Glyph g : glyphs) {
      minX = Math.min(minX, g.x0());
      maxX = Math.max(maxX, g.x1());
    }
    float width = maxX - minX;
    if (width < 100 || rows.size() < 2 * MIN_ROWS_PER_SIDE) {
      return List.of();
    }
    // How many rows cross each x (1-unit bins).
    int bins = (int) Math.ceil(width) + 1;
    int[] crossing = new int[bins];
    for (Row r : rows) {
      for (float[] s : r.segments()) {
        for (int x = (int) (s[0] - minX); x <= (int) (s[1] - minX) && x < bins; x++) {
          crossing[Math.max(0, x)]++;
        }
      }
    }
    // The widest band of bins, in the middle 70% of the text, crossed by few rows.
    int allowed = (int) Math.floor(rows.size() * MAX_CROSSING_ROWS);
    int bestStart = -1;
    int bestLen = 0;
    int from = (int) (width * 0.15);
    int to = (int) (width * 0.85);
    for (int x = from; x <= to; ) {
      if (crossing[x] > allowed) {
        x++;
        continue;
      }
      int start = x;
      while (x <= to && crossing[x] <= allowed) {
        x++;
      }
      if (x - start > bestLen) {
        bestLen = x - start;
        bestStart = start;
      }
    }
    if (bestStart < 0 || bestLen < Math.max(6f, em)) {
      return List.of();
    }
    float gutter = minX + bestStart + bestLen / 2f;
    int left = 0;
    for (Glyph g : glyphs) {
      if ((g.x0() + g.x1()) / 2 < gutter) {
        left++;
      }
    }
    int right = glyphs.size() - left;
    if (left < glyphs.size() * MIN_SIDE_SHARE || right < glyphs.size() * MIN_SIDE_SHARE) {
      return List.of();
    }
    boolean[] crosses = new boolean[rows.size()];
    int leftRows = 0;
    int rightRows = 0;
    int both = 0;
    for (int i = 0; i < rows.size(); i++) {
      boolean l = false;
      boolean r = false;
      for (float[] s : rows.get(i).segments()) {
        if (s[0] < gutter && s[1] > gutter) {
          crosses[i] = true;
        }
        l |= s[1] <= gutter;
        r |= s[0] >= gutter;
      }
      if (!crosses[i]) {
        leftRows += l ? 1 : 0;
        rightRows += r ? 1 : 0;
        both += l && r ? 1 : 0;
      }
    }
    if (leftRows < MIN_ROWS_PER_SIDE || rightRows < MIN_ROWS_PER_SIDE
        || both > MAX_ALIGNED_ROWS * Math.min(leftRows, rightRows)) {
      return List.of();
    }
    return blocks(rows, crosses, gutter);
  }

  /** Runs of full-width rows and of two-column rows, top to bottom, each bounded halfway to its neighbours. */
  private static List<Rectangle2D> blocks(List<Row> rows, boolean[] crosses, float gutter) {
    List<Rectangle2D> out = new ArrayList<>();
    int i = 0;
    float top = -FAR;
    while (i < rows.size()) {
      int j = i;
      while (j + 1 < rows.size() && crosses[j + 1] == crosses[i]) {
        j++;
      }
      float bottom = j + 1 < rows.size()
          ? (rows.get(j).baseline() + rows.get(j + 1).baseline()) / 2 : FAR;
      if (crosses[i]) {
        out.add(new Rectangle2D.Float(-FAR, top, 2 * FAR, bottom - top));
      } else {
        out.add(new Rectangle2D.Float(-FAR, top, gutter + FAR, bottom - top));
        out.add(new Rectangle2D.Float(gutter, top, FAR, bottom - top));
      }
      top = bottom;
      i = j + 1;
    }
    return out;
  }

  /** Glyphs grouped by baseline; within a row, glyphs closer than an em merge into one segment. */
  private static List<Row> rows(List<Glyph> glyphs, float em) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<Row> rows = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float base = Float.NaN;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && g.baseline() - base > Math.max(1f, 0.3f * em)) {
        rows.add(row(current, em));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        base = g.baseline();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      rows.add(row(current, em));
    }
    return rows;
  }

  private static Row row(List<Glyph> glyphs, float em) {
    List<Glyph> byX = new ArrayList<>(glyphs);
    byX.sort(Comparator.comparingDouble(Glyph::x0));
    List<float[]> segments = new ArrayList<>();
    float[] cur = null;
    for (Glyph g : byX) {
      if (cur != null && g.x0() - cur[1] <= em) {
        cur[1] = Math.max(cur[1], g.x1());
      } else {
        cur = new float[] {g.x0(), g.x1()};
        segments.add(cur);
      }
    }
    return new Row(glyphs.get(0).baseline(), segments);
  }

  private static float median(List<Glyph> glyphs) {
    float[] h = new float[glyphs.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = glyphs.get(i).height();
    }
    Arrays.sort(h);
    return Math.max(1f, h[h.length / 2]);
  }
}
