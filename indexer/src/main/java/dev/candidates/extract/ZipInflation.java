package dev.candidates.extract;

import dev.candidates.extract.ExtractionException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The inflated size of a zipped document (DOCX, ODT), measured by streaming it before any library holds its parts.
 * POI's zip-bomb guards look at one part at a time (its ratio and size), so an 8 MB file of many parts that each stay
 * under them still inflates to almost a gigabyte in heap; here every part is inflated into a small buffer and thrown
 * away, counting the bytes of all parts together, and the file is refused the moment the total passes
 * {@link ExtractionLimits#maxInflatedBytes()}. The cost of a refusal is thus bounded by the limit, not by the file.
 * Entries are read as POI reads them (commons-compress, local headers in order), so both see the same parts.
 */
final class ZipInflation {
  private ZipInflation() {}

  /** Checks the whole archive; refused with {@link Kind#TOO_LARGE} past the limit. */
  static void check(byte[] zip, ExtractionLimits limits, String what) throws ExtractionException {
    read(zip, null, limits, what);
  }

  /** The bytes of one entry, after checking every entry before it (and it) against the limit; null when absent. */
  static byte[] entry(byte[] zip, String name, ExtractionLimits limits, String what) throws ExtractionException {
    return read(zip, name, limits, what);
  }

  private static byte[] read(byte[] zip, String wanted, ExtractionLimits limits, String what)
      throws ExtractionException {
    long max = limits.maxInflatedBytes();
    long total = 0;
    byte[] buf = new byte[64 * 1024];
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
      for (ZipArchiveEntry e; (e = in.getNextEntry()) != null; ) {
        boolean keep = e.getName().equals(wanted);
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        for (int n; (n = read(in, buf)) > 0; ) {
          total += n;
          if (total > max) {
            throw new ExtractionException(Kind.TOO_LARGE, "the " + what + " expands to more than "
                + (max >> 20) + " MB of data (it looks like a zip bomb); it was not read");
          }
          if (out != null) {
            out.write(buf, 0, n);
          }
          if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionException(Kind.TIMEOUT, "reading the " + what + " was stopped");
          }
        }
        if (keep) {
          return out.toByteArray();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(Kind.CORRUPT, "the " + what + " is damaged and cannot be read ("
          + ResumeExtractor.shortReason(e) + ")", e);
    }
    return null;
  }

  private static int read(InputStream in, byte[] buf) throws IOException {
    return in.read(buf, 0, buf.length);
  }
}
