package dev.candidates.search;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.occupation.Seniority;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.SkillMatcher;
import dev.candidates.taxonomy.SkillMention;
import dev.candidates.taxonomy.Taxonomy;
import dev.candidates.text.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first search stage: what the recruiter asked for, in words, with no Lucene. A run of words is split into units:
 * a span naming a taxonomy concept ("distributed systems", "分布式系统", "K8s") is a concept unit, other words are
 * text units; an English word the index does not have but a taxonomy label is one or two edits away becomes that
 * concept (with a did-you-mean). "Go 5 years", "5年Go经验" become years intents. The {@link QueryBuilder} turns the
 * result into Lucene queries.
 */
public final class QueryUnderstanding {
  private static final Pattern YEARS_PHRASE = Pattern.compile(
      "(?:at least|over|more than|至少|超过)?\\s*(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?|年以上|年\\+?)"
          + "(?:\\s*(?:of\\s+)?(?:experience|exp)\\b|\\s*的?(?:工作)?经验)?(?:\\s*以上)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GAP_BEFORE = Pattern.compile("[\\s:：,，]*(?:(?:with|of|for|in)\\s*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GAP_AFTER = Pattern.compile("\\s*(?:(?:of|in|with|using)\\s+)?(?:的)?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_EXPERIENCE = Pattern.compile("\\s*(?:的)?(?:开发|工作)?(?:经验|experience)",
      Pattern.CASE_INSENSITIVE);
  /**
   * Punctuation a word starts or ends with ("kafka," "(go)"), but not a trailing + or # (C++, C#). Compiled once:
   * {@code String.replaceAll} compiled it again for every word of every query.
   */
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}。：]+|[\\p{Punct}。：&&[^+#]]+$");
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "of", "with", "who", "whom",
      "that", "has", "have", "had", "is", "are", "was", "were", "be", "worked", "work", "working", "works", "at",
      "in", "on", "for", "to", "from", "by", "experience", "experienced", "years", "year", "yrs", "someone",
      "candidate", "candidates", "looking", "find", "me", "please", "的", "和", "与", "及", "或", "经验", "以上", "有",
      "会", "熟悉", "精通", "掌握", "了解", "擅长", "工作过", "做过", "曾在", "在", "年");

  /** A unit of a run of words: a concept (conceptId set) or plain text. */
  public record Unit(String text, String conceptId) {}

  /** Whether the index has a word, as the builder can tell (the only index knowledge this stage needs). */
  @FunctionalInterface
  public interface WordIndex {
    boolean has(String word);
  }

  /**
   * What a query asks for.
   *
   * @param units the units of each {@link QueryNode.Text} and {@link QueryNode.Phrase}, corrected
   * @param concepts the concept named by each {@link QueryNode.Field} ({@code skill:}, {@code company:},
   *     {@code title:}) and {@link QueryNode.SkillYears} when there is one
   * @param requestedYears concept → years asked for with it ("Go 5 years")
   * @param softTotalYears total years asked for with no skill ("5 years"), or null
   * @param level the level a top-level text asks for ("senior", "应届生"), or null
   * @param roleNouns the generic role nouns ("developer", "工程师") each top-level text names: soft words only
   */
  public record Understanding(Map<QueryNode, List<Unit>> units, Map<QueryNode, String> concepts,
      Map<String, Integer> requestedYears, Double softTotalYears, String didYouMean, Seniority level,
      Map<QueryNode, List<String>> roleNouns) {

    public List<Unit> unitsOf(QueryNode n) {
      return units.getOrDefault(n, List.of());
    }
  }

  private final Taxonomy taxonomy;

  public QueryUnderstanding(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Working state of one query. */
  private static final class State {
    final WordIndex words;
    final Map<QueryNode, List<Unit>> units = new HashMap<>();
    final Map<QueryNode, String> concepts = new HashMap<>();
    final Map<String, Integer> requestedYears = new LinkedHashMap<>();
    final Map<QueryNode, List<String>> roleNouns = new HashMap<>();
    Seniority level;
    Double softTotalYears;
    String didYouMean;

    State(WordIndex words) {
      this.words = words;
    }
  }

  public Understanding understand(QueryNode root, WordIndex words) {
    State s = new State(words);
    List<QueryNode> top = root == null ? List.of()
        : root instanceof QueryNode.And and ? and.children() : List.of(root);
    for (QueryNode n : top) {
      if (n instanceof QueryNode.SkillYears sy) {
        String c = conceptFor(sy.skill());
        if (c == null) {
          throw new QuerySyntaxException("skill:" + sy.skill() + ">=" + sy.min() + ": \"" + sy.skill()
              + "\" is not a skill the taxonomy knows, so years with it are unknown; try skill:" + sy.skill());
        }
        s.concepts.put(sy, c);
      } else if (n instanceof QueryNode.Text t && !s.units.containsKey(t)) {
        RoleIntent intent = RoleIntent.read(t.text(), taxonomy.matcher());
        if (intent.level() != null) {
          s.level = intent.level();
        }
        s.roleNouns.put(t, intent.roleNouns());
        s.units.put(t, corrected(units(intent.rest(), s, true), s));
      } else {
        walk(n, s, true);
      }
    }
    return new Understanding(Map.copyOf(s.units), Map.copyOf(s.concepts), Map.copyOf(s.requestedYears),
        s.softTotalYears, s.didYouMean, s.level, Map.copyOf(s.roleNouns));
  }

  /** Visits the tree in the builder's order, so intents and the first correction come out the same. */
  private void walk(QueryNode n, State s, boolean positive) {
    switch (n) {
      case QueryNode.Text t -> s.units.computeIfAbsent(t, k -> corrected(units(t.text(), s, positive), s));
      case QueryNode.Phrase p -> s.units.computeIfAbsent(p, k -> corrected(List.of(phraseUnit(p.text())), s));
      case QueryNode.Field f -> {
        String c = fieldConcept(f);
        if (c != null) {
          s.concepts.put(f, c);
        }
      }
      case QueryNode.SkillYears sy -> {
        String c = conceptFor(sy.skill());
        if (c != null) {
          s.concepts.put(sy, c);
        }
      }
      case QueryNode.Prefix p -> { }
      case QueryNode.Years y -> { }
      case QueryNode.Not not -> walk(not.child(), s, !positive);
      case QueryNode.Or or -> or.children().forEach(c -> walk(c, s, positive));
      case QueryNode.And and -> and.children().forEach(c -> walk(c, s, positive)); // a NOT child flips itself
    }
  }

  private String fieldConcept(QueryNode.Field f) {
    FieldDef def = FieldRegistry.queryField(f.field());
    Concept concept = taxonomy.lookup(f.value());
    return switch (def.search().style()) {
      case CONCEPT -> conceptFor(f.value());
      case COMPANY -> concept != null && concept.isCompany() ? concept.id() : companyIn(f.value());
      case TITLE -> concept == null ? null : concept.id();
      default -> null;
    };
  }

  private List<Unit> corrected(List<Unit> units, State s) {
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      Unit c = u.conceptId() == null ? correctTypo(u, s) : null;
      out.add(c == null ? u : c);
    }
    return List.copyOf(out);
  }

  private List<Unit> units(String raw, State s, boolean positive) {
    String text = TextNormalizer.normalize(raw);
    List<SkillMention> mentions = new ArrayList<>(taxonomy.matcher().find(text, SkillMatcher.Mode.QUERY));
    boolean[] consumed = new boolean[text.length()];
    Matcher y = YEARS_PHRASE.matcher(text);
    while (y.find()) {
      if (y.group().isBlank()) {
        continue;
      }
      int years = Integer.parseInt(y.group(1));
      SkillMention skill = null;
      int consumeFrom = y.start();
      int consumeTo = y.end();
      for (int i = mentions.size() - 1; i >= 0; i--) { // "Go 5 years": the skill just before
        SkillMention m = mentions.get(i);
        if (m.end() <= y.start() && GAP_BEFORE.matcher(text.substring(m.end(), y.start())).matches()) {
          skill = m;
          consumeFrom = m.end();
          break;
        }
      }
      if (skill == null) { // "5 years of Go", "5年Go经验": the skill just after
        for (SkillMention m : mentions) {
          if (m.start() >= y.end() && GAP_AFTER.matcher(text.substring(y.end(), m.start())).matches()) {
            skill = m;
            consumeTo = m.start();
            Matcher tail = TRAILING_EXPERIENCE.matcher(text).region(m.end(), text.length());
            if (tail.lookingAt()) {
              for (int k = m.end(); k < tail.end(); k++) {
                consumed[k] = true;
              }
            }
            break;
          }
        }
      }
      if (positive && skill != null) {
        s.requestedYears.merge(skill.conceptId(), years, Math::max);
      } else if (positive) {
        s.softTotalYears = s.softTotalYears == null ? years : Math.max(s.softTotalYears, years);
      }
      for (int k = consumeFrom; k < consumeTo; k++) {
        consumed[k] = true;
      }
    }
    List<Unit> out = new ArrayList<>();
    int pos = 0;
    for (SkillMention m : mentions) {
      words(text, pos, m.start(), consumed, out);
      out.add(new Unit(text.substring(m.start(), m.end()), m.conceptId()));
      pos = m.end();
    }
    words(text, pos, text.length(), consumed, out);
    List<Unit> kept = out.stream().filter(u -> u.conceptId() != null
        || !STOP_WORDS.contains(u.text().toLowerCase(Locale.ROOT))).toList();
    if (kept.isEmpty() && !out.isEmpty() && s.requestedYears.isEmpty() && s.softTotalYears == null) {
      return out; // only stop words: search them rather than nothing
    }
    return kept;
  }

  private static void words(String text, int from, int to, boolean[] consumed, List<Unit> out) {
    StringBuilder w = new StringBuilder();
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ' ';
      boolean sep = i == to || consumed[i] || Character.isWhitespace(c) || c == ',' || c == '，' || c == '、'
          || c == ';' || c == '；';
      if (sep) {
        String s = EDGE_PUNCTUATION.matcher(w).replaceAll("");
        if (!s.isBlank()) {
          out.add(new Unit(s, null));
        }
        w.setLength(0);
      } else {
        w.append(c);
      }
    }
  }

