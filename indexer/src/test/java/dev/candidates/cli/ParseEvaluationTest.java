package dev.candidates.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.extract.EvalSetFiles;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own parse-evaluation set: invented résumés of every failure class, with floors per field. */
class ParseEvaluationTest {
  static final Path SET = Path.of("src/test/resources/parse-eval");
  /**
   * The set with its PDF and Word résumés built from {@code built/} (no binaries in the repository); after the test
   * runs, {@code ./candidates parse --eval indexer/target/parse-eval} reads the same files.
   */
  static final Path BUILT = Path.of("target/parse-eval");
  static final Environment ENV = Environment.create(Taxonomy.loadDefault(),
      Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

  static ParseEvaluation.Report run(Path resumes, Path expected) throws IOException {
    return new ParseEvaluation(ENV.reader(), ENV.taxonomy(), ENV.json()).run(resumes, expected);
  }

  @Test
  void theOwnSetHasAtLeastFortyResumesAndStaysAboveItsFloors() throws IOException {
    Path set = EvalSetFiles.build(SET, BUILT);
    ParseEvaluation.Report r = run(set, set);
    String report = ParseEvaluation.format(r);
    assertTrue(r.files() + r.skipped() >= 131, report);
    // the PDF and Word résumés were built and read (a Chinese PDF only where the CJK font is installed)
    assertEquals(EvalSetFiles.unbuilt(SET), r.skipped(), report);
    // Floors: what the parser reaches on this set, minus a small margin.
    assertTrue(r.name().value() >= 0.98, report);
    assertTrue(r.email().value() >= 0.98, report);
    assertTrue(r.phone().value() >= 0.98, report);
    assertTrue(r.location().value() >= 0.95, report);
    assertTrue(r.jobRecall().value() >= 0.98, report);
    assertTrue(r.jobPrecision().value() >= 0.98, report);
    assertTrue(r.titles().value() >= 0.97, report);
    assertTrue(r.schools().value() >= 0.97, report);
    assertTrue(r.skills().value() >= 0.97, report);
  }

  @Test
  void aWrongExpectationIsReportedAsAMiss(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Ada Lovelace\nada@example.com\n\nExperience\n"
        + "Analytical Engines Ltd. | Engineer | London | 2019.01 - Present\n");
    Files.writeString(dir.resolve("a.expected.json"), "{\"name\":\"Grace Hopper\",\"email\":\"ada@example.com\","
        + "\"phone\":null,\"jobs\":[{\"company\":\"Analytical Engines Ltd.\",\"start\":\"2019-01\"}]}");
    ParseEvaluation.Report r = run(dir, dir);
    assertEquals(new ParseEvaluation.Score(0, 1), r.name());
    assertEquals(new ParseEvaluation.Score(1, 1), r.email());
    assertEquals(new ParseEvaluation.Score(1, 1), r.jobRecall());
    assertTrue(r.misses().contains("a: name: expected Grace Hopper, got Ada Lovelace"), r.misses()::toString);
  }

  @Test
  void expectedFieldsWithoutTheirResumeAreSkipped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("gone.expected.json"), "{\"name\":\"Nobody\"}");
    ParseEvaluation.Report r = run(dir.resolve("absent"), dir);
    assertEquals(0, r.files());
    assertEquals(1, r.skipped());
  }

  @Test
  void aPersonsNameWrittenInBothScriptsIsRecordedRightWithEitherHalf(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "何以宁 Ivy He\nivy@example.com\n");
    Files.writeString(dir.resolve("a.expected.json"), "{\"name\":\"何以宁 Ivy He\",\"email\":\"ivy@example.com\"}");
    Files.writeString(dir.resolve("b.txt"), "Ivy He\nivy@example.com\n");
    Files.writeString(dir.resolve("b.expected.json"), "{\"name\":\"何以宁\",\"email\":\"ivy@example.com\"}");
    ParseEvaluation.Report r = run(dir, dir);
    assertEquals(new ParseEvaluation.Score(1, 2), r.name(), r.misses()::toString); // 何以宁 for a; Ivy He is not 何以宁
    assertTrue(r.misses().contains("b: name: expected 何以宁, got Ivy He"), r.misses()::toString);
  }

  @Test
  void aNameWrittenInBothScriptsMatchesItsHalfInEither() {
    assertTrue(ParseEvaluation.same("深蓝数据技术有限公司", "深蓝数据技术有限公司 Deep Blue Data Co., Ltd."));
    assertTrue(ParseEvaluation.same("Deep Blue Data Co., Ltd.", "深蓝数据技术有限公司 Deep Blue Data Co., Ltd."));
    assertTrue(ParseEvaluation.same("深圳", "深圳 Shenzhen"));
    assertTrue(!ParseEvaluation.same("南山云计算有限公司", "深蓝数据技术有限公司 Deep Blue Data Co., Ltd."));
  }
}
