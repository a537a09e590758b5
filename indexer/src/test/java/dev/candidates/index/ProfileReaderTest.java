package dev.candidates.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What of a data folder is profiles: the sample layout, where the taxonomy and evaluation answers sit beside them. */
class ProfileReaderTest {
  @Test
  void theTaxonomyTheEvaluationAnswersAndReadmesAreNotProfiles(@TempDir Path data) throws IOException {
    for (String f : List.of("profiles/en/ann.json", "profiles/zh/wang.md", "profiles/zh/README.md", "README.md",
        "taxonomy/skills.tsv", "taxonomy/extra.json", "eval/external-expected/ann.expected.json",
        "eval/notes.md", "profiles/en/bo.expected.json", "top.txt", "evaluation/kept.json")) {
      Path p = data.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
    List<String> found = ProfileReader.profileFiles(data).stream().map(p -> data.relativize(p).toString()).toList();
    assertEquals(List.of("evaluation/kept.json", "profiles/en/ann.json", "profiles/zh/wang.md", "top.txt"), found);
  }
}
