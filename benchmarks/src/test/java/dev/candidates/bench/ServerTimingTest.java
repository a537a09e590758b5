package dev.candidates.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerTimingTest {
  @Test
  void eachMetricsDurationIsReadByName() {
    String h = "search;dur=2.104, json;dur=0.180";
    assertEquals(2.104, ServerTiming.millis(h, "search"), 1e-9);
    assertEquals(0.180, ServerTiming.millis(h, "json"), 1e-9);
  }

  @Test
  void aMetricWithDescriptionOrWithoutDurationOrAbsentGivesWhatItHas() {
    assertEquals(1.5, ServerTiming.millis("db;desc=\"lookup\";dur=1.5", "db"), 1e-9);
    assertEquals(-1, ServerTiming.millis("cache;desc=hit", "cache"), 1e-9);
    assertEquals(-1, ServerTiming.millis("search;dur=2", "json"), 1e-9);
    assertEquals(-1, ServerTiming.millis("search;dur=fast", "search"), 1e-9);
  }
}
