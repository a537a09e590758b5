package dev.candidates.analysis;

/**
 * The two scripts résumés and queries are written in here. A query's words in one script rank the profiles that
 * write the concept the same way first: a recruiter who types "微服务" reads Chinese résumés, one who types
 * "microservices" English ones.
 */
public enum Script {
  LATIN,
  HAN;

  /** HAN when the text has a Han character, else LATIN. */
  public static Script of(String text) {
    return text.codePoints().anyMatch(TextNormalizer::isHan) ? HAN : LATIN;
  }
}
