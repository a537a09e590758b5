package dev.candidates.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.candidates.extract.ExtractionException;
import dev.candidates.model.Profile;
import dev.candidates.search.SearchResult;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/candidates}: read one profile, similar candidates, add, replace, delete, and bulk add. */
final class CandidateHandler {
  /**
   * The answer to a write: the id and the profile as indexed (with computed fields); for a résumé file, where to
   * download it and what the user should know about its extraction.
   */
  record Saved(String id, Profile profile, @JsonInclude(JsonInclude.Include.NON_NULL) String file,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
    Saved(String id, Profile profile) {
      this(id, profile, null, List.of());
    }
  }

  record Similar(List<SearchResult.Hit> hits) {}

  record BulkLine(int line, int status, @JsonInclude(JsonInclude.Include.NON_NULL) String id,
      @JsonInclude(JsonInclude.Include.NON_NULL) String error) {}

  record BulkResult(List<BulkLine> results, int created, int updated, int failed) {}

  private final LiveIndex index;
  private final ProfileBodyReader bodies;
  private final FileUploadReader uploads;
  private final OriginalFiles files;

  CandidateHandler(LiveIndex index, ProfileBodyReader bodies, FileUploadReader uploads, OriginalFiles files) {
    this.index = index;
    this.bodies = bodies;
    this.uploads = uploads;
    this.files = files;
  }

  void get(Context ctx, QueryParams p) throws IOException {
    String id = ctx.pathParam("id");
    Profile profile = index.get(id);
    if (profile == null) {
      throw unknown(id);
    }
    ctx.json(profile);
  }

  void similar(Context ctx, QueryParams p) throws IOException {
    int size = p.integer("size", 10, 1, 100);
    String id = ctx.pathParam("id");
    List<SearchResult.Hit> hits = index.similar(id, size);
    if (hits == null) {
      throw unknown(id);
    }
    ctx.json(new Similar(hits));
  }

  void create(Context ctx, QueryParams p) throws IOException, ExtractionException {
    if (FileUploadReader.isFile(ctx)) {
      createFromFile(ctx);
      return;
    }
    LiveIndex.Written w = index.upsert(bodies.profile(ctx));
    ctx.status(w.created() ? 201 : 200).json(new Saved(w.profile().id(), w.profile()));
  }

  /** A résumé file: read and parsed before anything changes; the file is kept only once the candidate is indexed. */
  private void createFromFile(Context ctx) throws IOException, ExtractionException {
    FileUploadReader.Upload up = uploads.read(ctx);
    try (OriginalFiles.Staged staged = files.stage(up.bytes(), up.mediaType(), up.fileName())) {
      LiveIndex.Written w = index.upsert(up.profile());
      String id = w.profile().id();
      staged.commit(id);
      ctx.status(w.created() ? 201 : 200).json(new Saved(id, w.profile(),
          "/api/candidates/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/file", up.warnings()));
    }
  }

  /** The id in the path wins over one in the body. */
  void replace(Context ctx, QueryParams p) throws IOException {
    String id = ctx.pathParam("id");
    Profile profile;
    try {
      profile = bodies.profile(ctx).withId(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(e.getMessage());
    }
    LiveIndex.Written w = index.upsert(profile);
    ctx.status(w.created() ? 201 : 200).json(new Saved(w.profile().id(), w.profile()));
  }

  void delete(Context ctx, QueryParams p) throws IOException {
    String id = ctx.pathParam("id");
    if (!index.delete(id)) {
      throw unknown(id);
    }
    files.delete(id);
    ctx.status(204);
  }

  void bulk(Context ctx, QueryParams p) throws IOException {
    List<ProfileBodyReader.Line> lines = bodies.lines(ctx);
    List<Profile> readable = new ArrayList<>();
    for (ProfileBodyReader.Line l : lines) {
      if (l.profile() != null) {
        readable.add(l.profile());
      }
    }
    List<LiveIndex.BatchItem> written = index.upsertAll(readable);
    List<BulkLine> results = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int failed = 0;
    int next = 0;
    for (ProfileBodyReader.Line l : lines) {
      LiveIndex.BatchItem item = l.profile() == null ? null : written.get(next++);
      String error = item == null ? l.error() : item.error();
      if (error != null) {
        results.add(new BulkLine(l.number(), 400, null, error));
        failed++;
      } else if (item.created()) {
        results.add(new BulkLine(l.number(), 201, item.profile().id(), null));
        created++;
      } else {
        results.add(new BulkLine(l.number(), 200, item.profile().id(), null));
        updated++;
      }
    }
    ctx.json(new BulkResult(results, created, updated, failed));
  }

  private static ApiException unknown(String id) {
    return ApiException.notFound("no candidate has the id \"" + QueryParams.shorten(id) + "\"");
  }
}
