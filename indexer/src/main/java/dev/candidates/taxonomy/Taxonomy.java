package dev.candidates.taxonomy;

import dev.candidates.analysis.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bilingual skill taxonomy, loaded from {@code data/taxonomy/skills.tsv} (format in data/README.md). Loading
 * validates it: a label claimed twice, an empty label, an unknown broader id or a cycle is an error naming the line.
 */
public final class Taxonomy {
  public static final String RESOURCE = "/taxonomy/skills.tsv";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.+#-]*");
  private static final Set<String> CATEGORIES = Set.of("language", "framework", "database", "infrastructure", "cloud",
      "tool", "data", "ai", "architecture", "practice", "domain", "role", "soft", "company");
  private static final Set<String> FLAGS = Set.of("cased", "context", "word");

  private final Map<String, Concept> byId;
  private final Map<String, Concept> byLabel;
  private final Map<String, List<String>> ancestors = new HashMap<>();
  private final Map<String, List<String>> descendants = new HashMap<>();
  private final SkillMatcher matcher;

  private Taxonomy(Map<String, Concept> byId, Map<String, Concept> byLabel) {
    this.byId = Collections.unmodifiableMap(byId);
    this.byLabel = byLabel;
    for (Concept c : byId.values()) {
      ancestors.put(c.id(), List.copyOf(collectAncestors(c.id())));
    }
    for (Concept c : byId.values()) {
      for (String a : ancestors.get(c.id())) {
        descendants.computeIfAbsent(a, k -> new ArrayList<>()).add(c.id());
      }
    }
    this.matcher = new SkillMatcher(this);
  }

  private static volatile Taxonomy defaultTaxonomy;

  /**
   * The taxonomy in effect: {@code -Dcandidates.taxonomy=FILE}, else {@code $candidates.home/data/taxonomy/skills.tsv}
   * (so an edit takes effect without a rebuild), else the copy packaged in the jar.
   */
  public static Taxonomy loadDefault() {
    Taxonomy t = defaultTaxonomy;
    if (t == null) {
      synchronized (Taxonomy.class) {
        t = defaultTaxonomy;
        if (t == null) {
          t = defaultTaxonomy = loadFromEnvironment();
        }
      }
    }
    return t;
  }

