package dev.candidates.bench;

import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The skills of the taxonomy in order of popularity, for Zipf-like draws: the archetypes' core skills first (the
 * heavier archetype first), then every other skill in file order. Also how each is written in either language.
 */
final class SkillCatalog {
  private static final Set<String> SKILL_CATEGORIES = Set.of("language", "framework", "database", "infrastructure",
      "cloud", "tool", "data", "ai", "architecture", "practice");
  /** Close to the classic 1/rank: the top skill in about one profile in six, a long tail of rare ones. */
  private static final double ZIPF_EXPONENT = 1.05;

  private final List<Concept> byPopularity;
  private final ZipfSampler zipf;

  SkillCatalog(Taxonomy taxonomy) {
    Set<Concept> ordered = new LinkedHashSet<>();
    List<Vocabulary.Archetype> archetypes = new ArrayList<>(Vocabulary.ARCHETYPES);
    archetypes.sort(Comparator.comparingInt(Vocabulary.Archetype::weight).reversed());
    for (Vocabulary.Archetype a : archetypes) {
      for (String label : a.core()) {
        ordered.add(require(taxonomy, label));
      }
    }
    taxonomy.concepts().stream().filter(c -> SKILL_CATEGORIES.contains(c.category()))
        .sorted(Comparator.comparingInt(Concept::line)).forEach(ordered::add);
    byPopularity = List.copyOf(ordered);
    zipf = new ZipfSampler(byPopularity.size(), ZIPF_EXPONENT);
  }

  static Concept require(Taxonomy taxonomy, String label) {
    Concept c = taxonomy.lookup(label);
    if (c == null) {
      throw new IllegalStateException("the generator's skill \"" + label + "\" is not in the taxonomy");
    }
    return c;
  }

  Concept draw(SeededRandom rng) {
    return byPopularity.get(zipf.sample(rng));
  }

  int size() {
    return byPopularity.size();
  }

  /** How a résumé in {@code lang} writes the skill: Chinese résumés use the Chinese label about half the time. */
  static String label(Concept c, Lang lang, SeededRandom rng) {
    if (lang == Lang.ZH && !c.chinese().isEmpty() && rng.chance(0.5)) {
      return c.chinese().get(0);
    }
    return c.displayName();
  }

  enum Lang { EN, ZH, MIXED }
}
