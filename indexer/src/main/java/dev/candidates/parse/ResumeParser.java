package dev.candidates.parse;

import dev.candidates.analysis.LongTokens;
import dev.candidates.analysis.TextNormalizer;
import dev.candidates.diagnostics.FailureLog;
import dev.candidates.model.Dates;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import dev.candidates.taxonomy.SkillMatcher;
import dev.candidates.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based, bilingual résumé parser: plain text (or Markdown, read as Markdown) in, {@link Profile} out. It finds
 * section headers (a lexicon in both languages, also run into one-line text from a PDF), the contact block, dated
 * jobs, projects and education, and recognizes listed skills with the taxonomy. What it cannot parse it leaves empty
 * and says so in a warning; the full text is always kept. It never throws.
 */
public final class ResumeParser {
  /** Structure is parsed from the first part of very large inputs; the whole text is still kept and indexed. */
  static final int MAX_PARSE_CHARS = 200_000;
  /** Lines are cut to this length before any pattern looks at them (no regex sees unbounded input). */
  static final int MAX_LINE = 2_000;

  static final Pattern BULLET = Pattern.compile("^\\s{0,8}(?:[-*•·▪●◦■□➢>]|\\d{1,2}[.)、])\\s{0,8}");
  private static final Pattern SCHOOL_WORDS = Pattern.compile(
      "(?i)universi|college|institute|school|academy|politecnico|polytechnic|hochschule|[ée]cole|\\beth\\b|大学|学院|学校"
          + "|研究院|中学");
  private static final Pattern DEGREE_WORDS = Pattern.compile(
      "(?i)\\b(?:bachelor|master|ph\\.?d|doctor|b\\.?sc?|m\\.?sc?|b\\.?eng|m\\.?eng|mba|b\\.?a|m\\.?a|associate)\\b"
          + "|diplom|licence|laurea|ingénieur|engineer's|本科|硕士|博士|学士|大专|专科|研究生|高中");
  private static final Set<String> SPOKEN = Set.of("english", "chinese", "mandarin", "cantonese", "japanese",
      "korean", "german", "french", "spanish", "英语", "中文", "普通话", "粤语", "日语", "韩语", "德语", "法语");
  static final List<String> CITIES = Places.CITIES;

  private static final FailureLog FAILURES = new FailureLog(ResumeParser.class, "parsing the résumé");

  private final Taxonomy taxonomy;

