package dev.candidates.analysis;

/**
 * The two scripts résumés and queries are written in here. A query's words in one script rank the profiles that
 * write the concept the same way first: a recruiter who types "微服务" reads Chinese résumés, one who types
 * "microservices" English ones.
 */
public enum Script {
  LATIN,
  HAN;

  /**
   * HAN when the text has a Han character, else LATIN. A plain loop: as a code-point stream it was a quarter of
   * counting how a résumé writes its concepts (every label of every concept, per profile).
   */
  public static Script of(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (TextNormalizer.isHan(c)) {
        return HAN;
      }
      i += Character.charCount(c);
    }
    return LATIN;
  }
}
