package dev.candidates.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candidates.app.Components;
import dev.candidates.cli.Environment;
import dev.candidates.extract.ExtractionLimits;
import dev.candidates.index.CandidateIndex;
import dev.candidates.index.IndexStore;
import dev.candidates.store.CandidateStore;
import dev.candidates.index.RankingModel;
import dev.candidates.search.SearchRequest;
import dev.candidates.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve rebuilds an index whose stored weights are not the ranking model's; query-time weights need no rebuild. */
class RankingModelUpgradeTest {
  static final RankingModel.IndexTime D = RankingModel.DEFAULT.index();

  @TempDir
  Path dir;
  Path data;
  IndexStore store;

  @BeforeEach
  void data() throws IOException {
    data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.json"), """
        {"id": "a", "name": "Ada", "headline": "Kafka engineer", "experience": [{"company": "Tencent",
         "title": "Engineer", "start": "2019-01", "end": null, "description": "Kafka and Go services"}]}""");
    store = new IndexStore(dir.resolve("index"));
  }

  private static Environment env(RankingModel model) {
    return Environment.create(Taxonomy.loadDefault(), Clock.systemUTC(), ExtractionLimits.DEFAULT, model);
  }

  /** Opens the store as serve does; returns what it logged. */
  private String serve(RankingModel model) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Components components = Components.of(env(model));
    try (CandidateStore candidates = components.openStore(store, data,
        new PrintStream(log, true, StandardCharsets.UTF_8))) {
      CandidateReads index = new CandidateReads(candidates, components.searchService());
      assertEquals(1, index.search(SearchRequest.of("Kafka")).total());
    }
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aChangedIndexTimeWeightRebuildsTheIndexWithTheNewWeights() throws IOException {
    serve(RankingModel.DEFAULT);
    Path first = store.current();
    assertEquals(RankingModel.DEFAULT.fingerprint(), CandidateIndex.rankingFingerprint(first));

    RankingModel heavier = RankingModel.DEFAULT.withIndex(new RankingModel.IndexTime(D.conceptDirect() * 2,
        D.conceptBroader(), D.conceptInTitle(), D.undatedYears(), D.recencyMonths()));
    assertNotEquals(RankingModel.DEFAULT.fingerprint(), heavier.fingerprint());
    String log = serve(heavier);
    assertTrue(log.contains("ranking weights") && log.contains("rebuilding"), log);
    assertNotEquals(first, store.current(), "a new generation");
    assertEquals(heavier.fingerprint(), CandidateIndex.rankingFingerprint(store.current()));
  }

  @Test
  void theSameModelOrAChangedQueryTimeWeightKeepsTheIndex() throws IOException {
    serve(RankingModel.DEFAULT);
    Path first = store.current();
    assertFalse(serve(RankingModel.DEFAULT).contains("rebuilding"));
    RankingModel.QueryTime q = RankingModel.DEFAULT.query();
    RankingModel otherQuery = RankingModel.DEFAULT.withQuery(new RankingModel.QueryTime(q.text(), q.title() * 2,
        q.headline(), q.name(), q.company(), q.school(), q.location(), q.bigram(), q.fuzzy(), q.enoughYears(),
        q.enoughTotalYears(), q.tieBreaker(), q.roleFamily(), q.level(), q.levelStep(), q.roleNoun()));
    assertEquals(RankingModel.DEFAULT.fingerprint(), otherQuery.fingerprint(), "query-time weights are not stored");
    String log = serve(otherQuery);
    assertFalse(log.contains("rebuilding"), log);
    assertEquals(first, store.current());
  }

  @Test
  void anIndexTimeWeightChangeIsRefusedByCommandsThatCannotRebuild() throws IOException {
    serve(RankingModel.DEFAULT);
    RankingModel other = RankingModel.DEFAULT.withIndex(new RankingModel.IndexTime(D.conceptDirect(),
        D.conceptBroader(), D.conceptInTitle() + 1, D.undatedYears(), D.recencyMonths()));
    var e = org.junit.jupiter.api.Assertions.assertThrows(CandidateIndex.SchemaMismatchException.class,
        () -> CandidateIndex.checkSchema(store.current(), store.root(), other));
    assertTrue(e.getMessage().contains("ranking weights") && e.getMessage().contains("./candidates index"),
        e.getMessage());
  }
}
