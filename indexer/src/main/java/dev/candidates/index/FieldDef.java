package dev.candidates.index;

import dev.candidates.parse.ProfileEnricher.Facts;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.apache.lucene.util.BytesRef;

/**
 * One field of the candidate index, in the spirit of nrtsearch's field definitions: its Lucene name and type
 * (which fixes the Lucene field classes and the analyzer), whether it is stored, how its values come from the
 * enriched profile, and optionally its search role and its facet role. {@link ProfileDocuments} maps a profile
 * through every entry; query fields, facet counting and order, request parameters and the query parser's messages
 * all read the entries of {@link FieldRegistry}.
 *
 * @param source how the values come from the enriched profile: {@link Source.Strings} for text, keyword, id and
 *     facet types, {@link Source.Features} for {@link Type#FEATURE}, {@link Source.Number} for {@link Type#LONG},
 *     {@link Source.Numbers} for {@link Type#POINTS}, {@link Source.Bytes} for {@link Type#BINARY};
 *     null for {@link Type#JSON} (the profile itself)
 * @param search null when no query names the field and free text does not search it
 * @param facet null when the field is not counted as a facet
 */
public record FieldDef(String name, Type type, boolean stored, Source source, Search search, Facet facet) {

  /** The Lucene shape of a field; each implies its analysis. */
  public enum Type {
    /** StringField (stored) plus a sorted doc value for tie-breaks. */
    ID(Analysis.KEYWORD),
    /** The profile as JSON, stored only. */
    JSON(Analysis.NONE),
    /** TextField through the word analyzer (tech terms kept, smartcn, English stems), not stored. */
    WORDS(Analysis.WORDS),
    /**
     * Words with offsets in the postings (for the highlighter), not stored: the text is in the stored profile
     * ({@link #JSON}), which the highlighter reads it from; a second stored copy was a third of the stored bytes.
     */
    WORDS_WITH_OFFSETS(Analysis.WORDS),
    /** TextField through the Chinese bigram analyzer. */
    BIGRAMS(Analysis.BIGRAMS),
    /** StringField: exact terms. */
    KEYWORD(Analysis.KEYWORD),
    /** One binary doc value: bytes read by document (a hit's {@link HitCard}), never searched. */
    BINARY(Analysis.NONE),
    /** FeatureField: one term per key, valued. */
    FEATURE(Analysis.NONE),
    /** LongPoint (range filters) plus a numeric doc value (sort). */
    LONG(Analysis.NONE),
    /** LongPoints only, any number per document: values for range filters. */
    POINTS(Analysis.NONE),
    /** Only a facet dimension (SortedSet doc values through the facet module); the name is the dimension. */
    FACET(Analysis.NONE);

    public final Analysis analysis;

    Type(Analysis analysis) {
      this.analysis = analysis;
    }
  }

  public enum Analysis { WORDS, BIGRAMS, KEYWORD, NONE }

  /** How a field's values come from the enriched profile. */
  public sealed interface Source {
    /** Strings; nulls are skipped. */
    record Strings(Function<Facts, Collection<String>> of) implements Source {}

    /** Feature key → value; values that depend on ranking read the index-time part of the model. */
    record Features(BiFunction<Facts, RankingModel.IndexTime, Map<String, Float>> of) implements Source {}

    record Number(ToLongFunction<Facts> of) implements Source {}

    /** Any number of long values, for {@link Type#POINTS}. */
    record Numbers(Function<Facts, long[]> of) implements Source {}

    /** One value of bytes, for {@link Type#BINARY}. */
    record Bytes(Function<Facts, BytesRef> of) implements Source {}
  }

  /** How a query term against the field becomes a Lucene query (the query builder switches on it). */
  public enum QueryStyle {
    /** The analyzed words: a term, or a phrase. */
    WORDS,
    /** A taxonomy concept (any language or spelling), else the words of the text. */
    CONCEPT,
    /** The words, or the company concept ("腾讯" finds Tencent). */
    COMPANY,
    /** The words, or the role concept. */
    TITLE,
    /** One exact term, from {@link Search#keyword}. */
    KEYWORD,
    /** A numeric range ({@code years:>=8}). */
    RANGE
  }

  /** A weight, read from the query-time ranking model (e.g. {@code RankingModel.QueryTime::title}). */
  @FunctionalInterface
  public interface Weight {
    float of(RankingModel.QueryTime model);
  }

