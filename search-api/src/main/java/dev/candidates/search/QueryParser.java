package dev.candidates.search;

import dev.candidates.analysis.TextNormalizer;
import dev.candidates.index.FieldDef;
import dev.candidates.index.FieldRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the query language:
 * <pre>
 *   Go Kafka 5 years          words are all required; "5 years" next to a skill asks for years with it (soft)
 *   "tech lead"               a phrase
 *   Kafka OR RabbitMQ         either; AND is implied, and may be written
 *   Java -JavaScript          NOT, also written NOT JavaScript
 *   (Kafka OR RabbitMQ) 微服务  grouping
 *   company:腾讯 title:"tech lead" skill:go school:清华 location:深圳 name:李伟
 *   years:>=8  years:3..5     total years (filter)
 *   skill:go>=5               at least 5 years with Go (filter)
 *   kube*                     prefix
 * </pre>
 * Limits keep pathological input cheap: length, clause count and nesting depth.
 */
public final class QueryParser {
  public static final int MAX_LENGTH = 1000;
  public static final int MAX_CLAUSES = 64;
  public static final int MAX_DEPTH = 16;

  private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):");
  private static final Pattern YEARS = Pattern.compile(
      "(>=|<=|>|<|=)?\\s*(\\d{1,2}(?:\\.\\d)?)|(\\d{1,2}(?:\\.\\d)?)\\s*(?:\\.\\.|-|~)\\s*(\\d{1,2}(?:\\.\\d)?)");
  private static final Pattern SKILL_YEARS = Pattern.compile("(.+?)\\s*>=\\s*(\\S+)");

  private final String input;
  private int pos;
  private int clauses;

  private QueryParser(String input) {
    this.input = input;
  }

  /** Parses a query; an empty or blank query is {@code null} (match everything). */
  public static QueryNode parse(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    if (query.length() > MAX_LENGTH) {
      throw new QuerySyntaxException("the query is " + query.length() + " characters long; the limit is "
          + MAX_LENGTH);
    }
    QueryParser p = new QueryParser(TextNormalizer.normalize(query).strip());
    QueryNode n = p.or(0);
    p.skipSpace();
    if (p.pos < p.input.length()) {
      if (p.input.charAt(p.pos) == ')') {
        throw new QuerySyntaxException("unbalanced parentheses: a ')' at position " + (p.pos + 1)
            + " has no matching '('");
      }
      throw new QuerySyntaxException("unexpected \"" + p.input.charAt(p.pos) + "\" at position " + (p.pos + 1));
    }
    return n;
  }

  private QueryNode or(int depth) {
    if (depth > MAX_DEPTH) {
      throw new QuerySyntaxException("parentheses are nested too deeply (the limit is " + MAX_DEPTH + ")");
    }
    List<QueryNode> alternatives = new ArrayList<>();
    alternatives.add(and(depth));
    while (keyword("OR") || symbol('|')) {
      alternatives.add(and(depth));
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(alternatives);
  }

  private QueryNode and(int depth) {
    List<QueryNode> parts = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    while (true) {
      skipSpace();
      if (pos >= input.length() || peek(')') || peekKeyword("OR") || peek('|')) {
        break;
      }
      if (keyword("AND") || symbol('&')) {
        flush(words, parts);
        continue;
      }
      QueryNode unary = unary(depth, words);
      if (unary != null) {
        flush(words, parts);
        parts.add(count(unary));
      }
    }
    flush(words, parts);
    if (parts.isEmpty()) {
      throw new QuerySyntaxException(pos >= input.length()
          ? "the query ends where a term was expected (after OR, AND or NOT?)"
          : "a term was expected at position " + (pos + 1));
    }
    return parts.size() == 1 ? parts.get(0) : new QueryNode.And(parts);
  }

  private void flush(StringBuilder words, List<QueryNode> parts) {
    if (!words.isEmpty()) {
      parts.add(count(new QueryNode.Text(words.toString())));
      words.setLength(0);
    }
  }

  private QueryNode count(QueryNode n) {
    if (++clauses > MAX_CLAUSES) {
      throw new QuerySyntaxException("the query has too many clauses (the limit is " + MAX_CLAUSES + ")");
    }
    return n;
  }

  /** Returns a node, or null after appending a bare word to {@code words}. */
  private QueryNode unary(int depth, StringBuilder words) {
    skipSpace();
    if (keyword("NOT")) {
      return new QueryNode.Not(primaryOrWord(depth));
    }
    if (peek('-') && pos + 1 < input.length() && !Character.isWhitespace(input.charAt(pos + 1))
        && !Character.isDigit(input.charAt(pos + 1))) {
      pos++;
      return new QueryNode.Not(primaryOrWord(depth));
    }
    if (peek('(') || peek('"')) {
      return primary(depth);
    }
    Matcher f = FIELD.matcher(input).region(pos, input.length());
    if (f.lookingAt()) {
      String name = f.group(1).toLowerCase(Locale.ROOT);
      if (FieldRegistry.queryField(name) != null) {
        pos = f.end();
        return field(name);
      }
      if (name.length() > 1 && !name.equals("http") && !name.equals("https")) {
        throw new QuerySyntaxException("unknown field \"" + name + ":\"; use one of "
            + String.join(", ", FieldRegistry.queryFields().keySet().stream().map(n -> n + ":").toList()));
      }
    }
    String w = word();
    if (w.endsWith("*")) {
      return prefix(w);
    }
    checkWildcards(w);
    if (!words.isEmpty()) {
      words.append(' ');
    }
    words.append(w);
    return null;
  }

  private QueryNode primaryOrWord(int depth) {
    skipSpace();
    if (peek('(') || peek('"')) {
      return primary(depth);
    }
    StringBuilder one = new StringBuilder();
    QueryNode n = unary(depth, one);
    if (n != null) {
      return n;
    }
    if (one.isEmpty()) {
      throw new QuerySyntaxException("NOT must be followed by a term");
    }
    return new QueryNode.Text(one.toString());
  }

  private QueryNode primary(int depth) {
    if (symbol('(')) {
      QueryNode inner = or(depth + 1);
      if (!symbol(')')) {
        throw new QuerySyntaxException("unbalanced parentheses: a '(' is never closed");
      }
      return inner;
    }
    return new QueryNode.Phrase(quoted());
  }

  private String quoted() {
    pos++; // opening quote
    int end = input.indexOf('"', pos);
    if (end < 0) {
      throw new QuerySyntaxException("unbalanced quotes: a '\"' is never closed");
    }
    String phrase = input.substring(pos, end).strip();
    pos = end + 1;
    if (phrase.isEmpty()) {
      throw new QuerySyntaxException("empty phrase \"\"");
    }
    return phrase;
  }

  private QueryNode field(String name) {
    if (pos >= input.length() || Character.isWhitespace(input.charAt(pos))) {
      throw new QuerySyntaxException(name + ": needs a value, e.g. " + example(name));
    }
    String value = peek('"') ? quoted() : word();
    FieldDef.QueryStyle style = FieldRegistry.queryField(name).search().style();
    if (style == FieldDef.QueryStyle.RANGE) {
      return years(value);
    }
    if (style == FieldDef.QueryStyle.CONCEPT) {
      // skill:go>=5, skill:"message queue">=3
      String rest = value;
      if (pos < input.length() && input.startsWith(">=", pos)) {
        int s = pos;
        String more = word();
        rest = value + more;
        pos = s + more.length();
      }
      Matcher m = SKILL_YEARS.matcher(rest);
      if (m.matches()) {
        try {
          int years = Integer.parseInt(m.group(2));
          if (years < 0 || years > 60) {
            throw new NumberFormatException();
          }
          return new QueryNode.SkillYears(m.group(1), years);
        } catch (NumberFormatException e) {
          throw new QuerySyntaxException("skill:" + m.group(1) + ">= needs a whole number of years from 0 to 60, "
              + "got \"" + m.group(2) + "\"");
        }
      }
    }
    if (value.isBlank()) {
      throw new QuerySyntaxException(name + ": needs a value, e.g. " + example(name));
    }
    return new QueryNode.Field(name, value);
  }

  private static String example(String field) {
    return FieldRegistry.queryField(field).search().example();
  }

  private static QueryNode years(String value) {
    Matcher m = YEARS.matcher(value);
    if (!m.matches()) {
      throw new QuerySyntaxException("years: takes >=N, <=N, >N, <N, N or N..M (e.g. years:>=8, years:3..5), got \""
          + value + "\"");
    }
    if (m.group(3) != null) {
      double a = Double.parseDouble(m.group(3));
      double b = Double.parseDouble(m.group(4));
      if (b < a) {
        throw new QuerySyntaxException("years:" + value + " is an empty range (the upper bound is below the lower)");
      }
      return new QueryNode.Years(a, b);
    }
    double n = Double.parseDouble(m.group(2));
    String op = m.group(1) == null ? "=" : m.group(1);
    return switch (op) {
      case ">=" -> new QueryNode.Years(n, null);
      case ">" -> new QueryNode.Years(n + 0.1, null);
      case "<=" -> new QueryNode.Years(null, n);
      case "<" -> new QueryNode.Years(null, Math.max(0, n - 0.1));
      default -> new QueryNode.Years(n, n + 0.9);
    };
  }

  private QueryNode prefix(String w) {
    String p = w.substring(0, w.length() - 1);
    if (p.isEmpty() || p.startsWith("*") || p.startsWith("?")) {
      throw new QuerySyntaxException("leading wildcards are not supported; write the start of a word, e.g. kube*");
    }
    checkWildcards(p);
    if (p.codePointCount(0, p.length()) < 2) {
      throw new QuerySyntaxException("a prefix needs at least two characters before '*' (e.g. ka*)");
    }
    return new QueryNode.Prefix(p);
  }

  private static void checkWildcards(String w) {
    if (w.startsWith("*") || w.startsWith("?")) {
      throw new QuerySyntaxException("leading wildcards are not supported; write the start of a word, e.g. kube*");
    }
    if (w.indexOf('*') >= 0) {
      throw new QuerySyntaxException("'*' is supported only at the end of a word (e.g. kube*)");
    }
  }

  /** A bare word: up to whitespace, a parenthesis or a quote. */
  private String word() {
    int s = pos;
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
        break;
      }
      pos++;
    }
    if (pos == s) {
      throw new QuerySyntaxException("a term was expected at position " + (s + 1));
    }
    return input.substring(s, pos);
  }

  private void skipSpace() {
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < input.length() && input.charAt(pos) == c;
  }

  private boolean symbol(char c) {
    skipSpace();
    if (peek(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean peekKeyword(String k) {
    return input.startsWith(k, pos) && (pos + k.length() >= input.length()
        || Character.isWhitespace(input.charAt(pos + k.length())) || input.charAt(pos + k.length()) == '(');
  }

  private boolean keyword(String k) {
    skipSpace();
    if (peekKeyword(k)) {
      pos += k.length();
      return true;
    }
    return false;
  }
}
