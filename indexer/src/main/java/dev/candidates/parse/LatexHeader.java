package dev.candidates.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the person is, from a LaTeX résumé's identity macros (moderncv's and awesome-cv's {@code \name},
 * {@code \title}/{@code \position}, {@code \address}, {@code \phone}, {@code \email}, {@code \social}…),
 * written as the header lines the parser reads: the name, the headline, then "Label: value" contacts.
 */
final class LatexHeader {
  /** Macros that say who the person is: kept from the preamble, written first. */
  static final Set<String> MACROS = Set.of("name", "firstname", "familyname", "lastname", "author", "title",
      "position", "tagline", "address", "location", "phone", "mobile", "email", "homepage", "social", "github",
      "gitlab", "linkedin", "twitter", "orcid", "extrainfo", "quote");

  private String first = "";
  private String last = "";
  private String author = "";
  private final List<String> headline = new ArrayList<>();
  private final List<String> contacts = new ArrayList<>();
  private final List<String> extra = new ArrayList<>();

  /** One identity macro: its name, its braced arguments and its option ({@code \phone[mobile]}). */
  void add(String macro, List<String> args, String option) {
    String a0 = arg(args, 0);
    switch (macro) {
      case "name" -> {
        first = a0;
        last = arg(args, 1);
      }
      case "firstname" -> first = a0;
      case "familyname", "lastname" -> last = a0;
      case "author" -> author = a0;
      case "title", "position", "tagline" -> headline.add(a0.replaceAll("\\s*\\|\\s*", " · "));
      case "address" -> {
        List<String> parts = new ArrayList<>();
        for (int k = args.size() >= 3 ? 1 : 0; k < args.size(); k++) {
          String p = LatexText.oneLine(args.get(k).replace("\n", ", "));
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
        contacts.add("Location: " + String.join(", ", parts));
      }
      case "location" -> contacts.add("Location: " + a0);
      case "phone", "mobile" -> contacts.add((option.equalsIgnoreCase("fax") ? "Fax: " : "Phone: ") + a0);
      case "email" -> contacts.add("Email: " + a0);
      case "homepage" -> contacts.add("Website: " + a0);
      case "github" -> contacts.add("GitHub: github.com/" + a0);
      case "gitlab" -> contacts.add("GitLab: gitlab.com/" + a0);
      case "linkedin" -> contacts.add("LinkedIn: linkedin.com/in/" + a0);
      case "twitter" -> contacts.add("Twitter: twitter.com/" + a0);
      case "orcid" -> contacts.add("ORCID: " + a0);
      case "social" -> contacts.add(social(option.toLowerCase(Locale.ROOT), a0));
      default -> extra.add(a0); // \extrainfo, \quote
    }
  }

  private static String arg(List<String> args, int k) {
    return k < args.size() ? LatexText.oneLine(args.get(k)) : "";
  }

  private static String social(String site, String id) {
    return switch (site) {
      case "github" -> "GitHub: github.com/" + id;
      case "gitlab" -> "GitLab: gitlab.com/" + id;
      case "linkedin" -> "LinkedIn: linkedin.com/in/" + id;
      case "twitter", "x" -> "Twitter: twitter.com/" + id;
      case "orcid" -> "ORCID: " + id;
      default -> id;
    };
  }

  /** The header; {@code titleNames}: an article's {@code \title} is its author's name when nothing else is. */
  String lines(boolean titleNames) {
    StringBuilder sb = new StringBuilder();
    String name = han(first) && han(last) ? last + first : (first + " " + last).strip();
    if (name.isEmpty()) {
      name = author;
    }
    if (name.isEmpty() && titleNames && !headline.isEmpty()) {
      name = headline.remove(0);
    }
    for (String l : concat(List.of(name), headline, contacts, extra)) {
      if (!l.isBlank() && !l.endsWith(": ")) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  /** A Chinese name is written family name first, with no space: "\name{俊熙}{宋}" is 宋俊熙. */
  private static boolean han(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> l : lists) {
      out.addAll(l);
    }
    return out;
  }
}
