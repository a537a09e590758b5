package dev.candidates.search;

// Over 350 lines on purpose: the only place queries are built (units, alternatives, years features, similar
// candidates); splitting it would spread query construction over classes again.

import dev.candidates.analysis.Script;
import dev.candidates.analysis.TextNormalizer;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import dev.candidates.index.Schema;
import dev.candidates.occupation.Occupations;
import dev.candidates.occupation.RoleFamily;
import dev.candidates.occupation.Seniority;
import dev.candidates.search.QueryPlan.Alternative;
import dev.candidates.search.QueryPlan.Clause;
import dev.candidates.search.QueryPlan.Kind;
import dev.candidates.search.QueryPlan.Via;
import dev.candidates.search.QueryUnderstanding.Understanding;
import dev.candidates.search.QueryUnderstanding.Unit;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The second search stage and, with {@link QueryFilters}, the only place a Lucene query, filter or range is built: the understood units
 * become clauses (a concept unit through its stored match weight, a text unit over the registry's free-text fields
 * with the bigram companion for longer Chinese words), the years intents become features, and each unit records
 * how it can match as typed {@link Alternative}s. Weights come from {@link Ranking}.
 */
public final class QueryBuilder {
  private static final int MAX_HIGHLIGHT_LABELS = 12;

  private final Taxonomy taxonomy;
  private final AnalyzedText text;
  private final Ranking ranking;

  /** Concept id → {@link #labelQueries}; bounded by the taxonomy's size. */
  private final Map<String, List<Query>> conceptLabels = new ConcurrentHashMap<>();

  /**
   * A concept unit's words → {@link #exactText}, or {@link #NO_WORDS}. A concept unit's words are a span the
   * taxonomy names, so they repeat from search to search; analysing them (smartcn for Chinese) was 3 % of a bare
   * mixed search. Filled up to {@link #MAX_EXACT_TEXTS} spellings, then analysed afresh: never unbounded.
   */
  private final Map<String, Query> conceptWords = new ConcurrentHashMap<>();
  private static final int MAX_EXACT_TEXTS = 10_000;
  private static final Query NO_WORDS = new MatchNoDocsQuery("no searchable words");

  public QueryBuilder(Taxonomy taxonomy, Analyzer analyzer, Ranking ranking) {
    this.taxonomy = taxonomy;
    this.text = new AnalyzedText(analyzer);
    this.ranking = ranking;
  }

  /** Working state of one build. */
  private final class Context {
    final Understanding understood;
    final IndexReader reader;
    final boolean nameMatches;
    final boolean snippets;
    final List<Clause> clauses = new ArrayList<>();
    final BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    int highlightClauses;
    int names;
    final Set<String> requested = new LinkedHashSet<>();

    Context(Understanding understood, IndexReader reader, boolean nameMatches, boolean snippets) {
      this.understood = understood;
      this.reader = reader;
      this.nameMatches = nameMatches;
      this.snippets = snippets;
    }

    void highlight(Query q) {
      if (snippets && q != null && highlightClauses < 200) {
        highlight.add(q, Occur.SHOULD);
        highlightClauses++;
      }
    }

    String newName() {
      return nameMatches ? "m" + names++ : null;
    }

    Query named(String name, Query q) {
      return name == null ? q : NamedMatches.wrapQuery(name, q);
    }
  }

  /** Whether the index has a word in its text, for the understanding stage's typo correction. */
  public QueryUnderstanding.WordIndex words(IndexReader reader) {
    return word -> text.docFreq(reader, text.analyzed(Schema.TEXT, word)) > 0;
  }

  /**
   * The plan of a parsed and understood query. With {@code nameMatches} every unit and alternative carries a match
   * name (for explanations; scores are the same either way).
   */
  public QueryPlan build(QueryNode root, Understanding understood, IndexReader reader, boolean nameMatches) {
    return build(root, understood, reader, nameMatches, true);
  }