  /**
   * The field's search role.
   *
   * @param queryField the name a query uses ({@code skill:}), or null when only free text searches the field
   * @param freeText whether bare words search the field too (with {@code weight})
   * @param example shown in the message when the field is given no value
   * @param keyword for {@link QueryStyle#KEYWORD}: the term a query value stands for, or null when it is not one of
   *     {@code vocabulary}
   * @param vocabulary for {@link QueryStyle#KEYWORD}: the values a query may give (named in error messages)
   */
  public record Search(String queryField, QueryStyle style, Weight weight, boolean freeText, String example,
      UnaryOperator<String> keyword, List<String> vocabulary) {
    public Search {
      Objects.requireNonNull(style);
      weight = weight == null ? m -> 1f : weight;
      example = example == null && queryField != null ? queryField + ":value" : example;
      vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
      if (style == QueryStyle.KEYWORD && keyword == null) {
        throw new IllegalArgumentException("a keyword search role needs its value mapping");
      }
    }

    public static Search queryField(String name, QueryStyle style, String example) {
      return new Search(name, style, null, false, example, null, null);
    }

    public static Search freeText(Weight weight) {
      return new Search(null, QueryStyle.WORDS, weight, true, null, null, null);
    }

    /** Free text searches the field with {@code weight}, and {@code name:} searches only it. */
    public static Search both(String name, QueryStyle style, Weight weight, String example) {
      return new Search(name, style, weight, true, example, null, null);
    }

    public static Search keyword(String name, UnaryOperator<String> keyword, List<String> vocabulary,
        String example) {
      return new Search(name, QueryStyle.KEYWORD, null, false, example, keyword, vocabulary);
    }
  }

  /**
   * The field's facet role.
   *
   * @param dimension the facet's name in requests ({@code skills=Go}) and responses
   * @param order position in the response's facet order (ascending)
   * @param values how many values a response lists
   * @param valueOrder the values in display order for a fixed scale (years buckets, degrees); empty: by count
   * @param closedTo the only values a filter may name (a scale's values, an enumeration's keys), so that a value
   *     outside them is refused instead of silently finding no one; empty: any value (skills, companies, places)
   */
  public record Facet(String dimension, int order, int values, boolean multiValued, List<String> valueOrder,
      List<String> closedTo) {
    public Facet {
      valueOrder = valueOrder == null ? List.of() : List.copyOf(valueOrder);
      closedTo = closedTo == null || closedTo.isEmpty() ? valueOrder : List.copyOf(closedTo);
    }

    public Facet(String dimension, int order, int values, boolean multiValued, List<String> valueOrder) {
      this(dimension, order, values, multiValued, valueOrder, null);
    }

    public static Facet byCount(String dimension, int order, int values, boolean multiValued) {
      return new Facet(dimension, order, values, multiValued, List.of());
    }

    /** A fixed scale: its values are listed in this order, and are the only ones a filter takes. */
    public static Facet scale(String dimension, int order, List<String> valueOrder) {
      return new Facet(dimension, order, valueOrder.size(), false, valueOrder);
    }

    /** The same facet, whose filter takes only {@code allowed} (an enumeration's keys). */
    public Facet closedTo(List<String> allowed) {
      return new Facet(dimension, order, values, multiValued, valueOrder, allowed);
    }

    /** Whether a filter may name only the values of {@link #closedTo}. */
    public boolean closed() {
      return !closedTo.isEmpty();
    }
  }

  public FieldDef {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    boolean fits = switch (type) {
      case JSON -> source == null;
      case FEATURE -> source instanceof Source.Features;
      case LONG -> source instanceof Source.Number;
      case POINTS -> source instanceof Source.Numbers;
      case BINARY -> source instanceof Source.Bytes;
      default -> source instanceof Source.Strings;
    };
    if (!fits) {
      throw new IllegalArgumentException("field " + name + ": a " + type + " field cannot take " + source);
    }
    if (type == Type.FACET && (facet == null || !facet.dimension().equals(name))) {
      throw new IllegalArgumentException("facet field " + name + " needs a facet role of the same name");
    }
  }

  /**
   * The indexed facet value a filter value stands for: itself for an open facet; for a closed one, the allowed value
   * it names (in any case, or as the field's query keyword takes it: {@code 硕士} is {@code master}), or null when
   * it names none of them.
   */
  public String filterValue(String value) {
    if (facet == null || !facet.closed()) {
      return value;
    }
    for (String allowed : facet.closedTo()) {
      if (allowed.equalsIgnoreCase(value)) {
        return allowed;
      }
    }
    String key = search != null && search.keyword() != null ? search.keyword().apply(value) : null;
    return key != null && facet.closedTo().contains(key) ? key : null;
  }

  public static FieldDef of(String name, Type type, Function<Facts, Collection<String>> values) {
    return new FieldDef(name, type, type == Type.ID, new Source.Strings(values),
        null, null);
  }

  /** A facet-only field: the dimension is its name. */
  public static FieldDef facetOnly(Facet facet, Function<Facts, Collection<String>> values) {
    return new FieldDef(facet.dimension(), Type.FACET, false, new Source.Strings(values), null, facet);
  }

  public FieldDef storing() {
    return new FieldDef(name, type, true, source, search, facet);
  }

  public FieldDef searched(Search s) {
    return new FieldDef(name, type, stored, source, s, facet);
  }

  public FieldDef faceted(Facet f) {
    return new FieldDef(name, type, stored, source, search, f);
  }
}
