package dev.candidates.api;

import dev.candidates.extract.MediaTypes;
import dev.candidates.store.CandidateStore;
import dev.candidates.store.OriginalFiles;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/candidates/{id}/file}: the résumé file a candidate was added from, with its media type, as a download
 * (never rendered inline: an uploaded HTML page must not run in the app's origin).
 */
final class CandidateFileHandler {
  private final CandidateReads index;
  private final CandidateStore store;

  CandidateFileHandler(CandidateReads index, CandidateStore store) {
    this.index = index;
    this.store = store;
  }

  void get(Context ctx, QueryParams p) throws IOException {
    String id = Routes.id(ctx);
    if (index.read(id) == null) {
      throw ApiException.notFound("no candidate has the id \"" + QueryParams.shorten(id) + "\"");
    }
    OriginalFiles.Original f = store.originalFile(id);
    if (f == null) {
      throw ApiException.notFound("candidate \"" + QueryParams.shorten(id) + "\" was added as text or JSON, not "
          + "from a file; there is no original file to download");
    }
    ctx.header("Content-Disposition", disposition(f.fileName(), id, f.mediaType()));
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.contentType(f.mediaType()).result(f.bytes());
  }

  /** The uploaded name when there was one (ASCII fallback, then RFC 5987 UTF-8), else the id and its extension. */
  static String disposition(String fileName, String id, String mediaType) {
    String name = fileName == null || fileName.isBlank()
        ? "resume-" + id + "." + MediaTypes.extension(mediaType)
        : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
