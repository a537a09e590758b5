package dev.candidates.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Any JSON résumé flattened to the text the parser reads: an object or array under a key becomes a section headed by
 * that key ({@code workExperience} → "work experience"), an object in an array one line of its short values joined
 * by {@code |} followed by its long values as bullets, a scalar {@code key: value}.
 */
public final class JsonText {
  private static final int MAX_LINES = 5_000;

  private JsonText() {}

  public static String flatten(JsonNode node) {
    List<String> lines = new ArrayList<>();
    walk(node, 0, lines);
    return String.join("\n", lines);
  }

  private static void walk(JsonNode node, int depth, List<String> lines) {
    if (lines.size() > MAX_LINES || depth > 20) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode v = f.getValue();
        if (v.isValueNode()) {
          String s = scalar(v);
          if (!s.isEmpty()) {
            lines.add(words(f.getKey()) + ": " + s);
          }
        } else if (!v.isEmpty()) {
          lines.add("");
          lines.add(v.isObject() && isContact(v) ? "personal information" : header(f.getKey()));
          walk(v, depth + 1, lines);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isValueNode()) {
          lines.add("- " + scalar(item));
        } else if (item.isObject()) {
          entry(item, depth, lines);
        } else {
          walk(item, depth + 1, lines);
        }
      }
    } else if (node.isValueNode()) {
      lines.add(scalar(node));
    }
  }

  /** Keys that name an employer or school, then a role: first on an entry's line, as the entry reader expects. */
  private static final java.util.Set<String> ORG_KEYS = java.util.Set.of("org", "organization", "organisation",
      "company", "employer", "company name", "school", "institution", "university", "corp");
  private static final java.util.Set<String> ROLE_KEYS = java.util.Set.of("role", "position", "title", "job",
      "job title", "post");
  private static final java.util.Set<String> FROM_KEYS = java.util.Set.of("from", "start", "start date", "begin",
      "since");
  private static final java.util.Set<String> TO_KEYS = java.util.Set.of("to", "end", "end date", "until");
  /** Scalars of a section module worth reading as its text ("text": "马拉松、摄影"). */
  private static final java.util.Set<String> TEXT_KEYS = java.util.Set.of("text", "content", "desc", "description",
      "summary");

  /** One object of an array: its short values on one line, then its long values and nested arrays as bullets. */
  private static void entry(JsonNode item, int depth, List<String> lines) {
    String section = sectionTitle(item);
    if (section != null) {
      module(item, section, depth, lines);
      return;
    }
    List<String> orgs = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    StringBuilder head = new StringBuilder();
    List<String> rest = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      String range = v.isObject() ? range(v) : null;
      if (range != null) {
        head.append(head.isEmpty() ? "" : " | ").append(range); // "period": {"from": …, "to": …}
      } else if (v.isValueNode()) {
        String s = v.isBoolean() ? "" : scalar(v).replace('\n', ' '); // "visible": true is no value of the entry
        if (s.isEmpty()) {
          continue;
        }
        String k = words(f.getKey());
        if (s.length() <= 80 && !isUrl(s) && ORG_KEYS.contains(k)) {
          orgs.add(s);
        } else if (s.length() <= 80 && !isUrl(s) && ROLE_KEYS.contains(k)) {
          roles.add(s);
        } else if (s.length() <= 80 && !isUrl(s)) {
          head.append(head.isEmpty() ? "" : " | ").append(s);
        } else {
          rest.add("- " + s);
        }
      } else if (v.isArray()) {
        for (JsonNode x : v) {
          if (x.isValueNode()) {
            rest.add("- " + scalar(x));
          } else {
            List<String> nested = new ArrayList<>();
            walk(x, depth + 2, nested);
            for (String n : nested) {
              if (!n.isBlank()) {
                rest.add("- " + n);
              }
            }
          }
        }
      } else {
        List<String> nested = new ArrayList<>();
        walk(v, depth + 2, nested);
        rest.addAll(nested);
      }
    }
    List<String> first = new ArrayList<>(orgs);
    first.addAll(roles);
    if (!head.isEmpty()) {
      first.add(head.toString());
    }
    lines.add(joinedDates(String.join(" | ", first)));
    lines.addAll(rest);
  }

  /**
   * A site's own section module ({"type": "work", "title": "工作经历", "items": […]}): its title, when the header
   * lexicon knows it and the object holds more than scalars, is the section's header.
   */
  private static String sectionTitle(JsonNode item) {
    String title = null;
    boolean container = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
      JsonNode v = it.next().getValue();
      if (v.isTextual() && title == null && Section.of(v.asText().strip()) != null) {
        title = v.asText().strip();
      }
      container |= v.isContainerNode() && !v.isEmpty() && range(v) == null;
    }
    return container ? title : null;
  }

  private static void module(JsonNode item, String section, int depth, List<String> lines) {
    lines.add("");
    boolean contact = false;
    for (JsonNode v : item) {
      contact |= v.isObject() && isContact(v);
    }
    lines.add(contact ? "personal information" : section);
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      if (v.isContainerNode()) {
        walk(v, depth + 1, lines);
      } else if (TEXT_KEYS.contains(words(f.getKey())) && !scalar(v).isEmpty()) {
        lines.add(scalar(v));
      }
    }
  }

  /** {"from": "2021-06", "to": null, "current": true} → "2021-06 - present"; null when the object is no period. */
  private static String range(JsonNode o) {
    String from = null;
    String to = null;
    boolean toKey = false;
    boolean current = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      String k = words(f.getKey());
      JsonNode v = f.getValue();
      if (!v.isValueNode()) {
        return null;
      }
      if (FROM_KEYS.contains(k)) {
        from = scalar(v);
      } else if (TO_KEYS.contains(k)) {
        toKey = true;
        to = scalar(v);
      } else if (k.equals("current") || k.equals("is current") || k.equals("ongoing")) {
        current = v.asBoolean();
      }
    }
    if (from == null || from.isEmpty() || DateRange.findSingle(from) == null) {
      return null;
    }
    if (to == null || to.isEmpty()) {
      return toKey || current ? from + " - present" : from;
    }
    return from + " - " + to;
  }

  /** "2019-01 | present" (a from and a to key) → "2019-01 - present", so the pair reads as a range. */
  private static String joinedDates(String head) {
    String[] parts = head.split(" \\| ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean pair = i + 1 < parts.length && DateRange.findSingle(parts[i]) != null && parts[i].length() <= 12
          && (DateRange.findSingle(parts[i + 1]) != null && parts[i + 1].length() <= 12
              || parts[i + 1].matches("(?i)present|now|current|至今|今"));
      sb.append(sb.isEmpty() ? "" : " | ").append(parts[i]);
      if (pair) {
        sb.append(" - ").append(parts[++i]);
      }
    }
    return sb.toString();
  }

  private static boolean isUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static String scalar(JsonNode v) {
    return v.isNull() ? "" : HtmlTags.strip(v.asText()).strip();
  }

  /** An object of scalars with a name, e-mail or phone key: the contact block, whatever its key is called. */
  private static boolean isContact(JsonNode o) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
      String k = words(it.next());
      if (k.endsWith("email") || k.endsWith("mail") || k.endsWith("phone") || k.equals("mobile") || k.equals("tel")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A key as a section header: camelCase and snake_case as words, a trailing "list" or "items" dropped
   * ({@code experience_list} → "experience"), a singular made plural when that is a header.
   */
  static String header(String key) {
    String w = words(key).replaceAll(" (?:list|items|array|data|info|entries)$", "");
    if (Section.of(w) == null && Section.of(w + "s") != null) {
      return w + "s";
    }
    return w;
  }

  static String words(String key) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < key.length() && i < 60; i++) {
      char c = key.charAt(i);
      if (c == '_' || c == '-') {
        sb.append(' ');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
        sb.append(' ').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