  private Unit phraseUnit(String phrase) {
    Concept c = taxonomy.lookup(phrase);
    return new Unit(phrase, c == null ? null : c.id());
  }

  /** The concept a label names as a whole ({@code skill:go}, {@code skill:"message queue"}), or null. */
  String conceptFor(String label) {
    Concept c = taxonomy.lookup(label);
    if (c != null) {
      return c.id();
    }
    List<SkillMention> m = taxonomy.matcher().find(TextNormalizer.normalize(label), SkillMatcher.Mode.QUERY);
    return m.size() == 1 && m.get(0).end() - m.get(0).start() >= label.strip().length() - 1
        ? m.get(0).conceptId() : null;
  }

  private String companyIn(String value) {
    for (String id : taxonomy.matcher().conceptIds(value, SkillMatcher.Mode.QUERY)) {
      if (taxonomy.get(id).isCompany()) {
        return id;
      }
    }
    return null;
  }

  /** An English word the index does not have but a taxonomy label is one or two edits away: use that concept. */
  private Unit correctTypo(Unit u, State s) {
    String t = u.text().toLowerCase(Locale.ROOT);
    if (t.length() < 5 || !t.chars().allMatch(ch -> ch < 128 && (Character.isLetter(ch) || ch == ' '))
        || s.words.has(t)) {
      return null;
    }
    int maxEdits = t.length() >= 8 ? 2 : 1;
    String bestLabel = null;
    String bestId = null;
    int best = maxEdits + 1;
    for (Concept c : taxonomy.concepts()) {
      for (String label : c.allLabels()) {
        String l = label.toLowerCase(Locale.ROOT);
        if (Math.abs(l.length() - t.length()) > maxEdits || l.chars().anyMatch(ch -> ch >= 128)) {
          continue;
        }
        int d = EditDistance.distance(t, l, maxEdits);
        if (d < best) {
          best = d;
          bestLabel = c.displayName();
          bestId = c.id();
        }
      }
    }
    if (bestId == null) {
      return null;
    }
    if (s.didYouMean == null) {
      s.didYouMean = bestLabel;
    }
    return new Unit(u.text(), bestId);
  }
}
