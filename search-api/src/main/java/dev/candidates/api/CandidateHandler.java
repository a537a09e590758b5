package dev.candidates.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.candidates.intake.Warning;
import dev.candidates.extract.ExtractionException;
import dev.candidates.intake.IntakeResult;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.search.SearchResult;
import dev.candidates.search.StoredProfile;
import dev.candidates.store.CandidateStore;
import dev.candidates.store.OriginalFiles;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/candidates}: read one profile, similar candidates, parse without saving, add, replace, delete, and
 * bulk add. Every write is one call to {@link CandidateStore}.
 */
final class CandidateHandler {
  /**
   * The answer to a write: the id, the profile as indexed (with computed fields), where to download the original
   * file when one is kept, and what the user should know about how the input was read.
   */
  record Saved(String id, Profile profile, @JsonInclude(JsonInclude.Include.NON_NULL) String file,
      List<String> warnings, List<Warning> warningDetails) {
    Saved(String id, Profile profile, String file, List<String> warnings) {
      this(id, profile, file, warnings, Warning.of(warnings));
    }
  }

  /** The answer to {@code _parse}: what would be indexed, without indexing it. */
  record Parsed(Profile profile, List<String> warnings, String text, List<Warning> warningDetails) {
    Parsed(Profile profile, List<String> warnings, String text) {
      this(profile, warnings, text, Warning.of(warnings));
    }
  }

  record Similar(List<SearchResult.Hit> hits) {}

  /** One line of a bulk request, as Elasticsearch reports it: the id (when known), a status, an error. */
  record BulkItem(int line, String id, int status, @JsonInclude(JsonInclude.Include.NON_NULL) String error) {}

  record BulkResult(boolean errors, List<BulkItem> items) {}

  private final CandidateReads reads;
  private final CandidateStore store;
  private final ProfileEnricher enricher;
  private final ProfileBodyReader bodies;
  private final FileUploadReader uploads;

  CandidateHandler(CandidateReads reads, CandidateStore store, ProfileEnricher enricher, ProfileBodyReader bodies,
      FileUploadReader uploads) {
    this.reads = reads;
    this.store = store;
    this.enricher = enricher;
    this.bodies = bodies;
    this.uploads = uploads;
  }

  /** {@code keepFile=true} on a replace keeps the candidate's original file although the request brings none. */
  static final Set<String> REPLACE_PARAMS = Set.of("keepFile");
  /** {@code size}: how many similar candidates. */
  static final Set<String> SIMILAR_PARAMS = Set.of("size");

  void get(Context ctx, QueryParams params) throws IOException {
    String id = Routes.id(ctx);
    StoredProfile p = reads.read(id);
    if (p == null) {
      throw unknown(id);
    }
    ctx.json(p);
  }

  void similar(Context ctx, QueryParams params) throws IOException {
    int size = params.integer("size", 10, 1, 100);
    String id = Routes.id(ctx);
    List<SearchResult.Hit> hits = reads.similar(id, size);
    if (hits == null) {
      throw unknown(id);
    }
    List<String> shown = new ArrayList<>(List.of(id));
    hits.forEach(h -> shown.add(h.id()));
    Routes.audited(ctx, shown);
    ctx.json(new Similar(hits));
  }

  /** {@code POST /api/candidates/_parse}: the same bodies as a create; nothing is indexed or kept. */
  void parse(Context ctx, QueryParams params) throws ExtractionException {
    IntakeResult r = FileUploadReader.isFile(ctx) ? uploads.read(ctx).intake() : bodies.profile(ctx);
    Profile enriched;
    try {
      enriched = enricher.enrich(r.profile());
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(e.getMessage());
    }
    ctx.json(new Parsed(enriched, r.warnings(), r.text()));
  }

  void create(Context ctx, QueryParams params) throws IOException, ExtractionException {
    save(ctx, null, CandidateStore.FilePolicy.DROP);
  }

  /**
   * The id in the path wins over one in the body. The candidate's original file goes with the old profile, unless
   * a new one comes with this request or {@code keepFile=true} keeps it deliberately.
   */
  void replace(Context ctx, QueryParams params) throws IOException, ExtractionException {
    boolean keep = params.bool("keepFile", false);
    save(ctx, Routes.id(ctx), keep ? CandidateStore.FilePolicy.KEEP : CandidateStore.FilePolicy.DROP);
  }

  /**
   * A JSON profile, a résumé as text, or a résumé file (raw, or the part {@code file} of a form, optionally with a
   * reviewed {@code profile} part): read before anything changes; the file is kept only once the candidate is
   * committed, in the same write.
   */
  private void save(Context ctx, String pathId, CandidateStore.FilePolicy policy)
      throws IOException, ExtractionException {
    IntakeResult in;
    OriginalFiles.Original original = null;
    if (FileUploadReader.isFile(ctx)) {
      FileUploadReader.Upload up = uploads.read(ctx);
      in = up.intake();
      original = up.original();
    } else {
      in = bodies.profile(ctx);
    }
    Profile p = in.profile();
    if (pathId != null) {
      try {
        p = p.withId(pathId);
      } catch (IllegalArgumentException e) {
        throw new InvalidProfileException(e.getMessage());
      }
    }
    CandidateStore.Written w = store.upsert(p, original, policy);
    String id = w.profile().id();
    Routes.audited(ctx, List.of(id));
    String file = w.hasFile() ? "/api/candidates/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/file" : null;
    ctx.status(w.created() ? 201 : 200).json(new Saved(id, w.profile(), file, in.warnings()));
  }

  void delete(Context ctx, QueryParams params) throws IOException {
    String id = Routes.id(ctx);
    if (!store.delete(id)) {
      throw unknown(id);
    }
    ctx.status(204);
  }

  /**
   * One profile per line. Lines that cannot be read or indexed are reported with their error and the others are
   * written in one commit; if that commit fails, the request fails and none of it is applied.
   */
  void bulk(Context ctx, QueryParams params) throws IOException {
    List<ProfileBodyReader.Line> lines = bodies.lines(ctx);
    List<Profile> readable = new ArrayList<>();
    for (ProfileBodyReader.Line l : lines) {
      if (l.profile() != null) {
        readable.add(l.profile());
      }
    }
    List<CandidateStore.BatchItem> written = store.upsertAll(readable);
    List<BulkItem> items = new ArrayList<>();
    boolean errors = false;
    int next = 0;
    for (ProfileBodyReader.Line l : lines) {
      CandidateStore.BatchItem item = l.profile() == null ? null : written.get(next++);
      String error = item == null ? l.error() : item.error();
      if (error != null) {
        items.add(new BulkItem(l.number(), l.profile() == null ? null : l.profile().id(), 400, error));
        errors = true;
      } else {
        items.add(new BulkItem(l.number(), item.profile().id(), item.created() ? 201 : 200, null));
      }
    }
    Routes.audited(ctx, items.stream().filter(i -> i.status() < 400 && i.id() != null).map(BulkItem::id).toList());
    ctx.json(new BulkResult(errors, items));
  }

  private static ApiException unknown(String id) {
    return ApiException.notFound("no candidate has the id \"" + QueryParams.shorten(id) + "\"");
  }
}
