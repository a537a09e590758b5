package dev.candidates.evidence;

/**
 * Where a profile shows a concept, strongest first. A concept found in several places keeps the strongest; the
 * ranking weighs each kind (see the ranking model), so a skill in a job title outranks one in a course, and a word
 * about other people ("hired Python developers", "worked alongside the Kafka team") ranks last.
 */
public enum Evidence {
  /** The person's own job title or headline: "Senior Go Engineer". */
  TITLE("the job title"),
  /** A dated job's description: used at work, with years. */
  JOB("work experience"),
  /** A project the person built. */
  PROJECT("a project"),
  /** The skills section: claimed, not shown. */
  SKILLS("the skills section"),
  /** The summary or the rest of the résumé text. */
  TEXT("the résumé text"),
  /** An education entry (major, thesis, course). */
  EDUCATION("education"),
  /** Only in another person's context: recruiting, interviewing, supporting or working alongside others. */
  MENTION("a mention about others only");

  private final String words;

  Evidence(String words) {
    this.words = words;
  }

  /** How a recruiter reads it after "from" in an explanation: "from work experience", "from the job title". */
  public String words() {
    return words;
  }

  /** The constant of a stored name, or null for a name this version does not know. */
  public static Evidence byName(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return null; // an index of another version: the explanation goes without it
    }
  }

  public Evidence strongest(Evidence other) {
    return other == null || ordinal() <= other.ordinal() ? this : other;
  }
}
