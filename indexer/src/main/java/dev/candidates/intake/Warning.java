package dev.candidates.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warning in structured form beside its English sentence: a stable code a page can translate, and the values the
 * sentence holds ({@code jobs_undated} with {@code count=2} for "2 jobs without dates"). The sentences stay as they
 * are (the public {@code warnings} strings); {@link #of} reads each back against the one catalogue of their shapes
 * here, and a sentence no shape knows is {@code other}, with the sentence as its only value.
 */
public record Warning(String code, Map<String, String> params, String message) {
  public Warning {
    params = Map.copyOf(params);
  }

  /** The catalogue: code, then the sentence's shape with its values as named groups. */
  private enum Shape {
    NAME_MISSING("name_missing", "name not found"),
    CONTACT_MISSING("contact_missing", "no e-mail or phone found"),
    JOBS_MISSING("jobs_missing", "no jobs found"),
    JOBS_UNDATED("jobs_undated", "(?<count>\\d+) jobs? without dates"),
    JOBS_END_UNKNOWN("jobs_end_unknown", "(?<count>\\d+) jobs? with an unknown end date"),
    JOBS_NO_COMPANY("jobs_no_company", "(?<count>\\d+) jobs? without a company"),
    EDUCATION_MISSING("education_missing", "no education found"),
    SKILLS_MISSING("skills_missing", "no listed skills found"),
    PARSE_FAILED("parse_failed", "the résumé could not be parsed; kept as text"),
    JSON_UNKNOWN("json_unknown_format", "not a known résumé JSON format: read as text"),
    YAML_UNKNOWN("yaml_unknown_format", "not a known résumé YAML format: read as text"),
    TEXT_TRUNCATED("text_truncated", "only the first (?<thousands>\\d+) thousand characters were kept"),
    PDF_PAGES_SCANNED("pdf_pages_scanned", "(?<scanned>\\d+) of (?<pages>\\d+) pages have no text layer "
        + "\\(scanned images\\); OCR is not done, so their content is not searchable"),
    PDF_NO_TEXT_LAYER("pdf_no_text_layer", "the PDF has no text layer \\(it looks like a scan: (?<scanned>\\d+) of "
        + "(?<pages>\\d+) pages? (?:holds|hold) images but no text\\) and OCR is not done, .*"),
    NO_TEXT("no_text", "the file contains no text \\(.*\\)"),
    TYPE_MISMATCH("type_mismatch", "the file is (?<declared>.+) but its content is (?<content>.+); it was read as "
        + "such");

    final String code;
    final Pattern pattern;
    final List<String> names;

    Shape(String code, String regex) {
      this.code = code;
      this.pattern = Pattern.compile(regex, Pattern.DOTALL);
      this.names = Pattern.compile("\\(\\?<([a-z]+)>").matcher(regex).results().map(r -> r.group(1)).toList();
    }
  }

  /** The structured form of one warning sentence. */
  public static Warning of(String message) {
    String m = message == null ? "" : message;
    for (Shape s : Shape.values()) {
      Matcher x = s.pattern.matcher(m);
      if (x.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String n : s.names) {
          params.put(n, x.group(n));
        }
        return new Warning(s.code, params, m);
      }
    }
    return new Warning("other", Map.of(), m);
  }

  public static List<Warning> of(List<String> messages) {
    return messages.stream().map(Warning::of).toList();
  }
}
