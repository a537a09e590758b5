package dev.candidates.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main lists every command, and says who runs those it does not find on its class path. */
class MainTest {
  private static final List<String> COMMANDS = List.of("serve", "index", "add", "delete", "purge", "parse",
      "export", "search", "token", "audit", "eval", "bench", "test");

  /** What one call of Main answered. */
  record Answer(int code, String out, String err) {}

  private static Answer main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_help_lists_every_command_with_what_it_does() {
    Answer a = main("--help");
    assertEquals(0, a.code());
    for (String c : COMMANDS) {
      assertTrue(a.out().matches("(?s).*\\n  " + c + " +\\S.*"), c + " in " + a.out());
    }
  }

  @Test
  void an_unknown_command_is_a_usage_error_that_lists_the_commands() {
    Answer a = main("serach", "go");
    assertEquals(2, a.code());
    assertTrue(a.err().startsWith("unknown command \"serach\"\n"), a.err());
    COMMANDS.forEach(c -> assertTrue(a.err().contains("\n  " + c + " "), c + " in " + a.err()));
  }

  @Test
  void bench_without_the_benchmarks_module_on_the_class_path_points_at_the_launcher() {
    Answer a = main("bench", "--help");
    assertEquals(2, a.code());
    assertTrue(a.err().contains("is run by the launcher: ./candidates bench"), a.err());
  }
}
