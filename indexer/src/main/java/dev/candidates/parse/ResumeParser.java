package dev.candidates.parse;

import dev.candidates.analysis.LongTokens;
import dev.candidates.analysis.TextNormalizer;
import dev.candidates.diagnostics.FailureLog;
import dev.candidates.model.Dates;
import dev.candidates.model.Education;
import dev.candidates.model.Experience;
import dev.candidates.model.Profile;
import dev.candidates.model.Project;
import dev.candidates.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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

  static final Pattern BULLET = Pattern.compile("^\\s{0,8}(?:[-*•·・▪●◦■□➢>]|[–—](?=\\s)|\\d{1,2}[.)、])\\s{0,8}");
  /** "公司 Company：…", "姓名 Name：…": a label in both languages is its Chinese label, which the lexicons know. */
  private static final Pattern BILINGUAL_LABEL = Pattern.compile(
      "^(\\p{IsHan}{2,8})\\s{1,3}[A-Za-z][A-Za-z .&/'-]{0,30}?\\s{0,2}([:：])");
  static final Set<String> SPOKEN = Set.of("english", "chinese", "mandarin", "cantonese", "japanese",
      "korean", "german", "french", "spanish", "英语", "中文", "普通话", "粤语", "日语", "韩语", "德语", "法语");
  static final List<String> CITIES = Places.CITIES;

  private static final FailureLog FAILURES = new FailureLog(ResumeParser.class, "parsing the résumé");

  private final SkillsSection skillsSection;

  public ResumeParser(Taxonomy taxonomy) {
    this.skillsSection = new SkillsSection(taxonomy);
  }

  public Profile parse(String original) {
    return read(original, "txt").profile();
  }

  /**
   * The profile and its warnings. {@code kind} is a file name, extension or media type: Markdown ({@code .md},
   * {@code text/markdown}) is read as Markdown, LaTeX, reStructuredText and AsciiDoc as theirs ({@link SourceMarkup}),
   * so their markup never reaches a field.
   */
  public ParsedResume read(String original, String kind) {
    return read(original, kind, Set.of());
  }

  /**
   * As {@link #read(String, String)}, told which lines the file set as headings (a PDF's font size and weight): such
   * a line opens a section even when the lexicon does not know it ({@link Section#ofHeading}).
   */
  public ParsedResume read(String original, String kind, Set<String> headings) {
    String text = original == null ? "" : original;
    try {
      SourceMarkup markup = SourceMarkup.of(kind);
      boolean markdown = markup == null && MarkdownText.isMarkdown(kind, text);
      MarkdownText.Read md = markdown ? MarkdownText.read(clip(text)) : null;
      SourceMarkup.Plain source = markup == null ? null : markup.read(text);
      String plain = markdown ? md.plain() : source != null ? source.text() : TextColumns.read(text);
      Set<String> keys = new java.util.HashSet<>();
      for (String h : markdown ? md.headings() : source != null ? source.headings() : headings) {
        keys.add(Section.headingKey(clean(h)));
      }
      // A Markdown or source résumé is kept as its reader sees it: snippets showed "**Company**" and "## Skills" (the
      // file itself stays downloadable as it came).
      boolean marked = markdown || source != null;
      Profile p = parseOrThrow(plain, marked ? plain : text, keys);
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

  private Profile parseOrThrow(String source, String original, Set<String> headings) {
    // Words past 255 chars are cut before the 200k clip (issue 14): a 1 MB token on line 2 must not push the rest
    // of the résumé out of reach.
    String text = RocYears.gregorian(MailText.read(clean(clip(LongTokens.cut(source)))));
    if (OneLineText.isOneLine(text)) {
      text = OneLineText.breakOneLine(text);
    }
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = BILINGUAL_LABEL.matcher(raw.strip()).replaceFirst("$1$2");
      if (!line.isEmpty() && !TemplateText.isAdvice(line) && !PageMarks.is(line)) {
        lines.add(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
      }
    }
    Map<Section, List<String>> sections = split(lines, headings);
    AsWritten written = new AsWritten(source);
    ContactBlock.Contact contact = ContactBlock.read(sections.getOrDefault(Section.HEADER, List.of()),
        sections.getOrDefault(Section.PERSONAL, List.of()), lines);
    if (contact.name() != null) {
      contact = contact.withName(written.of(contact.name()));
    }
    if (contact.location() == null) {
      contact = contact.withLocation(placeBeforeEntries(lines));
    }
    if (contact.location() == null) {
      contact = contact.withLocation(ContactBlock.pinnedPlace(source, contact));
    }
    if (contact.location() != null) {
      contact = contact.withLocation(written.of(contact.location())); // "大阪", not the reading's "大坂"
    }
    String summary = joined(sections.get(Section.SUMMARY));
    List<Experience> jobs = new ArrayList<>();
    for (Entries.Entry e : Entries.read(sections.get(Section.EXPERIENCE), true)) {
      jobs.add(new Experience(written.of(e.first()), written.of(e.second()),
          start(e.range()), end(e.range()), e.description()));
    }
    if (!sections.containsKey(Section.EXPERIENCE) && !sections.containsKey(Section.PROJECTS)) {
      // No headers at all: dated lines that are not education are most likely jobs.
      List<String> body = new ArrayList<>();
      body.addAll(sections.getOrDefault(Section.HEADER, List.of()));
      body.addAll(sections.getOrDefault(Section.SUMMARY, List.of()));
      for (Entries.Entry e : Entries.read(body, false)) {
        if (!EducationLines.SCHOOL_WORDS.matcher(e.first() + " " + e.second()).find()) {
          jobs.add(new Experience(written.of(e.first()), written.of(e.second()),
              start(e.range()), end(e.range()), e.description()));
        }
      }
    }
    if (jobs.isEmpty()) { // a 履历书's year | month | event table: 入社 and 退社 rows
      for (HistoryRows.Job j : HistoryRows.read(lines)) {
        jobs.add(new Experience(written.of(j.company()), written.of(j.title()),
            Dates.format(j.start()), j.end() == null ? null : Dates.format(j.end()), ""));
      }
    }
    List<Project> projects = new ArrayList<>();
    for (Entries.Entry e : Entries.read(sections.get(Section.PROJECTS), false)) {
      projects.add(new Project(e.first(), e.second(), start(e.range()), end(e.range()), e.description()));
    }
    List<Education> education = EducationLines.read(sections.get(Section.EDUCATION));
    if (education.isEmpty()) {
      education = EducationLines.inPersonal(sections.getOrDefault(Section.PERSONAL, List.of()),
          sections.getOrDefault(Section.HEADER, List.of()));
    }
    education = education.stream().map(e -> e.school() == null ? e
        : new Education(written.of(e.school()), e.degree(), e.major(), e.start(), e.end())).toList();
    List<String> skills = skillsSection.read(TemplateText.withoutKeywordCounts(sections.get(Section.SKILLS)),
        sections.get(Section.SUMMARY), written);
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
        contact.phone(), summary, skills, jobs, projects, education, languages, null, null, null, null, null,
        original, contact.links());
  }

  /**
   * A line that is only a place, above the first jobs, schools or projects: the candidate's, where a sidebar put the
   * header below other blocks (a LinkedIn PDF: "Contact", "Top Skills", then name, headline and "Hangzhou,
   * Zhejiang, China"). A place among entries is an employer's, so the search stops at the first of them.
   */
  static String placeBeforeEntries(List<String> lines) {
    for (int i = 0; i < lines.size() && i < 60; i++) {
      String l = lines.get(i);
      Section s = Section.of(l);
      if (s == Section.EXPERIENCE || s == Section.EDUCATION || s == Section.PROJECTS) {
        return null;
      }
      if (l.length() <= 40 && Places.city(l) != null && Places.isLocation(l) && !l.equalsIgnoreCase("remote")) {
        return l;
      }
    }
    return null;
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
      if (c == '\r' || pictograph(s, i)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && pictograph(s.codePointAt(i))) {
        i++; // "🏢 Sika Pay", "## 🧰 Tech stack": an emoji decorates a heading, it is no word of it
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

  /** Emoji and their joiners (the 📞 that labels a phone stays: {@link ContactBlock} reads it). */
  private static boolean pictograph(int cp) {
    return cp >= 0x1F000 && cp <= 0x1FAFF && cp != 0x1F4DE;
  }

  private static boolean pictograph(String s, int i) {
    char c = s.charAt(i);
    return c == '\uFE0F' || c == '\u200D' || c == '\u20E3';
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

  private static Map<Section, List<String>> split(List<String> lines, Set<String> headings) {
    Map<Section, List<String>> out = new EnumMap<>(Section.class);
    Section current = Section.HEADER;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      // "— 教育背景 —", "■ 技能": a rule or a mark framing a heading opens like a bullet, but frames a header
      boolean bulleted = BULLET.matcher(line).lookingAt() && !line.startsWith("#")
          && !(Section.FRAME.indexOf(line.charAt(0)) >= 0 && Section.of(line) != null);
      Section header = bulleted ? null : Section.of(line);
      if (header != null && entryPart(line, header, current) && !headings.contains(Section.headingKey(line))
          && insideEntry(lines, i)) {
        header = null; // "**简介：**" under a dated project: that project's own part, not the summary section
      }
      String rest = null;
      if (header == null && !bulleted && line.length() < 200) {
        int colon = firstColon(line);
        if (colon >= 2 && colon <= 30) {
          String k = Section.key(line.substring(0, colon));
          Section s = Section.BY_HEADER.get(k);
          if (s != null && !Section.INLINE_TOO_GENERIC.contains(k) && !(s == Section.SKILLS
              && (current == Section.EXPERIENCE || current == Section.PROJECTS) && insideEntry(lines, i))) {
            header = s;
            rest = line.substring(colon + 1).strip();
          }
        }
      }
      if (header == null && !bulleted && rest == null) {
        // "Professional Profile", "自我描述": a heading the lexicon composes, unless it names what a dated entry has
        // of its own ("Key achievements", "工作业绩" under a job), which only the file's marks or capitals lift
        Section composed = Section.composed(line);
        boolean entrysOwn = (composed == Section.AWARDS || composed == Section.SUMMARY) && insideEntry(lines, i);
        if (composed != null && (!entrysOwn || headings.contains(Section.headingKey(line))
            || line.equals(line.toUpperCase(Locale.ROOT)) && line.chars().anyMatch(Character::isLetter)
            && !TextNormalizer.isHan(line.strip().charAt(0)))) {
          header = composed;
        }
      }
      if (header == null && current != Section.HEADER && !headings.isEmpty()
          && headings.contains(Section.headingKey(line))) {
        header = Section.ofHeading(line); // set as a heading in the file: a section even when the lexicon lacks it
      }
      if (header == null && !bulleted && current != Section.HEADER && Section.looksLikeUnknownHeader(line)
          && !((entryPart(line, Section.OTHER, current) || subHeading(current, headings)
              || subLabel(lines, i, current)) && insideEntry(lines, i))) {
        header = Section.OTHER; // but "项目成果：" under a dated project is that project's part
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

  /**
   * "技术栈：Java, Redis" among a dated entry's lines is that job's or project's stack, not the skills section (whose
   * words would be listed skills); after the last entry, with nothing of the entry below it, it is a skills list.
   */
  private static boolean insideEntry(List<String> lines, int at) {
    if (at + 1 >= lines.size() || Section.of(lines.get(at + 1)) != null || labelled(lines.get(at + 1))) {
      return false;
    }
    for (int j = at - 1; j >= 0 && j > at - 80; j--) {
      String l = lines.get(j);
      Section s = Section.of(l);
      if (s != null && !entryPart(l, s, Section.EXPERIENCE)) {
        return false;
      }
      if (DateRange.findFirst(l) != null || DateRange.findSingle(l) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A label ending in a colon ("简介：", "**Tech stack:**", "项目成果：") naming a part an entry has (its description,
   * its stack, its results) while a job or project is open.
   */
  private static boolean entryPart(String line, Section header, Section current) {
    String l = line.replace("*", "").strip();
    return (header == Section.SUMMARY || header == Section.SKILLS || header == Section.OTHER)
        && (current == Section.EXPERIENCE || current == Section.PROJECTS)
        && (l.endsWith(":") || l.endsWith("："));
  }

  /**
   * "**Key achievements**" under "### Title — Company": where the file marks its headings, a line that only looks
   * like a section title, inside a dated job or project, is that entry's sub-heading.
   */
  private static boolean subHeading(Section current, Set<String> headings) {
    return !headings.isEmpty() && (current == Section.EXPERIENCE || current == Section.PROJECTS);
  }

  /**
   * "Key achievements" over bullets, under a dated job: in plain text, where no mark says what is a heading, a
   * title-case label that bullets follow is the entry's own part; "LEADERSHIP ACTIVITIES" in capitals is a section.
   */
  private static boolean subLabel(List<String> lines, int at, Section current) {
    String line = lines.get(at);
    return (current == Section.EXPERIENCE || current == Section.PROJECTS) && at + 1 < lines.size()
        && BULLET.matcher(lines.get(at + 1)).lookingAt() && !line.equals(line.toUpperCase(Locale.ROOT));
  }

  /** "Languages: English": a line opened by a section's label. */
  private static boolean labelled(String line) {
    int colon = firstColon(line);
    return colon >= 2 && Section.BY_HEADER.containsKey(Section.key(line.substring(0, colon)));
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

  /** The known city a location string names, or null. */
  public static String cityOf(String location) {
    return location == null ? null : Places.city(location);
  }

  static boolean isLocation(String part) {
    return Places.isLocation(part);
  }
}
