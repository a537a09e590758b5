package dev.candidates.taxonomy;

import dev.candidates.taxonomy.SkillMatcher.Mode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@link SkillMatcher#find} line by line, each distinct line matched once. Enrichment matches every job
 * description for its years and then the whole text, which repeats each description: keeping each line's matches
 * lets the whole text reuse them.
 *
 * <p>Exact, not an approximation: the matcher's context rules never look past a line feed (it is no word char,
 * list mark or space they skip, and it ends every Han run), so a text's matches are its lines' matches, shifted.
 * The one way a match crosses a line feed is a label whose words it separates ("React" at the end of one line,
 * "Native" at the start of the next): a line whose trie walk was still open at its end says so, and it is matched
 * together with the next line; when that is still open, the rest of the text is matched whole. Not thread-safe:
 * one per profile.
 */
public final class LineMatches {
  private static final SkillMatcher.Line NONE = new SkillMatcher.Line(List.of(), false);

  private final SkillMatcher matcher;
  private final Map<Mode, Map<String, SkillMatcher.Line>> units = new EnumMap<>(Mode.class);

  public LineMatches(SkillMatcher matcher) {
    this.matcher = matcher;
  }

  /** The same mentions, in the same order, as {@code matcher.find(text, mode)}. */
  public List<SkillMention> find(String text, Mode mode) {
    if (text == null || text.isEmpty() || !matcher.linesIndependent()) {
      return matcher.find(text, mode);
    }
    Map<String, SkillMatcher.Line> memo = units.computeIfAbsent(mode, m -> new HashMap<>());
    List<SkillMention> out = new ArrayList<>();
    int unitStart = 0;
    int from = 0;
    while (true) {
      int feed = text.indexOf('\n', from);
      int to = feed < 0 ? text.length() : feed;
      SkillMatcher.Line unit = unitStart == to ? NONE : memo.computeIfAbsent(text.substring(unitStart, to),
          u -> matcher.line(u, mode));
      if (feed >= 0 && unit.open() && unitStart < from) {
        // Still open after taking in the next line: match the rest whole, so a text of many open lines ("React"
        // on each) costs one pass over it, not a pass per line over a growing unit.
        shift(matcher.find(text.substring(unitStart), mode), unitStart, out);
        return out;
      }
      if (feed < 0 || !unit.open()) { // closed: nothing in it continues past this line feed
        shift(unit.mentions(), unitStart, out);
        if (feed < 0) {
          return out;
        }
        unitStart = feed + 1;
      }
      from = feed + 1;
    }
  }

  private static void shift(List<SkillMention> mentions, int by, List<SkillMention> out) {
    for (SkillMention m : mentions) {
      out.add(by == 0 ? m : new SkillMention(m.conceptId(), m.start() + by, m.end() + by));
    }
  }

  /** Distinct concept ids in order of first mention, as {@link SkillMatcher#conceptIds}. */
  public List<String> conceptIds(String text, Mode mode) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (SkillMention m : find(text, mode)) {
      ids.add(m.conceptId());
    }
    return new ArrayList<>(ids);
  }
}
