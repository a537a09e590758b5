package dev.candidates.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * A YAML document as the tree JSON gives, within limits a résumé never reaches. Jackson's YAML parser reads events
 * (it never expands an alias itself), and this builds the tree from them: an alias ({@code *name}) becomes the value
 * its anchor ({@code &name}) named, and a merge key ({@code <<: *name}) copies that mapping's keys. Every alias
 * counts its whole value against {@link #MAX_VALUES}, so a billion-laughs document is refused after a few thousand
 * steps rather than expanded; nesting and size are bounded as well (here, and again in SnakeYAML's LoaderOptions and
 * Jackson's read constraints). Every refusal is an {@link IntakeException} naming the problem and, for a syntax
 * error, its line.
 */
final class YamlTree {
  /** Far above any résumé (a long one has a few thousand values), far below what hurts. */
  static final int MAX_ALIASES = 100;
  static final int MAX_DEPTH = 64;
  static final int MAX_VALUES = 200_000;
  static final int MAX_CHARS = 3_000_000;

  private static final Factory FACTORY = new Factory();

  /** Jackson's YAML factory, bounded, making {@link AnchoredParser}s. */
  private static final class Factory extends YAMLFactory {
    Factory() {
      super(YAMLFactory.builder().loaderOptions(options())
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10)
              .maxStringLength(MAX_CHARS).build()));
    }

    private static LoaderOptions options() {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(MAX_ALIASES);
      options.setAllowRecursiveKeys(false);
      options.setNestingDepthLimit(MAX_DEPTH);
      options.setCodePointLimit(MAX_CHARS);
      return options;
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
      return new AnchoredParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }

  /** Jackson's YAML parser, which names the anchor of a mapping or list but not of a scalar; this names both. */
  private static final class AnchoredParser extends YAMLParser {
    AnchoredParser(IOContext ctxt, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(ctxt, features, yamlFeatures, options, codec, reader);
    }

    /** The anchor ({@code &name}) of the value at the current token, or null. */
    String anchor() {
      return _lastEvent instanceof NodeEvent n && !(_lastEvent instanceof AliasEvent) ? n.getAnchor() : null;
    }
  }

  private final AnchoredParser parser;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  /** How many values each mapping and list holds, itself included: what an alias to it adds. */
  private final Map<JsonNode, Integer> sizes = new IdentityHashMap<>();
  private int values;
  private int aliases;

  private YamlTree(AnchoredParser parser) {
    this.parser = parser;
  }

  /**
   * The first document of {@code text}, or null when it has none (only comments or white space).
   *
   * @throws IntakeException {@code MALFORMED_YAML} for a syntax error or a document past the limits
   */
  static JsonNode read(String text) {
    if (text.length() > MAX_CHARS) {
      throw refused("YAML of more than " + MAX_CHARS + " characters; a résumé is far shorter");
    }
    try (AnchoredParser p = (AnchoredParser) FACTORY.createParser(new StringReader(text))) {
      JsonToken first = p.nextToken();
      return first == null ? null : new YamlTree(p).value(0);
    } catch (JsonProcessingException e) {
      throw malformed(e, e.getLocation());
    } catch (YAMLException e) {
      throw malformed(e, null);
    } catch (IOException e) {
      throw refused("unreadable YAML: " + shorten(e.getMessage()));
    }
  }

  /** The value at the current token, which is its first. */
  private JsonNode value(int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw refused("YAML nested more than " + MAX_DEPTH + " levels deep; a résumé needs a few");
    }
    if (parser.isCurrentAlias()) {
      return alias(parser.getText());
    }
    String anchor = parser.anchor(); // read now: the tokens inside a mapping have their own
    JsonNode node = switch (parser.currentToken()) {
      case START_OBJECT -> object(depth);
      case START_ARRAY -> array(depth);
      default -> scalar();
    };
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private JsonNode scalar() throws IOException {
    count(1);
    return switch (parser.currentToken()) {
      case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
      case VALUE_TRUE, VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(parser.getBooleanValue());
      case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
          ? JsonNodeFactory.instance.numberNode(parser.getIntValue())
          : JsonNodeFactory.instance.textNode(parser.getText());
      // Other numbers as written: "2019.10" is a month to a résumé, not 2019.1.
      default -> JsonNodeFactory.instance.textNode(parser.getText());
    };
  }

  private ObjectNode object(int depth) throws IOException {
    int before = values;
    count(1);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      JsonNode v = value(depth + 1);
      if (key.equals("<<")) {
        merge(o, v);
      } else {
        o.set(key, v);
      }
    }
    sizes.put(o, values - before);
    return o;
  }

  private ArrayNode array(int depth) throws IOException {
    int before = values;
    count(1);
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        throw refused("YAML that ends inside a list");
      }
      a.add(value(depth + 1));
    }
    sizes.put(a, values - before);
    return a;
  }

  /** {@code <<: *base} or {@code <<: [*a, *b]}: the keys of those mappings that this one does not set itself. */
  private static void merge(ObjectNode into, JsonNode from) {
    if (from.isArray()) {
      for (JsonNode m : from) {
        merge(into, m);
      }
    } else if (from.isObject()) {
      from.properties().forEach(e -> {
        if (!into.has(e.getKey())) {
          into.set(e.getKey(), e.getValue());
        }
      });
    }
  }

  /** The anchored value again: shared, not copied, but counted as a copy would be. */
  private JsonNode alias(String name) {
    JsonNode node = anchors.get(name);
    if (node == null) {
      throw refused("YAML alias *" + shorten(name) + " names no value anchored (&" + shorten(name)
          + ") before it");
    }
    if (++aliases > MAX_ALIASES) {
      throw refused("YAML with more than " + MAX_ALIASES + " aliases (*name); write the values out");
    }
    count(sizes.getOrDefault(node, 1));
    return node;
  }

  private void count(int n) {
    values += n;
    if (values > MAX_VALUES) {
      throw refused("YAML that expands to more than " + MAX_VALUES + " values (through its aliases, or its "
          + "size); a résumé has a few thousand");
    }
  }

  /** "not valid YAML (line 3, column 7): mapping values are not allowed here", from SnakeYAML's own mark. */
  private static IntakeException malformed(Exception e, JsonLocation at) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
        return refused("not valid YAML" + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column "
            + (mark.getColumn() + 1) + ")") + ": " + shorten(problem));
      }
      if (t instanceof YAMLException y && y != e && !(y instanceof MarkedYAMLException)) {
        return refused("not readable as YAML: " + shorten(y.getMessage()));
      }
    }
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return refused("not valid YAML" + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr()
        + ", column " + at.getColumnNr() + ")") + ": " + shorten(message));
  }

  private static IntakeException refused(String message) {
    return new IntakeException(IntakeException.Reason.MALFORMED_YAML, message);
  }

  private static String shorten(String s) {
    String v = String.valueOf(s).strip();
    return v.length() > 200 ? v.substring(0, 200) + "…" : v;
  }
}
