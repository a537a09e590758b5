package dev.candidates.analysis;

/**
 * Cuts words no résumé has (a run of more than {@link BilingualTokenizer#MAX_TOKEN_CHARS} chars without white space:
 * a pasted blob, a hostile 1 MB token) down to that length before pattern matching looks at them. Patterns that scan
 * a word from each of its positions cost the square of its length; capped words keep every real e-mail address,
 * phone number and date, and the index drops such words anyway. One pass; a text without long words comes back as it
 * is (the same instance).
 */
public final class LongTokens {
  private LongTokens() {}

  public static String cut(String text) {
    return cut(text, BilingualTokenizer.MAX_TOKEN_CHARS);
  }

  static String cut(String text, int max) {
    StringBuilder sb = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = Character.isWhitespace(c) ? 0 : run + 1;
      if (run > max) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        continue;
      }
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
