package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.extract.ExtractionException.Kind;
import dev.candidates.extract.ResumeFiles.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Broken and hostile files are refused with a clear kind and message, quickly, and never hang or crash. */
class HostileFilesTest {
  static final ResumeExtractor EXTRACTOR = new ResumeExtractor();
  static final byte[] PDF = ResumeFiles.pdf(Resumes.ENGLISH, false);

  @AfterAll
  static void close() {
    EXTRACTOR.close();
  }

  static ExtractionException refused(Kind kind, byte[] bytes, String declared, String name) {
    ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(bytes, declared, name));
    assertEquals(kind, e.kind(), e::getMessage);
    assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("\n"), e.getMessage());
    return e;
  }

  @Test
  void truncatedPdfIsCorrupt() {
    ExtractionException e = refused(Kind.CORRUPT, Arrays.copyOf(PDF, PDF.length * 2 / 3), null, "cut.pdf");
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void pdfWithADamagedBodyIsCorrupt() {
    byte[] b = PDF.clone();
    for (int i = 20; i < b.length - 200; i++) {
      b[i] = (byte) (b[i] ^ 0x5A); // keep the header and the %%EOF, scramble everything between
    }
    refused(Kind.CORRUPT, b, "application/pdf", "scrambled.pdf");
  }

  @Test
  void randomBytesNamedPdfAreNotAPdf() {
    byte[] noise = new byte[50_000];
    new Random(42).nextBytes(noise);
    ExtractionException e = refused(Kind.UNSUPPORTED, noise, null, "resume.pdf");
    assertTrue(e.getMessage().contains("\"resume.pdf\""), e.getMessage());
  }

  @Test
  void aFileThatIsNotWhatItsMediaTypeSaysIsRefused() {
    ExtractionException e = refused(Kind.UNSUPPORTED, ResumeFiles.docx(Resumes.ENGLISH), "application/pdf", "cv");
    assertEquals("the file is declared as a PDF but its content is a Word document (.docx); upload the file as what "
        + "it is", e.getMessage());
    refused(Kind.UNSUPPORTED, PDF, MediaTypes.DOCX, null);
    refused(Kind.UNSUPPORTED, Resumes.ENGLISH.getBytes(StandardCharsets.UTF_8), null, "resume.pdf");
    refused(Kind.UNSUPPORTED, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "image/png", "me.png");
  }

  @Test
  void genericMediaTypesLeaveTheDecisionToTheContent() throws Exception {
    assertEquals(MediaTypes.PDF, EXTRACTOR.extract(PDF, "application/octet-stream", null).mediaType());
    ExtractedText docAsDocx = EXTRACTOR.extract(ResumeFiles.docx(Resumes.ENGLISH), "application/msword", "cv.doc");
    assertEquals(MediaTypes.DOCX, docAsDocx.mediaType(), "Word opens a .docx saved as .doc, so do we");
    assertEquals(1, docAsDocx.warnings().size(), docAsDocx.warnings()::toString);
  }

  @Test
  void passwordProtectedPdfIsEncrypted() {
    byte[] pdf = ResumeFiles.pdf(List.of(Page.lines(50, 60, 10, 14, Resumes.ENGLISH.lines().toList())), false,
        ResumeFiles.password("owner", "user-secret"));
    ExtractionException e = refused(Kind.ENCRYPTED, pdf, "application/pdf", "locked.pdf");
    assertTrue(e.getMessage().contains("password"), e.getMessage());
  }

  @Test
  void passwordProtectedDocxIsEncrypted() {
    byte[] locked = ResumeFiles.encryptedDocx(ResumeFiles.docx(Resumes.ENGLISH), "secret");
    refused(Kind.ENCRYPTED, locked, MediaTypes.DOCX, "locked.docx");
  }

  @Test
  void scannedPdfHasNoTextAndSaysOcrIsNotDone() {
    byte[] scan = ResumeFiles.pdf(List.of(new Page(List.of(), true), new Page(List.of(), true)), false, null);
    ExtractionException e = refused(Kind.NO_TEXT, scan, "application/pdf", "scan.pdf");
    assertTrue(e.getMessage().contains("OCR is not done"), e.getMessage());
    assertTrue(e.getMessage().contains("2 of 2 pages"), e.getMessage());
    assertEquals("", e.partial().text());
    assertEquals(MediaTypes.PDF, e.partial().mediaType());
  }

  @Test
  void scannedPdfWithAFewWordsKeepsThemAsPartialText() {
    byte[] scan = ResumeFiles.pdf(List.of(new Page(List.of(new ResumeFiles.Text(50, 40, 12, "Wang Fang")), true)),
        false, null);
    ExtractionException e = refused(Kind.NO_TEXT, scan, null, "scan.pdf");
    assertEquals("Wang Fang", e.partial().text());
    assertEquals("the PDF has no text layer (it looks like a scan: 1 of 1 page holds images but no text) and OCR is "
        + "not done, so only \"Wang Fang\" was found; upload a PDF exported from the program that made the résumé, "
        + "or a Word or text file", e.getMessage());
  }

  @Test
  void zipBombDisguisedAsDocxIsRefusedQuickly() {
    byte[] bomb = ResumeFiles.zipBombDocx(200);
    assertTrue(bomb.length < 2 << 20, "the bomb is small: " + bomb.length);
    long start = System.nanoTime();
    ExtractionException e = refused(Kind.TOO_LARGE, bomb, null, "resume.docx");
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    assertFast(start, 5);
  }

  @Test
  void pdfWithTenThousandPagesIsRefusedBeforeReadingText() {
    byte[] pdf = ResumeFiles.emptyPages(10_000);
    long start = System.nanoTime();
    ExtractionException e = refused(Kind.TOO_MANY_PAGES, pdf, "application/pdf", "huge.pdf");
    assertEquals("the PDF has 10000 pages; a résumé may have at most 200", e.getMessage());
    assertFast(start, 5);
  }

  @Test
  void fiftyMegabyteInputIsTooLargeWithoutReadingItAll() {
    CountingZeros in = new CountingZeros(50L << 20);
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> ResumeExtractor.readLimited(in, EXTRACTOR.limits().maxBytes()));
    assertEquals(Kind.TOO_LARGE, e.kind());
    assertTrue(in.read <= EXTRACTOR.limits().maxBytes() + 1, "read " + in.read + " bytes");
    ExtractionException e2 = refused(Kind.TOO_LARGE, new byte[50 << 20], "application/pdf", "big.pdf");
    assertEquals("the file is 50.0 MB; the limit is 20 MB", e2.getMessage());
  }

  @Test
  void slowExtractionTimesOutAndTheExtractorStaysUsable() throws Exception {
    List<Page> pages = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      pages.add(Page.lines(50, 60, 9.5f, 14, Resumes.ENGLISH.lines().toList()));
    }
    byte[] pdf = ResumeFiles.pdf(pages, false, null);
    ExtractionLimits tight = ExtractionLimits.DEFAULT.withTimeout(Duration.ofMillis(50));
    try (ResumeExtractor impatient = new ResumeExtractor(tight)) {
      long start = System.nanoTime();
      ExtractionException e = assertThrows(ExtractionException.class, () -> impatient.extract(pdf, null, "x.pdf"));
      assertEquals(Kind.TIMEOUT, e.kind(), e::getMessage);
      assertFast(start, 2);
    }
    assertEquals(MediaTypes.PDF, EXTRACTOR.extract(PDF, null, null).mediaType());
  }

  @Test
  void emptyAndUnknownFilesAreRefusedWithWhatTheyAre() {
    refused(Kind.CORRUPT, new byte[0], null, "empty.pdf");
    ExtractionException png = refused(Kind.UNSUPPORTED, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
        null, "photo");
    assertTrue(png.getMessage().startsWith("the file is a PNG image; upload a résumé as PDF"), png.getMessage());
  }

  @Test
  void truncatedDocxIsCorrupt() {
    byte[] docx = ResumeFiles.docx(Resumes.ENGLISH);
    refused(Kind.CORRUPT, Arrays.copyOf(docx, docx.length / 2), null, "cut.docx");
  }

  private static void assertFast(long startNanos, int seconds) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    assertTrue(ms < seconds * 1000L, "took " + ms + " ms");
  }

  /** A stream of zeros that counts how much was read from it. */
  private static final class CountingZeros extends InputStream {
    private final long size;
    long read;

    CountingZeros(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      Arrays.fill(b, off, off + n, (byte) 0);
      read += n;
      return n;
    }
  }
}
