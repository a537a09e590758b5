package dev.candidates.index;

import dev.candidates.extract.ExtractionException;
import dev.candidates.extract.ResumeExtractor;
import dev.candidates.intake.IntakeException;
import dev.candidates.intake.IntakeResult;
import dev.candidates.intake.ProfileIntake;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads profiles from the files of a data folder through {@link ProfileIntake}: {@code .json} (one profile),
 * {@code .jsonl} (one per line), {@code .yaml}/{@code .yml} (a résumé in YAML: RenderCV, JSON Resume),
 * {@code .txt}/{@code .md} (a résumé as text), {@code .tex}/{@code .rst}/{@code .adoc} (its source) and résumé files
 * ({@code .pdf}, {@code .docx}, {@code .doc}, {@code .rtf}, {@code .odt}, {@code .html}/{@code .htm}). A bad file or
 * line becomes an {@link Ingested} error naming what was wrong.
 */
public final class ProfileReader {
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  public static final Set<String> EXTENSIONS = Set.of("json", "jsonl", "yaml", "yml", "txt", "md", "tex", "rst",
      "adoc", "asciidoc", "pdf", "docx", "doc", "rtf", "odt", "html", "htm");

  private final ProfileIntake intake;

  public ProfileReader(ProfileIntake intake) {
    this.intake = intake;
  }

  public ProfileIntake intake() {
    return intake;
  }

  /** The extractor for résumé files, shared with whoever else receives uploads. */
  public ResumeExtractor extractor() {
    return intake.extractor();
  }

  public static String extension(Path file) {
    return ProfileIntake.extension(file.getFileName().toString());
  }

  /**
   * Profile files under a folder, recursively, in a stable order. Not data: READMEs, the {@code taxonomy} and
   * {@code eval} folders at its top, and a parse evaluation's {@code NAME.expected.json} answers anywhere.
   */
  public static List<Path> profileFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> EXTENSIONS.contains(extension(p)))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".expected.json"))
          .filter(p -> !NOT_DATA.contains(dir.relativize(p).getName(0).toString()))
          .sorted()
          .toList();
    }
  }

  private static final Set<String> NOT_DATA = Set.of("taxonomy", "eval");

  public List<Ingested> read(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return List.of(Ingested.failed(name, "file is " + (size >> 20) + " MB; the limit is "
            + (MAX_FILE_BYTES >> 20) + " MB"));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (extension(file).equals("jsonl")) {
        return readJsonLines(name, bytes);
      }
      return List.of(read(name, bytes, file.getFileName().toString()));
    } catch (IOException e) {
      return List.of(Ingested.failed(name, "cannot read: " + e.getMessage()));
    }
  }

  private Ingested read(String source, byte[] bytes, String kind) {
    try {
      IntakeResult r = intake.intake(bytes, kind);
      return Ingested.ok(source, r.profile(), r.warnings());
    } catch (IntakeException e) {
      return Ingested.failed(source, e.getMessage());
    } catch (ExtractionException e) {
      return Ingested.failed(source, e.getMessage());
    }
  }

  private List<Ingested> readJsonLines(String source, byte[] bytes) {
    List<Ingested> out = new ArrayList<>();
    String text;
    try {
      text = ProfileIntake.decode(bytes);
    } catch (CharacterCodingException e) {
      return List.of(Ingested.failed(source, "not valid UTF-8"));
    }
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(Ingested.ok(source + ":" + lineNo, intake.parseJson(line)));
      } catch (IntakeException e) {
        out.add(Ingested.failed(source + ":" + lineNo, e.getMessage()));
      }
    }
    return out;
  }
}
