package dev.candidates.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detects a résumé file's format from its first bytes and, for ZIP containers, from the names of its entries: never
 * from the file name or the declared media type, which are only compared with the result. Reads the ZIP central
 * directory without inflating anything, so a zip bomb costs nothing here. Never throws.
 */
public final class ContentSniffer {
  /**
   * What the bytes are: one of {@link MediaTypes}, a phrase for messages ("a PNG image", "a ZIP archive"), and
   * whether the file is password-protected (an encrypted Office document is an OLE2 container).
   */
  public record Sniffed(String mediaType, String what, boolean encrypted) {
    Sniffed(String mediaType, String what) {
      this(mediaType, what, false);
    }
  }

  private static final int MAX_ZIP_ENTRIES = 10_000;
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private ContentSniffer() {}

  public static Sniffed detect(byte[] b) {
    if (b.length == 0) {
      return new Sniffed(MediaTypes.UNKNOWN, "an empty file");
    }
    String head = ascii(b, 0, Math.min(b.length, 1024));
    if (head.contains("%PDF-")) { // the PDF spec allows a few bytes of junk before the header
      return new Sniffed(MediaTypes.PDF, MediaTypes.describe(MediaTypes.PDF));
    }
    if (startsWith(b, 0, "PK\u0003\u0004") || startsWith(b, 0, "PK\u0005\u0006")) {
      return zip(b);
    }
    if (startsWith(b, 0, OLE2)) {
      return ole2(b);
    }
    if (startsWith(b, 0, "{\\rtf")) {
      return new Sniffed(MediaTypes.RTF, MediaTypes.describe(MediaTypes.RTF));
    }
    Sniffed binary = binarySignature(b);
    if (binary != null) {
      return binary;
    }
    if (looksLikeHtml(head)) {
      return new Sniffed(MediaTypes.HTML, MediaTypes.describe(MediaTypes.HTML));
    }
    if (isUtf8Text(b)) {
      return new Sniffed(MediaTypes.TEXT, MediaTypes.describe(MediaTypes.TEXT));
    }
    return new Sniffed(MediaTypes.UNKNOWN, MediaTypes.describe(MediaTypes.UNKNOWN));
  }

  public static String mediaType(byte[] b) {
    return detect(b).mediaType();
  }

  // ---------------------------------------------------------------- ZIP containers: DOCX, ODT, others

  private static Sniffed zip(byte[] b) {
    List<String> names = zipEntryNames(b);
    boolean contentTypes = names.contains("[Content_Types].xml");
    if (names.contains("word/document.xml") || contentTypes && names.stream().anyMatch(n -> n.startsWith("word/"))) {
      return new Sniffed(MediaTypes.DOCX, MediaTypes.describe(MediaTypes.DOCX));
    }
    if (contentTypes && names.stream().anyMatch(n -> n.startsWith("xl/"))) {
      return new Sniffed(MediaTypes.UNKNOWN, "an Excel workbook");
    }
    if (contentTypes && names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
      return new Sniffed(MediaTypes.UNKNOWN, "a PowerPoint presentation");
    }
    String odf = odfMimetype(b);
    if (odf != null && odf.equals(MediaTypes.ODT) || odf == null && names.contains("content.xml")
        && names.contains("mimetype") && names.contains("META-INF/manifest.xml")) {
      return new Sniffed(MediaTypes.ODT, MediaTypes.describe(MediaTypes.ODT));
    }
    if (odf != null) {
      return new Sniffed(MediaTypes.UNKNOWN, "an OpenDocument file that is not a text document (" + odf + ")");
    }
    return new Sniffed(MediaTypes.UNKNOWN, "a ZIP archive that holds no Word or OpenDocument text");
  }

  /** ODF stores its media type first and uncompressed in an entry named "mimetype". */
  private static String odfMimetype(byte[] b) {
    if (b.length < 38 || !startsWith(b, 30, "mimetype") || u16(b, 26) != 8 || u16(b, 8) != 0) {
      return null;
    }
    int start = 30 + 8 + u16(b, 28);
    long size = u32(b, 18);
    if (size <= 0 || size > 200 || start + size > b.length) {
      return null;
    }
    return ascii(b, start, (int) (start + size)).strip();
  }

