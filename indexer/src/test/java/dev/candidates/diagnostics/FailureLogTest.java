package dev.candidates.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs against the real SLF4J provider of the tests (slf4j-simple, which writes to the current System.err). */
class FailureLogTest {
  private static String logged(Runnable r) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_survived_failure_is_warned_once_per_profile_with_its_id_and_cause() {
    FailureLog log = new FailureLog(FailureLogTest.class, "highlighting");
    String first = logged(() -> assertTrue(log.failed("c-1234", "the hit is shown without a snippet",
        new IllegalStateException("offsets out of order"))));
    assertTrue(first.contains("WARN"), first);
    assertTrue(first.contains("highlighting failed for profile c-1234; the hit is shown without a snippet"), first);
    assertTrue(first.contains("IllegalStateException: offsets out of order"), first);

    String again = logged(() -> assertFalse(log.failed("c-1234", "the hit is shown without a snippet",
        new IllegalStateException("offsets out of order"))));
    assertEquals("", again, "the same profile failing again is not warned a second time");

    String other = logged(() -> assertTrue(log.failed("c-5678", "the hit is shown without a snippet",
        new IllegalStateException("x"))));
    assertTrue(other.contains("profile c-5678"), other);
  }

  @Test
  void the_memory_of_warned_profiles_is_bounded_and_starts_over() {
    FailureLog log = new FailureLog(FailureLogTest.class, "parsing the résumé");
    logged(() -> {
      for (int i = 0; i < FailureLog.MAX_IDS; i++) {
        assertTrue(log.failed("c-" + i, "the profile keeps its text only", new RuntimeException()));
      }
      assertFalse(log.failed("c-0", "the profile keeps its text only", new RuntimeException()));
      assertTrue(log.failed("c-new", "the profile keeps its text only", new RuntimeException()));
      assertTrue(log.failed("c-0", "the profile keeps its text only", new RuntimeException()));
    });
  }
}
