package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code ./candidates bench} runs as {@code Main bench}: Main finds the bench entry on this module's class path. */
class BenchEntryTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int main(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void main_dispatches_bench_help_to_the_bench_entry() {
    assertEquals(0, main("bench", "--help"), err.toString(StandardCharsets.UTF_8));
    assertEquals(BenchOptions.HELP + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_bench_flag_mistake_is_a_usage_error_from_the_bench_options() {
    assertEquals(2, main("bench", "--quik"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.startsWith("error: unknown option \"--quik\""), e);
    assertTrue(e.contains(BenchOptions.HELP), e);
  }

  @Test
  void the_help_lists_bench_among_the_commands() {
    assertEquals(0, main("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\n  bench     run the benchmarks"), out.toString(StandardCharsets.UTF_8));
  }
}
