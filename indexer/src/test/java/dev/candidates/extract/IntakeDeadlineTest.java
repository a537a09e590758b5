package dev.candidates.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candidates.extract.ExtractionException.Kind;
import dev.candidates.extract.ResumeFiles.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The deadline of one intake (extraction and parsing together) stops the work itself, not only the wait for it: once
 * the caller has its TIMEOUT, the worker is free again and the next file is read. Outcomes only; the timeout on the
 * class guards against a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IntakeDeadlineTest {
  static final ExtractionLimits ONE_WORKER_IMPATIENT = new ExtractionLimits(20L << 20, 200, 2_000_000, 32L << 20,
      64L << 20, Duration.ofMillis(30), 1, 32L << 20);

  static void awaitFree(BoundedWorkers workers) throws InterruptedException {
    while (workers.busy() > 0) {
      Thread.sleep(10);
    }
  }

  @Test
  void aPdfThatOutlastsTheDeadlineIsStoppedAndTheWorkerReadsTheNextFile() throws Exception {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 180; i++) {
      pages.add(Page.lines(50, 60, 9.5f, 14, Resumes.ENGLISH.lines().toList()));
    }
    byte[] long_ = ResumeFiles.pdf(pages, false, null);
    try (ResumeExtractor impatient = new ResumeExtractor(ONE_WORKER_IMPATIENT)) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> impatient.extractAndParse(long_, null, "long.pdf", Resumes::parse));
      assertEquals(Kind.TIMEOUT, e.kind(), e::getMessage);
      awaitFree(impatient.workers()); // hangs (and times out) if the stripper kept going after the answer
      assertEquals(0, impatient.workers().busy());
    }
  }

  @Test
  void parsingDoesNotStartOnTextWhoseExtractionRanOutOfTime() throws Exception {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 200_000; i++) {
      html.append("<div><span>Go</span> Kafka</div>");
    }
    byte[] page = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    List<String> parsed = new ArrayList<>();
    try (ResumeExtractor impatient = new ResumeExtractor(ONE_WORKER_IMPATIENT)) {
      ExtractionException e = assertThrows(ExtractionException.class,
          () -> impatient.extractAndParse(page, null, "big.html", t -> parsed.add(t)));
      assertEquals(Kind.TIMEOUT, e.kind(), e::getMessage);
      awaitFree(impatient.workers());
      assertEquals(List.of(), parsed, "the parser never saw the text");
    }
    try (ResumeExtractor patient = new ResumeExtractor()) {
      ResumeExtractor.Read<String> read = patient.extractAndParse(ResumeFiles.html(Resumes.ENGLISH), null, "cv.html",
          t -> Resumes.parse(t).name());
      assertEquals("Daniel Mercer", read.parsed());
    }
  }
}
