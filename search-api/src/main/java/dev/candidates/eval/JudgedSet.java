package dev.candidates.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileReader;
import dev.candidates.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judged relevance set in the manner of Anserini's regressions: invented profiles ({@code profiles.jsonl}, the
 * project's own profile format) and recruiter queries with graded judgments ({@code queries.json}).
 *
 * <p>Grades: 3 exactly who was asked for, 2 a good match, 1 marginal, absent 0. {@code notTop3} lists profiles that
 * must never rank in the first three (a recruiter who hired Python developers for "Python", a junior for "senior");
 * {@code trapKinds} names the kind of each such profile, so violations can be counted by kind.
 *
 * @param asOf the day the set is judged at: years and recency are computed against it, so figures never drift
 */
public record JudgedSet(LocalDate asOf, List<Profile> profiles, List<JudgedQuery> queries,
    Map<String, String> trapKindByProfile) {

  public static final String PROFILES = "profiles.jsonl";
  public static final String QUERIES = "queries.json";

  /** One query and its judgments; {@code kind} is the query class (keyword, skill, experience, role, ...). */
  public record JudgedQuery(String id, String kind, String q, Map<String, Integer> grades, List<String> notTop3) {
    public JudgedQuery {
      grades = Map.copyOf(grades);
      notTop3 = notTop3 == null ? List.of() : List.copyOf(notTop3);
      for (int g : grades.values()) {
        if (g < 0 || g > 3) {
          throw new IllegalArgumentException("query " + id + ": grades are 0 to 3, got " + g);
        }
      }
    }

    public int grade(String profileId) {
      return grades.getOrDefault(profileId, 0);
    }

    public long relevantCount() {
      return grades.values().stream().filter(g -> g > 0).count();
    }
  }

  /** The file layout of {@code queries.json}. */
  record QueriesFile(String asOf, List<JudgedQuery> queries, Map<String, List<String>> trapKinds) {}

  public static JudgedSet load(Path dir, ProfileReader reader, ObjectMapper json) throws IOException {
    Path queriesFile = dir.resolve(QUERIES);
    Path profilesFile = dir.resolve(PROFILES);
    if (!Files.isRegularFile(queriesFile) || !Files.isRegularFile(profilesFile)) {
      throw new IOException("no judged set in " + dir + " (needs " + QUERIES + " and " + PROFILES + ")");
    }
    List<Profile> profiles = new ArrayList<>();
    for (Ingested in : reader.read(profilesFile)) {
      if (!in.ok()) {
        throw new IOException(in.source() + ": " + in.error());
      }
      profiles.add(in.profile());
    }
    QueriesFile file = json.readValue(queriesFile.toFile(), QueriesFile.class);
    Map<String, String> kinds = new LinkedHashMap<>();
    if (file.trapKinds() != null) {
      file.trapKinds().forEach((kind, ids) -> ids.forEach(id -> kinds.put(id, kind)));
    }
    JudgedSet set = new JudgedSet(LocalDate.parse(file.asOf()), List.copyOf(profiles), List.copyOf(file.queries()),
        Map.copyOf(kinds));
    set.check();
    return set;
  }

  /** A judgment naming a profile the set does not hold is a typo that would silently lower every figure. */
  private void check() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Profile p : profiles) {
      if (p.id() == null || !ids.add(p.id())) {
        throw new IOException("every judged profile needs a unique id; got " + p.id());
      }
    }
    Set<String> queryIds = new HashSet<>();
    for (JudgedQuery q : queries) {
      if (!queryIds.add(q.id())) {
        throw new IOException("query id " + q.id() + " appears twice");
      }
      for (String id : q.grades().keySet()) {
        if (!ids.contains(id)) {
          throw new IOException("query " + q.id() + " judges unknown profile " + id);
        }
      }
      for (String id : q.notTop3()) {
        if (!ids.contains(id)) {
          throw new IOException("query " + q.id() + " lists unknown profile " + id + " in notTop3");
        }
      }
    }
  }
}
