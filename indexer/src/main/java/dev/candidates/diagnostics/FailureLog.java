package dev.candidates.diagnostics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a failure is deliberately survived (a snippet that cannot be highlighted, a résumé the parser gives up on),
 * it is still reported: once per profile id at WARN with its stack trace, after that at DEBUG, so a profile that fails
 * on every search does not fill the log. The ids remembered are bounded; past the bound the memory starts over.
 */
public final class FailureLog {
  static final int MAX_IDS = 1_000;

  private final Logger log;
  private final String what;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** {@code what} names what failed, in words: "highlighting", "parsing the résumé". */
  public FailureLog(Class<?> owner, String what) {
    this.log = LoggerFactory.getLogger(owner);
    this.what = what;
  }

  /** Reports that {@code what} failed for this profile and was survived; true when it was logged at WARN. */
  public boolean failed(String profileId, String consequence, Throwable e) {
    String id = profileId == null ? "(no id)" : profileId;
    if (warned.contains(id)) {
      log.debug("{} failed again for profile {}; {}", what, id, consequence, e);
      return false;
    }
    if (warned.size() >= MAX_IDS) {
      warned.clear();
    }
    warned.add(id);
    log.warn("{} failed for profile {}; {}", what, id, consequence, e);
    return true;
  }
}