  public ResumeParser(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public Profile parse(String original) {
    return read(original, "txt").profile();
  }

  /**
   * The profile and its warnings. {@code kind} is a file name, extension or media type: Markdown ({@code .md},
   * {@code text/markdown}) is read as Markdown, so its markup never reaches a field.
   */
  public ParsedResume read(String original, String kind) {
    String text = original == null ? "" : original;
    try {
      String plain = MarkdownText.isMarkdown(kind, text) ? MarkdownText.toPlain(clip(text)) : text;
      Profile p = parseOrThrow(plain, text);
      return new ParsedResume(p, ResumeWarnings.of(p));
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug must not lose the résumé: keep it searchable as text, and say so with the id it will get.
      Profile textOnly = new Profile(null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
          List.of(), List.of(), null, null, null, null, text);
      FAILURES.failed(ProfileEnricher.deriveId(textOnly), "the profile keeps its text only", e);
      return new ParsedResume(textOnly, List.of("the résumé could not be parsed; kept as text"));
    }
  }

  private static String clip(String s) {
    return s.length() > MAX_PARSE_CHARS ? s.substring(0, MAX_PARSE_CHARS) : s;
  }

  private Profile parseOrThrow(String source, String original) {
    // Words past 255 chars are cut before the 200k clip (issue 14): a 1 MB token on line 2 must not push the rest
    // of the résumé out of reach.
    String text = clean(clip(LongTokens.cut(source)));
    if (OneLineText.isOneLine(text)) {
      text = OneLineText.breakOneLine(text);
    }
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (!line.isEmpty() && !TemplateText.isAdvice(line)) {
        lines.add(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
      }
    }
    Map<Section, List<String>> sections = split(lines);
    ContactBlock.Contact contact = ContactBlock.read(sections.getOrDefault(Section.HEADER, List.of()),
        sections.getOrDefault(Section.PERSONAL, List.of()), lines);
    String summary = joined(sections.get(Section.SUMMARY));
    List<Experience> jobs = new ArrayList<>();
    for (Entries.Entry e : Entries.read(sections.get(Section.EXPERIENCE), true)) {
      jobs.add(new Experience(e.first(), e.second(), start(e.range()), end(e.range()), e.description()));
    }
    if (!sections.containsKey(Section.EXPERIENCE) && !sections.containsKey(Section.PROJECTS)) {
      // No headers at all: dated lines that are not education are most likely jobs.
      List<String> body = new ArrayList<>();
      body.addAll(sections.getOrDefault(Section.HEADER, List.of()));
      body.addAll(sections.getOrDefault(Section.SUMMARY, List.of()));
      for (Entries.Entry e : Entries.read(body, false)) {
        if (!SCHOOL_WORDS.matcher(e.first() + " " + e.second()).find()) {
          jobs.add(new Experience(e.first(), e.second(), start(e.range()), end(e.range()), e.description()));
        }
      }
    }
    List<Project> projects = new ArrayList<>();
    for (Entries.Entry e : Entries.read(sections.get(Section.PROJECTS), false)) {
      projects.add(new Project(e.first(), e.second(), start(e.range()), end(e.range()), e.description()));
    }
    List<Education> education = education(sections.get(Section.EDUCATION));
    List<String> skills = new ArrayList<>();
    String skillText = joined(TemplateText.withoutKeywordCounts(sections.get(Section.SKILLS)));
    if (skillText != null) {
      for (String id : taxonomy.matcher().conceptIds(skillText, SkillMatcher.Mode.SKILLS)) {
        skills.add(taxonomy.displayName(id));
      }
    }
    List<String> languages = new ArrayList<>();
    String langText = joined(sections.get(Section.LANGUAGES));
    if (langText != null) {
      for (String part : langText.split("[,，、;；/|\\s]+")) {
        String p = part.replaceAll("[(（].*", "").strip();
        if (SPOKEN.contains(p.toLowerCase(Locale.ROOT)) && !languages.contains(p)) {
          languages.add(p);
        }
      }
    }
    return new Profile(null, contact.name(), contact.headline(), contact.location(), contact.email(),
        contact.phone(), summary, skills, jobs, projects, education, languages, null, null, null, null, original);
  }

  static String start(DateRange r) {
    return r == null ? null : Dates.format(r.start());
  }

  static String end(DateRange r) {
    return r == null ? null : Dates.format(r.endUnknown() ? r.start() : r.end());
  }

  // ---------------------------------------------------------------- text clean-up

  /** Folds width and compatibility forms, drops control characters, and shortens long runs of spaces. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int spaces = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = TextNormalizer.fold(s.charAt(i));
      if (c == '\r') {
        continue;
      }
      if (c == '\uFEFF' || c == '\u00A0' || c == '\u3000' || (c < 0x20 && c != '\n' && c != '\t')
          || c >= 0x80 && c <= 0x9F || c >= 0xE000 && c <= 0xF8FF // C1 controls, icon-font glyphs
          || Character.isSurrogate(c) && !validSurrogate(s, i)) {
        c = ' ';
      }
      spaces = c == ' ' || c == '\t' ? spaces + 1 : 0;
      if (spaces <= 8) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  static String breakOneLine(String text) {
    return OneLineText.breakOneLine(text);
  }

  // ---------------------------------------------------------------- sections

  private static Map<Section, List<String>> split(List<String> lines) {
    Map<Section, List<String>> out = new EnumMap<>(Section.class);
    Section current = Section.HEADER;
    for (String line : lines) {
      boolean bulleted = BULLET.matcher(line).lookingAt() && !line.startsWith("#");
      Section header = bulleted ? null : Section.of(line);
      String rest = null;
      if (header == null && !bulleted && line.length() < 200) {
        int colon = firstColon(line);
        if (colon >= 2 && colon <= 30) {
          String k = Section.bare(line.substring(0, colon)).toLowerCase(Locale.ROOT);
          Section s = Section.BY_HEADER.get(k);
          if (s != null && !Section.INLINE_TOO_GENERIC.contains(k)) {
            header = s;
            rest = line.substring(colon + 1).strip();
          }
        }
      }
      if (header == null && !bulleted && current != Section.HEADER && Section.looksLikeUnknownHeader(line)) {
        header = Section.OTHER;
      }
      if (header != null) {
        current = header;
        out.computeIfAbsent(current, k -> new ArrayList<>());
        if (rest != null && !rest.isBlank()) {
          out.get(current).add(rest);
        }
      } else {
        out.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
      }
    }
    return out;
  }

  private static int firstColon(String line) {
    for (int i = 0; i < line.length() && i <= 31; i++) {
      if (line.charAt(i) == ':' || line.charAt(i) == '：') {
        return i;
      }
    }
    return -1;
  }

  private static String joined(List<String> lines) {
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    String s = String.join("\n", lines).strip();
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------- education

  private static List<Education> education(List<String> lines) {
    List<Education> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      DateRange r = DateRange.findFirst(line);
      if (r == null) {
        r = DateRange.findSingle(line);
        r = r != null && line.length() - r.to() < 3 ? r : null; // "…大学 2019.06": a single date at the end
      }
      String rest = r == null ? line : line.substring(0, r.from()) + " | " + line.substring(r.to());
      String school = null;
      String degree = null;
      List<String> others = new ArrayList<>();
      for (String p : rest.split("\\s{0,8}(?:[|｜,，]|\\s{2,}|\\t|\\s[-–—]\\s)\\s{0,8}")) {
        String v = JobLine.clean(BULLET.matcher(p).replaceFirst(""));
        if (v.isEmpty()) {
          continue;
        }
        if (school == null && SCHOOL_WORDS.matcher(v).find() && v.length() < 80) {
          school = v;
        } else if (degree == null && DEGREE_WORDS.matcher(v).find() && v.length() < 40) {
          degree = v;
        } else if (!Places.isLocation(v)) {
          others.add(v);
        }
      }
      if (school == null && (r == null || degree == null || !out.isEmpty() && out.get(out.size() - 1).start() == null
          && out.get(out.size() - 1).degree() == null)) {
        if (r != null && !out.isEmpty() && out.get(out.size() - 1).start() == null) {
          Education last = out.remove(out.size() - 1); // the dates of the line above, on their own line
          out.add(new Education(last.school(), last.degree() != null ? last.degree() : degree, last.major(),
              start(r), end(r)));
        }
        continue;
      }
      if (out.size() > 0 && school != null && school.equals(out.get(out.size() - 1).school()) && r == null) {
        continue;
      }
      if (school != null && school.indexOf(' ') > 0 && Names.isHan(school.charAt(0))) {
        // "北京理工大学 计算机科学与技术 本科": the school, its major and degree separated by single spaces
        String run = school;
        school = null;
        for (String w : run.split(" +")) {
          if (school == null && SCHOOL_WORDS.matcher(w).find()) {
            school = w;
          } else if (degree == null && DEGREE_WORDS.matcher(w).find() && w.length() < 10) {
            degree = w;
          } else {
            others.add(0, w);
          }
        }
      }
      if (school == null && r != null && !others.isEmpty()) {
        school = others.remove(0); // "INSA Lyon — Diplôme d'ingénieur (2012 – 2017)": a dated line of the section
      }
      String major = others.isEmpty() ? null : others.get(0);
      out.add(new Education(school, degree, major, start(r), end(r)));
    }
    return Entries.withoutTranslations(out);
  }

  /** The known city a location string names, or null. */
  public static String cityOf(String location) {
    return location == null ? null : Places.city(location);
  }

  static boolean isLocation(String part) {
    return Places.isLocation(part);
  }
}
