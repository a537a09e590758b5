package dev.candidates.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user gets it: unpacked with tar into an empty folder, then started with its own
 * script on this JVM's JDK (a JDK 21+, selected by the build). Also the server jar started with {@code java -jar}.
 */
class DistributionIT {
  @TempDir
  static Path dir;

  static Path home;
  static final String VERSION = System.getProperty("dist.version");

  record Run(int code, String out, String err) {}

  static Run run(Path workDir, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish within 120 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("dist.archive"));
    assertTrue(Files.isRegularFile(archive), "the archive was built: " + archive);
    Run tar = run(dir, List.of("tar", "-xzf", archive.toString()));
    assertEquals(0, tar.code(), tar.err());
    home = dir.resolve("candidates-" + VERSION);
  }

  @Test
  void the_archive_holds_the_start_script_the_jars_and_the_taxonomy() {
    assertTrue(Files.isExecutable(home.resolve("bin/candidates")));
    assertTrue(Files.isRegularFile(home.resolve("data/taxonomy/skills.tsv")));
    assertTrue(Files.isRegularFile(home.resolve("lib/search-api-" + VERSION + ".jar")));
    assertTrue(Files.isRegularFile(home.resolve("lib/indexer-" + VERSION + ".jar")));
  }

  @Test
  void the_start_script_prints_the_version_and_the_jdk_it_uses() throws Exception {
    Run r = run(dir, List.of(home.resolve("bin/candidates").toString(), "--version"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("candidates " + VERSION + "\n"), r.out());
    assertTrue(r.out().contains("JDK " + System.getProperty("java.version") + " "), r.out());
  }

  @Test
  void the_start_script_runs_a_command_with_the_unpacked_taxonomy() throws Exception {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, """
        林晓燕 Lin Xiaoyan
        lin.xiaoyan@example.org
        技能: Kubernetes, Go, PostgreSQL
        """, StandardCharsets.UTF_8);
    Run r = run(dir, List.of(home.resolve("bin/candidates").toString(), "parse", resume.toString()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("lin.xiaoyan@example.org"), r.out());
    assertTrue(r.out().toLowerCase(Locale.ROOT).contains("kubernetes"), r.out());
  }

  @Test
  void the_server_jar_runs_a_command_with_java_jar_alone() throws Exception {
    Path jar = Path.of(System.getProperty("server.jar"));
    Path resume = Files.writeString(dir.resolve("jar-resume.txt"), "Zhao Lei\nzhao.lei@example.org\nSkills: Kafka\n",
        StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run r = run(dir, List.of(java, "-jar", jar.toString(), "parse", resume.toString()));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("zhao.lei@example.org"), r.out());
  }
}
