package dev.candidates.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.IOConsumer;
import org.apache.lucene.util.StringHelper;

/**
 * Where a hit's text matches the highlight query, read straight from the postings' offsets: the query's terms,
 * exact phrases and prefixes are taken apart once per page, then each hit's matches are its terms' positions. The
 * same matches the UnifiedHighlighter's weight matches give (a phrase is one match from its first word to its last,
 * each match counted once and labelled by its words), without a Weight and a Matches tree built per hit, which was
 * a fifth of a facets-and-snippets search.
 */
final class QueryOffsets extends FieldOffsetStrategy {
  /** One way the highlight query matches: a word, an exact phrase of words, or a prefix; labelled as Lucene does. */
  private record Part(BytesRef[] words, BytesRef prefix, BytesRef label) {}

  private final List<Part> parts;
  /** The segment of the last hit and its words' postings: the highlighter asks for a page's hits in doc order. */
  private LeafReader leaf;
  private LeafWords leafWords;

  private QueryOffsets(UHComponents components, List<Part> parts) {
    super(components);
    this.parts = parts;
  }

  /** The offsets of the query's parts in the highlighted field, or null for a query shape it does not take apart. */
  static QueryOffsets of(UHComponents components) {
    Map<String, Part> parts = new LinkedHashMap<>(); // a repeated clause matches once, as the rewritten query does
    return collect(components.query(), components.field(), parts) ? new QueryOffsets(components,
        List.copyOf(parts.values())) : null;
  }