  /** With {@code snippets} false the plan has no highlight query (a bare search builds none of its clauses). */
  public QueryPlan build(QueryNode root, Understanding understood, IndexReader reader, boolean nameMatches,
      boolean snippets) {
    Context ctx = new Context(understood, reader, nameMatches, snippets);
    List<QueryNode> top = root == null ? List.of()
        : root instanceof QueryNode.And and ? and.children() : List.of(root);
    for (QueryNode n : top) {
      topLevel(n, ctx);
    }
    Seniority level = understood.level();
    for (String c : yearsCount(level) ? ctx.requested : Set.<String>of()) { // already in the unit's stored score
      ctx.clauses.add(Clause.of("years with " + taxonomy.displayName(c), Kind.SHARE,
          new MatchNoDocsQuery("explained, not run"), c));
    }
    for (var e : understood.requestedYears().entrySet()) {
      Query enough = ranking.enoughYearsWith(e.getKey(), e.getValue());
      RoleFamily family = roleFamily(e.getKey());
      if (family != null) { // "8 years frontend": years in frontend jobs count as well as years with the word
        enough = ranking.maxOf(enough, ranking.enoughYearsAs(family.id(), e.getValue()));
      }
      ctx.clauses.add(Clause.of("at least " + e.getValue() + " years with " + taxonomy.displayName(e.getKey()),
          Kind.FEATURE, enough, e.getKey()));
    }
    if (level != null) {
      ctx.clauses.add(Clause.of("level: " + level.id(), Kind.FEATURE, ranking.level(level), null));
    }
    if (understood.softTotalYears() != null) {
      ctx.clauses.add(Clause.of("at least " + QueryLabels.fmt(understood.softTotalYears()) + " years in total",
          Kind.FEATURE, ranking.enoughTotalYears(understood.softTotalYears()), null));
    }
    Query hl = ctx.highlightClauses == 0 ? null : ctx.highlight.build();
    return new QueryPlan(List.copyOf(ctx.clauses), hl, List.copyOf(ctx.requested),
        understood.requestedYears(), understood.didYouMean());
  }

  private void topLevel(QueryNode n, Context ctx) {
    switch (n) {
      case QueryNode.Text t -> {
        for (Unit u : ctx.understood.unitsOf(t)) {
          ctx.clauses.add(unitClause(u, ctx, true));
        }
        for (String noun : ctx.understood.roleNouns().getOrDefault(t, List.of())) { // soft: adds, never excludes
          Clause c = unitClause(new Unit(noun, null), ctx, true);
          ctx.clauses.add(Clause.of(noun, Kind.FEATURE, ranking.roleNoun(c.query()), null));
        }
      }
      case QueryNode.Not not -> ctx.clauses.add(Clause.of("NOT " + QueryLabels.label(not.child()), Kind.EXCLUDE,
          nested(not.child(), ctx, false), null));
      case QueryNode.Years y -> ctx.clauses.add(Clause.of("years:" + QueryLabels.range(y), Kind.FILTER, QueryFilters.totalYears(y.min(), y.max()),
          null));
      case QueryNode.SkillYears sy -> {
        String c = ctx.understood.concepts().get(sy);
        ctx.clauses.add(Clause.of("skill:" + sy.skill() + ">=" + sy.min(), Kind.FILTER, QueryFilters.skillYears(c,
            sy.min()), c));
        ctx.clauses.add(unitClause(new Unit(sy.skill(), c), ctx, true));
      }
      default -> {
        String name = ctx.newName();
        ctx.clauses.add(new Clause(QueryLabels.label(n), Kind.UNIT, ctx.named(name, nested(n, ctx, true)), null,
            name, List.of(), null));
      }
    }
  }

