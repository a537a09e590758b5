package dev.candidates.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.Ingested;
import dev.candidates.index.ProfileReader;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ResumeParser;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parse quality, field by field: every {@code NAME.expected.json} in a folder names the fields a careful recruiter
 * records from the résumé {@code NAME.*} beside it (or in another folder); the résumé goes through the real intake
 * and each field is compared. Résumés that are absent are skipped, so the expected fields of a corpus that is not
 * shipped can live in the repository.
 */
public final class ParseEvaluation {
  /** Hits and totals per field; jobs have a recall and a precision side. */
  public record Report(int files, int skipped, Score name, Score email, Score phone, Score location, Score jobRecall,
      Score jobPrecision, Score titles, Score schools, Score skills, Score skillPrecision, List<String> misses) {}

  public record Score(int hits, int total) {
    public double value() {
      return total == 0 ? 1.0 : hits / (double) total;
    }

    Score plus(boolean hit) {
      return new Score(hits + (hit ? 1 : 0), total + 1);
    }
  }

  private final ProfileReader reader;
  private final Taxonomy taxonomy;
  private final ObjectMapper json;

  public ParseEvaluation(ProfileReader reader, Taxonomy taxonomy, ObjectMapper json) {
    this.reader = reader;
    this.taxonomy = taxonomy;
    this.json = json;
  }

  public Report run(Path resumes, Path expectedDir) throws IOException {
    List<Path> expected;
    try (Stream<Path> s = Files.list(expectedDir)) {
      expected = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
    }
    Score zero = new Score(0, 0);
    Score[] sc = {zero, zero, zero, zero, zero, zero, zero, zero, zero, zero};
    List<String> misses = new ArrayList<>();
    int files = 0;
    int skipped = 0;
    for (Path e : expected) {
      String base = e.getFileName().toString().replace(".expected.json", "");
      Path resume = resumeFor(resumes, base);
      if (resume == null) {
        skipped++;
        continue;
      }
      files++;
      JsonNode want = json.readTree(Files.readString(e));
      List<Ingested> got = reader.read(resume);
      Profile p = got.isEmpty() || !got.get(0).ok() ? null : got.get(0).profile();
      if (p == null) {
        misses.add(base + ": refused: " + (got.isEmpty() ? "nothing read" : got.get(0).error()));
        p = new Profile(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);
      }
      sc[0] = field(sc[0], misses, base, "name", want.path("name").asText(null), p.name(), Field.NAME);
      sc[1] = field(sc[1], misses, base, "email", want.path("email").asText(null), p.email(), Field.EMAIL);
      sc[2] = field(sc[2], misses, base, "phone", want.path("phone").asText(null), p.phone(), Field.PHONE);
      if (want.has("location")) {
        sc[3] = field(sc[3], misses, base, "location", want.path("location").asText(null), p.location(),
            Field.LOCATION);
      }
      List<Experience> jobs = new ArrayList<>(p.experience());
      int matched = 0;
      for (JsonNode j : want.path("jobs")) {
        String company = j.path("company").asText(null);
        String start = j.path("start").asText(null);
        Experience hit = null;
        for (Experience x : jobs) {
          if (same(company, x.company()) && java.util.Objects.equals(start, x.start())) {
            hit = x;
            break;
          }
        }
        sc[4] = sc[4].plus(hit != null);
        if (hit == null) {
          misses.add(base + ": job not found: " + company + " from " + start);
          continue;
        }
        jobs.remove(hit);
        matched++;
        if (j.hasNonNull("title")) {
          boolean ok = same(j.path("title").asText(), hit.title());
          sc[6] = sc[6].plus(ok);
          if (!ok) {
            misses.add(base + ": title of " + company + ": expected " + j.path("title").asText() + ", got "
                + hit.title());
          }
        }
      }
      sc[5] = new Score(sc[5].hits() + matched, sc[5].total() + p.experience().size());
      for (Experience x : jobs) {
        misses.add(base + ": not a job: " + x.company() + " | " + x.title() + " from " + x.start());
      }
      for (JsonNode s : want.path("schools")) {
        boolean ok = false;
        for (Education ed : p.education()) {
          ok |= same(s.asText(), ed.school());
        }
        sc[7] = sc[7].plus(ok);
        if (!ok) {
          misses.add(base + ": school not found: " + s.asText());
        }
      }
      List<String> gotSkills = p.skills().stream().map(this::skillKey).toList();
      List<String> wantSkills = new ArrayList<>();
      for (JsonNode s : want.path("skills")) {
        String k = skillKey(s.asText());
        wantSkills.add(k);
        boolean ok = gotSkills.contains(k);
        sc[8] = sc[8].plus(ok);
        if (!ok) {
          misses.add(base + ": skill not found: " + s.asText());
        }
      }
      if (want.has("skills")) {
        for (String g : gotSkills) {
          sc[9] = sc[9].plus(wantSkills.contains(g));
          if (!wantSkills.contains(g)) {
            misses.add(base + ": not a listed skill: " + g);
          }
        }
      }
    }
    return new Report(files, skipped, sc[0], sc[1], sc[2], sc[3], sc[4], sc[5], sc[6], sc[7], sc[8], sc[9], misses);
  }