  /** Entry names from the central directory, or from the local headers when the directory is missing (truncated). */
  static List<String> zipEntryNames(byte[] b) {
    List<String> names = new ArrayList<>();
    int eocd = -1;
    for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
      if (u32(b, i) == 0x06054b50L) {
        eocd = i;
        break;
      }
    }
    if (eocd >= 0) {
      int count = u16(b, eocd + 10);
      long p = u32(b, eocd + 16);
      for (int n = 0; n < count && n < MAX_ZIP_ENTRIES && p + 46 <= b.length && u32(b, (int) p) == 0x02014b50L; n++) {
        int at = (int) p;
        int nameLen = u16(b, at + 28);
        if (at + 46 + nameLen > b.length) {
          break;
        }
        names.add(new String(b, at + 46, nameLen, StandardCharsets.UTF_8));
        p = at + 46L + nameLen + u16(b, at + 30) + u16(b, at + 32);
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    long p = 0;
    while (p + 30 <= b.length && names.size() < MAX_ZIP_ENTRIES && u32(b, (int) p) == 0x04034b50L) {
      int at = (int) p;
      int nameLen = u16(b, at + 26);
      if (at + 30 + nameLen > b.length) {
        break;
      }
      names.add(new String(b, at + 30, nameLen, StandardCharsets.UTF_8));
      long dataStart = at + 30L + nameLen + u16(b, at + 28);
      p = (u16(b, at + 6) & 0x8) != 0
          ? nextLocalHeader(b, dataStart) // sizes follow the data: look for the next header instead
          : dataStart + u32(b, at + 18);
    }
    return names;
  }

  private static long nextLocalHeader(byte[] b, long from) {
    for (long i = from; i + 4 <= b.length; i++) {
      if (b[(int) i] == 'P' && u32(b, (int) i) == 0x04034b50L) {
        return i;
      }
    }
    return b.length;
  }

  // ---------------------------------------------------------------- OLE2: .doc, encrypted OOXML, other Office files

  /** Directory entry names are UTF-16LE; finding them in the raw bytes is enough to tell the files apart. */
  private static Sniffed ole2(byte[] b) {
    if (containsUtf16(b, "EncryptedPackage")) {
      return new Sniffed(MediaTypes.DOCX, "a password-protected Office document", true);
    }
    if (containsUtf16(b, "WordDocument")) {
      return new Sniffed(MediaTypes.DOC, MediaTypes.describe(MediaTypes.DOC));
    }
    if (containsUtf16(b, "Workbook") || containsUtf16(b, "Book")) {
      return new Sniffed(MediaTypes.UNKNOWN, "an Excel 97-2003 workbook");
    }
    if (containsUtf16(b, "PowerPoint Document")) {
      return new Sniffed(MediaTypes.UNKNOWN, "a PowerPoint 97-2003 presentation");
    }
    return new Sniffed(MediaTypes.UNKNOWN, "an Office 97-2003 file that is not a Word document");
  }

  private static boolean containsUtf16(byte[] b, String s) {
    byte[] needle = s.getBytes(StandardCharsets.UTF_16LE);
    outer:
    for (int i = 0; i + needle.length <= b.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- others

  private static Sniffed binarySignature(byte[] b) {
    if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return new Sniffed(MediaTypes.UNKNOWN, "a PNG image");
    }
    if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return new Sniffed(MediaTypes.UNKNOWN, "a JPEG image");
    }
    if (startsWith(b, 0, "GIF8")) {
      return new Sniffed(MediaTypes.UNKNOWN, "a GIF image");
    }
    if (startsWith(b, 0, "II*\0") || startsWith(b, 0, "MM\0*")) {
      return new Sniffed(MediaTypes.UNKNOWN, "a TIFF image");
    }
    if (startsWith(b, 0, new byte[] {0x1F, (byte) 0x8B})) {
      return new Sniffed(MediaTypes.UNKNOWN, "a gzip archive");
    }
    if (startsWith(b, 0, "Rar!") || startsWith(b, 0, "7z\u00BC\u00AF")) {
      return new Sniffed(MediaTypes.UNKNOWN, "a compressed archive");
    }
    if (startsWith(b, 0, "\u007FELF") || startsWith(b, 0, "MZ")) {
      return new Sniffed(MediaTypes.UNKNOWN, "an executable program");
    }
    return null;
  }

  private static boolean looksLikeHtml(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    int i = 0;
    if (h.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3; // UTF-8 byte-order mark, read as Latin-1
    }
    while (i < h.length() && Character.isWhitespace(h.charAt(i))) {
      i++;
    }
    String t = h.substring(i);
    return t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head") || t.startsWith("<body")
        || ((t.startsWith("<?xml") || t.startsWith("<!--") || t.startsWith("<meta")) && h.contains("<html"));
  }

  /** The first 64 KB are valid UTF-8 (a character cut at that boundary is fine) with no NUL bytes. */
  static boolean isUtf8Text(byte[] b) {
    int n = Math.min(b.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult r = d.decode(ByteBuffer.wrap(b, 0, n), CharBuffer.allocate(n), n == b.length);
    return !r.isError();
  }

  private static boolean startsWith(byte[] b, int at, String ascii) {
    if (at + ascii.length() > b.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if ((b[at + i] & 0xFF) != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static int u16(byte[] b, int at) {
    return at < 0 || at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return at < 0 || at + 4 > b.length ? -1
        : (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
  }
}
