package dev.candidates.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.candidates.bench.SkillCatalog.Lang;
import dev.candidates.bench.Vocabulary.Archetype;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes synthetic bilingual candidate profiles as JSONL in the profile schema of data/README.md: English, Chinese
 * and mixed résumés; skills drawn from career archetypes plus a Zipf-like tail over the taxonomy; one to six dated
 * jobs whose descriptions name the skills (so years per skill can be computed); well-known employers in both
 * spellings (腾讯/Tencent). Deterministic: the same seed (and taxonomy) gives byte-identical output, and profile i
 * depends only on the seed and i. Streams: nothing is held beyond the profile being written.
 */
public final class CorpusGenerator {
  public static final long DEFAULT_SEED = 20_240_601L;
  /** Profiles per JSONL file: well under the indexer's 20 MB per-file limit. */
  public static final int PROFILES_PER_FILE = 10_000;
  /** Jobs run up to this month (not "now"), so the output does not depend on the day it is generated. */
  private static final int LAST_MONTH = 2025 * 12 + 5; // 2025-06
  private static final int FIRST_MONTH = 1995 * 12;
  private static final int[] JOB_COUNT_WEIGHTS = {14, 24, 24, 18, 12, 8}; // 1..6 jobs
  private static final int[] LANG_WEIGHTS = {40, 35, 25}; // en, zh, mixed

  private final long seed;
  private final Taxonomy taxonomy;
  private final SkillCatalog skills;
  private final int[] archetypeWeights;
  private final JsonFactory factory = new JsonFactory();

  public CorpusGenerator(Taxonomy taxonomy, long seed) {
    this.seed = seed;
    this.taxonomy = taxonomy;
    this.skills = new SkillCatalog(taxonomy);
    this.archetypeWeights = Vocabulary.ARCHETYPES.stream().mapToInt(Archetype::weight).toArray();
  }

  /** A written corpus: its JSONL files, in order. */
  public record Corpus(Path dir, List<Path> files, long profiles, long bytes) {}

