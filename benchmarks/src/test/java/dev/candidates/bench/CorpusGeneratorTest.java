package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.cli.Environment;
import dev.candidates.index.Ingested;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  static Environment env;

  @BeforeAll
  static void environment() {
    env = Environment.createDefault();
  }

  private static byte[] generate(long seed, long from, long to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CorpusGenerator(env.taxonomy(), seed).write(from, to, out);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesByteIdenticalOutput() throws IOException {
    assertArrayEquals(generate(7, 0, 300), generate(7, 0, 300));
  }

  @Test
  void anotherSeedGivesAnotherCorpus() throws IOException {
    assertFalse(java.util.Arrays.equals(generate(7, 0, 50), generate(8, 0, 50)));
  }

  @Test
  void eachProfileDependsOnlyOnTheSeedAndItsNumber() throws IOException {
    String all = new String(generate(7, 0, 20), StandardCharsets.UTF_8);
    String tail = new String(generate(7, 10, 20), StandardCharsets.UTF_8);
    assertTrue(all.endsWith(tail), "profiles 10..19 written alone equal the same profiles written after 0..9");
  }

  @Test
  void filesOnDiskAreIdenticalAcrossRunsAndSplitIntoShards(@TempDir Path tmp) throws IOException {
    CorpusGenerator g = new CorpusGenerator(env.taxonomy(), 3);
    CorpusGenerator.Corpus a = g.writeCorpus(tmp.resolve("a"), 12_345, TinyBench.QUIET);
    CorpusGenerator.Corpus b = new CorpusGenerator(env.taxonomy(), 3).writeCorpus(tmp.resolve("b"), 12_345,
        TinyBench.QUIET);
    assertEquals(2, a.files().size());
    for (int i = 0; i < a.files().size(); i++) {
      assertEquals(-1L, Files.mismatch(a.files().get(i), b.files().get(i)));
    }
    assertEquals(12_345, Files.readAllLines(a.files().get(0)).size() + Files.readAllLines(a.files().get(1)).size());
    assertEquals(Files.size(a.files().get(0)) + Files.size(a.files().get(1)), a.bytes());
  }

  @Test
  void profilesLookLikeRealBilingualResumes(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("p.jsonl");
    Files.write(file, generate(CorpusGenerator.DEFAULT_SEED, 0, 600));
    List<Ingested> read = env.reader().read(file);
    Map<String, Integer> languages = new HashMap<>();
    Map<String, Integer> skills = new HashMap<>();
    Set<String> ids = new HashSet<>();
    int withSkillYears = 0;
    boolean tencentEn = false;
    boolean tencentZh = false;
    for (Ingested in : read) {
      assertTrue(in.ok(), () -> "every generated line is a valid profile: " + in.error());
      Profile p = in.profile();
      assertTrue(ids.add(p.id()), "ids are unique");
      assertTrue(p.experience().size() >= 1 && p.experience().size() <= 6, "one to six jobs");
      for (Experience e : p.experience()) {
        assertTrue(e.start() != null && (e.end() == null || e.end().compareTo(e.start()) > 0), "dated jobs");
        tencentEn |= "Tencent".equals(e.company());
        tencentZh |= "腾讯".equals(e.company());
      }
      ProfileEnricher.Facts facts = env.enricher().facts(p);
      languages.merge(facts.profile().resumeLanguage(), 1, Integer::sum);
      if (facts.profile().skillYears().values().stream().anyMatch(y -> y > 0)) {
        withSkillYears++;
      }
      for (String s : facts.profile().skills()) {
        skills.merge(s, 1, Integer::sum);
      }
    }
    assertEquals(600, read.size());
    assertTrue(withSkillYears > 570, "years per skill come out of the dated jobs for almost everyone: "
        + withSkillYears);
    assertTrue(languages.getOrDefault("en", 0) > 150 && languages.getOrDefault("zh", 0) > 100
        && languages.getOrDefault("mixed", 0) > 50, "English, Chinese and mixed résumés: " + languages);
    assertTrue(tencentEn && tencentZh, "Tencent appears in both spellings");
    List<Integer> counts = skills.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    assertTrue(counts.get(0) > 10 * counts.get(counts.size() / 2), "skill popularity is skewed (Zipf-like): "
        + counts.subList(0, 10) + " … median " + counts.get(counts.size() / 2));
    assertTrue(skills.size() > 150, "a long tail of skills: " + skills.size());
  }
}
