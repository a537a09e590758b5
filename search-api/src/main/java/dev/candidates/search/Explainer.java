package dev.candidates.search;

import dev.candidates.index.RankingModel;
import dev.candidates.index.HitCard;
import dev.candidates.search.QueryPlan.Alternative;
import dev.candidates.search.QueryPlan.Clause;
import dev.candidates.search.QueryPlan.Kind;
import dev.candidates.search.QueryPlan.Via;
import dev.candidates.search.SearchResult.Contribution;
import dev.candidates.search.SearchResult.MatchDetail;
import dev.candidates.search.SearchResult.MatchedSkill;
import dev.candidates.search.SearchResult.RankExplanation;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The explanation stage: why a hit ranks where it does. Which units and which of their alternatives matched is read
 * from what the builder recorded (match names, found in one matches pass of the executed query per page) and the
 * hit's stored concepts; Lucene's explain gives only each clause's share of the score.
 */
final class Explainer {
  private final Taxonomy taxonomy;
  private final RankingModel model;

  Explainer(Taxonomy taxonomy, RankingModel model) {
    this.model = model;
    this.taxonomy = taxonomy;
  }

  /** The match names of each hit of a page under the executed query (built with named matches). */
  List<Set<String>> matchNames(IndexSearcher searcher, Query executed, List<ScoreDoc> page) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(executed), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Set<String>> out = new ArrayList<>(page.size());
    for (ScoreDoc sd : page) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      Matches m = weight.matches(leaf, sd.doc - leaf.docBase);
      Set<String> names = new HashSet<>();
      if (m != null) {
        for (NamedMatches nm : NamedMatches.findNamedMatches(m)) {
          names.add(nm.getName());
        }
      }
      out.add(names);
    }
    return out;
  }

  RankExplanation explain(IndexSearcher searcher, int doc, float score, QueryPlan plan, Set<String> names,
      Set<String> concepts, HitCard p, List<MatchedSkill> matched, String rankedAs) throws IOException {
    List<Contribution> contributions = new ArrayList<>();
    List<MatchDetail> matches = new ArrayList<>();
    int units = 0;
    int unitsMatched = 0;
    Map<String, Double> shares = new HashMap<>(); // concept → its years share, shown apart from its unit's match
    for (Clause c : plan.clauses()) {
      Double years = c.conceptId() == null || !p.concepts().containsKey(c.conceptId()) ? null
          : p.concepts().get(c.conceptId()).skillYears();
      if (c.kind() == Kind.SHARE && years != null && years > 0 && concepts.contains(c.conceptId())) {
        double v = round(model.index().yearsShare(years)); // as the stored score counted it
        shares.merge(c.conceptId(), v, Double::sum);
        contributions.add(new Contribution(c.label(), v, featureDetail(c, p)));
      }
    }
    for (Clause c : plan.clauses()) {
      if (c.kind() == Kind.UNIT) {
        units++;
        boolean isMatch = names.contains(c.name());
        MatchDetail md = matchDetail(c, isMatch, names, concepts);
        matches.add(md);
        if (isMatch) {
          unitsMatched++;
          double share = c.conceptId() == null ? 0 : shares.getOrDefault(c.conceptId(), 0.0);
          contributions.add(new Contribution("match: " + c.label(), round(value(searcher, c, doc) - share),
              md.detail()));
        }
      } else if (c.kind() == Kind.FEATURE) {
        Explanation e = searcher.explain(c.query(), doc); // the feature's share of the score
        if (e.isMatch() && e.getValue().doubleValue() > 0) {
          contributions.add(new Contribution(c.label(), round(e.getValue().doubleValue()), featureDetail(c, p)));
        }
      }
    }
    contributions.sort((a, b) -> Double.compare(b.value(), a.value()));
    return new RankExplanation(summary(rankedAs, units, unitsMatched, matched, p, score, contributions), contributions,
        matches);
  }

  private static double value(IndexSearcher searcher, Clause c, int doc) throws IOException {
    return round(searcher.explain(c.query(), doc).getValue().doubleValue());
  }

  private static String summary(String rankedAs, int units, int unitsMatched, List<MatchedSkill> matched, HitCard p, float score,
      List<Contribution> contributions) {
    StringBuilder summary = new StringBuilder();
    if (rankedAs != null) {
      summary.append("Ranked as: ").append(rankedAs).append(". ");
    }
    if (units > 0) {
      summary.append(String.format(Locale.ROOT, "Matches %d of %d query terms", unitsMatched, units));
    } else {
      summary.append("No query terms (all candidates)");
    }
    if (!matched.isEmpty()) {
      summary.append("; skills: ");
      List<String> parts = new ArrayList<>();
      for (MatchedSkill m : matched) {
        String where = m.evidence() == null ? "" : " from " + m.evidence();
        parts.add(String.format(Locale.ROOT, "%s %.1f y%s%s", m.skill(), m.years(),
            m.via().equals("direct") ? "" : " (via " + m.via() + ")", where));
      }
      summary.append(String.join(", ", parts));
    }
    summary.append(String.format(Locale.ROOT, "; %.1f years in total. Score %.2f", p.totalYears() == null ? 0
        : p.totalYears(), score));
    if (!contributions.isEmpty()) {
      summary.append(" = ");
      List<String> parts = new ArrayList<>();
      for (Contribution c : contributions) {
        parts.add(String.format(Locale.ROOT, "%.2f %s", c.value(), c.feature()));
      }
      summary.append(String.join(" + ", parts));
    }
    return summary.toString();
  }

  private MatchDetail matchDetail(Clause c, boolean matched, Set<String> names, Set<String> concepts) {
    if (!matched) {
      return new MatchDetail(c.label(), "none", "not found in this profile (a partial match)");
    }
    if (c.conceptId() != null) {
      String name = taxonomy.displayName(c.conceptId());
      boolean exact = c.alternatives().stream().anyMatch(a -> a.via() == Via.EXACT && names.contains(a.name()));
      if (exact) {
        return new MatchDetail(c.label(), "exact", "\"" + c.label() + "\" appears in the profile (skill " + name
            + ")");
      }
      if (concepts.contains(c.conceptId())) {
        var concept = taxonomy.get(c.conceptId());
        return new MatchDetail(c.label(), "taxonomy", "matched " + name + " through the skill taxonomy ("
            + String.join(" / ", concept.allLabels().subList(0, Math.min(4, concept.allLabels().size()))) + ")");
      }
      List<String> narrower = new ArrayList<>();
      for (String d : taxonomy.descendants(c.conceptId())) {
        if (concepts.contains(d)) {
          narrower.add(taxonomy.displayName(d));
        }
      }
      return new MatchDetail(c.label(), "broader", "has " + String.join(", ", narrower) + ", a kind of " + name
          + " (broader-concept match through the taxonomy)");
    }
    List<String> fields = new ArrayList<>();
    for (Alternative alt : c.alternatives()) {
      if (names.contains(alt.name())) {
        fields.add(alt.via() == Via.FUZZY ? "fuzzy" : alt.field());
      }
    }
    String via = fields.contains("fuzzy") && fields.size() == 1 ? "fuzzy" : "text";
    return new MatchDetail(c.label(), via, fields.isEmpty() ? "matched" : "matched in " + String.join(", ", fields));
  }

  private String featureDetail(Clause c, HitCard p) {
    if (c.conceptId() == null) {
      return String.format(Locale.ROOT, "%.1f years in total", p.totalYears() == null ? 0 : p.totalYears());
    }
    String name = taxonomy.displayName(c.conceptId());
    return String.format(Locale.ROOT, "%.1f years with %s", p.yearsWith(c.conceptId()), name);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
