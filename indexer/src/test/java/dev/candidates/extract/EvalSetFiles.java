package dev.candidates.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * An evaluation set as the evaluation reads it, with its printed résumés built at test time (no binaries in the
 * repository): {@code built/NAME.pdf.txt} becomes {@code NAME.pdf} (a line {@code # X} set large like a name,
 * {@code ## X} larger like a heading, a line {@code > X} in a left sidebar column) and {@code built/NAME.docx.txt} becomes {@code NAME.docx} (consecutive lines
 * {@code | a | b |} become one Word table).
 */
public final class EvalSetFiles {
  private EvalSetFiles() {}

  /** Copies the set's résumés and expected fields into {@code out} and builds its printed ones there. */
  public static Path build(Path set, Path out) {
    try {
      Files.createDirectories(out);
      try (Stream<Path> s = Files.list(set)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          Files.copy(p, out.resolve(p.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path built = set.resolve("built");
      if (Files.isDirectory(built)) {
        try (Stream<Path> s = Files.list(built)) {
          for (Path p : s.sorted().toList()) {
            String n = p.getFileName().toString();
            String text = Files.readString(p);
            if (n.endsWith(".pdf.txt") && cjk(text) && !ResumeFiles.hasCjkFont()) {
              continue; // counted by unbuilt(): the test says which résumés a machine without the font skips
            }
            if (n.endsWith(".pdf.txt")) {
              Files.write(out.resolve(n.replace(".pdf.txt", ".pdf")), pdf(text));
            } else if (n.endsWith(".docx.txt")) {
              Files.write(out.resolve(n.replace(".docx.txt", ".docx")), docx(text));
            }
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many of the set's printed résumés this machine cannot build: a Chinese PDF needs Debian's CJK font (which
   * {@code ./candidates test} installs), and the evaluation counts such a résumé as skipped.
   */
  public static int unbuilt(Path set) {
    Path built = set.resolve("built");
    if (ResumeFiles.hasCjkFont() || !Files.isDirectory(built)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(built)) {
      int n = 0;
      for (Path p : s.toList()) {
        if (p.getFileName().toString().endsWith(".pdf.txt") && cjk(Files.readString(p))) {
          n++;
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean cjk(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  static byte[] pdf(String marked) {
    List<ResumeFiles.Text> texts = new ArrayList<>();
    float[] y = {60, 60}; // a sidebar column ("> " lines) and the main column, each from the top
    for (String l : marked.lines().toList()) {
      int col = l.startsWith("> ") ? 0 : 1;
      String m = col == 0 ? l.substring(2) : l;
      float size = m.startsWith("# ") ? 20 : m.startsWith("## ") ? 12.5f : 9.5f;
      String t = m.replaceFirst("^#{1,2} ", "");
      if (!t.isBlank()) {
        y[col] += size > 10 ? size * 0.6f : 0;
        texts.add(new ResumeFiles.Text(col == 0 ? 36 : 250, y[col], size, t));
      }
      y[col] += size + 4.5f;
      if (y[col] > 800) {
        throw new IllegalArgumentException("one page only: " + marked.lines().count() + " lines");
      }
    }
    return ResumeFiles.pdf(List.of(new ResumeFiles.Page(texts, false)), cjk(marked), null);
  }

  static byte[] docx(String text) {
    try (XWPFDocument d = new XWPFDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith("|")) {
          d.createParagraph().createRun().setText(lines.get(i));
          continue;
        }
        List<List<String>> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
          List<String> cells = new ArrayList<>();
          for (String c : lines.get(i).replaceAll("^\\|\\s*|\\s*\\|\\s*$", "").split("\\s*\\|\\s*")) {
            cells.add(c);
          }
          rows.add(cells);
        }
        i--;
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = d.createTable(rows.size(), cols);
        for (int r = 0; r < rows.size(); r++) {
          XWPFTableRow row = t.getRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            row.getCell(c).setText(rows.get(r).get(c));
          }
        }
      }
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
