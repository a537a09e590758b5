package dev.candidates.taxonomy;

// Over 350 lines on purpose: the trie walk and the trap rules that decide a match share its tight inner loop.

import dev.candidates.analysis.ChineseSegmenter;
import dev.candidates.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds taxonomy concepts in text by longest match over a character trie of every label, with the rules that keep
 * recruiters' traps out:
 * <ul>
 *   <li>Latin labels match whole words only: {@code Java} never inside {@code JavaScript}, {@code C} never in
 *       {@code C++}, {@code C#} or {@code Objective-C}; longest match makes {@code React Native} win over
 *       {@code React}.
 *   <li>Short labels (two ASCII letters or fewer, three for concepts flagged {@code cased}: {@code Go}, {@code C},
 *       {@code R}, {@code ES}) must match case and stand in a skill context (a skills section, a list, next to
 *       Chinese text, after "in/with/using"), so the verb in "go into management" or "go-live" is not Go.
 *   <li>Labels of concepts flagged {@code word} (a common word too: {@code YARN}, {@code Less}, {@code Eclipse}) follow
 *       the same case and context rules at any length.
 *   <li>A Chinese label that cuts through segmenter words at both ends is rejected ({@code 限流} inside
 *       {@code 无限|流量}); one that cuts a single word is kept ({@code 高并发} in {@code 高|并|发网}, which smartcn
 *       gets wrong).
 * </ul>
 * Thread-safe.
 */
public final class SkillMatcher {
  /** Where the text comes from; decides how strict the context rules are. */
  public enum Mode {
    /** Free text (summary, job descriptions): short labels need case and context. */
    PROSE,
    /** A skills section or a skills list: every label is meant as a skill, but case still counts. */
    SKILLS,
    /** A recruiter's query: case-insensitive, always a skill context. */
    QUERY
  }

  private static final String LIST_BEFORE = "/,、，;；|(（&+:：·•";
  private static final String LIST_AFTER = "/,、，;；|)）&.。:：";
  private static final Set<String> SKILL_WORD_BEFORE = Set.of("in", "with", "using", "and", "or", "of", "on");
  private static final Set<String> SKILL_WORD_AFTER = Set.of("developer", "developers", "engineer", "engineers",
      "programmer", "programming", "language", "code", "coding", "backend", "services", "service",
      "microservices", "stack", "expert", "experience", "years", "year", "and", "or", "lang");

  /** Words after a short label that make it a verb or a word, not a skill ("go into", "go live"). */
  private static final Set<String> NOT_A_SKILL_AFTER = Set.of("to", "into", "ahead", "live", "back", "further",
      "through", "beyond", "over", "out", "up", "away", "down", "home", "the", "a", "an", "for", "get", "public");

  private static final class Node {
    Map<Character, Node> building = new HashMap<>(4); // until freeze()
    char[] keys = new char[0]; // sorted
    Node[] kids = new Node[0];
    Concept concept;
    String label;
    boolean ambiguous;

    Node child(char c) {
      char[] k = keys;
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return kids[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i >= 0 ? kids[i] : null;
    }

    /** Turns the build-time maps into sorted arrays: the walk runs per char of every text, without boxing. */
    void freeze() {
      keys = new char[building.size()];
      kids = new Node[keys.length];
      int i = 0;
      for (Character c : new TreeSet<>(building.keySet())) {
        keys[i] = c;
        kids[i++] = building.get(c);
      }
      building = null;
      for (Node kid : kids) {
        kid.freeze();
      }
    }
  }

  private final Node root = new Node();
  /** The root's children by char, so the walk from every start position begins with one array read. */
  private final Node[] rootKids = new Node[0x10000];
  private final boolean rootHasSpace;

  SkillMatcher(Taxonomy taxonomy) {
    for (Concept c : taxonomy.concepts()) {
      for (String label : c.allLabels()) {
        String key = Taxonomy.labelKey(label);
        Node n = root;
        for (int i = 0; i < key.length(); i++) {
          n = n.building.computeIfAbsent(key.charAt(i), k -> new Node());
        }
        n.concept = c;
        n.label = TextNormalizer.normalize(label.strip());
        n.ambiguous = isAmbiguous(n.label, c);
      }
    }
    root.freeze();
    for (int i = 0; i < root.keys.length; i++) {
      rootKids[root.keys[i]] = root.kids[i];
    }
    rootHasSpace = rootKids[' '] != null;
  }

  private Node child(Node node, char c) {
    return node == root ? rootKids[c] : node.child(c);
  }

  static boolean isAmbiguous(String label, Concept c) {
    if (c.word() && label.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch))) {
      return true; // "YARN" the scheduler, never "yarn"; "Less" in a list, never "less" in a sentence
    }
    int max = c.cased() ? 3 : 2;
    return label.length() <= max && label.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch));
  }

  public List<SkillMention> find(String text, Mode mode) {
    return find(text, mode, null);
  }

  /**
   * The matches of one line, and whether a trie walk was still open at its end: then a line feed after it might
   * continue a label ("React" then "Native" on the next line), so it is matched together with the next line (see
   * {@link LineMatches}).
   */
  record Line(List<SkillMention> mentions, boolean open) {}

  Line line(String line, Mode mode) {
    boolean[] open = new boolean[1];
    List<SkillMention> mentions = find(line, mode, open);
    return new Line(mentions, open[0]);
  }

  /**
   * False when some label starts with a separator: a walk could then start at a line feed, so a text's matches
   * would not be its lines' matches.
   */
  boolean linesIndependent() {
    return !rootHasSpace;
  }

  private List<SkillMention> find(String text, Mode mode, boolean[] open) {
    List<SkillMention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String norm = TextNormalizer.normalize(text);
    int n = norm.length();
    char[] lower = new char[n];
    for (int i = 0; i < n; i++) {
      lower[i] = Character.toLowerCase(norm.charAt(i));
    }
    Segmentation seg = new Segmentation(norm);
    int[] ends = new int[8];
    Node[] nodes = new Node[8];
    int i = 0;
    while (i < n) {
      char first = lower[i];
      if ((rootKids[first] == null && !(rootHasSpace && isSeparator(first)))
          || !startOk(lower, i)) { // no label starts with this char: no match here
        i++;
        continue;
      }
      // Walk the trie, remembering every terminal node passed, then take the longest one whose rules hold.
      int hits = 0;
      Node node = root;
      int j = i;
      while (j < n && node != null) {
        char c = lower[j];
        Node nx;
        Node space;
        if (isSeparator(c) && (space = child(node, ' ')) != null) {
          nx = space;
          while (j < n && isSeparator(lower[j])) {
            j++;
          }
        } else {
          nx = child(node, c);
          j++;
        }
        node = nx;
        if (node != null && node.concept != null) {
          if (hits == ends.length) {
            ends = Arrays.copyOf(ends, hits * 2);
            nodes = Arrays.copyOf(nodes, hits * 2);
          }
          ends[hits] = j;
          nodes[hits++] = node;
        }
      }
      if (open != null && j == n && node != null && (isSeparator(lower[n - 1]) || child(node, ' ') != null
          || child(node, '\n') != null)) {
        open[0] = true; // a line feed here would have let this walk go on
      }
      boolean matched = false;
      for (int k = hits - 1; k >= 0; k--) {
        int end = ends[k];
        Node hit = nodes[k];
        if (accept(norm, lower, i, end, hit, mode, seg)) {
          out.add(new SkillMention(hit.concept.id(), i, end));
          i = end;
          matched = true;
          break;
        }
      }
      if (!matched) {
        i++;
      }
    }
    return out;
  }

  /** Distinct concept ids in order of first mention. */
  public List<String> conceptIds(String text, Mode mode) {
    var ids = new java.util.LinkedHashSet<String>();
    for (SkillMention m : find(text, mode)) {
      ids.add(m.conceptId());
    }
    return new ArrayList<>(ids);
  }

  /** Whitespace, '-' or '_': what a space in a label matches ("React Native", "react-native"). */
  private static boolean isSeparator(char c) {
    return (SEPARATORS[c >>> 6] & (1L << c)) != 0;
  }

  /** {@link Character#isWhitespace} or '-' or '_', per BMP char: isWhitespace is slow for Han chars. */
  private static final long[] SEPARATORS = separators();

  private static long[] separators() {
    long[] bits = new long[0x10000 >>> 6];
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isWhitespace(c) || c == '-' || c == '_') {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  private static boolean isWordChar(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  private static boolean startOk(char[] s, int i) {
    char c = s[i];
    if (TextNormalizer.isHan(c)) {
      return true;
    }
    if (i == 0) {
      return true;
    }
    char p = s[i - 1];
    if (c == '.') { // ".NET": the dot is part of the label, so only a word character before it matters
      return !isWordChar(p);
    }
    return !isWordChar(p) && p != '-' && p != '.' && p != '+' && p != '#' && p != '_' && p != '@';
  }

  private boolean accept(String norm, char[] lower, int start, int end, Node hit, Mode mode, Segmentation seg) {
    int n = lower.length;
    char last = lower[end - 1];
    if (end < n) {
      char next = lower[end];
      if (isWordChar(last)) {
        if (isWordChar(next) || next == '+' || next == '#' || next == '_') {
          return false;
        }
        if (next == '.' && end + 1 < n && isWordChar(lower[end + 1])) {
          return false;
        }
        if (next == '-' && end + 1 < n && isWordChar(lower[end + 1]) && hit.ambiguous) {
          return false; // go-live, go-to-market
        }
      } else if ((last == '+' || last == '#') && (next == '+' || next == '#')) {
        return false;
      }
    }
    if (hit.ambiguous && mode != Mode.QUERY) {
      String surface = norm.substring(start, end);
      if (!surface.equals(hit.label) && !surface.equals(hit.label.toUpperCase(Locale.ROOT))) {
        return false;
      }
      if (mode == Mode.PROSE && !inSkillContext(norm, start, end)) {
        return false;
      }
    }
    if (mode != Mode.QUERY && (TextNormalizer.isHan(lower[start]) || TextNormalizer.isHan(last))) {
      return !seg.straddles(start, end);
    }
    return true;
  }

  private static boolean inSkillContext(String s, int start, int end) {
    int p = start - 1;
    while (p >= 0 && s.charAt(p) == ' ') {
      p--;
    }
    int q = end;
    while (q < s.length() && s.charAt(q) == ' ') {
      q++;
    }
    String nextWord = word(s, q);
    if (NOT_A_SKILL_AFTER.contains(nextWord)) {
      return false;
    }
    if (p >= 0 && (TextNormalizer.isHan(s.charAt(p)) || LIST_BEFORE.indexOf(s.charAt(p)) >= 0)) {
      return true;
    }
    if (q < s.length() && (TextNormalizer.isHan(s.charAt(q)) || LIST_AFTER.indexOf(s.charAt(q)) >= 0)) {
      return true;
    }
    if (SKILL_WORD_AFTER.contains(nextWord)) {
      return true;
    }
    int wEnd = p + 1;
    int wStart = wEnd;
    while (wStart > 0 && Character.isLetter(s.charAt(wStart - 1))) {
      wStart--;
    }
    return wStart < wEnd && SKILL_WORD_BEFORE.contains(s.substring(wStart, wEnd).toLowerCase(Locale.ROOT));
  }

  private static String word(String s, int from) {
    int e = from;
    while (e < s.length() && Character.isLetter(s.charAt(e)) && s.charAt(e) < 128) {
      e++;
    }
    return s.substring(from, e).toLowerCase(Locale.ROOT);
  }

  /**
   * Lazily segments the Han run around a match to check word boundaries. Matches come in text order, so the run of the
   * last check is kept with a flag per position for "strictly inside a word": each run is found and segmented once,
   * and each check is a lookup, which keeps matching linear on an unspaced run of any length.
   */
  private static final class Segmentation {
    private final String text;
    private ChineseSegmenter segmenter;
    private int runStart = -1;
    private int runEnd = -1;
    /** interior[i]: position runStart + i falls strictly inside a segmenter word. */
    private boolean[] interior;

    Segmentation(String text) {
      this.text = text;
    }

    boolean straddles(int start, int end) {
      return inside(start) && inside(end);
    }

    /** True when {@code pos} falls strictly inside a segmenter word (not on a word boundary). */
    private boolean inside(int pos) {
      if (pos <= 0 || pos >= text.length() || !TextNormalizer.isHan(text.charAt(pos))
          || !TextNormalizer.isHan(text.charAt(pos - 1))) {
        return false;
      }
      if (pos <= runStart || pos >= runEnd) {
        load(pos);
      }
      return interior[pos - runStart];
    }

    private void load(int pos) {
      int rs = pos;
      while (rs > 0 && TextNormalizer.isHan(text.charAt(rs - 1))) {
        rs--;
      }
      int re = pos;
      while (re < text.length() && TextNormalizer.isHan(text.charAt(re))) {
        re++;
      }
      if (segmenter == null) {
        segmenter = new ChineseSegmenter();
      }
      interior = new boolean[re - rs + 1];
      for (int[] w : segmenter.segment(text.substring(rs, re))) {
        for (int k = w[0] + 1; k < w[1]; k++) {
          interior[k] = true;
        }
      }
      runStart = rs;
      runEnd = re;
    }
  }
}