  private static Path resumeFor(Path dir, String base) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(base + ".") && !n.endsWith(".expected.json");
      }).sorted().findFirst().orElse(null);
    }
  }

  private enum Field { NAME, EMAIL, PHONE, LOCATION }

  private static Score field(Score s, List<String> misses, String base, String what, String want, String got,
      Field f) {
    boolean ok = switch (f) {
      case PHONE -> want == null ? got == null : got != null && digitsMatch(want, got);
      case LOCATION -> want == null ? got == null : got != null && (same(want, got)
          || java.util.Objects.equals(ResumeParser.cityOf(want), ResumeParser.cityOf(got))
          && ResumeParser.cityOf(want) != null);
      // "何以宁 Ivy He" and "何以宁" are one person's name as written and as recorded: either half of both scripts
      case NAME -> want == null ? got == null : got != null && (norm(want).equals(norm(got))
          || sameInOneScript(norm(want), norm(got)) || sameInOneScript(norm(got), norm(want)));
      default -> want == null ? got == null : got != null && norm(want).equals(norm(got));
    };
    if (!ok) {
      misses.add(base + ": " + what + ": expected " + want + ", got " + got);
    }
    return s.plus(ok);
  }

  private static boolean digitsMatch(String a, String b) {
    String x = a.replaceAll("\\D", "");
    String y = b.replaceAll("\\D", "");
    return !x.isEmpty() && (x.equals(y) || x.endsWith(y) && y.length() >= 7 || y.endsWith(x) && x.length() >= 7);
  }

  /**
   * Same text ignoring case, spaces and punctuation; one containing the other counts (a suffix left off), and a name
   * written in both scripts ("深蓝数据有限公司 Deep Blue Data Co., Ltd.", "深圳 Shenzhen") matches its half in either.
   */
  static boolean same(String want, String got) {
    if (want == null || got == null) {
      return want == null && got == null;
    }
    String a = norm(want);
    String b = norm(got);
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) && b.length() * 2 >= a.length()
        || b.contains(a) && a.length() * 2 >= b.length() || sameInOneScript(a, b) || sameInOneScript(b, a));
  }

  /** {@code mono} is in one script and equals that script's half of {@code both}, which has two. */
  private static boolean sameInOneScript(String mono, String both) {
    String han = script(both, true);
    String latin = script(both, false);
    if (han.isEmpty() || latin.isEmpty()) {
      return false;
    }
    return mono.equals(han) || mono.equals(latin);
  }

  private static String script(String s, boolean han) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(c -> (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) == han)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String norm(String s) {
    StringBuilder sb = new StringBuilder();
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private String skillKey(String s) {
    Concept c = taxonomy.lookup(s);
    return c != null ? c.id() : norm(s);
  }

  /** The report as the command prints it: one line per field, then every miss. */
  public static String format(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d résumés evaluated, %d skipped (résumé absent)%n", r.files(),
        r.skipped()));
    line(sb, "name", r.name());
    line(sb, "email", r.email());
    line(sb, "phone", r.phone());
    line(sb, "location", r.location());
    line(sb, "jobs recall", r.jobRecall());
    line(sb, "jobs precision", r.jobPrecision());
    line(sb, "titles", r.titles());
    line(sb, "schools", r.schools());
    line(sb, "listed skills", r.skills());
    line(sb, "skills precision", r.skillPrecision());
    if (!r.misses().isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nmisses (%d):%n", r.misses().size()));
      for (String m : r.misses()) {
        sb.append("  ").append(m).append(System.lineSeparator());
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String what, Score s) {
    sb.append(String.format(Locale.ROOT, "  %-17s %5.1f %%  (%d / %d)%n", what, 100 * s.value(), s.hits(),
        s.total()));
  }
}
