package dev.candidates.api;

import dev.candidates.text.EditDistance;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against what its endpoint takes: an unknown name is a 400 with a
 * "did you mean" hint (a misspelt filter must not be silently ignored), and a value that is not a number, a choice
 * or a boolean as expected is a 400 naming the parameter.
 */
final class QueryParams {
  private final Map<String, List<String>> params;

  private QueryParams(Map<String, List<String>> params) {
    this.params = params;
  }

  static QueryParams of(Context ctx, Set<String> allowed) {
    checkEncoding(ctx.queryString());
    Map<String, List<String>> params;
    try {
      params = ctx.queryParamMap();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_query_string", "the query string is not correctly URL-encoded");
    }
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        String hint = EditDistance.closest(name, allowed);
        throw ApiException.badRequest("unknown_parameter", "unknown parameter \"" + shorten(name) + "\" for "
            + ctx.path() + (hint == null ? "" : " (did you mean \"" + hint + "\"?)") + "; it takes "
            + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return new QueryParams(params);
  }

  /**
   * Every {@code %} of the raw query string starts two hex digits, and the bytes they spell are UTF-8: the server
   * would otherwise keep {@code q=%ZZ} as something else (and search for everyone) instead of saying it is wrong.
   */
  static void checkEncoding(String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        throw ApiException.badRequest("invalid_query_string", "the query string has a malformed percent-escape \""
            + shorten(raw.substring(i, Math.min(raw.length(), i + 3))) + "\"; a % must be followed by two hex "
            + "digits (write a literal % as %25)");
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("invalid_query_string", "the query string's percent-escapes do not spell UTF-8 "
          + "text; encode the parameters as UTF-8");
    }
  }

  /** The one value of a parameter; giving it twice is a mistake, not a choice between the two. */
  String string(String name, String fallback) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    if (values.size() > 1) {
      throw ApiException.badRequest("invalid_parameter", name + " was given " + values.size()
          + " times; give it once");
    }
    return values.get(0);
  }

  List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  int integer(String name, int fallback) {
    String v = string(name, null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid_parameter", name + " must be a whole number, got \"" + shorten(v)
          + "\"");
    }
  }

  int integer(String name, int fallback, int min, int max) {
    int n = integer(name, fallback);
    if (n < min || n > max) {
      throw ApiException.badRequest("invalid_parameter", name + " must be between " + min + " and " + max
          + ", got " + n);
    }
    return n;
  }

  Double decimal(String name) {
    String v = string(name, null);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest("invalid_parameter", name + " must be a number, got \"" + shorten(v) + "\"");
  }

  boolean bool(String name, boolean fallback) {
    String v = string(name, null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest("invalid_parameter", name + " must be true or false, got \""
          + shorten(v) + "\"");
    };
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String v = string(name, null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String n = e.name().toLowerCase(Locale.ROOT);
      if (n.equals(v.strip().toLowerCase(Locale.ROOT))) {
        return e;
      }
      names.add(n);
    }
    throw ApiException.badRequest("invalid_parameter", name + " must be one of " + String.join(", ", names)
        + ", got \"" + shorten(v) + "\"");
  }

  static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
