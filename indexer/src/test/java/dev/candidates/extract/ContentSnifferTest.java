package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {
  static String type(byte[] b) {
    return ContentSniffer.mediaType(b);
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void formatsAreKnownByTheirContent() {
    assertEquals(MediaTypes.PDF, type(ResumeFiles.pdf(Resumes.ENGLISH, false)));
    assertEquals(MediaTypes.DOCX, type(ResumeFiles.docx(Resumes.ENGLISH)));
    assertEquals(MediaTypes.ODT, type(ResumeFiles.odt(Resumes.ENGLISH)));
    assertEquals(MediaTypes.RTF, type(ResumeFiles.rtf(Resumes.ENGLISH)));
    assertEquals(MediaTypes.HTML, type(ResumeFiles.html(Resumes.ENGLISH)));
    assertEquals(MediaTypes.TEXT, type(ascii(Resumes.CHINESE)));
  }

  @Test
  void htmlIsRecognizedByItsFirstTag() {
    assertEquals(MediaTypes.HTML, type(ascii("\uFEFF  <!doctype HTML><p>x")));
    assertEquals(MediaTypes.HTML, type(ascii("<html lang=zh><body>x")));
    assertEquals(MediaTypes.HTML, type(ascii("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<body>")));
    assertEquals(MediaTypes.TEXT, type(ascii("Go <3 and C++ <templates>")));
  }

  @Test
  void pdfHeaderAfterAFewJunkBytesIsStillAPdf() {
    assertEquals(MediaTypes.PDF, type(ascii("\r\n\u0000junk%PDF-1.7\n")));
  }

  @Test
  void otherZipArchivesAndOfficeFilesAreNotResumes() throws IOException {
    ContentSniffer.Sniffed xlsx = ContentSniffer.detect(zip("[Content_Types].xml", "xl/workbook.xml"));
    assertEquals(MediaTypes.UNKNOWN, xlsx.mediaType());
    assertEquals("an Excel workbook", xlsx.what());
    assertEquals("a ZIP archive that holds no Word or OpenDocument text",
        ContentSniffer.detect(zip("photos/me.jpg")).what());
    byte[] ole = new byte[1024];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1}, 0, ole, 0, 8);
    byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, ole, 600, name.length);
    assertEquals(MediaTypes.DOC, type(ole));
  }

  @Test
  void binaryWithoutAKnownSignatureIsUnknown() {
    assertEquals(MediaTypes.UNKNOWN, type(new byte[] {1, 2, 3, 0, (byte) 0xFF}));
    assertEquals("an empty file", ContentSniffer.detect(new byte[0]).what());
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        z.write(1);
      }
    }
    return out.toByteArray();
  }
}
