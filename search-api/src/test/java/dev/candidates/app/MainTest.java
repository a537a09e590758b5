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
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int main(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void the_help_lists_every_command_with_what_it_does() {
    assertEquals(0, main("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String c : COMMANDS) {
      assertTrue(help.matches("(?s).*\\n  " + c + " +\\S.*"), c + " in " + help);
    }
  }

  @Test
  void an_unknown_command_is_a_usage_error_that_lists_the_commands() {
    assertEquals(2, main("serach", "go"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.startsWith("unknown command \"serach\"\n"), e);
    COMMANDS.forEach(c -> assertTrue(e.contains("\n  " + c + " "), c + " in " + e));
  }

  @Test
  void bench_without_the_benchmarks_module_on_the_class_path_points_at_the_launcher() {
    assertEquals(2, main("bench", "--help"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is run by the launcher: ./candidates bench"),
        err.toString(StandardCharsets.UTF_8));
  }
}
