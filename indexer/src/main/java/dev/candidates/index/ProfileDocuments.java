package dev.candidates.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candidates.index.FieldDef.Source;
import dev.candidates.model.Profile;
import dev.candidates.parse.ProfileEnricher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an enriched profile into its one Lucene document: a pure mapping through every entry of
 * {@link FieldRegistry}, each value as its {@link FieldDef.Type} says. Everything derived (concepts, city,
 * company labels, recency) was computed once by the enricher; stored weights come from the ranking model.
 */
public final class ProfileDocuments {
  private final ObjectMapper json;
  private final RankingModel.IndexTime ranking;
  private final FacetsConfig facets = Schema.facetsConfig();

  public ProfileDocuments(ObjectMapper json, RankingModel ranking) {
    this.json = json;
    this.ranking = ranking.index();
  }

  public Document build(ProfileEnricher.Facts facts) throws IOException {
    Document d = new Document();
    for (FieldDef f : FieldRegistry.ALL) {
      add(d, f, facts);
    }
    return facets.build(d);
  }

  private void add(Document d, FieldDef f, ProfileEnricher.Facts facts) throws IOException {
    String name = f.name();
    Field.Store store = f.stored() ? Field.Store.YES : Field.Store.NO;
    switch (f.source()) {
      case null -> d.add(new StoredField(name, json.writeValueAsBytes(facts.profile()))); // JSON
      case Source.Features features -> {
        for (Map.Entry<String, Float> e : features.of().apply(facts, ranking).entrySet()) {
          d.add(new FeatureField(name, e.getKey(), e.getValue()));
        }
      }
      case Source.Number number -> {
        long v = number.of().applyAsLong(facts);
        d.add(new LongPoint(name, v));
        d.add(new NumericDocValuesField(name, v));
      }
      case Source.Bytes bytes -> d.add(new BinaryDocValuesField(name, bytes.of().apply(facts)));
      case Source.Numbers numbers -> {
        for (long v : numbers.of().apply(facts)) {
          d.add(new LongPoint(name, v));
        }
      }
      case Source.Strings strings -> {
        for (String v : strings.of().apply(facts)) {
          if (v != null) {
            addString(d, f, store, v);
          }
        }
      }
    }
  }

  private static void addString(Document d, FieldDef f, Field.Store store, String v) {
    String name = f.name();
    switch (f.type()) {
      case ID -> {
        d.add(new StringField(name, v, Field.Store.YES));
        d.add(new SortedDocValuesField(name, new BytesRef(v)));
      }
      case WORDS, BIGRAMS -> d.add(new TextField(name, v, store));
      case WORDS_WITH_OFFSETS -> d.add(new Field(name, v, Schema.TEXT_WITH_OFFSETS));
      case KEYWORD -> d.add(new StringField(name, v, store));
      case FACET -> d.add(new SortedSetDocValuesFacetField(name, v));
      case JSON, FEATURE, LONG, POINTS, BINARY -> throw new IllegalStateException(f + " takes no strings");
    }
    if (f.facet() != null && f.type() != FieldDef.Type.FACET) { // a searchable field that is also a facet
      d.add(new SortedSetDocValuesFacetField(f.facet().dimension(), v));
    }
  }

  public static String json(ObjectMapper json, Profile p) {
    try {
      return json.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
