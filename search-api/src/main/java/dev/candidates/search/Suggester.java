package dev.candidates.search;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.index.Schema;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Autocomplete for skills, titles and companies in both languages: prefix match over every taxonomy label
 * ({@code kaf} → Kafka, {@code 分布} → 分布式系统), ranked by how many indexed profiles have the concept.
 */
public final class Suggester {
  public static final int MAX_PREFIX = 50;

  public record Suggestion(String text, String type, String id, long count) {}

  private record Label(String text, Concept concept) {}

  private final TreeMap<String, List<Label>> labels = new TreeMap<>();

  Suggester(Taxonomy taxonomy) {
    for (Concept c : taxonomy.concepts()) {
      for (String l : c.allLabels()) {
        labels.computeIfAbsent(Taxonomy.labelKey(l), k -> new ArrayList<>()).add(new Label(l, c));
      }
    }
  }

  /**
   * The concept's main label in the language being typed when it also fits the prefix ("分布" → 分布式系统 rather
   * than the alias 分布式; "kube" → Kubernetes), else the label that matched.
   */
  private static String preferredLabel(Label matched, String key) {
    Concept c = matched.concept();
    boolean chinese = !key.isEmpty() && TextNormalizer.isHan(key.codePointAt(0));
    List<String> main = chinese ? c.chinese() : c.english();
    for (String l : main) {
      if (Taxonomy.labelKey(l).startsWith(key)) {
        return l;
      }
    }
    return matched.text();
  }

  public List<Suggestion> suggest(IndexReader reader, String prefix, int size) throws IOException {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    if (prefix.length() > MAX_PREFIX) {
      throw new InvalidRequestException("prefix is longer than " + MAX_PREFIX + " characters");
    }
    String key = Taxonomy.labelKey(prefix);
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, List<Label>> e : labels.subMap(key, key + Character.MAX_VALUE).entrySet()) {
      for (Label l : e.getValue()) {
        // one suggestion per concept, in the language the user is typing
        if (!seen.add(l.concept().id())) {
          continue;
        }
        long count = reader.docFreq(new Term(Schema.CONCEPT, l.concept().id()));
        // the suggestion's kind (a JSON value the page labels), not a query field
        String type = l.concept().isRole() ? "title" : l.concept().isCompany() ? "company" : "skill";
        out.add(new Suggestion(preferredLabel(l, key), type, l.concept().id(), count));
      }
      if (out.size() > 500) {
        break;
      }
    }
    out.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text));
    return out.subList(0, Math.min(size, out.size()));
  }
}
