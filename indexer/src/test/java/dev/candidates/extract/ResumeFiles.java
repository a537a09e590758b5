package dev.candidates.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds résumé files at test time: PDFs with PDFBox (Helvetica for English; Debian's WenQuanYi Zen Hei, embedded,
 * for Chinese and mixed text), Word files with POI, and ODT, RTF and HTML by hand, plus the hostile ones.
 */
final class ResumeFiles {
  static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  static final String NO_CJK_FONT = "Debian's fonts-wqy-zenhei is not installed (" + CJK_FONT + "); "
      + "apt-get install fonts-wqy-zenhei to run the Chinese PDF cases";

  private ResumeFiles() {}

  static boolean hasCjkFont() {
    return Files.isReadable(CJK_FONT);
  }

  /** One run of text on a PDF page: position from the top-left, font size. */
  record Text(float x, float top, float size, String text) {}

  /** A PDF page of positioned text, optionally with an image (a "scan"). */
  record Page(List<Text> texts, boolean image) {
    static Page lines(float x, float top, float size, float leading, List<String> lines) {
      return new Page(column(x, top, size, leading, lines), false);
    }
  }

  static List<Text> column(float x, float top, float size, float leading, List<String> lines) {
    List<Text> out = new ArrayList<>();
    float y = top;
    for (String l : lines) {
      if (!l.isEmpty()) {
        out.add(new Text(x, y, size, l));
      }
      y += leading;
    }
    return out;
  }

  /** A résumé's lines on consecutive A4 pages, at most {@code perPage} lines each. */
  static byte[] pdf(String resume, boolean cjk) {
    return pdf(List.of(Page.lines(50, 60, 9.5f, 14, resume.lines().toList())), cjk, null);
  }

  static byte[] pdf(List<Page> pages, boolean cjk, StandardProtectionPolicy protection) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFont font = cjk ? cjkFont(doc) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (Page p : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (p.image()) {
            cs.drawImage(scan(doc), 40, 200, 515, 560);
          }
          for (Text t : p.texts()) {
            cs.beginText();
            cs.setFont(font, t.size());
            cs.newLineAtOffset(t.x(), height - t.top());
            cs.showText(t.text());
            cs.endText();
          }
        }
      }
      if (protection != null) {
        doc.protect(protection);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StandardProtectionPolicy password(String owner, String user) {
    StandardProtectionPolicy p = new StandardProtectionPolicy(owner, user, new AccessPermission());
    p.setEncryptionKeyLength(128);
    return p;
  }

  private static PDFont cjkFont(PDDocument doc) throws IOException {
    TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile());
    TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
    if (ttf == null) {
      List<TrueTypeFont> all = new ArrayList<>();
      ttc.processAllFonts(all::add);
      ttf = all.get(0);
    }
    return PDType0Font.load(doc, ttf, true);
  }

  /** A grey page with black bars where lines of text would be: an image, no text. */
  private static PDImageXObject scan(PDDocument doc) throws IOException {
    BufferedImage img = new BufferedImage(400, 440, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 440);
    g.setColor(Color.BLACK);
    for (int y = 20; y < 420; y += 18) {
      g.fillRect(20, y, 200 + (y * 7) % 150, 8);
    }
    g.dispose();
    return LosslessFactory.createFromImage(doc, img);
  }

  /** The same empty page {@code n} times: a large page count in a small file. */
  static byte[] emptyPages(int n) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < n; i++) {
        doc.addPage(new PDPage(PDRectangle.A4));
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- Word

  /** A .docx with one paragraph per line; lines starting with "- " become real bulleted list items. */
  static byte[] docx(String resume) {
    return docx(resume, null, null);
  }

  static byte[] docx(String resume, String header, String footer) {
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (header != null) {
        d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
      }
      if (footer != null) {
        d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
      }
      BigInteger bullets = null;
      for (String line : resume.lines().toList()) {
        XWPFParagraph p = d.createParagraph();
        if (line.startsWith("- ")) {
          bullets = bullets == null ? bulletList(d) : bullets;
          p.setNumID(bullets);
          p.setNumILvl(BigInteger.ZERO);
          line = line.substring(2);
        }
        p.createRun().setText(line);
      }
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigInteger bulletList(XWPFDocument d) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ZERO);
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal("\u2022");
    XWPFNumbering numbering = d.createNumbering();
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
  }

  /** A two-column template: a header paragraph, then a one-row table whose cells hold many paragraphs. */
  static byte[] docxTwoColumns(List<String> top, List<String> left, List<String> right) {
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : top) {
        d.createParagraph().createRun().setText(line);
      }
      XWPFTable t = d.createTable(1, 2);
      fill(t.getRow(0).getCell(0), left);
      fill(t.getRow(0).getCell(1), right);
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(XWPFTableCell cell, List<String> lines) {
    cell.removeParagraph(0);
    for (String l : lines) {
      cell.addParagraph().createRun().setText(l);
    }
  }

  /** A .docx encrypted with a password (agile encryption): an OLE2 container holding the encrypted package. */
  static byte[] encryptedDocx(byte[] docx, String password) {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(docx);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A zip bomb dressed as a .docx: a valid content-types entry and a word/document.xml that inflates to
   * {@code megabytes} MB of white space from about a thousandth of that.
   */
  static byte[] zipBombDocx(int megabytes) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(RELS.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
          + "2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        zip.write(spaces);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>""";
  private static final String RELS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Target="word/document.xml" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
      </Relationships>""";

  // ---------------------------------------------------------------- OpenDocument, RTF, HTML

  /** An .odt: the mimetype entry first and stored, then content.xml with one paragraph per line. */
  static byte[] odt(String resume) {
    StringBuilder body = new StringBuilder();
    for (String line : resume.lines().toList()) {
      body.append("<text:p>").append(xml(line)).append("</text:p>");
    }
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An RTF document as Word writes it: non-ASCII as {@code \\uN?} escapes, one \\par per line. */
  static byte[] rtf(String resume) {
    StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}"
        + "{\\*\\generator Test;}\\uc1\\pard\\f0\\fs20 ");
    for (String line : resume.lines().toList()) {
      for (char c : line.toCharArray()) {
        if (c == '\\' || c == '{' || c == '}') {
          sb.append('\\').append(c);
        } else if (c > 127) {
          sb.append("\\u").append((int) (short) c).append('?');
        } else {
          sb.append(c);
        }
      }
      sb.append("\\par\n");
    }
    return sb.append('}').toString().getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] html(String resume) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>CV</title>"
        + "<style>p { margin: 0 }</style><script>var x = '<p>not text</p>';</script></head><body>\n");
    for (String line : resume.lines().toList()) {
      if (line.startsWith("- ")) {
        sb.append("<ul><li>").append(xml(line.substring(2))).append("</li></ul>\n");
      } else if (!line.isBlank()) {
        sb.append("<p>").append(xml(line)).append("</p>\n");
      }
    }
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
