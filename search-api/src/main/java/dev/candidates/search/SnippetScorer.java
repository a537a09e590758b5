package dev.candidates.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct matched words, times the position norm), to the bit,
 * without the {@code BytesRefHash} (and its 32 KB block) that the stock scorer builds for every candidate passage:
 * that was a tenth of a facets-and-snippets search. A passage holds a handful of matches, so a linear look-up of
 * each word among those seen is cheaper than hashing.
 */
final class SnippetScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] firstOf = new int[n]; // each distinct word's first match, in order of appearance (the sum's order)
    int[] inPassage = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int w = 0;
      while (w < distinct && !terms[firstOf[w]].bytesEquals(terms[i])) {
        w++;
      }
      if (w == distinct) {
        firstOf[distinct++] = i;
      }
      inPassage[w]++;
    }
    double score = 0d;
    for (int w = 0; w < distinct; w++) {
      score += tf(inPassage[w], passage.getLength()) * weight(contentLength, freqsInDoc[firstOf[w]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