  private static Taxonomy loadFromEnvironment() {
    String explicit = System.getProperty("candidates.taxonomy");
    if (explicit != null) {
      return load(Path.of(explicit));
    }
    String home = System.getProperty("candidates.home");
    if (home != null) {
      Path p = Path.of(home, "data", "taxonomy", "skills.tsv");
      if (Files.isRegularFile(p)) {
        return load(p);
      }
    }
    try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new TaxonomyException("taxonomy not found: set -Dcandidates.taxonomy=FILE or run from the project root");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "skills.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Taxonomy load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new TaxonomyException("cannot read taxonomy " + file + ": " + e.getMessage());
    }
  }

  public static Taxonomy parse(Reader reader, String source) throws IOException {
    Map<String, Concept> byId = new LinkedHashMap<>();
    Map<String, Concept> byLabel = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String raw;
    int lineNo = 0;
    while ((raw = in.readLine()) != null) {
      lineNo++;
      if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
        continue;
      }
      String where = source + ":" + lineNo;
      String[] cols = raw.split("\t", -1);
      if (cols.length != 7) {
        throw new TaxonomyException(where + ": expected 7 tab-separated columns "
            + "(id, category, english, chinese, aliases, broader, flags), found " + cols.length);
      }
      String id = cols[0].strip();
      if (!ID.matcher(id).matches()) {
        throw new TaxonomyException(where + ": invalid id \"" + id + "\" (lowercase letters, digits, . + # -)");
      }
      if (byId.containsKey(id)) {
        throw new TaxonomyException(where + ": id \"" + id + "\" already defined on line " + byId.get(id).line());
      }
      String category = cols[1].strip();
      if (!CATEGORIES.contains(category)) {
        throw new TaxonomyException(where + ": unknown category \"" + category + "\"; use one of " + CATEGORIES);
      }
      List<String> english = values(cols[2], where, "english");
      List<String> chinese = values(cols[3], where, "chinese");
      List<String> aliases = values(cols[4], where, "aliases");
      List<String> broader = values(cols[5], where, "broader");
      Set<String> flags = new LinkedHashSet<>(values(cols[6], where, "flags"));
      for (String f : flags) {
        if (!FLAGS.contains(f)) {
          throw new TaxonomyException(where + ": unknown flag \"" + f + "\"; use " + FLAGS);
        }
      }
      if (english.isEmpty() && chinese.isEmpty()) {
        throw new TaxonomyException(where + ": concept \"" + id + "\" has no label");
      }
      Concept c = new Concept(id, category, english, chinese, aliases, broader, flags, lineNo);
      for (String label : c.allLabels()) {
        String key = labelKey(label);
        Concept other = byLabel.putIfAbsent(key, c);
        if (other != null && other != c) { // a spelling variant within one concept is harmless
          throw new TaxonomyException(where + ": label \"" + label + "\" is already claimed by \"" + other.id()
              + "\" on line " + other.line());
        }
      }
      byId.put(id, c);
    }
    for (Concept c : byId.values()) {
      for (String b : c.broader()) {
        if (!byId.containsKey(b)) {
          throw new TaxonomyException(source + ":" + c.line() + ": broader concept \"" + b + "\" of \"" + c.id()
              + "\" is not defined");
        }
      }
    }
    checkCycles(byId, source);
    return new Taxonomy(byId, byLabel);
  }

  private static List<String> values(String col, String where, String column) {
    String s = col.strip();
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : s.split(";", -1)) {
      String t = v.strip();
      if (t.isEmpty()) {
        throw new TaxonomyException(where + ": empty value in column " + column + " (\"" + s + "\")");
      }
      out.add(t);
    }
    return out;
  }

  private static void checkCycles(Map<String, Concept> byId, String source) {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
    for (String id : byId.keySet()) {
      visit(id, byId, state, new ArrayList<>(), source);
    }
  }

  private static void visit(String id, Map<String, Concept> byId, Map<String, Integer> state, List<String> path,
      String source) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return;
    }
    if (s != null) {
      path.add(id);
      throw new TaxonomyException(source + ":" + byId.get(id).line() + ": broader concepts form a cycle: "
          + String.join(" → ", path.subList(path.indexOf(id), path.size())));
    }
    state.put(id, 1);
    path.add(id);
    for (String b : byId.get(id).broader()) {
      visit(b, byId, state, path, source);
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
  }

  /** The key labels are compared by: trimmed, full-width folded, Traditional→Simplified, lowercase. */
  public static String labelKey(String label) {
    String s = TextNormalizer.normalize(label.strip()).toLowerCase(Locale.ROOT);
    // Runs of [\s-] become one space, as replaceAll("[\\s-]+", " ") did, without a regex per lookup.
    int i = 0;
    while (i < s.length() && !isKeySpace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (isKeySpace(c)) {
        sb.append(' ');
        while (i < s.length() && isKeySpace(s.charAt(i))) {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The chars of the regex class {@code [\s-]} (without UNICODE_CHARACTER_CLASS). */
  private static boolean isKeySpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-';
  }

  private List<String> collectAncestors(String id) {
    Set<String> out = new LinkedHashSet<>();
    ArrayList<String> todo = new ArrayList<>(byId.get(id).broader());
    while (!todo.isEmpty()) {
      String b = todo.remove(todo.size() - 1);
      if (out.add(b)) {
        todo.addAll(byId.get(b).broader());
      }
    }
    return new ArrayList<>(out);
  }

  public Concept get(String id) {
    return byId.get(id);
  }

  /** The concept a whole string names ("golang", "分布式系统", "K8s"), or null. */
  public Concept lookup(String label) {
    return label == null ? null : byLabel.get(labelKey(label));
  }

  public Collection<Concept> concepts() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  /** Broader concepts, transitively (Kafka → message queue → middleware). */
  public List<String> ancestors(String id) {
    return ancestors.getOrDefault(id, List.of());
  }

  /** Narrower concepts, transitively. */
  public List<String> descendants(String id) {
    return descendants.getOrDefault(id, List.of());
  }

  public SkillMatcher matcher() {
    return matcher;
  }

  /** Canonical display name for an id, or the id itself when unknown. */
  public String displayName(String id) {
    Concept c = byId.get(id);
    return c == null ? id : c.displayName();
  }

  @Override
  public String toString() {
    return "Taxonomy" + Arrays.asList(size(), "concepts");
  }
}
