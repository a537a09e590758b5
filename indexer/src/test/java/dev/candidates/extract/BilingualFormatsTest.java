package dev.candidates.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12: a bilingual résumé parsed from text, PDF and DOCX gives the same name, contacts, jobs and schools. */
class BilingualFormatsTest {
  static final Path SET = Path.of("src/test/resources/parse-eval");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mixed-personal-like-jobs.txt", "zh-glued-header.txt", "en-legal-suffix.txt"})
  void aPdfAndADocxGiveWhatTheTextGives(String file) throws IOException, ExtractionException {
    assumeTrue(ResumeFiles.hasCjkFont(), ResumeFiles.NO_CJK_FONT);
    String text = Files.readString(SET.resolve(file)).replace('•', '-'); // the test font has no bullet glyph
    ResumeExtractor extractor = new ResumeExtractor();
    Resumes.assertSameProfile(text, extractor.extract(ResumeFiles.pdf(text, true), null, "r.pdf").text());
    Resumes.assertSameProfile(text, extractor.extract(ResumeFiles.docx(text), null, "r.docx").text());
  }
}
