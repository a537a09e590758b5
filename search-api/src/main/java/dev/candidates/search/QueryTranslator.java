package dev.candidates.search;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.index.Schema;
import dev.candidates.search.QueryPlan.Clause;
import dev.candidates.search.QueryPlan.Kind;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.SkillMatcher;
import dev.candidates.taxonomy.SkillMention;
import dev.candidates.taxonomy.Taxonomy;
import dev.candidates.text.EditDistance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed query into Lucene clauses. A run of words is split into units: a span that names a taxonomy concept
 * ("distributed systems", "分布式系统", "K8s") becomes a concept unit, matched through the concept fields in any
 * language; other words become text units over the weighted word fields (with the bigram companion for longer
 * Chinese words). "Go 5 years", "5年Go经验" become soft experience requests. Weights come from {@link Ranking}.
 */
public final class QueryTranslator {
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
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "of", "with", "who", "whom",
      "that", "has", "have", "had", "is", "are", "was", "were", "be", "worked", "work", "working", "works", "at",
      "in", "on", "for", "to", "from", "by", "experience", "experienced", "years", "year", "yrs", "someone",
      "candidate", "candidates", "looking", "find", "me", "please", "的", "和", "与", "及", "或", "经验", "以上", "有",
      "会", "熟悉", "精通", "掌握", "了解", "擅长", "工作过", "做过", "曾在", "在", "年");
  private static final int MAX_HIGHLIGHT_LABELS = 12;

  private final Taxonomy taxonomy;
  private final Analyzer analyzer;
  private final Ranking ranking;

  public QueryTranslator(Taxonomy taxonomy, Analyzer analyzer, Ranking ranking) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
    this.ranking = ranking;
  }

  /** Working state of one translation. */
  private final class Context {
    final IndexReader reader;
    final List<Clause> clauses = new ArrayList<>();
    final BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    int highlightClauses;
    final Set<String> requested = new LinkedHashSet<>();
    final Map<String, Integer> requestedYears = new LinkedHashMap<>();
    Double softTotalYears;
    String didYouMean;

    Context(IndexReader reader) {
      this.reader = reader;
    }

    void highlight(Query q) {
      if (q != null && highlightClauses < 200) {
        highlight.add(q, Occur.SHOULD);
        highlightClauses++;
      }
    }
  }

  /** A unit of a run of words: a concept (conceptId set) or plain text. */
  private record Unit(String text, String conceptId) {}

  public QueryPlan translate(QueryNode root, IndexReader reader) {
    Context ctx = new Context(reader);
    List<QueryNode> top = root == null ? List.of()
        : root instanceof QueryNode.And and ? and.children() : List.of(root);
    for (QueryNode n : top) {
      topLevel(n, ctx);
    }
    for (String c : ctx.requested) {
      ctx.clauses.add(new Clause("years with " + taxonomy.displayName(c), Kind.FEATURE, ranking.yearsWith(c), c,
          Map.of()));
      ctx.clauses.add(new Clause("recent use of " + taxonomy.displayName(c), Kind.FEATURE, ranking.recency(c), c,
          Map.of()));
    }
    for (var e : ctx.requestedYears.entrySet()) {
      ctx.clauses.add(new Clause("at least " + e.getValue() + " years with " + taxonomy.displayName(e.getKey()),
          Kind.FEATURE, ranking.enoughYearsWith(e.getKey(), e.getValue()), e.getKey(), Map.of()));
    }
    if (ctx.softTotalYears != null) {
      ctx.clauses.add(new Clause("at least " + fmt(ctx.softTotalYears) + " years in total", Kind.FEATURE,
          ranking.enoughTotalYears(ctx.softTotalYears), null, Map.of()));
    }
    Query hl = ctx.highlightClauses == 0 ? null : ctx.highlight.build();
    return new QueryPlan(List.copyOf(ctx.clauses), hl, List.copyOf(ctx.requested), Map.copyOf(ctx.requestedYears),
        ctx.didYouMean);
  }

  private void topLevel(QueryNode n, Context ctx) {
    switch (n) {
      case QueryNode.Text t -> {
        for (Unit u : units(t.text(), ctx, true)) {
          ctx.clauses.add(unitClause(u, ctx, true));
        }
      }
      case QueryNode.Not not -> ctx.clauses.add(new Clause("NOT " + label(not.child()), Kind.EXCLUDE,
          nested(not.child(), ctx, false), null, Map.of()));
      case QueryNode.Years y -> ctx.clauses.add(new Clause("years:" + range(y), Kind.FILTER, years(y), null,
          Map.of()));
      case QueryNode.SkillYears sy -> {
        String c = conceptFor(sy.skill());
        if (c == null) {
          throw new QuerySyntaxException("skill:" + sy.skill() + ">=" + sy.min() + ": \"" + sy.skill()
              + "\" is not a skill the taxonomy knows, so years with it are unknown; try skill:" + sy.skill());
        }
        ctx.clauses.add(new Clause("skill:" + sy.skill() + ">=" + sy.min(), Kind.FILTER, skillYearsFilter(c,
            sy.min()), c, Map.of()));
        ctx.clauses.add(unitClause(new Unit(sy.skill(), c), ctx, true));
      }
      default -> ctx.clauses.add(new Clause(label(n), Kind.UNIT, nested(n, ctx, true), null, Map.of()));
    }
  }

  /** A query for a node below the top level (inside OR, NOT or parentheses). */
  private Query nested(QueryNode n, Context ctx, boolean positive) {
    return switch (n) {
      case QueryNode.Text t -> {
        List<Unit> units = units(t.text(), ctx, positive);
        if (units.size() == 1) {
          yield unitClause(units.get(0), ctx, positive).query();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Unit u : units) {
          b.add(unitClause(u, ctx, positive).query(), Occur.MUST);
        }
        yield units.isEmpty() ? new MatchNoDocsQuery("no searchable words") : b.build();
      }
      case QueryNode.Phrase p -> unitClause(phraseUnit(p.text()), ctx, positive).query();
      case QueryNode.Field f -> field(f, ctx, positive);
      case QueryNode.Prefix p -> {
        Query q = prefix(p.prefix());
        if (positive) {
          ctx.highlight(new PrefixQuery(new Term(Schema.TEXT, p.prefix().toLowerCase(Locale.ROOT))));
        }
        yield q;
      }
      case QueryNode.Years y -> years(y);
      case QueryNode.SkillYears sy -> {
        String c = conceptFor(sy.skill());
        yield c == null ? new MatchNoDocsQuery("unknown skill") : skillYearsFilter(c, sy.min());
      }
      case QueryNode.Not not -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
          .add(nested(not.child(), ctx, !positive), Occur.MUST_NOT).build();
      case QueryNode.Or or -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryNode c : or.children()) {
          b.add(nested(c, ctx, positive), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        yield b.build();
      }
      case QueryNode.And and -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positiveClause = false;
        for (QueryNode c : and.children()) {
          if (c instanceof QueryNode.Not not) {
            b.add(nested(not.child(), ctx, !positive), Occur.MUST_NOT);
          } else if (c instanceof QueryNode.Years || c instanceof QueryNode.SkillYears) {
            b.add(nested(c, ctx, positive), Occur.FILTER);
            positiveClause = true;
          } else {
            b.add(nested(c, ctx, positive), Occur.MUST);
            positiveClause = true;
          }
        }
        if (!positiveClause) {
          b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        yield b.build();
      }
    };
  }

  // ------------------------------------------------------------------ units of a run of words

  private List<Unit> units(String raw, Context ctx, boolean positive) {
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
        ctx.requestedYears.merge(skill.conceptId(), years, Math::max);
      } else if (positive) {
        ctx.softTotalYears = ctx.softTotalYears == null ? years : Math.max(ctx.softTotalYears, years);
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
    if (kept.isEmpty() && !out.isEmpty() && ctx.requestedYears.isEmpty() && ctx.softTotalYears == null) {
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
        String s = w.toString().replaceAll("^[\\p{Punct}。：]+|[\\p{Punct}。：&&[^+#]]+$", "");
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

  private String conceptFor(String label) {
    Concept c = taxonomy.lookup(label);
    if (c != null) {
      return c.id();
    }
    List<SkillMention> m = taxonomy.matcher().find(TextNormalizer.normalize(label), SkillMatcher.Mode.QUERY);
    return m.size() == 1 && m.get(0).end() - m.get(0).start() >= label.strip().length() - 1
        ? m.get(0).conceptId() : null;
  }

  private Clause unitClause(Unit u, Context ctx, boolean positive) {
    if (u.conceptId() == null) {
      Unit corrected = correctTypo(u, ctx);
      if (corrected != null) {
        u = corrected;
      }
    }
    if (u.conceptId() != null) {
      return conceptClause(u, ctx, positive);
    }
    Map<String, Query> alternatives = textAlternatives(u.text(), ctx);
    if (alternatives.isEmpty()) {
      return new Clause(u.text(), Kind.UNIT, new MatchNoDocsQuery("no searchable words"), null, Map.of());
    }
    if (positive) {
      ctx.highlight(analyzed(Schema.TEXT, u.text()));
    }
    return new Clause(u.text(), Kind.UNIT, ranking.bestOf(alternatives.values()), null, alternatives);
  }

  private Clause conceptClause(Unit u, Context ctx, boolean positive) {
    String c = u.conceptId();
    // Direct, broader and in-a-title weights come stored in one feature term: one postings list to walk.
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(ranking.conceptMatch(c), Occur.MUST);
    Map<String, Query> alternatives = new LinkedHashMap<>();
    Query exact = exactText(u.text());
    if (exact != null) {
      b.add(ranking.exact(exact), Occur.SHOULD);
      alternatives.put("exact", exact);
    }
    alternatives.put("taxonomy", new TermQuery(new Term(Schema.CONCEPT, c)));
    alternatives.put("broader", new TermQuery(new Term(Schema.CONCEPT_BROADER, c)));
    if (positive) {
      ctx.requested.add(c);
      highlightConcept(c, ctx);
    }
    return new Clause(u.text(), Kind.UNIT, b.build(), c, alternatives);
  }

  /** Highlights every label of the concept and its narrower concepts, in both languages. */
  private void highlightConcept(String conceptId, Context ctx) {
    List<String> ids = new ArrayList<>();
    ids.add(conceptId);
    ids.addAll(taxonomy.descendants(conceptId));
    int n = 0;
    for (String id : ids) {
      Concept concept = taxonomy.get(id);
      for (String label : concept.allLabels()) {
        if (n++ >= MAX_HIGHLIGHT_LABELS) {
          return;
        }
        ctx.highlight(analyzed(Schema.TEXT, label));
      }
    }
  }

  private Map<String, Query> textAlternatives(String text, Context ctx) {
    Map<String, Query> alts = new LinkedHashMap<>();
    for (FieldDef f : FieldRegistry.freeTextFields()) {
      addField(alts, f.name(), text, ranking.weight(f));
    }
    long han = text.codePoints().filter(TextNormalizer::isHan).count();
    if (han >= 3) {
      Query bigrams = analyzed(Schema.TEXT_BIGRAM, text);
      if (bigrams != null) {
        alts.put(Schema.TEXT_BIGRAM, new BoostQuery(bigrams, ranking.weights().bigram()));
      }
    }
    if (han == 0 && text.length() >= 4 && text.chars().allMatch(Character::isLetter)
        && docFreq(ctx, alts.get(Schema.TEXT)) == 0) {
      int edits = text.length() >= 7 ? 2 : 1;
      alts.put("fuzzy", new BoostQuery(new FuzzyQuery(new Term(Schema.TEXT, text.toLowerCase(Locale.ROOT)), edits),
          ranking.weights().fuzzy()));
    }
    return alts;
  }

  private void addField(Map<String, Query> alts, String field, String text, float weight) {
    Query q = analyzed(field, text);
    if (q != null) {
      alts.put(field, weight == 1f ? q : new BoostQuery(q, weight));
    }
  }

  /**
   * The query's own words in the résumé text: a same-language, same-spelling match. Only the text field: it holds
   * the titles and headline too, and a title match already scores through the title concept, so more fields would
   * cost phrase evaluations on every matching candidate for little change in order.
   */
  private Query exactText(String text) {
    return analyzed(Schema.TEXT, text);
  }

  /** An English word the index does not have but a taxonomy label is one or two edits away: use that concept. */
  private Unit correctTypo(Unit u, Context ctx) {
    String t = u.text().toLowerCase(Locale.ROOT);
    if (t.length() < 5 || !t.chars().allMatch(ch -> ch < 128 && (Character.isLetter(ch) || ch == ' '))) {
      return null;
    }
    Query plain = analyzed(Schema.TEXT, t);
    if (plain == null || docFreq(ctx, plain) > 0) {
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
    if (ctx.didYouMean == null) {
      ctx.didYouMean = bestLabel;
    }
    return new Unit(u.text(), bestId);
  }

  /** How many documents have the (rarest term of the) query; 1 when that cannot be told cheaply. */
  private static long docFreq(Context ctx, Query q) {
    IndexReader reader = ctx.reader;
    if (reader == null || q == null) {
      return 1;
    }
    try {
      if (q instanceof BoostQuery bq) {
        q = bq.getQuery();
      }
      if (q instanceof TermQuery tq) {
        return reader.docFreq(tq.getTerm());
      }
      if (q instanceof PhraseQuery pq) {
        long min = Long.MAX_VALUE;
        for (Term t : pq.getTerms()) {
          min = Math.min(min, reader.docFreq(t));
        }
        return min;
      }
      return 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ fields and filters

  private Query field(QueryNode.Field f, Context ctx, boolean positive) {
    String value = f.value();
    Concept concept = taxonomy.lookup(value);
    FieldDef def = FieldRegistry.queryField(f.field());
    return switch (def.search().style()) {
      case CONCEPT -> {
        String c = conceptFor(value);
        yield c != null ? conceptClause(new Unit(value, c), ctx, positive).query()
            : orNone(analyzed(Schema.TEXT, value));
      }
      case COMPANY -> {
        List<Query> qs = new ArrayList<>();
        Query text = analyzed(def.name(), value);
        if (text != null) {
          qs.add(text);
        }
        String c = concept != null && concept.category().equals("company") ? concept.id() : companyIn(value);
        if (c != null) {
          qs.add(ranking.conceptInField(Schema.COMPANY_CONCEPT, c));
        }
        yield qs.isEmpty() ? new MatchNoDocsQuery() : ranking.bestOf(qs);
      }
      case TITLE -> {
        List<Query> qs = new ArrayList<>();
        Query text = analyzed(def.name(), value);
        if (text != null) {
          qs.add(new BoostQuery(text, ranking.weight(def)));
        }
        if (concept != null) {
          qs.add(ranking.conceptInField(Schema.TITLE_CONCEPT, concept.id()));
        }
        if (positive && text != null) {
          ctx.highlight(analyzed(Schema.TEXT, value));
        }
        yield qs.isEmpty() ? new MatchNoDocsQuery() : ranking.bestOf(qs);
      }
      case KEYWORD -> {
        String term = def.search().keyword().apply(value);
        if (term == null) {
          throw new QuerySyntaxException(f.field() + ":" + value + " is not a value of " + f.field() + ":; use one of "
              + String.join(", ", def.search().vocabulary()));
        }
        yield new TermQuery(new Term(def.name(), term));
      }
      case WORDS -> orNone(analyzed(def.name(), value));
      case RANGE -> throw new IllegalStateException(f.field() + ": is parsed as a range"); // QueryNode.Years
    };
  }

  private String companyIn(String value) {
    for (String id : taxonomy.matcher().conceptIds(value, SkillMatcher.Mode.QUERY)) {
      if (taxonomy.get(id).category().equals("company")) {
        return id;
      }
    }
    return null;
  }

  private static Query orNone(Query q) {
    return q == null ? new MatchNoDocsQuery("no searchable words") : q;
  }

  private static Query years(QueryNode.Years y) {
    long lo = y.min() == null ? Long.MIN_VALUE : Schema.tenths(y.min());
    long hi = y.max() == null ? Long.MAX_VALUE : Schema.tenths(y.max());
    return LongPoint.newRangeQuery(Schema.TOTAL_YEARS, lo, hi);
  }

  private static Query skillYearsFilter(String conceptId, int min) {
    return min <= 0 ? new TermQuery(new Term(Schema.CONCEPT, conceptId))
        : new TermQuery(new Term(Schema.SKILL_MIN_YEARS, Schema.minYearsTerm(conceptId, min)));
  }

  private Query prefix(String p) {
    String lower = p.toLowerCase(Locale.ROOT);
    return ranking.bestOf(List.of(new PrefixQuery(new Term(Schema.TEXT, lower)),
        new BoostQuery(new PrefixQuery(new Term(Schema.TITLE, lower)), ranking.weight(FieldRegistry.TITLE))));
  }

  /**
   * The terms a query searches for text in a field: one per position; the parts the tokenizer stacks on a compound
   * ("trpc" and "go" on "trpc-go") are dropped, the compound itself is indexed too.
   */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The analyzed form of text in a field: a term, or a phrase of its {@link #terms}. */
  Query analyzed(String field, String text) {
    List<String> terms = terms(analyzer, field, text);
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    PhraseQuery.Builder pb = new PhraseQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      pb.add(new Term(field, terms.get(i)), i);
    }
    return pb.build();
  }

  private static String label(QueryNode n) {
    return switch (n) {
      case QueryNode.Text t -> t.text();
      case QueryNode.Phrase p -> "\"" + p.text() + "\"";
      case QueryNode.Field f -> f.field() + ":" + f.value();
      case QueryNode.Prefix p -> p.prefix() + "*";
      case QueryNode.Years y -> "years:" + range(y);
      case QueryNode.SkillYears s -> "skill:" + s.skill() + ">=" + s.min();
      case QueryNode.Not not -> "NOT " + label(not.child());
      case QueryNode.Or or -> "(" + String.join(" OR ", or.children().stream().map(QueryTranslator::label)
          .toList()) + ")";
      case QueryNode.And and -> "(" + String.join(" ", and.children().stream().map(QueryTranslator::label)
          .toList()) + ")";
    };
  }

  private static String range(QueryNode.Years y) {
    if (y.min() != null && y.max() != null) {
      return fmt(y.min()) + ".." + fmt(y.max());
    }
    return y.min() != null ? ">=" + fmt(y.min()) : "<=" + fmt(y.max());
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
