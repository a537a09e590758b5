package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No field name, facet dimension, facet order, request parameter name or ranking weight is restated outside its
 * owner in the main sources: {@link FieldRegistry} owns field, query-field and facet names and the facet order,
 * the handler that declares an endpoint's {@code *_PARAMS} owns those parameter names, and {@code RankingModel}
 * owns every weight. The page's scripts list no facet order (they read {@code facetOrder} from the answer), and
 * where openapi.json lists the dimensions it lists them in the registry's order.
 *
 * <p>Words that name a field are also résumé JSON keys, section headers, taxonomy categories and CLI options
 * ("title", "company", "language", "--size"): a name is checked where it can only mean the field, the facet or the
 * parameter, the packages that build documents, queries and HTTP answers ({@link #WHERE_NAMES_MEAN_FIELDS}).
 * Underscored field names ({@code concept_score}) mean nothing else and are checked everywhere. The few other
 * meanings inside those packages are listed in {@link #OTHER_MEANINGS}, each with its reason.
 */
class RegistryOwnershipTest {
  // Not the benchmarks: their Solr queries name the Solr peer's own schema, which stays as it is.
  static final List<Path> MAIN = List.of(Path.of("../indexer/src/main/java"), Path.of("src/main/java"));
  static final Path WEB = Path.of("../web/src/main/resources/web");
  static final Path OPENAPI = Path.of("src/main/resources/openapi.json");
  static final String REGISTRY = "FieldRegistry.java";
  static final String MODEL = "RankingModel.java";

  /** The packages where a field's, facet's or parameter's name can mean nothing else. */
  static final Set<String> WHERE_NAMES_MEAN_FIELDS = Set.of("index", "store", "search", "api");

  /** file → literal → why it is not the field, facet or parameter of that name. */
  static final Map<String, Map<String, String>> OTHER_MEANINGS = Map.of(
      "ProductWords.java", Map.of("text", "the user's word for a string value in a message"),
      "Routes.java", Map.of("id", "the {id} path parameter, read through Routes.id"),
      "Suggester.java", Map.of("title", "a suggestion's kind, a JSON value of /api/suggest",
          "company", "a suggestion's kind, a JSON value of /api/suggest",
          "skill", "a suggestion's kind, a JSON value of /api/suggest"),
      "Explainer.java", Map.of("text", "how a word matched (an explanation's \"via\"), not which field"),
      "QueryUnderstanding.java", Map.of("years", "the word of a query (\"Go 5 years\"), read as a years intent"));

  /**
   * Numeric literals in a scoring call that are not weights, each with its reason (the exact call text, so a new
   * literal anywhere else, even the same value, is an offender).
   */
  static final Map<String, String> NOT_WEIGHTS = Map.of(
      "new DisjunctionMaxQuery(List.of(a, b), 0f)", "Ranking.maxOf: a tie-breaker of 0 is what makes it a maximum",
      "FeatureField.newLinearQuery(Schema.CONCEPT_SCORE, Schema.conceptScoreTerm(conceptId, script), 1f)",
      "Ranking.conceptMatch: the stored index-time score, applied as it is",
      "new BoostQuery(words, 0f)", "Ranking.namedOnly: a match named for the explanation, at no score");

  /** A string literal: Java's double quotes; JavaScript's also single and back quotes (no escapes inside). */
  private static final Pattern JAVA_LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"");
  private static final Pattern JS_LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'|`([^`\\\\$]*)`");

  /** The scoring calls whose numeric arguments would be weights. */
  private static final Pattern SCORING_CALL = Pattern.compile(
      "new BoostQuery\\(|new DisjunctionMaxQuery\\(|FeatureField\\.new\\w+Query\\(|\\bconstant\\(|\\bBoostQuery\\.of\\(");
  private static final Pattern NUMBER = Pattern.compile("-?\\d*\\.?\\d+[fFdD]?");

  record Source(Path path, String pkg, String text) {
    String name() {
      return path.getFileName().toString();
    }

    /** The string literals, in order, with where each starts. */
    List<Map.Entry<Integer, String>> literals(String part, int offset) {
      List<Map.Entry<Integer, String>> out = new ArrayList<>();
      Matcher m = (name().endsWith(".js") ? JS_LITERAL : JAVA_LITERAL).matcher(part);
      while (m.find()) {
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        out.add(Map.entry(offset + m.start(), v));
      }
      return out;
    }
  }

  static List<Source> javaSources() throws IOException {
    List<Source> out = new ArrayList<>();
    for (Path root : MAIN) {
      assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          Path rel = root.relativize(p);
          String pkg = rel.getNameCount() > 3 ? rel.getName(2).toString() : "";
          out.add(new Source(p, pkg, Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  static List<Source> pageScripts() throws IOException {
    assertTrue(Files.isDirectory(WEB), WEB.toAbsolutePath().toString());
    try (Stream<Path> s = Files.walk(WEB)) {
      List<Source> out = new ArrayList<>();
      for (Path p : s.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
        out.add(new Source(p, "web", Files.readString(p, StandardCharsets.UTF_8)));
      }
      return out;
    }
  }

  /** Every literal of {@code names} in the sources {@code where} accepts, outside the owner files. */
  static List<String> restated(List<Source> sources, Set<String> names, Set<String> owners,
      java.util.function.Predicate<Source> where) {
    List<String> found = new ArrayList<>();
    for (Source s : sources) {
      if (owners.contains(s.name()) || !where.test(s)) {
        continue;
      }
      Map<String, String> allowed = OTHER_MEANINGS.getOrDefault(s.name(), Map.of());
      for (var literal : s.literals(s.text(), 0)) {
        if (names.contains(literal.getValue()) && !allowed.containsKey(literal.getValue())) {
          found.add(s.name() + ":" + line(s.text(), literal.getKey()) + ": \"" + literal.getValue() + "\"");
        }
      }
    }
    return found;
  }

  static int line(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  static Set<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>();
    for (FieldDef f : FieldRegistry.ALL) {
      if (f.type() != FieldDef.Type.FACET) {
        names.add(f.name());
      }
    }
    names.addAll(FieldRegistry.queryFields().keySet());
    return names;
  }

  @Test
  void underscoredFieldNamesAreSpelledInTheRegistryAloneAnywhere() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String n : fieldNames()) {
      if (n.contains("_") || n.equals("concept")) {
        names.add(n);
      }
    }
    assertTrue(names.size() >= 10, names.toString());
    assertEquals(List.of(), restated(javaSources(), names, Set.of(REGISTRY), s -> true));
  }

  @Test
  void fieldAndQueryFieldNamesAreSpelledInTheRegistryAloneWhereTheyMeanFields() throws IOException {
    Set<String> names = fieldNames();
    assertTrue(names.containsAll(List.of("title", "company", "skill", "years", "degree", "lang")), names.toString());
    assertEquals(List.of(), restated(javaSources(), names, Set.of(REGISTRY),
        s -> WHERE_NAMES_MEAN_FIELDS.contains(s.pkg())));
  }

  @Test
  void facetDimensionsAreSpelledInTheRegistryAloneWhereTheyMeanFacets() throws IOException {
    Set<String> dims = new LinkedHashSet<>(FieldRegistry.facetDimensions());
    assertEquals(List.of(), restated(javaSources(), dims, Set.of(REGISTRY),
        s -> WHERE_NAMES_MEAN_FIELDS.contains(s.pkg())));
  }

  /** Two or more dimensions in one line or one bracketed list: a facet order restated. */
  static List<String> facetLists(List<Source> sources) {
    Set<String> dims = new LinkedHashSet<>(FieldRegistry.facetDimensions());
    List<String> found = new ArrayList<>();
    for (Source s : sources) {
      if (s.name().equals(REGISTRY)) {
        continue;
      }
      Map<Integer, Set<String>> byLine = new TreeMap<>();
      for (Pattern part : List.of(Pattern.compile("[^\\n]+"), Pattern.compile("\\[[^\\[\\]]*\\]"))) {
        Matcher l = part.matcher(s.text());
        while (l.find()) {
          Set<String> named = new LinkedHashSet<>();
          s.literals(l.group(), l.start()).stream().map(Map.Entry::getValue).filter(dims::contains)
              .forEach(named::add);
          if (named.size() >= 2) {
            byLine.putIfAbsent(line(s.text(), l.start()), named);
          }
        }
      }
      byLine.forEach((at, named) -> found.add(s.name() + ":" + at + ": " + named));
    }
    return found;
  }

  @Test
  void noMainSourceOrPageScriptListsTheFacetOrder() throws IOException {
    // (a profile's JSON property order, in model/, names "skills" and "location" as properties of the profile)
    assertEquals(List.of(), facetLists(javaSources().stream()
        .filter(s -> WHERE_NAMES_MEAN_FIELDS.contains(s.pkg())).toList()));
    assertEquals(List.of(), facetLists(pageScripts()));
  }

  @Test
  void thePageTakesTheFacetOrderFromTheAnswer() throws IOException {
    assertTrue(pageScripts().stream().anyMatch(s -> s.text().contains(".facetOrder")),
        "a page script reads facetOrder from the search answer");
  }

  /**
   * The runs of dimension names in a text that stand side by side as a list ("`skills`, `companies`, …"), not
   * words of a sentence ({@code location:} in the query language, "years" in "5 years").
   */
  static List<List<String>> dimensionLists(String text) {
    List<String> dims = FieldRegistry.facetDimensions();
    List<List<String>> lists = new ArrayList<>();
    Matcher word = Pattern.compile("[A-Za-z]+").matcher(text);
    List<String> run = new ArrayList<>();
    int end = -1;
    while (word.find()) {
      if (!dims.contains(word.group())) {
        continue;
      }
      boolean beside = end >= 0 && text.substring(end, word.start()).matches("[`'\"\\s,]*");
      if (!beside && !run.isEmpty()) {
        lists.add(run);
        run = new ArrayList<>();
      }
      run.add(word.group());
      end = word.end();
    }
    if (!run.isEmpty()) {
      lists.add(run);
    }
    lists.removeIf(l -> l.size() < 2);
    return lists;
  }

  @Test
  void whereOpenApiListsTheDimensionsItListsThemAllInTheRegistryOrder() throws IOException {
    List<List<String>> lists = dimensionLists(Files.readString(OPENAPI, StandardCharsets.UTF_8));
    assertTrue(lists.size() >= 2, "facetOrder and facets describe the dimensions: " + lists);
    for (List<String> l : lists) {
      assertEquals(FieldRegistry.facetDimensions(), l, "openapi.json lists the dimensions");
    }
  }

  /** Every endpoint's parameter names, by the file of the handler that declares them ({@code *_PARAMS}). */
  static Map<String, Set<String>> parametersByHandler() throws Exception {
    Map<String, Set<String>> byFile = new TreeMap<>();
    for (Source s : javaSources()) {
      if (!s.pkg().equals("api")) {
        continue;
      }
      Class<?> c = Class.forName("dev.candidates.api." + s.name().replace(".java", ""));
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_PARAMS") && Set.class.isAssignableFrom(
            f.getType())) {
          f.setAccessible(true);
          for (Object name : (Set<?>) f.get(null)) {
            if (FieldRegistry.facet((String) name) == null) { // filter parameters are the registry's
              byFile.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).add((String) name);
            }
          }
        }
      }
    }
    return byFile;
  }

  @Test
  void requestParameterNamesAreSpelledByTheHandlerThatDeclaresThemAlone() throws Exception {
    Map<String, Set<String>> byHandler = parametersByHandler();
    assertTrue(byHandler.getOrDefault("SearchHandler.java", Set.of()).containsAll(
        List.of("q", "page", "minYears", "highlight", "prefix")), byHandler.toString());
    assertTrue(byHandler.containsKey("CandidateHandler.java"), byHandler.toString());
    Set<String> all = new LinkedHashSet<>();
    byHandler.values().forEach(all::addAll);
    List<String> found = new ArrayList<>();
    for (String name : all) {
      Set<String> owners = new LinkedHashSet<>();
      byHandler.forEach((file, names) -> {
        if (names.contains(name)) {
          owners.add(file);
        }
      });
      found.addAll(restated(javaSources(), Set.of(name), owners, s -> WHERE_NAMES_MEAN_FIELDS.contains(s.pkg())));
    }
    assertEquals(List.of(), found);
  }

  /** Numeric literal arguments of scoring calls outside the ranking model, but for the reasoned identities. */
  static List<String> weightLiterals(List<Source> sources) {
    List<String> found = new ArrayList<>();
    for (Source s : sources) {
      if (s.name().equals(MODEL)) {
        continue;
      }
      Matcher m = SCORING_CALL.matcher(s.text());
      while (m.find()) {
        String call = call(s.text(), m.start(), m.end());
        if (NOT_WEIGHTS.containsKey(call)) {
          continue;
        }
        for (String arg : arguments(call.substring(call.indexOf('(') + 1, call.length() - 1))) {
          if (NUMBER.matcher(arg.strip()).matches()) {
            found.add(s.name() + ":" + line(s.text(), m.start()) + ": " + call.replaceAll("\\s+", " "));
          }
        }
      }
    }
    return found;
  }

  /** The call starting at {@code start} whose opening parenthesis ends at {@code open}, through its close. */
  static String call(String text, int start, int open) {
    int depth = 1;
    int i = open;
    while (i < text.length() && depth > 0) {
      char c = text.charAt(i++);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return text.substring(start, i);
  }

  static List<String> arguments(String inside) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
      if (c == ',' && depth == 0) {
        args.add(inside.substring(from, i));
        from = i + 1;
      }
    }
    args.add(inside.substring(from));
    return args;
  }

  @Test
  void noWeightIsWrittenOutsideTheRankingModel() throws IOException {
    assertEquals(List.of(), weightLiterals(javaSources()));
  }

  @Test
  void theTieValueIsWrittenInTheRankingModelAlone() throws IOException {
    List<String> found = new ArrayList<>();
    for (Source s : javaSources()) {
      if (!s.name().equals(MODEL) && Pattern.compile("\\b0\\.1f\\b").matcher(s.text()).find()) {
        found.add(s.name());
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theCheckersFindWhatTheyAreFor() {
    // the checks above pass on the real sources; here each one fails on a planted restatement
    Source search = new Source(Path.of("QueryBuilder.java"), "search", """
        Query q = new TermQuery(new Term("concept_score", id));
        Query boosted = new BoostQuery(q, 2.5f);
        filters.put("degree", List.of("master"));
        """);
    Source parse = new Source(Path.of("JsonResumes.java"), "parse", "str(w, \"position\", \"title\");");
    Source page = new Source(Path.of("state.js"), "web", "const ORDER = [\n  'skills',\n  'companies',\n];");
    assertEquals(List.of("QueryBuilder.java:1: \"concept_score\""),
        restated(List.of(search, parse), Set.of("concept_score"), Set.of(REGISTRY), s -> true));
    assertEquals(List.of("QueryBuilder.java:1: \"concept_score\"", "QueryBuilder.java:3: \"degree\""),
        restated(List.of(search, parse), fieldNames(), Set.of(REGISTRY),
            s -> WHERE_NAMES_MEAN_FIELDS.contains(s.pkg())));
    assertEquals(List.of("QueryBuilder.java:2: new BoostQuery(q, 2.5f)"), weightLiterals(List.of(search)));
    assertEquals(List.of("state.js:1: [skills, companies]"), facetLists(List.of(page)));
    assertEquals(List.of(List.of("companies", "skills")),
        dimensionLists("Counts: `companies`, `skills`. Filter by location: or by years of experience."));
  }
}