  /** A query for a node below the top level (inside OR, NOT or parentheses). */
  private Query nested(QueryNode n, Context ctx, boolean positive) {
    return switch (n) {
      case QueryNode.Text t -> {
        List<Unit> units = ctx.understood.unitsOf(t);
        if (units.size() == 1) {
          yield unitClause(units.get(0), ctx, positive).query();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Unit u : units) {
          b.add(unitClause(u, ctx, positive).query(), Occur.MUST);
        }
        yield units.isEmpty() ? new MatchNoDocsQuery("no searchable words") : b.build();
      }
      case QueryNode.Phrase p -> unitClause(ctx.understood.unitsOf(p).get(0), ctx, positive).query();
      case QueryNode.Field f -> field(f, ctx, positive);
      case QueryNode.Prefix p -> {
        Query q = prefix(p.prefix());
        if (positive) {
          ctx.highlight(new PrefixQuery(new Term(Schema.TEXT, p.prefix().toLowerCase(Locale.ROOT))));
        }
        yield q;
      }
      case QueryNode.Years y -> QueryFilters.totalYears(y.min(), y.max());
      case QueryNode.SkillYears sy -> {
        String c = ctx.understood.concepts().get(sy);
        yield c == null ? new MatchNoDocsQuery("unknown skill") : QueryFilters.skillYears(c, sy.min());
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

  private Clause unitClause(Unit u, Context ctx, boolean positive) {
    String name = ctx.newName();
    if (u.conceptId() != null) {
      return conceptClause(u, ctx, positive, name);
    }
    List<Alternative> alternatives = new ArrayList<>();
    List<Query> queries = new ArrayList<>();
    textAlternatives(u.text(), ctx, name, alternatives, queries);
    if (queries.isEmpty()) {
      return new Clause(u.text(), Kind.UNIT, new MatchNoDocsQuery("no searchable words"), null, name, List.of(),
          null);
    }
    if (positive) {
      if (ctx.snippets) {
        ctx.highlight(text.analyzed(Schema.TEXT, u.text()));
      }
    }
    return new Clause(u.text(), Kind.UNIT, ctx.named(name, ranking.bestOf(queries)), null, name, alternatives,
        null);
  }

  private Clause conceptClause(Unit u, Context ctx, boolean positive, String name) {
    String c = u.conceptId();
    // Evidence, years, recency and the same-script bonus come stored in one feature term: one postings list.
    Query match = ranking.conceptMatch(c, yearsCount(ctx.understood.level()) ? Script.of(u.text()) : null);
    RoleFamily family = roleFamily(c);
    if (family != null) { // a role named in the query is also met by a profile of that family, in any wording
      Seniority named = Occupations.levelOf(taxonomy.get(c).displayName(), family);
      match = ranking.maxOf(match, ranking.roleFamily(family.id(), named));
    }
    List<Alternative> alternatives = new ArrayList<>();
    BooleanQuery.Builder wider = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.CONCEPT, c)), Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.CONCEPT_BROADER, c)), Occur.SHOULD);
    Query exact = conceptWords(u.text());
    if (exact != null) {
      wider.add(exact, Occur.SHOULD);
      if (name != null) { // explaining: name whether the query's own words appear, at no score
        String exactName = name + "/exact";
        match = new BooleanQuery.Builder().add(match, Occur.MUST)
            .add(ctx.named(exactName, ranking.namedOnly(exact)), Occur.SHOULD).build();
        alternatives.add(new Alternative(Via.EXACT, Schema.TEXT, exactName));
      }
    }
    if (positive) {
      ctx.requested.add(c);
      highlightConcept(c, ctx);
    }
    return new Clause(u.text(), Kind.UNIT, ctx.named(name, match), c, name, alternatives, wider.build());
  }

  /** Years count for the experienced; a search for interns, graduates or juniors ranks by level instead. */
  private static boolean yearsCount(Seniority level) {
    return level == null || level.compareTo(Seniority.JUNIOR) > 0;
  }

  /** The role family of a role or domain concept ("Backend Engineer", "前端" → frontend), or null for others. */
  private RoleFamily roleFamily(String conceptId) {
    Concept concept = taxonomy.get(conceptId);
    if (concept == null || !(concept.isRole() || concept.category().equals("domain"))) {
      return null;
    }
    RoleFamily f = RoleFamily.of(concept.displayName());
    return f == RoleFamily.SOFTWARE ? null : f;
  }

  /** Highlights every label of the concept and its narrower concepts, in both languages. */
  private void highlightConcept(String conceptId, Context ctx) {
    if (!ctx.snippets) {
      return;
    }
    conceptLabels.computeIfAbsent(conceptId, this::labelQueries).forEach(ctx::highlight);
  }

  /**
   * The analyzed labels of a concept and its narrower ones (at most {@link #MAX_HIGHLIGHT_LABELS}): analyzing them
   * (smartcn for the Chinese ones) was a tenth of a bare skill search, the same every time, so it is kept per concept.
   */
  private List<Query> labelQueries(String conceptId) {
    List<String> ids = new ArrayList<>();
    ids.add(conceptId);
    ids.addAll(taxonomy.descendants(conceptId));
    List<Query> out = new ArrayList<>();
    int n = 0;
    for (String id : ids) {
      for (String label : taxonomy.get(id).allLabels()) {
        if (n++ >= MAX_HIGHLIGHT_LABELS) {
          return List.copyOf(out);
        }
        Query q = text.analyzed(Schema.TEXT, label);
        if (q != null) {
          out.add(q);
        }
      }
    }
    return List.copyOf(out);
  }

  private void textAlternatives(String unit, Context ctx, String name, List<Alternative> alts, List<Query> qs) {
    Query words = null;
    for (FieldDef f : FieldRegistry.freeTextFields()) {
      Query q = text.analyzed(f.name(), unit);
      if (q != null) {
        words = f == FieldRegistry.TEXT ? q : words;
        if (!ctx.nameMatches && text.matchesNothing(ctx.reader, q)) {
          // A field without one of the words adds nothing to any score (its phrase matches nowhere), but its
          // weight still looks every word up in every segment: a third of a bare phrase search's allocation.
          // Kept when matches are named, so an explanation lists every field it searched.
          continue;
        }
        float weight = ranking.weight(f);
        alternative(Via.FIELD, f.name(), weight == 1f ? q : new BoostQuery(q, weight), ctx, name, alts, qs);
      }
    }
    long han = unit.codePoints().filter(TextNormalizer::isHan).count();
    if (han >= 3 && !knownWord(ctx.reader, words)) {
      Query bigrams = text.analyzed(Schema.TEXT_BIGRAM, unit);
      if (bigrams != null) {
        alternative(Via.FIELD, Schema.TEXT_BIGRAM, new BoostQuery(bigrams, ranking.weights().bigram()), ctx, name,
            alts, qs);
      }
    }
    if (han == 0 && unit.length() >= 4 && unit.chars().allMatch(Character::isLetter)
        && text.docFreq(ctx.reader, words) == 0) {
      int edits = unit.length() >= 7 ? 2 : 1;
      alternative(Via.FUZZY, Schema.TEXT, new BoostQuery(new FuzzyQuery(new Term(Schema.TEXT,
          unit.toLowerCase(Locale.ROOT)), edits), ranking.weights().fuzzy()), ctx, name, alts, qs);
    }
  }

  /**
   * Whether the segmenter kept the unit as one word the résumés have. Its bigram phrase then finds what the word
   * finds (on the bench's 20k profiles, for 稳定性, 数据库 and the rest, not one résumé more) and cost a phrase match
   * per candidate, which kept a Chinese text unit from skipping any. A word cut in pieces, or one no résumé has,
   * keeps its bigram companion.
   */
  private boolean knownWord(IndexReader reader, Query words) {
    return words instanceof TermQuery && reader != null && text.docFreq(reader, words) > 0;
  }

  private static void alternative(Via via, String field, Query q, Context ctx, String unitName,
      List<Alternative> alts, List<Query> qs) {
    String name = unitName == null ? null : unitName + "/" + via + "/" + field;
    alts.add(new Alternative(via, field, name));
    qs.add(ctx.named(name, q));
  }

  /**
   * The query's own words in the résumé text (only the text field: it holds the titles and headline too): what the
   * last resort also accepts, and what the explanation calls an exact match.
   */
  private Query exactText(String unit) {
    return text.analyzed(Schema.TEXT, unit);
  }

  /** {@link #exactText} of a concept unit's words, kept per spelling. */
  private Query conceptWords(String unit) {
    Query q = conceptWords.get(unit);
    if (q == null) {
      q = exactText(unit);
      if (conceptWords.size() < MAX_EXACT_TEXTS) {
        conceptWords.put(unit, q == null ? NO_WORDS : q);
      }
      return q;
    }
    return q == NO_WORDS ? null : q;
  }

  // ------------------------------------------------------------------ fields, filters and ranges

  private Query field(QueryNode.Field f, Context ctx, boolean positive) {
    String value = f.value();
    FieldDef def = FieldRegistry.queryField(f.field());
    String concept = ctx.understood.concepts().get(f);
    return switch (def.search().style()) {
      case CONCEPT -> concept != null ? conceptClause(new Unit(value, concept), ctx, positive, null).query()
          : orNone(text.analyzed(Schema.TEXT, value));
      case COMPANY -> {
        List<Query> qs = new ArrayList<>();
        Query words = text.analyzed(def.name(), value);
        if (words != null) {
          qs.add(words);
        }
        if (concept != null) {
          qs.add(ranking.conceptInField(Schema.COMPANY_CONCEPT, concept));
        }
        yield qs.isEmpty() ? new MatchNoDocsQuery() : ranking.bestOf(qs);
      }
      case TITLE -> {
        List<Query> qs = new ArrayList<>();
        Query words = text.analyzed(def.name(), value);
        if (words != null) {
          qs.add(new BoostQuery(words, ranking.weight(def)));
        }
        if (concept != null) {
          qs.add(ranking.conceptInField(Schema.TITLE_CONCEPT, concept));
        }
        if (positive && words != null) {
          if (ctx.snippets) {
            ctx.highlight(text.analyzed(Schema.TEXT, value));
          }
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
      case WORDS -> orNone(text.analyzed(def.name(), value));
      case RANGE -> throw new IllegalStateException(f.field() + ": is parsed as a range"); // QueryNode.Years
    };
  }

  private static Query orNone(Query q) {
    return q == null ? new MatchNoDocsQuery("no searchable words") : q;
  }

  private Query prefix(String p) {
    String lower = p.toLowerCase(Locale.ROOT);
    return ranking.bestOf(List.of(new PrefixQuery(new Term(Schema.TEXT, lower)),
        new BoostQuery(new PrefixQuery(new Term(Schema.TITLE, lower)), ranking.weight(FieldRegistry.TITLE))));
  }

  /**
   * "Similar candidates": any of these concepts (weighted by this candidate's years with each, then by the other's
   * stored score for it in this candidate's script), not the candidate.
   */
  public Query similar(String id, Map<String, Double> yearsByConcept, Script script) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    yearsByConcept.forEach((c, y) -> {
      b.add(ranking.sharedSkill(c, y), Occur.SHOULD);
      b.add(ranking.conceptMatch(c, script), Occur.SHOULD);
    });
    b.add(QueryFilters.byId(id), Occur.MUST_NOT);
    b.setMinimumNumberShouldMatch(1);
    return b.build();
  }
}
