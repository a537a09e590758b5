package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No field name, facet order or weight restated outside its owner: the index-only field names appear as string
 * literals in FieldRegistry alone, and no main source but RankingModel writes a ranking weight such as the tie value.
 * (Names that are also profile JSON properties, taxonomy categories or words, like "title", "company" or "lang",
 * are not checked.)
 */
class RegistryOwnershipTest {
  // Not the benchmarks: their Solr queries name the Solr peer's own schema, which stays as it is.
  static final List<Path> MAIN = List.of(Path.of("../indexer/src/main/java"), Path.of("src/main/java"));
  static final Set<String> OWNERS = Set.of("FieldRegistry.java", "RankingModel.java");

  private static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : MAIN) {
      assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".java") && !OWNERS.contains(p.getFileName().toString()))
            .forEach(out::add);
      }
    }
    return out;
  }

  private static List<String> offenders(Pattern pattern) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path p : sources()) {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (pattern.matcher(lines.get(i)).find()) {
          found.add(p.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    return found;
  }

  @Test
  void indexOnlyFieldNamesAreSpelledInTheRegistryAlone() throws IOException {
    List<String> names = new ArrayList<>();
    for (FieldDef f : FieldRegistry.ALL) {
      if (f.name().contains("_") || f.name().equals("concept")) {
        names.add(Pattern.quote(f.name()));
      }
    }
    assertTrue(names.size() >= 10, names.toString());
    assertEquals(List.of(), offenders(Pattern.compile("\"(" + String.join("|", names) + ")\"")));
  }

  @Test
  void noWeightOrTieValueIsWrittenOutsideTheRankingModel() throws IOException {
    assertEquals(List.of(), offenders(Pattern.compile("DisjunctionMaxQuery\\([^)]*,\\s*[0-9.]+f?\\)|\\b0\\.1f\\b")));
  }

  @Test
  void theFacetOrderIsListedInTheRegistryAlone() throws IOException {
    assertEquals(List.of(), offenders(Pattern.compile("\"skills\",\\s*\"companies\"")));
  }
}
