package dev.candidates.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Our passage scorer gives Lucene's scores to the bit, so the same passages win. */
class SnippetScorerTest {
  private static Passage passage(int start, int end, String... words) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    int at = start;
    for (String w : words) {
      p.addMatch(at, at + 1, new BytesRef(w), 1);
      at += 2;
    }
    return p;
  }

  @Test
  void scoresEveryPassageExactlyAsLuceneDoes() {
    PassageScorer lucene = new PassageScorer();
    SnippetScorer ours = new SnippetScorer();
    Passage[] passages = {passage(0, 110, "redis"), passage(40, 150, "redis", "redis cluster", "redis"),
        passage(900, 1010, "kafka", "go", "kafka", "go", "go", "分布式系统"), passage(5, 20), passage(0, 1, "a")};
    for (Passage p : passages) {
      for (int contentLength : new int[] {1, 110, 2_000, 200_000}) {
        assertEquals(Float.floatToIntBits(lucene.score(p, contentLength)),
            Float.floatToIntBits(ours.score(p, contentLength)), p + " in " + contentLength + " chars");
      }
    }
    assertEquals(0f, ours.score(passage(5, 20), 100));
  }
}
