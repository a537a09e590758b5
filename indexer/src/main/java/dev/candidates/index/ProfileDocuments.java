package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import dev.candidates.parse.ResumeParser;
import dev.candidates.taxonomy.Concept;
import dev.candidates.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Turns an enriched profile into its one Lucene document, field by field as {@link Schema} defines them. */
public final class ProfileDocuments {
  private final Taxonomy taxonomy;
  private final ObjectMapper json;
  private final FacetsConfig facets = Schema.facetsConfig();

  public ProfileDocuments(Taxonomy taxonomy, ObjectMapper json) {
    this.taxonomy = taxonomy;
    this.json = json;
  }

  public Document build(ProfileEnricher.Facts facts) throws IOException {
    Profile p = facts.profile();
    Document d = new Document();
    d.add(new StringField(Schema.ID, p.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Schema.ID, new BytesRef(p.id())));
    d.add(new StoredField(Schema.SOURCE, json.writeValueAsBytes(p)));
    addText(d, Schema.NAME, p.name());
    addText(d, Schema.HEADLINE, p.headline());
    addText(d, Schema.TITLE, p.headline());
    addText(d, Schema.LOCATION, p.location());
    Set<String> companies = new LinkedHashSet<>();
    Set<String> titleConcepts = new LinkedHashSet<>(conceptsIn(p.headline()));
    Set<String> companyConcepts = new LinkedHashSet<>();
    for (Experience e : p.experience()) {
      addText(d, Schema.TITLE, e.title());
      addText(d, Schema.COMPANY, e.company());
      titleConcepts.addAll(conceptsIn(e.title()));
      if (e.company() != null && !e.company().isBlank()) {
        companies.add(companyLabel(e.company()));
        for (String id : conceptsIn(e.company())) {
          if (taxonomy.get(id).category().equals("company")) {
            companyConcepts.add(id);
          }
        }
      }
    }
    for (String id : titleConcepts) {
      d.add(new StringField(Schema.TITLE_CONCEPT, id, Field.Store.NO));
    }
    for (String id : companyConcepts) {
      d.add(new StringField(Schema.COMPANY_CONCEPT, id, Field.Store.NO));
    }
    for (Education e : p.education()) {
      addText(d, Schema.SCHOOL, e.school());
    }
    String text = p.text() == null ? "" : p.text();
    d.add(new Field(Schema.TEXT, text, Schema.TEXT_WITH_OFFSETS));
    d.add(new TextField(Schema.TEXT_BIGRAM, text, Field.Store.NO));

    Set<String> broader = new LinkedHashSet<>();
    YearMonth now = YearMonth.now(ZoneId.systemDefault());
    for (String id : facts.concepts()) {
      d.add(new StringField(Schema.CONCEPT, id, Field.Store.YES));
      d.add(new FeatureField(Schema.CONCEPT_RANK, id, Schema.RANK_DIRECT
          + (titleConcepts.contains(id) ? Schema.RANK_IN_TITLE : 0f)));
      broader.addAll(taxonomy.ancestors(id));
    }
    for (var e : facts.yearsByConcept().entrySet()) {
      double years = e.getValue();
      // FeatureField needs a positive value; a mention without dated years still counts a little.
      d.add(new FeatureField(Schema.SKILL_YEARS, e.getKey(), (float) Math.max(0.05, years)));
      for (int y = 1; y <= Math.min(60, (int) Math.floor(years)); y++) {
        d.add(new StringField(Schema.SKILL_MIN_YEARS, Schema.minYearsTerm(e.getKey(), y), Field.Store.NO));
      }
      YearMonth last = facts.lastUsed().get(e.getKey());
      if (last != null) {
        long monthsAgo = Math.max(0, (now.getYear() - last.getYear()) * 12L + now.getMonthValue()
            - last.getMonthValue());
        d.add(new FeatureField(Schema.SKILL_RECENCY, e.getKey(), (float) (1.0 / (1.0 + monthsAgo / 12.0))));
      }
    }
    broader.removeAll(facts.concepts());
    for (String id : broader) {
      d.add(new StringField(Schema.CONCEPT_BROADER, id, Field.Store.NO));
      d.add(new FeatureField(Schema.CONCEPT_RANK, id, Schema.RANK_BROADER
          + (titleConcepts.contains(id) ? Schema.RANK_IN_TITLE : 0f)));
    }

    double total = p.totalYears() == null ? 0 : p.totalYears();
    d.add(new LongPoint(Schema.TOTAL_YEARS, Schema.tenths(total)));
    d.add(new NumericDocValuesField(Schema.TOTAL_YEARS, Schema.tenths(total)));
    long updated = p.updated() == null ? 0 : Instant.parse(p.updated()).toEpochMilli();
    d.add(new LongPoint(Schema.UPDATED, updated));
    d.add(new NumericDocValuesField(Schema.UPDATED, updated));
    String lang = p.resumeLanguage() == null ? "en" : p.resumeLanguage();
    d.add(new StringField(Schema.LANGUAGE, lang, Field.Store.NO));

    for (String skill : p.skills()) {
      d.add(new SortedSetDocValuesFacetField(Schema.FACET_SKILL, skill));
    }
    for (String c : companies) {
      d.add(new SortedSetDocValuesFacetField(Schema.FACET_COMPANY, c));
    }
    String city = locationLabel(p.location());
    if (city != null) {
      d.add(new SortedSetDocValuesFacetField(Schema.FACET_LOCATION, city));
    }
    d.add(new SortedSetDocValuesFacetField(Schema.FACET_YEARS, Schema.yearsBucket(total)));
    d.add(new SortedSetDocValuesFacetField(Schema.FACET_LANGUAGE, lang));
    return facets.build(d);
  }

  private java.util.List<String> conceptsIn(String text) {
    return text == null ? java.util.List.of()
        : taxonomy.matcher().conceptIds(text, dev.candidates.taxonomy.SkillMatcher.Mode.SKILLS);
  }

  private static void addText(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, Field.Store.NO));
    }
  }

  /** "腾讯" and "Tencent" are one company facet. */
  public String companyLabel(String company) {
    Concept c = taxonomy.lookup(company);
    if (c == null) {
      var ids = taxonomy.matcher().conceptIds(company, dev.candidates.taxonomy.SkillMatcher.Mode.SKILLS);
      for (String id : ids) {
        if (taxonomy.get(id).category().equals("company")) {
          c = taxonomy.get(id);
          break;
        }
      }
    }
    String label = c != null && c.category().equals("company") ? c.displayName() : company.strip();
    return label.length() > 80 ? label.substring(0, 80) : label;
  }

  /** The city when the location names a known one ("Shenzhen, China" → "Shenzhen"), else the location. */
  public static String locationLabel(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    String city = ResumeParser.cityOf(location);
    String label = city != null ? city : location.strip();
    return label.length() > 80 ? label.substring(0, 80) : label;
  }

  public static String json(ObjectMapper json, Profile p) {
    try {
      return json.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