  /** Writes profiles {@code [from, to)}, one JSON object per line. */
  public void write(long from, long to, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setRootValueSeparator(null); // one object per line, nothing between
      for (long i = from; i < to; i++) {
        writeProfile(g, i);
        g.writeRaw('\n');
      }
    }
  }

  /** Profile {@code item} as one JSON line (without the newline). */
  public String line(long item) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      write(item, item + 1, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
  }

  /** Writes {@code count} profiles under {@code dir} as {@code profiles-NNNNN.jsonl} files. */
  public Corpus writeCorpus(Path dir, long count, PrintStream progress) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    long bytes = 0;
    long started = System.nanoTime();
    long lastReport = started;
    for (long from = 0; from < count; from += PROFILES_PER_FILE) {
      Path f = dir.resolve(String.format(Locale.ROOT, "profiles-%05d.jsonl", from / PROFILES_PER_FILE));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
        write(from, Math.min(count, from + PROFILES_PER_FILE), out);
      }
      files.add(f);
      bytes += Files.size(f);
      long now = System.nanoTime();
      if (progress != null && now - lastReport > 2_000_000_000L) {
        lastReport = now;
        long done = Math.min(count, from + PROFILES_PER_FILE);
        progress.printf(Locale.ROOT, "generated %,d of %,d profiles (%,.0f/s)%n", done, count,
            done / ((now - started) / 1e9));
      }
    }
    return new Corpus(dir, List.copyOf(files), count, bytes);
  }

  private void writeProfile(JsonGenerator g, long i) throws IOException {
    SeededRandom rng = SeededRandom.forItem(seed, i);
    Lang lang = Lang.values()[rng.weighted(LANG_WEIGHTS)];
    boolean zhText = lang != Lang.EN;
    Archetype arch = Vocabulary.ARCHETYPES.get(rng.weighted(archetypeWeights));
    List<String> domain = rng.pick(Vocabulary.DOMAINS);
    List<Concept> mine = pickSkills(arch, rng);
    List<String> labels = new ArrayList<>();
    for (Concept c : mine) {
      labels.add(SkillCatalog.label(c, lang, rng));
    }
    String title = rng.pick(zhText ? arch.titlesZh() : arch.titlesEn());

    g.writeStartObject();
    g.writeStringField("id", String.format(Locale.ROOT, "gen-%07d", i));
    g.writeStringField("name", name(lang, rng));
    g.writeStringField("headline", zhText ? title + " | " + labels.get(0) + " / " + labels.get(1)
        : title + " (" + labels.get(0) + ", " + labels.get(1) + ")");
    g.writeStringField("location", lang == Lang.ZH
        ? Vocabulary.CITIES_ZH.get(rng.weighted(Vocabulary.CITY_ZH_WEIGHTS))
        : Vocabulary.CITIES_EN.get(rng.weighted(Vocabulary.CITY_EN_WEIGHTS)));
    g.writeStringField("email", String.format(Locale.ROOT, "cand%d@example.%s", i, zhText ? "cn" : "com"));
    g.writeStringField("phone", String.format(Locale.ROOT, "+86 138 %04d %04d", (i / 10_000) % 10_000, i % 10_000));

    List<int[]> spans = jobSpans(rng);
    int firstMonth = spans.get(spans.size() - 1)[0];
    int years = Math.max(1, (LAST_MONTH - firstMonth) / 12);
    g.writeStringField("summary", sentence(rng.pick(zhText ? Vocabulary.SUMMARY_ZH : Vocabulary.SUMMARY_EN),
        labels, domain.get(zhText ? 1 : 0), years, rng));
    g.writeArrayFieldStart("skills");
    for (String s : labels) {
      g.writeString(s);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("experience");
    for (int j = 0; j < spans.size(); j++) {
      int[] span = spans.get(j);
      g.writeStartObject();
      g.writeStringField("company", company(lang, rng));
      g.writeStringField("title", j == 0 ? title : rng.pick(zhText ? arch.titlesZh() : arch.titlesEn()));
      g.writeStringField("start", month(span[0]));
      if (span[1] < 0) {
        g.writeNullField("end");
      } else {
        g.writeStringField("end", month(span[1]));
      }
      List<String> d = rng.chance(0.7) ? domain : rng.pick(Vocabulary.DOMAINS);
      g.writeStringField("description", description(lang, labels, d, rng.chance(0.6) ? 2 : 1, rng));
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("projects");
    int projects = rng.weighted(new int[] {45, 35, 20});
    int[] current = spans.get(0);
    for (int p = 0; p < projects; p++) {
      int start = current[0] + rng.nextInt(Math.max(1, (current[1] < 0 ? LAST_MONTH : current[1]) - current[0]));
      g.writeStartObject();
      g.writeStringField("name", rng.pick(zhText ? Vocabulary.PROJECT_ZH : Vocabulary.PROJECT_EN));
      g.writeStringField("role", zhText ? rng.pick(List.of("技术负责人", "核心开发", "项目负责人"))
          : rng.pick(List.of("Tech lead", "Core developer", "Project owner")));
      g.writeStringField("start", month(start));
      g.writeStringField("end", month(Math.min(LAST_MONTH, start + rng.between(2, 12))));
      g.writeStringField("description", description(lang, labels, domain, 1, rng));
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("education");
    int graduated = firstMonth - rng.between(0, 6);
    boolean master = rng.chance(0.35);
    if (master) {
      writeSchool(g, lang, rng, zhText ? "硕士" : "MSc", graduated - 24, graduated);
      graduated -= 24 + rng.between(0, 12);
    }
    writeSchool(g, lang, rng, zhText ? "本科" : "BSc", graduated - 46, graduated);
    g.writeEndArray();

    g.writeArrayFieldStart("languages");
    if (lang == Lang.EN) {
      g.writeString("English");
      if (rng.chance(0.3)) {
        g.writeString("Chinese");
      }
    } else {
      g.writeString("Chinese");
      g.writeString("English");
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Three to six of the archetype's core skills, then zero to four from the popularity-weighted tail. */
  private List<Concept> pickSkills(Archetype arch, SeededRandom rng) {
    List<Concept> out = new ArrayList<>();
    List<String> core = new ArrayList<>(arch.core());
    int n = rng.between(3, 6);
    while (out.size() < n && !core.isEmpty()) {
      // Earlier core skills are the archetype's defining ones: favour them.
      int k = Math.min(rng.nextInt(core.size()), rng.nextInt(core.size()));
      out.add(SkillCatalog.require(taxonomy, core.remove(k)));
    }
    int extra = rng.between(0, 4);
    for (int tries = 0; extra > 0 && tries < 20; tries++) {
      Concept c = skills.draw(rng);
      if (!out.contains(c)) {
        out.add(c);
        extra--;
      }
    }
    return out;
  }

  /** Month ranges {start, end} of the jobs, newest first; end -1 means "current". */
  private static List<int[]> jobSpans(SeededRandom rng) {
    int jobs = 1 + rng.weighted(JOB_COUNT_WEIGHTS);
    List<int[]> spans = new ArrayList<>();
    int cursor = LAST_MONTH - (rng.chance(0.8) ? 0 : rng.between(1, 10));
    for (int j = 0; j < jobs; j++) {
      boolean current = j == 0 && cursor == LAST_MONTH;
      int start = cursor - rng.between(8, 60);
      if (start < FIRST_MONTH) {
        break;
      }
      spans.add(new int[] {start, current ? -1 : cursor});
      cursor = start - rng.between(0, 4);
    }
    if (spans.isEmpty()) {
      spans.add(new int[] {LAST_MONTH - 12, -1});
    }
    return spans;
  }

  /** One or two different job sentences; a mixed résumé writes about one sentence in four in English. */
  private static String description(Lang lang, List<String> labels, List<String> domain, int sentences,
      SeededRandom rng) {
    StringBuilder sb = new StringBuilder();
    String previous = null;
    for (int k = 0; k < sentences; k++) {
      boolean english = lang == Lang.EN || (lang == Lang.MIXED && rng.chance(0.25));
      List<String> templates = english ? Vocabulary.JOB_EN : Vocabulary.JOB_ZH;
      String t = rng.pick(templates);
      if (t.equals(previous)) {
        t = templates.get((templates.indexOf(t) + 1) % templates.size());
      }
      previous = t;
      if (!sb.isEmpty() && english) {
        sb.append(' ');
      }
      sb.append(sentence(t, labels, domain.get(english ? 0 : 1), 0, rng));
    }
    return sb.toString();
  }

  /** Fills a template: three different skills (the first few skills more often), the domain and numbers. */
  private static String sentence(String template, List<String> labels, String domain, int years, SeededRandom rng) {
    List<String> pool = new ArrayList<>(labels);
    String[] picked = new String[3];
    for (int k = 0; k < 3; k++) {
      if (pool.isEmpty()) {
        pool.addAll(labels);
      }
      int idx = Math.min(rng.nextInt(pool.size()), rng.nextInt(pool.size()));
      picked[k] = pool.remove(idx);
    }
    return template.replace("{0}", picked[0]).replace("{1}", picked[1]).replace("{2}", picked[2])
        .replace("{d}", domain).replace("{y}", Integer.toString(years))
        .replace("{n}", Integer.toString(rng.between(2, 60)));
  }

  private static String name(Lang lang, SeededRandom rng) {
    if (lang == Lang.EN) {
      return rng.pick(Vocabulary.FIRST_EN) + " " + rng.pick(Vocabulary.LAST_EN);
    }
    return rng.pick(Vocabulary.FAMILY_ZH) + rng.pick(Vocabulary.GIVEN_ZH);
  }

  private static String company(Lang lang, SeededRandom rng) {
    boolean zh = lang == Lang.ZH || (lang == Lang.MIXED && rng.chance(0.5));
    if (rng.chance(0.45)) { // a well-known employer; Tencent, Alibaba and ByteDance most often
      int k = Math.min(rng.nextInt(Vocabulary.BIG_EN.size()), rng.nextInt(Vocabulary.BIG_EN.size()));
      return (zh ? Vocabulary.BIG_ZH : Vocabulary.BIG_EN).get(k);
    }
    return zh ? rng.pick(Vocabulary.SMALL_ZH_A) + rng.pick(Vocabulary.SMALL_ZH_B)
        : rng.pick(Vocabulary.SMALL_EN_A) + " " + rng.pick(Vocabulary.SMALL_EN_B);
  }

  private static void writeSchool(JsonGenerator g, Lang lang, SeededRandom rng, String degree, int start, int end)
      throws IOException {
    boolean zh = lang == Lang.ZH || (lang == Lang.MIXED && rng.chance(0.8));
    g.writeStartObject();
    g.writeStringField("school", rng.pick(zh ? Vocabulary.SCHOOLS_ZH : Vocabulary.SCHOOLS_EN));
    g.writeStringField("degree", degree);
    g.writeStringField("major", rng.pick(zh ? Vocabulary.MAJORS_ZH : Vocabulary.MAJORS_EN));
    g.writeStringField("start", month(start));
    g.writeStringField("end", month(end));
    g.writeEndObject();
  }

  private static String month(int m) {
    return String.format(Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1);
  }

  /** {@code CorpusGenerator --profiles N [--seed S] --out DIR}: writes a corpus, for use outside the bench. */
  public static void main(String[] args) throws IOException {
    long n = 1000;
    long seed = DEFAULT_SEED;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--profiles" -> n = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      System.err.println("usage: CorpusGenerator --profiles N [--seed S] --out DIR");
      System.exit(2);
    }
    Corpus c = new CorpusGenerator(Taxonomy.loadDefault(), seed).writeCorpus(out, n, System.err);
    System.err.printf(Locale.ROOT, "wrote %,d profiles (%,d bytes) in %d files under %s%n", c.profiles(), c.bytes(),
        c.files().size(), c.dir());
  }
}