  private static boolean collect(Query q, String field, Map<String, Part> parts) {
    switch (q) {
      case BoostQuery b -> {
        return collect(b.getQuery(), field, parts);
      }
      case MatchNoDocsQuery none -> {
        return true;
      }
      case BooleanQuery b -> {
        if (b.getMinimumNumberShouldMatch() > 1) {
          return false;
        }
        for (BooleanClause c : b.clauses()) {
          if (c.occur() != BooleanClause.Occur.SHOULD || !collect(c.query(), field, parts)) {
            return false;
          }
        }
        return true;
      }
      case TermQuery t -> {
        if (t.getTerm().field().equals(field)) {
          BytesRef w = t.getTerm().bytes();
          parts.putIfAbsent("t:" + w.utf8ToString(), new Part(new BytesRef[] {w}, null, w));
        }
        return true;
      }
      case PhraseQuery p -> {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        if (p.getSlop() != 0 || terms.length == 0) {
          return false;
        }
        if (!terms[0].field().equals(field)) {
          return true; // another field's phrase has nothing to mark here
        }
        BytesRefBuilder label = new BytesRefBuilder();
        BytesRef[] words = new BytesRef[terms.length];
        for (int i = 0; i < terms.length; i++) {
          if (positions[i] != i) {
            return false;
          }
          words[i] = terms[i].bytes();
          if (i > 0) {
            label.append((byte) ' ');
          }
          label.append(words[i]);
        }
        parts.putIfAbsent("p:" + label.get().utf8ToString(), new Part(words, null, label.toBytesRef()));
        return true;
      }
      case PrefixQuery p -> {
        if (p.getPrefix().field().equals(field)) {
          parts.putIfAbsent("x:" + p, new Part(null, p.getPrefix().bytes(), new BytesRef(p.toString())));
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
    if (parts.isEmpty()) {
      return OffsetsEnum.EMPTY;
    }
    if (reader != leaf) {
      leaf = reader;
      Terms terms = reader.terms(getField());
      leafWords = terms == null ? null : new LeafWords(terms.iterator());
    }
    if (leafWords == null) {
      return OffsetsEnum.EMPTY;
    }
    Words words = new Words(leafWords, doc);
    Found found = new Found();
    for (Part part : parts) {
      if (part.prefix() != null) {
        words.withPrefix(part.prefix(), p -> found.addAll(p, part.label()));
      } else if (part.words().length == 1) {
        found.addAll(words.positions(part.words()[0]), part.label());
      } else {
        phrase(words, part, found);
      }
    }
    return found.sorted();
  }

  /** Every position where the phrase's words stand one after another. */
  private static void phrase(Words doc, Part part, Found found) throws IOException {
    int n = part.words().length;
    Positions[] words = new Positions[n];
    for (int i = 0; i < n; i++) {
      words[i] = doc.positions(part.words()[i]);
      if (words[i] == null) {
        return;
      }
    }
    Positions first = words[0];
    Positions last = words[n - 1];
    for (int k = 0; k < first.size; k++) {
      int p = first.pos[k];
      int lastAt = -1;
      for (int i = 1; i < n; i++) {
        int at = Arrays.binarySearch(words[i].pos, 0, words[i].size, p + i);
        if (at < 0) {
          lastAt = -1;
          break;
        }
        lastAt = at;
      }
      if (lastAt >= 0) {
        found.add(p, p + n - 1, first.start[k], last.end[lastAt], part.label());
      }
    }
  }

  /**
   * One segment's words, each looked up once and its postings kept open for the page's later hits in this segment
   * (a fresh terms enum, seek and postings enum per hit and word was a tenth of a facets-and-snippets search).
   */
  private static final class LeafWords {
    private final TermsEnum te;
    private final Map<BytesRef, Word> words = new HashMap<>();
    private PostingsEnum reuse;

    LeafWords(TermsEnum te) {
      this.te = te;
    }

    /** The word's positions in the document, or null when it has none. */
    Positions positions(BytesRef word, int doc) throws IOException {
      Word w = words.get(word);
      if (w == null) {
        w = new Word(te.seekExact(word) ? te.termState() : null);
        words.put(BytesRef.deepCopyOf(word), w);
      }
      if (w.state == null) {
        return null;
      }
      if (w.postings == null || w.postings.docID() > doc || w.readDoc == doc) {
        te.seekExact(word, w.state); // behind the document (not in doc order) or read already: start over
        w.postings = te.postings(null, PostingsEnum.OFFSETS);
        w.readDoc = -1;
      }
      int at = w.postings.docID() < doc ? w.postings.advance(doc) : w.postings.docID();
      if (at != doc) {
        return null;
      }
      w.readDoc = doc;
      return read(w.postings);
    }

    void withPrefix(BytesRef prefix, int doc, IOConsumer<Positions> each) throws IOException {
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        return;
      }
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
        reuse = te.postings(reuse, PostingsEnum.OFFSETS);
        if (reuse.advance(doc) == doc) {
          each.accept(read(reuse));
        }
      }
    }

    private static Positions read(PostingsEnum pe) throws IOException {
      int freq = pe.freq();
      Positions p = new Positions(freq, new int[freq], new int[freq], new int[freq]);
      for (int i = 0; i < freq; i++) {
        p.pos[i] = pe.nextPosition();
        p.start[i] = pe.startOffset();
        p.end[i] = pe.endOffset();
      }
      return p;
    }
  }

  /** A word of one segment: its term (null when the segment lacks it) and its postings so far. */
  private static final class Word {
    final TermState state;
    PostingsEnum postings;
    int readDoc = -1;

    Word(TermState state) {
      this.state = state;
    }
  }

  /** One document's words, each read from the postings once (a concept's labels share words: Redis, Redis Cluster). */
  private static final class Words {
    private final LeafWords leaf;
    private final int doc;
    private final Map<BytesRef, Positions> read = new HashMap<>();

    Words(LeafWords leaf, int doc) {
      this.leaf = leaf;
      this.doc = doc;
    }

    /** The word's positions in the document, or null when it has none. */
    Positions positions(BytesRef word) throws IOException {
      if (read.containsKey(word)) {
        return read.get(word);
      }
      Positions p = leaf.positions(word, doc);
      read.put(word, p);
      return p;
    }

    void withPrefix(BytesRef prefix, IOConsumer<Positions> each) throws IOException {
      leaf.withPrefix(prefix, doc, each);
    }
  }

  /** A term's positions and offsets in one document, in position order. */
  private record Positions(int size, int[] pos, int[] start, int[] end) {}

  /** The matches of one document, handed out in the order Lucene's disjunction of matches gives them. */
  private static final class Found {
    private final List<Match> matches = new ArrayList<>();

    private record Match(int startPos, int endPos, int start, int end, BytesRef label) {}

    void addAll(Positions p, BytesRef label) {
      for (int i = 0; p != null && i < p.size; i++) {
        add(p.pos[i], p.pos[i], p.start[i], p.end[i], label);
      }
    }

    void add(int startPos, int endPos, int start, int end, BytesRef label) {
      matches.add(new Match(startPos, endPos, start, end, label));
    }

    OffsetsEnum sorted() {
      if (matches.isEmpty()) {
        return OffsetsEnum.EMPTY;
      }
      matches.sort((a, b) -> a.startPos != b.startPos ? Integer.compare(a.startPos, b.startPos)
          : a.endPos != b.endPos ? Integer.compare(a.endPos, b.endPos)
          : a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
      return new OffsetsEnum() {
        private int i = -1;

        @Override
        public boolean nextPosition() {
          return ++i < matches.size();
        }

        @Override
        public int freq() {
          return 1; // as weight matches count them: each match once
        }

        @Override
        public BytesRef getTerm() {
          return matches.get(i).label;
        }

        @Override
        public int startOffset() {
          return matches.get(i).start;
        }

        @Override
        public int endOffset() {
          return matches.get(i).end;
        }
      };
    }
  }
}
