package dev.candidates.api;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last guard on every message a client reads: library messages (Jackson's, POI's, Jetty's) may name Java types
 * and exceptions, which mean nothing to a user and tell an attacker what runs inside. Known value types become
 * what they are in the product's words ({@code java.lang.String} → text); any other class name is dropped.
 */
final class ProductWords {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("String", "text"), Map.entry("Integer", "a whole number"), Map.entry("int", "a whole number"),
      Map.entry("Long", "a whole number"), Map.entry("long", "a whole number"), Map.entry("Double", "a number"),
      Map.entry("double", "a number"), Map.entry("Float", "a number"), Map.entry("Boolean", "true or false"),
      Map.entry("boolean", "true or false"), Map.entry("List", "a list"), Map.entry("ArrayList", "a list"),
      Map.entry("Collection", "a list"), Map.entry("Set", "a list"), Map.entry("Map", "an object"),
      Map.entry("LinkedHashMap", "an object"), Map.entry("Object", "a value"), Map.entry("LocalDate", "a date"),
      Map.entry("YearMonth", "a month (YYYY-MM)"));
  private static final Map<String, String> TOKENS = Map.of("START_OBJECT", "an object", "START_ARRAY", "a list",
      "VALUE_STRING", "text", "VALUE_NUMBER_INT", "a whole number", "VALUE_NUMBER_FLOAT", "a number",
      "VALUE_TRUE", "true", "VALUE_FALSE", "false", "VALUE_NULL", "null");
  /** {@code java.lang.String}, {@code org.apache.xmlbeans.XmlException}, backticked or not, arrays too. */
  private static final Pattern QUALIFIED = Pattern.compile(
      "`?\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_$]*)(?:\\[])?`?(?::\\s*)?");
  /** Jackson quotes types in backticks: {@code `java.util.ArrayList<java.lang.String>`}, {@code `int`}. */
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]{1,200})`");
  private static final Pattern OUTER = Pattern.compile("(?:[a-z][a-z0-9_]*\\.)*([A-Za-z_$][A-Za-z0-9_$]*).*");
  private static final Pattern JSON_TOKEN = Pattern.compile("`?(?:JsonToken\\.)([A-Z_]+)`?");
  private static final Pattern EXCEPTION = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b:?\\s*");

  private ProductWords() {}

  static String clean(String message) {
    if (message == null) {
      return null;
    }
    String m = replace(BACKTICKED, message, g -> {
      String inner = g.group(1);
      Matcher token = JSON_TOKEN.matcher(inner);
      if (token.matches()) {
        return TOKENS.getOrDefault(token.group(1), "a value");
      }
      Matcher outer = OUTER.matcher(inner);
      return outer.matches() && (inner.contains(".") || TYPES.containsKey(outer.group(1)))
          ? TYPES.getOrDefault(outer.group(1), "a value") : g.group();
    });
    m = replace(QUALIFIED, m, g -> {
      String type = TYPES.get(g.group(1));
      return type != null ? type + (g.group().endsWith(" ") ? " " : "") : "";
    });
    m = replace(JSON_TOKEN, m, g -> TOKENS.getOrDefault(g.group(1), "a value"));
    m = EXCEPTION.matcher(m).replaceAll("");
    m = m.replaceAll("\\(\\s*token\\s+([^)]*)\\)", "($1)").replaceAll("\\(\\s*\\)", "").replaceAll(" {2,}", " ")
        .replaceAll(" ([,;:)])", "$1").strip();
    return m.isEmpty() ? "the request could not be read" : m;
  }

  private static String replace(Pattern p, String s, Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
