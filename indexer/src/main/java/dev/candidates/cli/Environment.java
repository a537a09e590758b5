package dev.candidates.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.extract.ExtractionLimits;
import dev.candidates.extract.ResumeExtractor;
import dev.candidates.index.IndexBuilder;
import dev.candidates.index.IndexStore;
import dev.candidates.index.ProfileArchive;
import dev.candidates.index.ProfileReader;
import dev.candidates.index.RankingModel;
import dev.candidates.index.Schema;
import dev.candidates.intake.ProfileIntake;
import dev.candidates.model.ProfileJson;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.parse.ResumeParser;
import dev.candidates.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.lucene.analysis.Analyzer;

/**
 * The composition root of the indexing side: one taxonomy, analyzer, parser, enricher and JSON mapper, wired once
 * and passed to whoever needs them. Paths default to the project home ({@code -Dcandidates.home}, set by the
 * launcher): {@code data/} for profiles, {@code var/index} for the index.
 */
public record Environment(Taxonomy taxonomy, Analyzer analyzer, ResumeParser parser, ProfileEnricher enricher,
    ObjectMapper json, ProfileReader reader, RankingModel ranking) {

  public static Environment create(Taxonomy taxonomy, Clock clock) {
    return create(taxonomy, clock, ExtractionLimits.DEFAULT);
  }

  /** With what one résumé file may cost to read: the HTTP server and the file commands share the reader. */
  public static Environment create(Taxonomy taxonomy, Clock clock, ExtractionLimits limits) {
    return create(taxonomy, clock, limits, RankingModel.DEFAULT);
  }

  /** With a ranking model other than the default (tests and benchmarks trying alternatives). */
  public static Environment create(Taxonomy taxonomy, Clock clock, ExtractionLimits limits, RankingModel ranking) {
    ObjectMapper json = ProfileJson.mapper();
    ResumeParser parser = new ResumeParser(taxonomy);
    return new Environment(taxonomy, Schema.analyzer(taxonomy), parser, new ProfileEnricher(taxonomy, clock), json,
        new ProfileReader(new ProfileIntake(json, parser, new ResumeExtractor(limits))), ranking);
  }

  public static Environment createDefault() {
    return create(Taxonomy.loadDefault(), Clock.systemUTC());
  }

  public static Path home() {
    return Path.of(System.getProperty("candidates.home", ".")).toAbsolutePath().normalize();
  }

  public static Path defaultData() {
    return home().resolve("data");
  }

  public static Path defaultIndex() {
    return home().resolve("var").resolve("index");
  }

  /** The one way bytes become a profile. */
  public ProfileIntake intake() {
    return reader.intake();
  }

  public IndexBuilder builder() {
    return new IndexBuilder(analyzer, enricher, json, ranking, Runtime.getRuntime().availableProcessors());
  }

  public ProfileArchive archive(IndexStore store) {
    return new ProfileArchive(store, json);
  }
}
